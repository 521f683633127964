// `node bench/search-statement.mjs --database NAME`: the cost of search's page statement alone, per word and reader,
// on a database kept by `pnpm bench --keep` or `pnpm bench --journeys --keep` (its people in .tmp/NAME.users.json).
// The statement is the one the built API writes (apps/api/dist, or --dist), prepared under a name as the app
// prepares it (statement-names.ts), so after Postgres's first five custom plans it runs as the app runs it; each
// cell is the median of --runs timings after 6 warm-up runs, with the totalCount it answered. Readers: the visitor,
// a tribune member, an arena member, a trekker and a member of the programmacommissie. One statement at a time on
// one connection: what the database costs, apart from load. Prints a Markdown table.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { apiDist, root } from './api-process.mjs';

const { values: opts } = parseArgs({
  options: {
    database: { type: 'string' },
    'database-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    dist: { type: 'string', default: apiDist },
    runs: { type: 'string', default: '9' },
    words: {
      type: 'string',
      // The journeys' search terms, a prefix being typed, a two-word query, and a word nothing holds.
      default: 'eenzaamheid,mantelzorg,jongeren,schulden,formulierenbrigade,eenz,beter samen,zzzonbekend',
    },
  },
});
if (!opts.database) throw new Error('Give --database NAME (kept by pnpm bench --keep)');
const runs = Number(opts.runs);
const url = new URL(opts['database-url']);
url.pathname = `/${opts.database}`;
const pool = new pg.Pool({ connectionString: url.toString(), max: 1 });
const { users } = JSON.parse(readFileSync(join(root, '.tmp', `${opts.database}.users.json`), 'utf8'));

// The service with a client that keeps the statement instead of running it; the page of ids is all it needs.
const { SearchService } = await import(pathToFileURL(join(opts.dist, 'search', 'search.service.js')).href);
let statement = null;
const client = {
  $queryRaw: async (sql) => {
    statement = sql;
    return [];
  },
};
for (const model of ['lesson', 'insight', 'question', 'atelier', 'socialIssue', 'activity', 'product'])
  client[model] = { findMany: async () => [] };
const service = new SearchService(client);

async function viewer(userId) {
  const { rows } = await pool.query(`SELECT "workshopId", role FROM "WorkshopRole" WHERE "userId" = $1`, [
    userId,
  ]);
  const of = (role) => new Set(rows.filter((r) => r.role === role).map((r) => r.workshopId));
  return { userId, committeeOf: of('COMMITTEE'), adminOf: of('ADMIN') };
}
const { rows: committee } = await pool.query(
  `SELECT "userId" FROM "WorkshopRole" WHERE role = 'COMMITTEE' ORDER BY "userId" LIMIT 1`,
);
const readers = {
  visitor: null,
  tribune: await viewer(users.tribune[0].userId),
  arena: await viewer(users.arena[0].userId),
  trekker: await viewer(users.trekkers[0].userId),
  ...(committee[0] ? { committee: await viewer(committee[0].userId) } : {}),
};

async function timed(reader, word) {
  await service.search(reader, word, { first: 20 }, {});
  const { text, values } = statement;
  const name = `bench_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
  const started = performance.now();
  const { rows } = await pool.query({ name, text, values });
  return { ms: performance.now() - started, total: rows[0]?.total ?? 0 };
}

console.log(`| word | ${Object.keys(readers).join(' | ')} |`);
console.log(
  `| --- | ${Object.keys(readers)
    .map(() => '---')
    .join(' | ')} |`,
);
try {
  for (const word of opts.words.split(',')) {
    const cells = [];
    for (const reader of Object.values(readers)) {
      for (let i = 0; i < 6; i += 1) await timed(reader, word);
      const times = [];
      let total = 0;
      for (let i = 0; i < runs; i += 1) {
        const run = await timed(reader, word);
        times.push(run.ms);
        total = run.total;
      }
      times.sort((a, b) => a - b);
      cells.push(`${times[Math.floor(times.length / 2)].toFixed(1)} ms (${total})`);
    }
    console.log(`| ${word} | ${cells.join(' | ')} |`);
  }
} finally {
  await pool.end();
}
