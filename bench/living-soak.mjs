#!/usr/bin/env node
// The living soak: the built server started as `pnpm start` starts it (`node apps/api/dist/main.js`, its
// defaults untouched: DATABASE_IDLE_TIMEOUT_MS and every other timeout as shipped) on the embedded database or
// on a fresh real Postgres database with the demo data, and a few demo people (the tribune member, the arena
// member, the trekker) using it as the web app does for --minutes (default 30), each with a random idle gap of
// 0–60 s between visits, now and then a string the database cannot store (NUL, a lone surrogate: a 400
// BAD_USER_INPUT is the right answer) and a GET /healthz. Every network failure, 5xx, GraphQL error where none
// belongs, wrong answer or unhealthy /healthz is an error, logged with its time and detail. Prints progress
// once a minute and writes bench/results/<date>-living-soak-<database>.md and .json. See bench/README.md.
//   node bench/living-soak.mjs --database embedded|postgres [--minutes 30] [--url postgresql://…]
import { execFileSync, spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, percentile, rssKb, sleep } from './api-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// ------------------------------------------------------------------ options
const { values: opts } = parseArgs({
  options: {
    database: { type: 'string', default: 'embedded' },
    url: { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/postgres' },
    minutes: { type: 'string', default: '30' },
    people: { type: 'string', default: 'tribune,arena,trekker' },
    'max-gap': { type: 'string', default: '60' },
    'hostile-every': { type: 'string', default: '20' },
    'health-every': { type: 'string', default: '10' },
    port: { type: 'string' },
    seed: { type: 'string' },
    'in-place': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (opts.help) {
  console.log(
    'node bench/living-soak.mjs --database embedded|postgres [--minutes 30] [--url URL] [--people tribune,arena,trekker]\n' +
      '  [--max-gap 60] [--hostile-every 20] [--health-every 10] [--port N] [--seed N] [--in-place] [--keep] [--out NAME]\n' +
      'See bench/README.md, "The living soak".',
  );
  process.exit(0);
}
if (!['embedded', 'postgres'].includes(opts.database)) throw new Error('--database is embedded or postgres');
const minutes = Number(opts.minutes);
const maxGapMs = Number(opts['max-gap']) * 1000;
const hostileEvery = Number(opts['hostile-every']);
const healthEvery = Number(opts['health-every']);
const seed = Number(opts.seed ?? Math.floor(Math.random() * 2 ** 31));
const DEMO_PASSWORD = 'werkplaats-demo';
const ACCOUNTS = {
  tribune: 'tribune@demo.werkplaats.nl',
  arena: 'arena@demo.werkplaats.nl',
  trekker: 'trekker@demo.werkplaats.nl',
  commissie: 'commissie@demo.werkplaats.nl',
  beheer: 'beheer@demo.werkplaats.nl',
};
const roles = opts.people
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const role of roles) if (!ACCOUNTS[role]) throw new Error(`--people: unknown person ${role}`);
/** The default of DATABASE_IDLE_TIMEOUT_MS (apps/api/src/common/config/config.ts): the gap that used to kill it. */
const DATABASE_IDLE_TIMEOUT_MS = 10_000;
/** Variables of the app's environment (config.ts) that the shell must not slip in: the soak runs the defaults. */
const APP_ENV_KEYS = [
  'NODE_ENV',
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATA_DIR',
  'DEMO_DATA',
  'REDIS_URL',
  'WEB_DIST_DIR',
  'SESSION_IDLE_MINUTES',
  'SESSION_ABSOLUTE_HOURS',
  'TRUST_PROXY',
  'LOG_LEVEL',
  'RATE_LIMIT_PER_MINUTE',
  'AUTH_RATE_LIMIT_PER_IP',
  'AUTH_RATE_LIMIT_PER_ACCOUNT',
  'REQUEST_TIMEOUT_MS',
  'STATEMENT_TIMEOUT_MS',
  'DATABASE_IDLE_TIMEOUT_MS',
  'DATABASE_CONNECT_TIMEOUT_MS',
  'RESPONSE_CACHE_MB',
  'RESPONSE_CACHE_SECONDS',
  'CORS_ORIGINS',
  'MIGRATIONS_DIR',
];

// ------------------------------------------------------------------ small helpers
const t0 = Date.now();
const clock = (t = Date.now()) => {
  const s = Math.max(0, Math.floor((t - t0) / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const say = (line) => console.log(`[${clock()}] ${line}`);

/** A seeded generator (mulberry32), one per person, so a run can be repeated with --seed. */
function rng(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const mb = (kb) => (kb === null || kb === undefined ? null : Math.round((kb / 1024) * 10) / 10);

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).replace(/\n+$/, '');
  } catch {
    return '';
  }
}

/** Source files changed after `mtimeMs` below a folder (as scripts/start.mjs judges a build stale). */
function newerThan(dir, mtimeMs, found = []) {
  if (!existsSync(dir)) return found;
  if (!statSync(dir).isDirectory()) {
    if (statSync(dir).mtimeMs > mtimeMs) found.push(dir.slice(root.length + 1));
    return found;
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    newerThan(join(dir, entry.name), mtimeMs, found);
  }
  return found;
}

// ------------------------------------------------------------------ the web app's operations
// The documents the web app sends, from its generated code (apps/web/src/gql*/graphql.ts), printed with the
// web app's own graphql and with __typename added to every selection below the root, as Apollo's cache does.
const { print, visit, Kind } = createRequire(join(root, 'apps', 'web', 'package.json'))('graphql');
const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };
function addTypename(document) {
  return visit(document, {
    SelectionSet: {
      enter(node, _key, parent) {
        if (parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
          return undefined;
        return { ...node, selections: [...node.selections, TYPENAME] };
      },
    },
  });
}
const DOCS = {};
for (const file of ['gql/graphql.ts', 'gql-shell/graphql.ts']) {
  for (const line of readFileSync(join(root, 'apps', 'web', 'src', file), 'utf8').split('\n')) {
    const match = /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</.exec(line);
    if (match) DOCS[match[1]] = print(addTypename(JSON.parse(match[2])));
  }
}
const NEEDED = [
  'SignIn',
  'Viewer',
  'UnreadNotifications',
  'Agenda',
  'AtelierPage',
  'Feed',
  'LessonPage',
  'InsightPage',
  'React',
  'Search',
  'Notifications',
  'TrekkerDashboard',
  'LogLessonContext',
  'LogLesson',
];
for (const name of NEEDED)
  if (!DOCS[name]) throw new Error(`The web app's generated code has no ${name} document`);

const CONDITIONS = ['SOCIAL_COHESION', 'SOCIAL_EMPOWERMENT', 'SOCIAL_INCLUSION', 'SOCIO_ECONOMIC_SECURITY'];
const DOMAINS = ['CARE', 'EDUCATION', 'HOUSING', 'SAFETY', 'SPORT', 'WELFARE', 'WORK_AND_INCOME'];
const LEVELS = ['INDIVIDUAL', 'HOUSEHOLD', 'SOCIAL_NETWORK', 'NEIGHBOURHOOD', 'GROUP', 'ORGANISATION_SYSTEM'];
const SEARCH_TERMS = [
  'eenzaamheid',
  'armoede',
  'geldzorgen',
  'ontmoeting',
  'buurtkamer',
  'jongeren',
  'huismeesters',
  'mantelzorgers',
  'wijk',
  '"betekenisvol contact"',
  'dorp -stad',
];
const REACTIONS = [
  'Herkenbaar, bij ons ook.',
  'Dank voor het delen!',
  'Dit nemen we mee naar ons team.',
  'Mooi voorbeeld, hoe lang loopt dit al?',
];
const HOSTILE_STRINGS = [
  { what: 'a NUL character', text: 'armoede\u0000schulden' },
  { what: 'a lone high surrogate', text: 'geld\uD83D' },
  { what: 'a lone low surrogate', text: '\uDE00 ontmoeting' },
];

// ------------------------------------------------------------------ the run's state
const stats = {
  requests: 0,
  byKind: new Map(), // kind → { count, errors, ms: [] }
  errors: [],
  personGaps: [], // ms, each idle gap a person took between two visits
  serverGaps: [], // ms, each stretch in which the server had no request at all (> 1 s kept)
  afterLongSilence: { requests: 0, errors: 0 }, // the first request after the server was silent > idle timeout
  rss: [], // { t, kb }
  hostile: {}, // what → how many requests carried it
};
let inFlight = 0;
let lastServerActivity = null; // when the last request ended (null before the first)
let server; // { child, pid, base, logLines }
let starting; // { child, logLines } while the server starts
let stopping = false;
let stopReason = null;
const wake = new Set(); // pending sleeps, woken when stopping

function interruptibleSleep(ms) {
  return new Promise((resolve) => {
    const entry = { resolve };
    entry.timer = setTimeout(() => {
      wake.delete(entry);
      resolve();
    }, ms);
    wake.add(entry);
  });
}
function stop(reason) {
  if (stopping) return;
  stopping = true;
  stopReason = reason;
  for (const entry of wake) {
    clearTimeout(entry.timer);
    entry.resolve();
  }
  wake.clear();
}

function kindStats(kind) {
  let s = stats.byKind.get(kind);
  if (!s) {
    s = { count: 0, errors: 0, ms: [] };
    stats.byKind.set(kind, s);
  }
  return s;
}

function recordError(person, kind, detail, extra = {}) {
  const now = Date.now();
  const error = {
    at: new Date(now).toISOString(),
    elapsed: clock(now),
    person: person?.role ?? null,
    kind,
    detail,
    ...extra,
  };
  stats.errors.push(error);
  kindStats(kind).errors++;
  say(
    `ERROR ${person?.role ?? '-'} ${kind}: ${detail}` +
      (extra.serverSilentMs !== undefined
        ? ` (server silent ${(extra.serverSilentMs / 1000).toFixed(1)} s before)`
        : '') +
      (extra.personIdleMs !== undefined && extra.personIdleMs !== null
        ? ` (${person.role} idle ${(extra.personIdleMs / 1000).toFixed(1)} s before)`
        : ''),
  );
  if (extra.status !== undefined || extra.response !== undefined)
    say(`      status ${extra.status ?? '-'}; response ${String(extra.response ?? '').slice(0, 600)}`);
}

/**
 * One HTTP request to the server, timed; tracks how long the server had been without any request. Returns
 * { status, headers, text, ms, serverSilentMs } or { failure } (network error or 30 s timeout).
 */
async function send(person, path, init = {}) {
  const started = Date.now();
  let serverSilentMs = null;
  if (inFlight === 0 && lastServerActivity !== null) {
    serverSilentMs = started - lastServerActivity;
    if (serverSilentMs > 1000) stats.serverGaps.push(serverSilentMs);
  }
  inFlight++;
  stats.requests++;
  try {
    const res = await fetch(`${server.base}${path}`, {
      ...init,
      headers: { ...(init.headers ?? {}), ...(person?.cookie ? { cookie: person.cookie } : {}) },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    for (const cookie of res.headers.getSetCookie()) {
      const pair = cookie.split(';')[0];
      if (person && pair.includes('werkplaats_session')) person.cookie = pair.endsWith('=') ? null : pair;
    }
    return {
      status: res.status,
      headers: res.headers,
      text,
      ms: Date.now() - started,
      serverSilentMs,
      started,
    };
  } catch (error) {
    const cause = error.cause ? ` (${error.cause.code ?? ''} ${error.cause.message ?? error.cause})` : '';
    return {
      failure: `${error.name}: ${error.message}${cause}`,
      ms: Date.now() - started,
      serverSilentMs,
      started,
    };
  } finally {
    inFlight--;
    lastServerActivity = Date.now();
  }
}

function account(kind, res) {
  const s = kindStats(kind);
  s.count++;
  s.ms.push(res.ms);
  if (res.serverSilentMs !== null && res.serverSilentMs > DATABASE_IDLE_TIMEOUT_MS)
    stats.afterLongSilence.requests++;
  return s;
}

function failureExtra(res, person, request) {
  return {
    request,
    sentAt: new Date(res.started).toISOString(),
    status: res.status,
    response: res.failure ? undefined : res.text?.slice(0, 4000),
    latencyMs: res.ms,
    serverSilentMs: res.serverSilentMs ?? undefined,
    personIdleMs: person?.idleBeforeMs ?? null,
  };
}

/**
 * A GraphQL operation as the web app sends it. `check(data)` returns a problem (string) for a wrong answer.
 * Returns data, or null after recording an error.
 */
async function gql(person, operationName, variables, check) {
  const body = { operationName, variables, query: DOCS[operationName] };
  const res = await send(person, '/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json,application/json;q=0.9',
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify(body),
  });
  const kind = operationName;
  account(kind, res);
  const request = { operationName, variables };
  const fail = (detail) => {
    if (res.serverSilentMs !== null && res.serverSilentMs > DATABASE_IDLE_TIMEOUT_MS)
      stats.afterLongSilence.errors++;
    recordError(person, kind, detail, failureExtra(res, person, request));
    return null;
  };
  if (res.failure) return fail(`network: ${res.failure}`);
  if (res.status >= 500) return fail(`HTTP ${res.status}`);
  let json;
  try {
    json = JSON.parse(res.text);
  } catch {
    return fail(`HTTP ${res.status}, not JSON`);
  }
  if (res.status !== 200) return fail(`HTTP ${res.status}`);
  if (json.errors?.length)
    return fail(
      `GraphQL errors: ${json.errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; ')}`,
    );
  if (!json.data) return fail('no data');
  const problem = check ? check(json.data) : null;
  if (problem) return fail(`wrong answer: ${problem}`);
  return json.data;
}

/** A request with a string the database cannot store: the right answer is HTTP 400, BAD_USER_INPUT. */
async function hostile(person, operationName, variables, what) {
  const kind = `${operationName}, unstorable text (400 expected)`;
  stats.hostile[what] = (stats.hostile[what] ?? 0) + 1;
  const res = await send(person, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ operationName, variables, query: DOCS[operationName] }),
  });
  account(kind, res);
  const request = { operationName, variables };
  const fail = (detail) => {
    if (res.serverSilentMs !== null && res.serverSilentMs > DATABASE_IDLE_TIMEOUT_MS)
      stats.afterLongSilence.errors++;
    recordError(person, kind, detail, failureExtra(res, person, request));
  };
  if (res.failure) return fail(`network: ${res.failure}`);
  let json = null;
  try {
    json = JSON.parse(res.text);
  } catch {
    // judged below
  }
  const code = json?.errors?.[0]?.extensions?.code;
  if (res.status !== 400 || code !== 'BAD_USER_INPUT')
    return fail(`expected HTTP 400 BAD_USER_INPUT, got HTTP ${res.status} ${code ?? '(no code)'}`);
}

async function healthz(person) {
  const res = await send(null, '/healthz');
  account('GET /healthz', res);
  const fail = (detail) => {
    if (res.serverSilentMs !== null && res.serverSilentMs > DATABASE_IDLE_TIMEOUT_MS)
      stats.afterLongSilence.errors++;
    recordError(person, 'GET /healthz', detail, failureExtra(res, person, { path: '/healthz' }));
  };
  if (res.failure) return fail(`network: ${res.failure}`);
  if (res.status !== 200) return fail(`HTTP ${res.status}`);
  try {
    if (JSON.parse(res.text).status !== 'ok') return fail('status is not ok');
  } catch {
    return fail('not JSON');
  }
}

/** A fresh page load: the web app's index.html, then the shell's Viewer and UnreadNotifications queries. */
async function pageLoad(person, path) {
  const res = await send(person, path, { headers: { accept: 'text/html' } });
  account('GET / (index.html)', res);
  const fail = (detail) => {
    if (res.serverSilentMs !== null && res.serverSilentMs > DATABASE_IDLE_TIMEOUT_MS)
      stats.afterLongSilence.errors++;
    recordError(person, 'GET / (index.html)', detail, failureExtra(res, person, { path }));
  };
  if (res.failure) fail(`network: ${res.failure}`);
  else if (res.status !== 200) fail(`HTTP ${res.status}`);
  else if (!/text\/html/.test(res.headers.get('content-type') ?? '') || !/<html/i.test(res.text))
    fail(`not the web app's page (content-type ${res.headers.get('content-type')})`);
  await viewer(person);
  await gql(person, 'UnreadNotifications', {}, (d) =>
    Number.isInteger(d.unreadNotificationCount) && d.unreadNotificationCount >= 0
      ? null
      : `unreadNotificationCount ${d.unreadNotificationCount}`,
  );
}

function viewer(person) {
  return gql(person, 'Viewer', {}, (d) =>
    !d.me
      ? 'me is null while signed in'
      : d.me.email !== person.email
        ? `me is ${d.me.email}, not ${person.email}`
        : person.id && d.me.id !== person.id
          ? `me.id changed from ${person.id} to ${d.me.id}`
          : null,
  );
}

/** `value` may not drop below what this person saw before for `key` (nothing in the soak removes anything). */
function notBelow(person, key, value, what) {
  const before = person.seen.get(key);
  if (before !== undefined && value < before) return `${what} fell from ${before} to ${value}`;
  person.seen.set(key, value);
  return null;
}

// ------------------------------------------------------------------ the people
function makePerson(role, index) {
  return {
    role,
    email: ACCOUNTS[role],
    random: rng(seed + index * 7919),
    cookie: null,
    id: null,
    ateliers: [], // { id, title, role, canLead }
    feedItems: [], // { id, __typename }
    lessons: [], // ids seen on atelier pages
    practiceId: null,
    seen: new Map(),
    visits: 0,
    idleBeforeMs: null,
    lessonsLogged: 0,
    reactions: 0,
  };
}
const pick = (person, list) => list[Math.floor(person.random() * list.length)];
function weighted(person, table) {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let r = person.random() * total;
  for (const [name, w] of table) {
    r -= w;
    if (r < 0) return name;
  }
  return table.at(-1)[0];
}

/** Sign in once and find, as the web app would, which ateliers are this person's. */
async function setUp(person) {
  const signedIn = await gql(person, 'SignIn', { email: person.email, password: DEMO_PASSWORD }, (d) =>
    d.signIn?.id ? null : 'signIn returned no person',
  );
  if (!signedIn) throw new Error(`${person.role} could not sign in`);
  if (!person.cookie) throw new Error(`${person.role}: signIn set no session cookie`);
  const me = await viewer(person);
  if (!me) throw new Error(`${person.role}: me failed after sign-in`);
  person.id = me.me.id;
  const agenda = await gql(person, 'Agenda', { status: 'ACTIVE' }, (d) =>
    d.socialIssues.totalCount > 0 ? null : 'the agenda is empty',
  );
  if (!agenda) throw new Error(`${person.role}: the agenda failed`);
  const ateliers = new Map();
  for (const edge of agenda.socialIssues.edges)
    for (const a of edge.node.ateliers) ateliers.set(a.id, a.title);
  for (const [id] of ateliers) {
    const page = await gql(person, 'AtelierPage', { id }, (d) =>
      d.atelier ? null : `atelier ${id} is null`,
    );
    if (!page) throw new Error(`${person.role}: an atelier page failed`);
    const a = page.atelier;
    if (a.myParticipation || a.canLead)
      person.ateliers.push({ id, title: a.title, role: a.myParticipation?.role ?? null, canLead: a.canLead });
    for (const edge of a.lessons.edges) person.lessons.push(edge.node.id);
    notBelow(person, `atelier:${id}:lessons`, a.lessons.totalCount, 'lessons.totalCount');
  }
  person.allAteliers = [...ateliers.keys()];
  if (person.role === 'tribune' && !person.ateliers.some((a) => a.role === 'TRIBUNE'))
    throw new Error('the tribune member follows no atelier');
  if (person.role === 'trekker' && !person.ateliers.some((a) => a.canLead))
    throw new Error('the trekker leads no atelier');
  if (person.role === 'arena') {
    const arena = person.ateliers.find((a) => a.role === 'ARENA');
    if (!arena) throw new Error('the arena member works in no arena');
    person.arenaAtelier = arena.id;
    const context = await gql(person, 'LogLessonContext', { id: arena.id }, (d) =>
      d.atelier?.canWorkInArena ? null : 'canWorkInArena is false',
    );
    if (!context) throw new Error('the arena member cannot log a lesson');
    person.practiceId =
      context.atelier.practices.find((p) => p.participants.some((u) => u.id === person.id))?.id ?? null;
  }
  const feed = await feedVisit(person);
  if (!feed) throw new Error(`${person.role}: the feed failed`);
  say(
    `${person.role} (${person.email}) signed in; ateliers: ${person.ateliers
      .map((a) => `${a.title} (${a.canLead ? 'trekker' : a.role})`)
      .join(', ')}; feed: ${feed.feed.edges.length} items on the first page.`,
  );
}

async function feedVisit(person) {
  const data = await gql(person, 'Feed', {}, (d) => {
    const n = d.feed.edges.length;
    if (person.role === 'tribune' && n === 0) return 'the feed is empty for the tribune member';
    return notBelow(person, 'feed:firstPage', n, 'the feed’s first page');
  });
  if (data) person.feedItems = data.feed.edges.map((e) => ({ id: e.node.id, type: e.node.__typename }));
  return data;
}

async function atelierVisit(person) {
  const mine = person.ateliers.length > 0 && person.random() < 0.8;
  const id = mine ? pick(person, person.ateliers).id : pick(person, person.allAteliers);
  const data = await gql(person, 'AtelierPage', { id }, (d) => {
    if (!d.atelier) return `atelier ${id} is null`;
    if (d.atelier.id !== id) return `asked atelier ${id}, got ${d.atelier.id}`;
    const known = person.ateliers.find((a) => a.id === id);
    if (known && !d.atelier.myParticipation && !d.atelier.canLead)
      return 'myParticipation is null in my atelier';
    if (d.municipalities.length === 0) return 'no municipalities';
    return notBelow(person, `atelier:${id}:lessons`, d.atelier.lessons.totalCount, 'lessons.totalCount');
  });
  if (data) for (const edge of data.atelier.lessons.edges) person.lessons.push(edge.node.id);
  person.lessons = [...new Set(person.lessons)].slice(-200);
}

async function openItem(person, item) {
  if (item.type === 'Insight')
    return gql(person, 'InsightPage', { id: item.id }, (d) =>
      d.insight?.id === item.id ? null : 'insight is null',
    );
  return gql(person, 'LessonPage', { id: item.id }, (d) =>
    d.lesson?.id === item.id ? null : 'lesson is null',
  );
}

async function itemVisit(person) {
  const items = person.feedItems.length
    ? person.feedItems
    : person.lessons.map((id) => ({ id, type: 'Lesson' }));
  if (items.length === 0) return feedVisit(person);
  return openItem(person, pick(person, items));
}

/** The tribune member opens an item of the feed and reacts; the page reloads its reactions (refetchQueries). */
async function reactVisit(person) {
  if (person.feedItems.length === 0) await feedVisit(person);
  if (person.feedItems.length === 0) return;
  const item = pick(person, person.feedItems);
  if (!(await openItem(person, item))) return;
  const body = `${pick(person, REACTIONS)} (soak ${clock()})`;
  const reacted = await gql(person, 'React', { targetId: item.id, body }, (d) =>
    d.react?.body !== body
      ? 'the reaction came back with another body'
      : d.react.author?.id !== person.id
        ? 'wrong author'
        : null,
  );
  if (!reacted) return;
  person.reactions++;
  const reactionId = reacted.react.id;
  const page = await openItem(person, item);
  const node = page?.lesson ?? page?.insight;
  if (node && !node.reactions.some((r) => r.id === reactionId))
    recordError(
      person,
      item.type === 'Insight' ? 'InsightPage' : 'LessonPage',
      'wrong answer: the new reaction is not on the page',
      {
        request: { item, reactionId },
      },
    );
}

/** The arena member logs a lesson (a draft, as the web app's form does) and lands on its page. */
async function logLessonVisit(person) {
  const context = await gql(person, 'LogLessonContext', { id: person.arenaAtelier }, (d) =>
    d.atelier?.canWorkInArena ? null : 'canWorkInArena is false',
  );
  if (!context) return;
  const word = pick(
    person,
    SEARCH_TERMS.filter((t) => /^\w+$/.test(t)),
  );
  const title = `Soak ${clock()}: wat we leerden over ${word}`;
  const conditions = CONDITIONS.filter(() => person.random() < 0.5);
  if (conditions.length === 0) conditions.push(pick(person, CONDITIONS));
  const input = {
    atelierId: person.arenaAtelier,
    title,
    body: `<p>Een les uit de praktijk over ${word}: een vast moment in de week en een warme overdracht helpen.</p>`,
    conditions,
    level: pick(person, LEVELS),
    domain: pick(person, DOMAINS),
    practiceId: person.practiceId,
  };
  const logged = await gql(person, 'LogLesson', { input }, (d) =>
    !d.logLesson?.id
      ? 'no lesson id'
      : d.logLesson.visibility !== 'DRAFT'
        ? `visibility ${d.logLesson.visibility}`
        : null,
  );
  if (!logged) return;
  person.lessonsLogged++;
  const id = logged.logLesson.id;
  person.lessons.push(id);
  await gql(person, 'LessonPage', { id }, (d) =>
    !d.lesson
      ? 'the lesson just logged is null'
      : d.lesson.title !== title
        ? `title ${JSON.stringify(d.lesson.title)}`
        : d.lesson.author?.id !== person.id
          ? 'another author'
          : null,
  );
}

async function dashboardVisit(person) {
  const led = person.ateliers.filter((a) => a.canLead);
  const id = pick(person, led).id;
  const data = await gql(person, 'TrekkerDashboard', { id }, (d) => {
    if (!d.atelier) return 'the dashboard’s atelier is null';
    if (!d.atelier.canLead) return 'canLead is false on the trekker’s own dashboard';
    return (
      notBelow(person, `dashboard:${id}:waiting`, d.atelier.waiting.totalCount, 'waiting.totalCount') ??
      notBelow(person, `dashboard:${id}:tribune`, d.atelier.tribune.edges.length, 'the tribune list')
    );
  });
  if (data) for (const edge of data.atelier.waiting.edges) person.lessons.push(edge.node.id);
}

async function searchVisit(person) {
  const term = pick(person, SEARCH_TERMS);
  await gql(person, 'Search', { query: term }, (d) =>
    notBelow(person, `search:${term}`, d.search.totalCount, `search "${term}" totalCount`),
  );
}

async function notificationsVisit(person) {
  await gql(person, 'Notifications', {}, (d) => (Array.isArray(d.notifications?.edges) ? null : 'no edges'));
  await gql(person, 'UnreadNotifications', {}, (d) =>
    Number.isInteger(d.unreadNotificationCount) && d.unreadNotificationCount >= 0
      ? null
      : `unreadNotificationCount ${d.unreadNotificationCount}`,
  );
}

async function agendaVisit(person) {
  await gql(person, 'Agenda', { status: person.random() < 0.8 ? 'ACTIVE' : null }, (d) =>
    d.socialIssues.totalCount > 0 && d.socialIssues.edges.length > 0 ? null : 'the agenda is empty',
  );
}

/** A string the database cannot store, where this person types text (or in an id). */
async function hostileVisit(person) {
  const bad = pick(person, HOSTILE_STRINGS);
  const choices = ['search', 'atelierId'];
  if (person.role === 'tribune' && person.feedItems.length) choices.push('react');
  if (person.role === 'arena') choices.push('logLesson');
  const where = pick(person, choices);
  if (where === 'search') return hostile(person, 'Search', { query: bad.text }, bad.what);
  if (where === 'atelierId')
    return hostile(person, 'AtelierPage', { id: `${pick(person, person.allAteliers)}${bad.text}` }, bad.what);
  if (where === 'react')
    return hostile(
      person,
      'React',
      { targetId: pick(person, person.feedItems).id, body: bad.text },
      bad.what,
    );
  return hostile(
    person,
    'LogLesson',
    {
      input: {
        atelierId: person.arenaAtelier,
        title: `Soak ${bad.text}`,
        body: '<p>Dit mag niet worden opgeslagen.</p>',
        conditions: [pick(person, CONDITIONS)],
        level: pick(person, LEVELS),
        domain: pick(person, DOMAINS),
        practiceId: person.practiceId,
      },
    },
    bad.what,
  );
}

const VISITS = {
  tribune: [
    ['feed', 4],
    ['item', 3],
    ['react', 1],
    ['agenda', 2],
    ['atelier', 2],
    ['search', 2],
    ['notifications', 1],
    ['pageLoad', 1],
  ],
  arena: [
    ['atelier', 3],
    ['logLesson', 2],
    ['item', 1],
    ['agenda', 2],
    ['feed', 2],
    ['search', 2],
    ['notifications', 1],
    ['pageLoad', 1],
  ],
  trekker: [
    ['dashboard', 3],
    ['atelier', 2],
    ['item', 1],
    ['agenda', 2],
    ['feed', 1],
    ['search', 2],
    ['notifications', 1],
    ['pageLoad', 1],
  ],
  commissie: [
    ['agenda', 3],
    ['atelier', 3],
    ['search', 2],
    ['notifications', 1],
    ['pageLoad', 1],
  ],
  beheer: [
    ['agenda', 3],
    ['atelier', 3],
    ['search', 2],
    ['notifications', 1],
    ['pageLoad', 1],
  ],
};
const VISIT_FNS = {
  feed: feedVisit,
  item: itemVisit,
  react: reactVisit,
  agenda: agendaVisit,
  atelier: atelierVisit,
  search: searchVisit,
  notifications: notificationsVisit,
  pageLoad: (person) => pageLoad(person, pick(person, ['/', '/tribune', '/zoeken', '/meldingen'])),
  logLesson: logLessonVisit,
  dashboard: dashboardVisit,
};

async function live(person, deadline) {
  let previousEnd = Date.now();
  while (!stopping) {
    const gap = person.random() * maxGapMs;
    if (Date.now() + gap >= deadline) {
      // Idle to the end: the server is watched for the whole time (a last check follows the run).
      await interruptibleSleep(Math.max(0, deadline - Date.now()));
      break;
    }
    await interruptibleSleep(gap);
    if (stopping) break;
    person.idleBeforeMs = Date.now() - previousEnd;
    stats.personGaps.push(person.idleBeforeMs);
    person.visits++;
    if (hostileEvery > 0 && person.random() < 1 / hostileEvery) await hostileVisit(person);
    else await VISIT_FNS[weighted(person, VISITS[person.role])](person);
    if (healthEvery > 0 && person.random() < 1 / healthEvery) await healthz(person);
    previousEnd = Date.now();
  }
}

// ------------------------------------------------------------------ the server
/** A copy of the build (api and web dist, migrations) beside links to the installed packages: a rebuild of
 * apps/*\/dist by someone else during the soak cannot change what runs. `--in-place` runs apps/api/dist itself. */
function snapshotBuild() {
  const dir = mkdtempSync(join(os.tmpdir(), 'werkplaats-living-soak-build-'));
  mkdirSync(join(dir, 'apps', 'api'), { recursive: true });
  mkdirSync(join(dir, 'apps', 'web'), { recursive: true });
  cpSync(join(root, 'apps', 'api', 'dist'), join(dir, 'apps', 'api', 'dist'), { recursive: true });
  cpSync(join(root, 'apps', 'api', 'package.json'), join(dir, 'apps', 'api', 'package.json'));
  cpSync(join(root, 'apps', 'web', 'dist'), join(dir, 'apps', 'web', 'dist'), { recursive: true });
  cpSync(join(root, 'prisma'), join(dir, 'prisma'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(root, 'apps', 'api', 'node_modules'), join(dir, 'apps', 'api', 'node_modules'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Processes (pid, parent, command) started in the last `ms`, from ps. */
function processesStartedWithin(ms) {
  try {
    const now = Date.now();
    const lines = execFileSync('ps', ['-eo', 'pid=,ppid=,etimes=,args='], { encoding: 'utf8' }).split('\n');
    return lines
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
      .filter((m) => m && Number(m[3]) * 1000 <= ms && Number(m[1]) !== process.pid)
      .filter((m) => !/^ps -eo|^\[/.test(m[4]))
      .map(
        (m) =>
          `pid ${m[1]} (parent ${m[2]}, ${m[3]} s ago, at ~${new Date(now - Number(m[3]) * 1000).toISOString()}): ${m[4].slice(0, 160)}`,
      );
  } catch {
    return [];
  }
}

/** The start-up lines that may arrive just after the ready line. */
const isStartupLine = (line) => /^Demo accounts \(password /.test(line);

async function startServer({ cwd, env, port, logFile }) {
  const child = spawn(process.execPath, ['apps/api/dist/main.js'], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logLines = [];
  starting = { child, logLines };
  const out = createWriteStream(logFile);
  let ready = null;
  const readyPromise = new Promise((resolve, reject) => {
    ready = { resolve, reject };
  });
  const onData = (stream) => {
    let buffered = '';
    return (chunk) => {
      out.write(chunk);
      buffered += chunk.toString('utf8');
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        const entry = { at: Date.now(), stream, line };
        logLines.push(entry);
        if (logLines.length > 5000) logLines.splice(0, 1000);
        if (/ready at /.test(line)) ready.resolve(line);
        if (server && entry.at > server.readyAt && !isStartupLine(line)) say(`server ${stream}: ${line}`);
      }
    };
  };
  child.stdout.on('data', onData('stdout'));
  child.stderr.on('data', onData('stderr'));
  child.on('exit', (code, signal) => {
    ready.reject(
      new Error(`the server exited (code ${code}, signal ${signal}) before it was ready; see ${logFile}`),
    );
    if (!stopping) {
      // The app answers SIGINT and SIGTERM with a quiet exit 0, so code 0 may be someone else's signal: note
      // the processes that started just before, as a hint of who sent it.
      const recent = processesStartedWithin(15_000);
      recordError(
        null,
        'server process',
        `the server exited (code ${code}, signal ${signal}) with no request of the soak asking it to` +
          (code === 0 && signal === null ? ' (exit 0 is how it answers SIGINT/SIGTERM)' : ''),
        { processesStartedJustBefore: recent },
      );
      if (recent.length) say(`processes started in the 15 s before: ${recent.join(' | ')}`);
      stop('the server exited');
    }
  });
  const started = Date.now();
  const timer = setTimeout(
    () => ready.reject(new Error(`no "ready at" line within 180 s; see ${logFile}`)),
    180_000,
  );
  const readyLine = await readyPromise.finally(() => clearTimeout(timer));
  return {
    child,
    pid: child.pid,
    base: `http://127.0.0.1:${port}`,
    logLines,
    readyLine,
    startupMs: Date.now() - started,
    readyAt: Date.now(),
    logFile,
  };
}

async function stopServer() {
  const child = server?.child ?? starting?.child;
  if (!child) return null;
  if (child.exitCode !== null || child.signalCode !== null)
    return { code: child.exitCode, signal: child.signalCode };
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  child.kill('SIGTERM');
  const result = await Promise.race([exited, sleep(15_000).then(() => null)]);
  if (!result) {
    child.kill('SIGKILL');
    return { code: null, signal: 'SIGKILL (did not stop within 15 s of SIGTERM)' };
  }
  return result;
}

// ------------------------------------------------------------------ the report
function latencySummary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? null,
  };
}

function markdown(r) {
  const lines = [];
  const f1 = (n) => (n === null || n === undefined ? '–' : (Math.round(n * 10) / 10).toLocaleString('en'));
  lines.push(`# Living soak ${r.date}: \`pnpm start\` on the ${r.database} database, ${r.minutes} minutes`);
  lines.push('');
  lines.push(`**${r.verdict}**`);
  lines.push('');
  lines.push(
    `Started ${r.startedAt}, ended ${r.endedAt}${r.stopReason ? ` (stopped early: ${r.stopReason})` : ''}. Commit ${r.commit}${r.dirty ? ` (uncommitted changes below apps/api/src, apps/web/src, packages or prisma: ${r.dirty})` : ''}; build of ${r.builtAt.api} (web ${r.builtAt.web}) ${r.buildStale ? `**older than some sources** (${r.buildStale.slice(0, 5).join(', ')}${r.buildStale.length > 5 ? ', …' : ''}), run as built` : 'up to date with its sources'}. Node ${r.node}, ${r.machine}.`,
  );
  lines.push(
    `Server: \`node apps/api/dist/main.js\` (${r.inPlace ? 'the repository’s own build' : 'a copy of the repository’s build, so a rebuild during the soak cannot touch it'}), the defaults of \`pnpm start\` (no timeout changed: DATABASE_IDLE_TIMEOUT_MS ${DATABASE_IDLE_TIMEOUT_MS / 1000} s, the default), only ${r.envSet.join(', ')} set; ${r.databaseDescription}. Ready line: \`${r.readyLine}\` (${f1(r.startupMs / 1000)} s after spawn).`,
  );
  lines.push(
    `People: ${r.people.map((p) => `${p.role} (${p.email})`).join(', ')}, each signed in once; between visits a uniform random idle gap of 0–${r.maxGapSeconds} s; 1 visit in ${r.hostileEvery} sends a string the database cannot store (expected: HTTP 400, BAD_USER_INPUT); after 1 visit in ${r.healthEvery}, \`GET /healthz\`. Seed ${r.seed}.`,
  );
  lines.push('');
  lines.push('## Figures');
  lines.push('');
  lines.push(`| | |`);
  lines.push(`| --- | ---: |`);
  lines.push(`| requests | ${r.requests.toLocaleString('en')} |`);
  lines.push(`| errors | ${r.errors.length} |`);
  lines.push(
    `| visits | ${r.people.reduce((s, p) => s + p.visits, 0)} (${r.people.map((p) => `${p.role} ${p.visits}`).join(', ')}) |`,
  );
  lines.push(
    `| lessons logged / reactions | ${r.people.reduce((s, p) => s + p.lessonsLogged, 0)} / ${r.people.reduce((s, p) => s + p.reactions, 0)} |`,
  );
  lines.push(
    `| longest idle gap of a person | ${f1(r.gaps.personMaxMs / 1000)} s (mean ${f1(r.gaps.personMeanMs / 1000)} s over ${r.gaps.personCount} gaps) |`,
  );
  lines.push(`| longest stretch with no request at all | ${f1(r.gaps.serverMaxMs / 1000)} s |`);
  lines.push(
    `| stretches with no request for more than ${DATABASE_IDLE_TIMEOUT_MS / 1000} s (the database idle timeout) | ${r.gaps.serverOverIdleTimeout} (> 30 s: ${r.gaps.serverOver30s}) |`,
  );
  lines.push(
    `| requests right after such a stretch / their errors | ${r.afterLongSilence.requests} / ${r.afterLongSilence.errors} |`,
  );
  lines.push(
    `| requests with unstorable text (all expected 400 BAD_USER_INPUT) | ${Object.values(r.hostile).reduce((a, b) => a + b, 0)} (${
      Object.entries(r.hostile)
        .map(([what, n]) => `${what} ${n}`)
        .join(', ') || '–'
    }) |`,
  );
  lines.push(
    `| latency p50 / p95 / p99 / max (all requests) | ${f1(r.latency.p50)} / ${f1(r.latency.p95)} / ${f1(r.latency.p99)} / ${f1(r.latency.max)} ms |`,
  );
  lines.push(
    `| server RSS at start → end (peak) | ${f1(r.rss.startMb)} → ${f1(r.rss.endMb)} MB (${f1(r.rss.peakMb)}) |`,
  );
  lines.push(
    `| server exit after SIGTERM | ${r.exit ? `code ${r.exit.code}${r.exit.signal ? `, signal ${r.exit.signal}` : ''}` : '–'} |`,
  );
  lines.push('');
  lines.push('## Requests per kind');
  lines.push('');
  lines.push('| kind | requests | errors | p50 ms | p95 ms | max ms |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const k of r.kinds)
    lines.push(`| ${k.kind} | ${k.count} | ${k.errors} | ${f1(k.p50)} | ${f1(k.p95)} | ${f1(k.max)} |`);
  lines.push('');
  lines.push('## Errors');
  lines.push('');
  if (r.errors.length === 0) lines.push('None.');
  for (const e of r.errors) {
    lines.push(`- ${e.at} (+${e.elapsed}) ${e.person ?? '-'} **${e.kind}**: ${e.detail}`);
    if (e.request) lines.push(`  - request: \`${JSON.stringify(e.request).slice(0, 600)}\``);
    if (e.status !== undefined || e.response !== undefined)
      lines.push(`  - response: HTTP ${e.status ?? '-'} \`${String(e.response ?? '').slice(0, 1500)}\``);
    const timing = [
      e.sentAt ? `sent ${e.sentAt}` : null,
      e.latencyMs !== undefined ? `took ${e.latencyMs} ms` : null,
      e.serverSilentMs !== undefined ? `server silent ${f1(e.serverSilentMs / 1000)} s before` : null,
      e.personIdleMs !== undefined && e.personIdleMs !== null
        ? `the person idle ${f1(e.personIdleMs / 1000)} s before`
        : null,
    ].filter(Boolean);
    if (timing.length) lines.push(`  - ${timing.join('; ')}`);
    if (e.processesStartedJustBefore?.length) {
      lines.push('  - processes started in the 15 s before:');
      for (const p of e.processesStartedJustBefore) lines.push(`    - \`${p}\``);
    }
    if (e.serverLog?.length) {
      lines.push('  - server log around it:');
      lines.push('    ```');
      for (const l of e.serverLog) lines.push(`    ${l}`);
      lines.push('    ```');
    }
  }
  lines.push('');
  lines.push('## RSS over the run (MB, once a minute)');
  lines.push('');
  lines.push(r.rss.samples.map((s) => `${s.minute}′ ${f1(s.mb)}`).join(' · ') || '–');
  lines.push('');
  lines.push('## Server log after the ready line');
  lines.push('');
  if (r.serverLogAfterReady.length === 0) lines.push('Nothing.');
  else {
    lines.push('```');
    for (const l of r.serverLogAfterReady.slice(0, 80)) lines.push(l);
    if (r.serverLogAfterReady.length > 80) lines.push(`… ${r.serverLogAfterReady.length - 80} more lines`);
    lines.push('```');
  }
  lines.push('');
  lines.push(`Made by \`node bench/living-soak.mjs ${r.args}\`.`);
  lines.push('');
  return lines.join('\n');
}

// ------------------------------------------------------------------ main
let dataDir = null;
let buildDir = null;
let adminPool = null;
let dbName = null;
const people = roles.map(makePerson);

async function cleanup() {
  if (dataDir && !opts.keep) rmSync(dataDir, { recursive: true, force: true });
  if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  if (adminPool && dbName) {
    if (opts.keep) say(`Kept the database ${dbName} (--keep).`);
    else {
      await adminPool
        .query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`)
        .then(() => say(`Dropped the database ${dbName}.`))
        .catch((e) => say(`Could not drop ${dbName}: ${e.message}`));
    }
  }
  await adminPool?.end().catch(() => undefined);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(`${signal} received`));

async function main() {
  const mainJs = join(root, 'apps', 'api', 'dist', 'main.js');
  if (!existsSync(mainJs) || !existsSync(join(root, 'apps', 'web', 'dist', 'index.html')))
    throw new Error(
      "apps/api/dist or apps/web/dist is missing: build first (pnpm -r --filter './packages/**' --filter @werkplaats/api --filter @werkplaats/web run build)",
    );
  const apiBuilt = statSync(mainJs).mtimeMs;
  const webBuilt = statSync(join(root, 'apps', 'web', 'dist', 'index.html')).mtimeMs;
  const newerSources = [
    ...['apps/api/src', 'prisma'].flatMap((d) => newerThan(join(root, d), apiBuilt)),
    ...['apps/web/src', 'apps/web/index.html', 'packages'].flatMap((d) => newerThan(join(root, d), webBuilt)),
  ];
  const buildStale = newerSources.length > 0 ? newerSources : null;
  if (buildStale)
    say(
      `WARNING: sources changed after the build (pnpm start would rebuild): ${buildStale.slice(0, 5).join(', ')}${buildStale.length > 5 ? ', …' : ''}; running the build as it is.`,
    );
  const commit = git('rev-parse', '--short', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'apps/api/src', 'apps/web/src', 'packages', 'prisma')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .join(', ');

  const runRoot = opts['in-place'] ? root : (buildDir = snapshotBuild());
  const port = Number(opts.port ?? (await freePort()));
  const env = { ...process.env };
  for (const key of APP_ENV_KEYS) delete env[key];
  env.PORT = String(port);
  const envSet = ['PORT'];
  let databaseDescription;
  if (opts.database === 'embedded') {
    dataDir = mkdtempSync(join(os.tmpdir(), 'werkplaats-living-soak-data-'));
    env.DATA_DIR = dataDir;
    envSet.push('DATA_DIR (a fresh temporary folder)');
    databaseDescription =
      'the embedded database (PGlite, in the server process: its memory is in the RSS) in a fresh DATA_DIR, migrated and seeded with the demo data at start';
  } else {
    adminPool = new pg.Pool({ connectionString: opts.url, max: 1 });
    const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
    dbName = `werkplaats_soak_${stamp}_${process.pid}`;
    await adminPool.query(`CREATE DATABASE "${dbName}"`);
    const url = new URL(opts.url);
    url.pathname = `/${dbName}`;
    env.DATABASE_URL = url.toString();
    env.DEMO_DATA = 'true';
    envSet.push('DATABASE_URL (a fresh database)', 'DEMO_DATA=true');
    const { rows } = await adminPool.query('SHOW server_version');
    databaseDescription = `a fresh database ${dbName} on PostgreSQL ${rows[0].server_version} at ${url.host} (its own processes, not in the RSS), migrated and seeded with the demo data by the server, dropped afterwards`;
    say(`Created the database ${dbName}.`);
  }
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const logFile = join(root, '.tmp', `${opts.out ?? `living-soak-${opts.database}`}.log`);
  say(
    `Starting node apps/api/dist/main.js in ${runRoot} on port ${port} (${opts.database}); log ${logFile} …`,
  );
  server = await startServer({ cwd: runRoot, env, port, logFile });
  say(
    `${server.readyLine.trim()} — ${(server.startupMs / 1000).toFixed(1)} s after spawn, pid ${server.pid}.`,
  );
  const rssStartKb = rssKb(server.pid);
  stats.rss.push({ t: Date.now(), kb: rssStartKb });

  const startedAt = new Date();
  for (const person of people) await setUp(person);
  if (stats.errors.length) say(`${stats.errors.length} error(s) while signing in; going on.`);

  const deadline = Date.now() + minutes * 60_000;
  const runStart = Date.now();
  let minute = 0;
  const progress = setInterval(() => {
    minute++;
    const kb = rssKb(server.pid);
    stats.rss.push({ t: Date.now(), kb });
    const personMax = Math.max(0, ...stats.personGaps);
    const serverMax = Math.max(0, ...stats.serverGaps);
    say(
      `minute ${minute}/${minutes}: ${stats.requests} requests, ${stats.errors.length} errors; longest idle gap ${(personMax / 1000).toFixed(1)} s (server without any request up to ${(serverMax / 1000).toFixed(1)} s, ${stats.serverGaps.filter((g) => g > DATABASE_IDLE_TIMEOUT_MS).length}× over ${DATABASE_IDLE_TIMEOUT_MS / 1000} s); RSS ${mb(kb)} MB`,
    );
  }, 60_000);
  say(`${people.length} people live for ${minutes} minute(s) (seed ${seed}) …`);
  await Promise.all(people.map((person) => live(person, deadline)));
  clearInterval(progress);
  if (!stopping && server.child.exitCode === null) {
    // One last look before stopping: the server still answers.
    await healthz(null);
    await viewer(people[0]);
  }
  const rssEndKb = rssKb(server.pid);
  if (rssEndKb !== null) stats.rss.push({ t: Date.now(), kb: rssEndKb });
  const endedAt = new Date();
  const wasStopping = stopping;
  stopping = true;
  const exit = await stopServer();
  if (exit && exit.code !== 0 && exit.code !== null && !wasStopping)
    recordError(null, 'server process', `exited with code ${exit.code} after SIGTERM`);

  // Server log lines around each error (±5 s).
  const fmtLog = (l) => `${new Date(l.at).toISOString()} ${l.stream}: ${l.line}`;
  for (const e of stats.errors) {
    const at = Date.parse(e.at);
    e.serverLog = server.logLines.filter((l) => Math.abs(l.at - at) <= 5000).map(fmtLog);
  }
  const all = latencySummary([...stats.byKind.values()].flatMap((s) => s.ms));
  const personGaps = stats.personGaps;
  const result = {
    date: startedAt.toISOString().slice(0, 10),
    database: opts.database,
    minutes,
    actualMinutes: Math.round(((endedAt - runStart) / 60_000) * 10) / 10,
    startedAt: startedAt.toISOString(),
    endedAt: endedAt.toISOString(),
    stopReason: wasStopping ? stopReason : null,
    commit,
    dirty,
    buildStale,
    builtAt: { api: new Date(apiBuilt).toISOString(), web: new Date(webBuilt).toISOString() },
    inPlace: opts['in-place'],
    node: process.version,
    machine: `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end`,
    envSet,
    databaseDescription,
    readyLine: server.readyLine.trim(),
    startupMs: server.startupMs,
    seed,
    maxGapSeconds: maxGapMs / 1000,
    hostileEvery,
    healthEvery,
    people: people.map((p) => ({
      role: p.role,
      email: p.email,
      visits: p.visits,
      lessonsLogged: p.lessonsLogged,
      reactions: p.reactions,
      ateliers: p.ateliers,
    })),
    requests: stats.requests,
    errors: stats.errors,
    gaps: {
      personCount: personGaps.length,
      personMaxMs: personGaps.length ? Math.max(...personGaps) : null,
      personMeanMs: personGaps.length ? personGaps.reduce((a, b) => a + b, 0) / personGaps.length : null,
      serverMaxMs: stats.serverGaps.length ? Math.max(...stats.serverGaps) : null,
      serverOverIdleTimeout: stats.serverGaps.filter((g) => g > DATABASE_IDLE_TIMEOUT_MS).length,
      serverOver30s: stats.serverGaps.filter((g) => g > 30_000).length,
      serverGapsMs: stats.serverGaps,
      personGapsMs: personGaps,
    },
    afterLongSilence: stats.afterLongSilence,
    hostile: stats.hostile,
    latency: all,
    kinds: [...stats.byKind.entries()]
      .map(([kind, s]) => ({ kind, count: s.count, errors: s.errors, ...latencySummary(s.ms) }))
      .sort((a, b) => b.count - a.count),
    rss: {
      startMb: mb(rssStartKb),
      endMb: mb(rssEndKb),
      peakMb: mb(Math.max(...stats.rss.map((s) => s.kb ?? 0))),
      samples: stats.rss.map((s) => ({ minute: Math.round((s.t - runStart) / 60_000), mb: mb(s.kb) })),
    },
    exit,
    serverLogAfterReady: server.logLines
      .filter((l) => l.at > server.readyAt && !isStartupLine(l.line))
      .map(fmtLog),
    args: process.argv.slice(2).join(' '),
  };
  result.verdict = `A soak of \`pnpm start\` (${opts.database} database) for ${result.actualMinutes} minutes with random idle gaps of 0–${maxGapMs / 1000} s: ${stats.errors.length} error${stats.errors.length === 1 ? '' : 's'} in ${stats.requests.toLocaleString('en')} requests.`;

  const name = opts.out ?? `${result.date}-living-soak-${opts.database}`;
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(resultsDir, `${name}.md`), markdown(result));

  console.log('');
  console.log(result.verdict);
  console.log(
    `Requests per kind: ${result.kinds.map((k) => `${k.kind} ${k.count}${k.errors ? ` (${k.errors} errors)` : ''}`).join(', ')}`,
  );
  console.log(
    `Idle gaps: longest of a person ${(result.gaps.personMaxMs / 1000).toFixed(1)} s; the server without any request up to ${((result.gaps.serverMaxMs ?? 0) / 1000).toFixed(1)} s, ${result.gaps.serverOverIdleTimeout}× longer than ${DATABASE_IDLE_TIMEOUT_MS / 1000} s (${result.afterLongSilence.requests} requests right after, ${result.afterLongSilence.errors} errors).`,
  );
  console.log(
    `Latency p50 ${all.p50} ms, p95 ${all.p95} ms, max ${all.max} ms; RSS ${result.rss.startMb} → ${result.rss.endMb} MB (peak ${result.rss.peakMb}).`,
  );
  console.log(`Wrote bench/results/${name}.md and .json.`);
  return stats.errors.length;
}

let exitCode = 1;
try {
  exitCode = (await main()) > 0 ? 1 : 0;
} catch (error) {
  console.error(`living-soak: ${error.stack ?? error.message}`);
  const logLines = server?.logLines ?? starting?.logLines ?? [];
  if (logLines.length) {
    console.error('Last server log lines:');
    for (const l of logLines.slice(-20)) console.error(`  ${l.stream}: ${l.line}`);
  }
  stopping = true;
  await stopServer().catch(() => undefined);
} finally {
  await cleanup();
}
process.exit(exitCode);
