import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient, type Prisma } from '../../generated/prisma/client.js';
import { statementNames } from './statement-names.js';

export const PG_POOL = Symbol('PG_POOL');

/** What waits for a transaction's commit, by the transaction's client. */
const pendingAfterCommit = new WeakMap<object, (() => void)[]>();

/**
 * Runs `work` once what `client` wrote is committed: after its transaction (not at all when it rolls back), or at
 * once for the app's client itself, whose statements commit as they run. For telling others of a change (live
 * events), who then read it and must find it.
 */
export function afterCommit(client: object, work: () => void): void {
  const pending = pendingAfterCommit.get(client);
  if (pending) pending.push(work);
  else work();
}

/**
 * The one Prisma client of the app, over the pg pool the app was started with (real or embedded
 * Postgres: one code path). Services inject it; resolvers never do. Its statements are prepared once per
 * connection where the registry gives them a name (statement-names.ts). One-off work before the app starts (the
 * demo seed, the command line) passes `prepare: false`: its hundreds of statements never run again, and would
 * otherwise take every name, leaving the app's hot statements (the session lookup, the feed) planned afresh each
 * time for the life of the process.
 */
export class PrismaService extends PrismaClient {
  constructor(
    // Named apart from anything of PrismaClient's own.
    private readonly appPool: pg.Pool,
    private readonly statementOptions: { prepare?: boolean } = {},
  ) {
    super({
      adapter: new PrismaPg(
        appPool,
        statementOptions.prepare === false
          ? {}
          : {
              // The adapter types the name as a string; pg runs a query without one unnamed.
              statementNameGenerator: ({ sql }) => statementNames.nameOf(sql) as string,
            },
      ),
    });
    // An interactive transaction keeps what waits for its commit (afterCommit) and runs it once committed.
    const transaction = this.$transaction.bind(this) as (arg: unknown, options?: unknown) => Promise<unknown>;
    this.$transaction = (async (arg: unknown, options?: unknown) => {
      if (typeof arg !== 'function') return transaction(arg, options);
      const pending: (() => void)[] = [];
      const result = await transaction(async (tx: object) => {
        pendingAfterCommit.set(tx, pending);
        return (arg as (tx: object) => Promise<unknown>)(tx);
      }, options);
      for (const work of pending) {
        try {
          work();
        } catch {
          // What follows a commit never undoes it, nor fails the request that made it.
        }
      }
      return result;
    }) as PrismaClient['$transaction'];
  }

  /**
   * The rows of one read sent by pg itself, prepared under its name like the client's statements: for the reads
   * every request makes (the session, the feed's page), where Prisma's raw-query path (argument handling, result
   * shaping) costs more CPU than the statement. Outside any transaction. pg's own parsers read the columns: text,
   * numbers, booleans, json and arrays come back as Prisma gives them, but a `timestamp` would be read in the
   * process's time zone, so such a statement selects instants as epoch milliseconds.
   */
  async rows<T>(query: Prisma.Sql): Promise<T[]> {
    const name = this.statementOptions.prepare === false ? undefined : statementNames.nameOf(query.text);
    const result = await this.appPool.query({ name, text: query.text, values: query.values });
    return result.rows as T[];
  }
}

export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
