import { Loaders } from '../loaders.js';

describe('Loader.value', () => {
  const rows = (keys: readonly string[]) => Promise.resolve(keys.map((key) => ({ id: key })));

  it('is the row itself once primed, the same row load() gives', async () => {
    const loader = new Loaders().get('row', rows);
    const row = { id: 'a', primed: true };
    loader.prime('a', row);
    expect(loader.value('a')).toBe(row);
    await expect(loader.load('a')).resolves.toBe(row);
  });

  it('is a promise until a batch has read the row, then the row itself', async () => {
    const asked: string[][] = [];
    const loader = new Loaders().get('row', (keys: readonly string[]) => {
      asked.push([...keys]);
      return rows(keys);
    });
    const first = loader.value('a');
    const second = loader.value('b');
    expect(first).toBeInstanceOf(Promise);
    await expect(first).resolves.toEqual({ id: 'a' });
    await expect(second).resolves.toEqual({ id: 'b' });
    expect(asked).toEqual([['a', 'b']]);
    expect(loader.value('a')).toEqual({ id: 'a' });
  });

  it('keeps the first value of a key, as DataLoader does, and never an error', async () => {
    const loader = new Loaders().get<string, { id: string; n?: number } | Error>('row', (keys) =>
      Promise.resolve(keys.map((key) => (key === 'bad' ? new Error('no such row') : { id: key }))),
    );
    const first = { id: 'a', n: 1 };
    loader.prime('a', first);
    loader.prime('a', { id: 'a', n: 2 });
    expect(loader.value('a')).toBe(first);
    await expect(loader.value('bad')).rejects.toThrow('no such row');
    const again = loader.value('bad');
    expect(again).toBeInstanceOf(Promise);
    await expect(again).rejects.toThrow('no such row');
  });
});
