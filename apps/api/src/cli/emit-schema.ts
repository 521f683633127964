import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import pg from 'pg';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../common/config/config.js';

/**
 * Prints the SDL the resolvers define into apps/api/schema.graphql (the committed contract), or with
 * --check fails when the committed file differs. Builds the schema without touching a database.
 */
export async function buildSdl(): Promise<string> {
  const config = { ...loadConfig({ NODE_ENV: 'development' }), logLevel: 'silent' as const };
  // A pool that is never queried: building the schema needs the module graph, not a connection.
  const pool = new pg.Pool({ connectionString: 'postgresql://unused@127.0.0.1:1/unused' });
  const app = await NestFactory.create(AppModule.forRoot(config, pool), { logger: false });
  await app.init();
  const schema = app.get(GraphQLSchemaHost).schema;
  await app.close();
  await pool.end();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

const schemaFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sdl = await buildSdl();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(schemaFile, 'utf8');
    } catch {
      // a missing file differs like any other
    }
    if (committed !== sdl) {
      console.error(
        'apps/api/schema.graphql is stale: run `pnpm --filter @werkplaats/api schema:emit` and commit it.',
      );
      process.exit(1);
    }
    console.log('apps/api/schema.graphql is current.');
  } else {
    writeFileSync(schemaFile, sdl);
    console.log(`Wrote ${schemaFile}`);
  }
}
