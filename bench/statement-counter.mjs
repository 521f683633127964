// Preloaded into the API by the benchmark (`node --import ./bench/statement-counter.mjs apps/api/dist/main.js`):
// counts every SQL statement the API sends through `pg` (Prisma's pg adapter included), without changing the
// app. The counts (and, on request, the statement texts) are served on 127.0.0.1:BENCH_COUNTER_PORT:
//   GET  /count          → { total, transactionControl, dbMs, distinct, prepared, memory }   (transactionControl =
//                          BEGIN/COMMIT/ROLLBACK/SAVEPOINT; dbMs = summed time from sending a statement to its answer;
//                          distinct = different statement texts; prepared = statements sent by name, as prepared ones)
//   POST /capture/start  → starts recording statement texts (clears earlier ones)
//   GET  /capture        → the recorded { text, values, ms } since /capture/start, and stops recording
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The pg the API itself resolves, so that the class patched here is the one its pool uses.
const requireFromApi = createRequire(join(root, 'apps', 'api', 'package.json'));
const pg = requireFromApi('pg');

let total = 0;
let transactionControl = 0;
let prepared = 0;
const texts = new Set();
/** Milliseconds from sending a statement to its answer, summed: the time requests spent waiting on Postgres. */
let dbMs = 0;
let capturing = false;
let captured = [];

const TX = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|START TRANSACTION|SET TRANSACTION)\b/i;

const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(config, ...rest) {
  const text =
    typeof config === 'string' ? config : config && typeof config.text === 'string' ? config.text : '';
  total += 1;
  if (TX.test(text)) transactionControl += 1;
  texts.add(text);
  if (config && typeof config === 'object' && config.name) prepared += 1;
  const values = Array.isArray(rest[0])
    ? rest[0]
    : config && Array.isArray(config.values)
      ? config.values
      : undefined;
  const entry = capturing && captured.length < 500 ? { text, values, ms: null } : null;
  if (entry) captured.push(entry);
  const t0 = performance.now();
  const done = () => {
    const ms = performance.now() - t0;
    dbMs += ms;
    if (entry) entry.ms = ms;
  };
  // pg's Pool (and so Prisma's adapter) passes a callback; other callers take the promise.
  const args = [config, ...rest];
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

const port = Number(process.env.BENCH_COUNTER_PORT);
if (Number.isInteger(port) && port > 0) {
  const server = createServer((req, res) => {
    let body;
    if (req.method === 'GET' && req.url === '/count') {
      body = {
        total,
        transactionControl,
        dbMs,
        distinct: texts.size,
        prepared,
        memory: process.memoryUsage(),
      };
    } else if (req.method === 'POST' && req.url === '/capture/start') {
      captured = [];
      capturing = true;
      body = { ok: true };
    } else if (req.method === 'GET' && req.url === '/capture') {
      capturing = false;
      body = { statements: captured };
    } else {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  server.listen(port, '127.0.0.1');
  // Never keeps the API alive on its own.
  server.unref();
}
