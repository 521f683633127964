import { StatementNames } from '../statement-names.js';

describe('StatementNames', () => {
  it('gives a text the same name every time, and different texts different names', () => {
    const names = new StatementNames(10);
    const feed = names.nameOf('SELECT 1 FROM "Lesson" WHERE id = $1');
    const session = names.nameOf('SELECT 1 FROM "Session" WHERE "tokenHash" = $1');
    expect(feed).toEqual(expect.any(String));
    expect(session).toEqual(expect.any(String));
    expect(session).not.toBe(feed);
    expect(names.nameOf('SELECT 1 FROM "Lesson" WHERE id = $1')).toBe(feed);
  });

  it('names no more than its maximum of texts; later ones run unnamed, the named keep their names', () => {
    const names = new StatementNames(2);
    const a = names.nameOf('SELECT $1::int');
    const b = names.nameOf('SELECT $1::text');
    expect(names.nameOf('SELECT $1::uuid')).toBeUndefined();
    expect(names.nameOf('SELECT $1::date')).toBeUndefined();
    expect(names.size).toBe(2);
    expect(names.nameOf('SELECT $1::int')).toBe(a);
    expect(names.nameOf('SELECT $1::text')).toBe(b);
  });
});
