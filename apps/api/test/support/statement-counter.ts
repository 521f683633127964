import pg from 'pg';

/**
 * Counts the SQL statements the app sends while `fn` runs, by wrapping pg's Client.query (every pool
 * client of the app goes through it). Used to prove that a query's cost doesn't grow with its page size.
 * A query asked again is answered by the response cache without a statement: specs that count what a query
 * costs run their app with the cache off (RESPONSE_CACHE_MB=0).
 */
export async function countStatements(
  fn: () => Promise<unknown>,
  options: { whole?: boolean } = {},
): Promise<{ count: number; statements: string[]; names: (string | undefined)[] }> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const sent: { text: string; name?: string }[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    sent.push(
      typeof first === 'string'
        ? { text: first }
        : ((first as { text: string; name?: string }) ?? { text: '' }),
    );
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    prototype.query = original;
  }
  // The mail worker's and the sweeps' statements (on their own schedule, not the request's) are left out; so are,
  // unless `whole` (what a write costs in all), transaction control and the session check (the same for every query).
  const counted = sent.filter(
    ({ text }) =>
      (options.whole ||
        (!/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(text) && !/"Session"/.test(text))) &&
      !text.startsWith('/* mail worker */') &&
      !text.startsWith('/* retention sweep */') &&
      !text.startsWith('/* review sweep */'),
  );
  // names: what each statement was prepared under (statement-names.ts), undefined when sent unnamed.
  return {
    count: counted.length,
    statements: counted.map((s) => s.text),
    names: counted.map((s) => s.name),
  };
}

/**
 * The run of `fn` with the fewest statements, of `runs`. DataLoader batches follow the order in which answers
 * arrive, so on a busy machine one batch can now and then be split in two; a query per parent row shows in
 * every run, so comparing the fewest still catches it.
 */
export async function fewestStatements(
  fn: () => Promise<unknown>,
  runs = 3,
): Promise<{ count: number; statements: string[]; names: (string | undefined)[] }> {
  let best = await countStatements(fn);
  for (let i = 1; i < runs; i++) {
    const next = await countStatements(fn);
    if (next.count < best.count) best = next;
  }
  return best;
}
