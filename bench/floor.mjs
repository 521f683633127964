// The floor: the least a server can do to answer the tribune's feed. Bare node:http + pg, no framework,
// no GraphQL engine, no ORM. For the person behind the session cookie it runs the SQL the feed needs —
// the session lookup and one statement for the page (the same rows as the policy's feedLessons/feedInsights:
// TRIBUNE and PUBLIC items of the ateliers the person leads or takes part in, newest share first, keyset
// by (sharedAt, id), with author, atelier, gemeente, reaction ids and an insight's lesson count) — and
// returns the same JSON as the API's `feed(first: 20)` for the web app's Feed query. The SQL is what a
// person would write by hand for that page, using the schema's indexes as they are.
// Env: DATABASE_URL, PORT, SESSION_IDLE_MINUTES (default 120), FLOOR_PREPARED. GET /healthz; GET /__count (statements sent).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

// Prisma stores timestamp(3) without zone, in UTC.
pg.types.setTypeParser(1114, (value) => new Date(`${value.replace(' ', 'T')}Z`));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => undefined);
const idleMs = Number(process.env.SESSION_IDLE_MINUTES ?? 120) * 60_000;
const PAGE = 20;
let statements = 0;
let dbMs = 0;

// Counted and timed where the API's counter does it (bench/statement-counter.mjs): per statement sent on a
// connection, so waiting for a free pool connection is not database time.
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  statements += 1;
  const t0 = performance.now();
  const done = () => {
    dbMs += performance.now() - t0;
  };
  const last = args.length - 1;
  if (typeof args[last] === 'function') {
    const callback = args[last];
    args[last] = function timedCallback(...cbArgs) {
      done();
      return callback.apply(this, cbArgs);
    };
  }
  const result = originalQuery.apply(this, args);
  if (typeof args[last] !== 'function' && result && typeof result.then === 'function')
    result.then(done, done);
  return result;
};

// FLOOR_PREPARED=1 (`pnpm bench --floor-prepared`): its two statements prepared once per connection, as the API
// prepares its own (apps/api/src/common/prisma/statement-names.ts); by default pg's unnamed statements.
const prepared = process.env.FLOOR_PREPARED === '1';
const query = (name, text, values) => pool.query(prepared ? { name, text, values } : { text, values });

const SESSION_SQL = `SELECT "userId", "expiresAt", "lastSeenAt" FROM "Session" WHERE "tokenHash" = $1`;

// Per atelier the person follows, the newest shared items by the (atelierId, sharedAt, id) indexes (a
// LATERAL top-N each), merged; then author, atelier, gemeente, reaction ids and lesson counts for that page.
const FEED_SQL = `
WITH mine AS (
  SELECT id FROM "Atelier" WHERE "trekkerId" = $1
  UNION
  SELECT "atelierId" FROM "Participation" WHERE "userId" = $1 AND status = 'ACTIVE'
),
page AS (
  SELECT * FROM (
    SELECT x.* FROM mine, LATERAL (
      SELECT 'Lesson' AS kind, l.id, l.title, l.conditions::text[] AS conditions, l."sharedAt", l."authorId", l."atelierId", l."municipalityId"
        FROM "Lesson" l
       WHERE l."atelierId" = mine.id AND l.visibility IN ('TRIBUNE', 'PUBLIC') AND l."sharedAt" IS NOT NULL
         AND ($3::timestamp IS NULL OR (l."sharedAt", l.id) < ($3, $4::uuid))
       ORDER BY l."sharedAt" DESC, l.id DESC
       LIMIT $2) x
    UNION ALL
    SELECT y.* FROM mine, LATERAL (
      SELECT 'Insight' AS kind, i.id, i.title, i.conditions::text[], i."sharedAt", i."authorId", i."atelierId", NULL::uuid
        FROM "Insight" i
       WHERE i."atelierId" = mine.id AND i.visibility IN ('TRIBUNE', 'PUBLIC') AND i."sharedAt" IS NOT NULL
         AND ($3::timestamp IS NULL OR (i."sharedAt", i.id) < ($3, $4::uuid))
       ORDER BY i."sharedAt" DESC, i.id DESC
       LIMIT $2) y
  ) items
  ORDER BY "sharedAt" DESC, id DESC
  LIMIT $2
)
SELECT p.kind, p.id, p.title, p.conditions, p."sharedAt",
       u.id AS "authorId", u.name AS "authorName", a.id AS "atelierId", a.title AS "atelierTitle",
       m.id AS "municipalityId", m.name AS "municipalityName",
       CASE WHEN p.kind = 'Lesson'
            THEN (SELECT coalesce(array_agg(r.id ORDER BY r."createdAt", r.id), '{}') FROM "Reaction" r WHERE r."lessonId" = p.id)
            ELSE (SELECT coalesce(array_agg(r.id ORDER BY r."createdAt", r.id), '{}') FROM "Reaction" r WHERE r."insightId" = p.id)
       END AS "reactionIds",
       CASE WHEN p.kind = 'Insight' THEN (SELECT count(*)::int FROM "InsightLesson" il WHERE il."insightId" = p.id) END AS "lessonCount"
  FROM page p
  JOIN "User" u ON u.id = p."authorId"
  JOIN "Atelier" a ON a.id = p."atelierId"
  LEFT JOIN "Municipality" m ON m.id = p."municipalityId"
 ORDER BY p."sharedAt" DESC, p.id DESC`;

const gid = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const cursorOf = (sharedAt, id) =>
  Buffer.from(JSON.stringify(['d', sharedAt.toISOString(), id]), 'utf8').toString('base64url');

function decodeAfter(after) {
  if (typeof after !== 'string') return [null, null];
  try {
    const [tag, value, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (tag === 'd' && !Number.isNaN(Date.parse(value))) return [new Date(value).toISOString(), id];
  } catch {
    // a bad cursor reads as none; the floor only serves the benchmark
  }
  return [null, null];
}

function sessionToken(cookieHeader) {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    const name = part.slice(0, eq).trim();
    if (name === '__Host-werkplaats_session' || name === 'werkplaats_session')
      return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

const unauthenticated = JSON.stringify({
  errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }],
  data: null,
});

async function feed(req, body) {
  const token = sessionToken(req.headers.cookie);
  if (!token) return unauthenticated;
  const { rows: sessions } = await query('session', SESSION_SQL, [
    createHash('sha256').update(token).digest('hex'),
  ]);
  const session = sessions[0];
  const now = Date.now();
  if (!session || session.expiresAt.getTime() <= now || session.lastSeenAt.getTime() + idleMs <= now)
    return unauthenticated;
  const [afterValue, afterId] = decodeAfter(body?.variables?.after);
  const { rows } = await query('feed', FEED_SQL, [session.userId, PAGE + 1, afterValue, afterId]);
  const hasNextPage = rows.length > PAGE;
  const edges = rows.slice(0, PAGE).map((row) => {
    const common = {
      __typename: row.kind,
      id: gid(row.kind, row.id),
      title: row.title,
      conditions: row.conditions,
      sharedAt: row.sharedAt.toISOString(),
    };
    const author = { id: gid('User', row.authorId), name: row.authorName };
    const atelier = { id: gid('Atelier', row.atelierId), title: row.atelierTitle };
    const reactions = row.reactionIds.map((id) => ({ id: gid('Reaction', id) }));
    const node =
      row.kind === 'Lesson'
        ? {
            ...common,
            author,
            atelier,
            municipality: row.municipalityId
              ? { id: gid('Municipality', row.municipalityId), name: row.municipalityName }
              : null,
            reactions,
          }
        : { ...common, lessonCount: row.lessonCount, author, atelier, reactions };
    return { cursor: cursorOf(row.sharedAt, row.id), node };
  });
  return JSON.stringify({
    data: { feed: { pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, edges } },
  });
}

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    return;
  }
  if (req.method === 'GET' && req.url === '/__count') {
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ total: statements, dbMs }));
    return;
  }
  if (req.method !== 'POST' || req.url !== '/graphql') {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let body = null;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      // the benchmark always sends JSON
    }
    feed(req, body).then(
      (json) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(json),
      (error) =>
        res
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ errors: [{ message: String(error) }] })),
    );
  });
});

server.listen(Number(process.env.PORT ?? 3999), '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    void pool.end().finally(() => process.exit(0));
  });
}
