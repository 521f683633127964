import DataLoader from 'dataloader';

/**
 * The per-request DataLoader registry: a field resolver that loads from the database asks here for
 * the loader of its kind, so a page of parents costs one statement per field, not one per parent.
 * Created for each request in the GraphQL context; nothing is cached across requests or viewers. A service
 * method a field resolver returns gives the loader's `value(key)`: the row itself once the request has it.
 */
export class Loaders {
  private readonly loaders = new Map<string, Loader<unknown, unknown>>();
  private readonly readAhead = new Map<string, unknown>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): Loader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new Loader<K, V>(batch);
      this.loaders.set(name, loader);
    }
    return loader as Loader<K, V>;
  }

  /**
   * Keeps a value read ahead for a field that is not a loader (a page of a list, a count), under the field's
   * name and a key of its arguments; the field's service asks `recall` before it reads for itself.
   */
  remember(name: string, key: string, value: unknown): void {
    this.readAhead.set(`${name}\u0000${key}`, value);
  }

  recall<V>(name: string, key: string): V | undefined {
    return this.readAhead.get(`${name}\u0000${key}`) as V | undefined;
  }
}

/** A value, or the promise of it while it is still being read. */
export type Loaded<T> = T | Promise<T>;

/**
 * A DataLoader that also hands out what this request already has (primed, or loaded by an earlier batch) as
 * the value itself: a field resolver returning a value instead of a promise lets graphql complete the field,
 * and often its whole object, without a promise and a microtask (a feed page has about a hundred of them).
 */
export class Loader<K, V> extends DataLoader<K, V> {
  private readonly known: Map<K, V>;

  constructor(batch: (keys: readonly K[]) => Promise<readonly V[]>) {
    const known = new Map<K, V>();
    super(async (keys) => {
      const values = await batch(keys);
      keys.forEach((key, i) => keep(known, key, values[i] as V));
      return values;
    });
    this.known = known;
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    keep(this.known, key, value);
    return super.prime(key, value);
  }

  /** The value when this request already has it, else the promise of it (batched like `load`). */
  value(key: K): Loaded<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }
}

/** As DataLoader's own cache: the first value of a key stays; errors and promises are not values. */
function keep<K, V>(known: Map<K, V>, key: K, value: V | PromiseLike<V> | Error): void {
  if (!(value instanceof Error) && !isPromiseLike(value) && !known.has(key)) known.set(key, value);
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** Orders rows by the keys asked for; a missing row becomes `fallback` (null unless given). */
export function byKey<K, R, V = R | null>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
  fallback: V | null = null,
): (R | V | null)[] {
  const map = new Map<K, R>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups rows under the keys asked for (for to-many fields). */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = map.get(key);
    if (group) group.push(row);
    else map.set(key, [row]);
  }
  return keys.map((key) => map.get(key) ?? []);
}
