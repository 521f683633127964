import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ConfigError, loadConfig } from './common/config/config.js';
import { applyMigrations } from './common/database/migrate.js';
import { PrismaService } from './common/prisma/prisma.service.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { createApp } from './server/create-app.js';
import { openDatabase, type OpenDatabase } from './server/open-database.js';

/**
 * Start-up: validate the environment, open the database (real or embedded), migrate, seed the demo
 * data when in demo mode, serve. A bad environment ends here with one clear line, not a stack trace.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const say = (line: string) => {
    if (config.logLevel !== 'silent') console.log(line);
  };
  const database: OpenDatabase = await openDatabase(config);
  let app: NestFastifyApplication | undefined;
  const shutdown = async () => {
    await app?.close();
    await database.close();
  };
  try {
    const { applied } = await applyMigrations(database.pool, { log: say });
    if (applied.length > 0) say(`Applied ${applied.length} migration(s).`);
    if (config.demoData) {
      const prisma = new PrismaService(database.pool);
      const { created } = await seedDemoData(prisma);
      if (created) say('Demo data created (demo accounts: see README).');
    }
    app = await createApp(config, database.pool);
    await listen(app, config.port, config.host);
  } catch (error) {
    await shutdown().catch(() => undefined);
    throw error;
  }
  const url = await app.getUrl();
  const shownUrl = url
    .replace('[::1]', 'localhost')
    .replace('127.0.0.1', 'localhost')
    .replace('0.0.0.0', 'localhost');
  say(
    `Werkplaats is ready at ${shownUrl.replace(/\/$/, '')}/ (${database.description}, ${Date.now() - started} ms)`,
  );

  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void shutdown().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

async function listen(app: NestFastifyApplication, port: number, host: string): Promise<void> {
  try {
    await app.listen(port, host);
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE') {
      throw new ConfigError(`Port ${port} is in use; stop what uses it or set PORT to another port`);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Werkplaats cannot start: ${error.message}`);
  } else {
    console.error('Werkplaats cannot start:', error);
  }
  process.exit(1);
});
