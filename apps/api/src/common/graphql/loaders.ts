import DataLoader from 'dataloader';

/**
 * The per-request DataLoader registry: a field resolver that loads from the database asks here for
 * the loader of its kind, so a page of parents costs one statement per field, not one per parent.
 * Created for each request in the GraphQL context; nothing is cached across requests or viewers.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  private readonly readAhead = new Map<string, unknown>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly V[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
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
