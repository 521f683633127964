import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.js';

export const PG_POOL = Symbol('PG_POOL');

/**
 * The one Prisma client of the app, over the pg pool the app was started with (real or embedded
 * Postgres: one code path). Services inject it; resolvers never do.
 */
export class PrismaService extends PrismaClient {
  constructor(pool: pg.Pool) {
    super({ adapter: new PrismaPg(pool) });
  }
}

export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
