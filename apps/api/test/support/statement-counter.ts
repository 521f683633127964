import pg from 'pg';

/**
 * Counts the SQL statements the app sends while `fn` runs, by wrapping pg's Client.query (every pool
 * client of the app goes through it). Used to prove that a query's cost doesn't grow with its page size.
 */
export async function countStatements(
  fn: () => Promise<unknown>,
): Promise<{ count: number; statements: string[] }> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const statements: string[] = [];
  prototype.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
    statements.push(text);
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    prototype.query = original;
  }
  // Transaction control and the session check (refreshed once a minute, whatever the query) are left out.
  const counted = statements.filter(
    (s) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(s) && !/"Session"/.test(s),
  );
  return { count: counted.length, statements: counted };
}

/**
 * The run of `fn` with the fewest statements, of `runs`. DataLoader batches follow the order in which answers
 * arrive, so on a busy machine one batch can now and then be split in two; a query per parent row shows in
 * every run, so comparing the fewest still catches it.
 */
export async function fewestStatements(
  fn: () => Promise<unknown>,
  runs = 3,
): Promise<{ count: number; statements: string[] }> {
  let best = await countStatements(fn);
  for (let i = 1; i < runs; i++) {
    const next = await countStatements(fn);
    if (next.count < best.count) best = next;
  }
  return best;
}
