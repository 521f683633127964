import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.js';
import { statementNames } from './statement-names.js';

export const PG_POOL = Symbol('PG_POOL');

/**
 * The one Prisma client of the app, over the pg pool the app was started with (real or embedded
 * Postgres: one code path). Services inject it; resolvers never do. Its statements are prepared once per
 * connection where the registry gives them a name (statement-names.ts).
 */
export class PrismaService extends PrismaClient {
  constructor(pool: pg.Pool) {
    super({
      adapter: new PrismaPg(pool, {
        // The adapter types the name as a string; pg runs a query without one unnamed.
        statementNameGenerator: ({ sql }) => statementNames.nameOf(sql) as string,
      }),
    });
  }
}

export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
