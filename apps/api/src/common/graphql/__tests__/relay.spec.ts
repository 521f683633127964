import { ErrorCode } from '../app-error.js';
import { paginate } from '../connection.js';
import { fromGlobalId, parseGlobalId, toGlobalId } from '../relay.js';

const uuid = '3f2b8c1e-7d4a-4f0e-9b6a-2c5d8e1f0a7b';

describe('global IDs', () => {
  it('round-trips a type and id and checks the kind', () => {
    const id = toGlobalId('Lesson', uuid);
    expect(parseGlobalId(id)).toEqual({ type: 'Lesson', id: uuid });
    expect(fromGlobalId('Lesson', id, 'lessonId')).toBe(uuid);
    expect(() => fromGlobalId('Insight', id, 'insightId')).toThrow(
      expect.objectContaining({
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'insightId', rule: 'unknown' },
      }),
    );
  });

  it.each([
    '',
    'x',
    toGlobalId('Lesson', 'not-a-uuid'),
    Buffer.from('Lesson').toString('base64url'),
    'a'.repeat(500),
  ])('does not parse %j', (value) => {
    expect(parseGlobalId(value)).toBeNull();
  });
});

describe('keyset pagination', () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    createdAt: new Date(Date.UTC(2026, 0, 1 + i)),
  }));

  it('asks for one row more than the page and builds the condition after the cursor', async () => {
    const queries: unknown[] = [];
    const load = (query: { after: unknown; take: number }) => {
      queries.push(query);
      return Promise.resolve(rows.slice(0, query.take));
    };
    const first = await paginate({
      args: { first: 2 },
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load,
      count: () => Promise.resolve(5),
    });
    expect(first.edges.map((e) => e.node.id)).toEqual([rows[0]!.id, rows[1]!.id]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(queries[0]).toMatchObject({
      take: 3,
      after: undefined,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });

    await paginate({
      args: { first: 2, after: first.pageInfo.endCursor },
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load,
      count: () => Promise.resolve(5),
    });
    expect(queries[1]).toMatchObject({
      after: {
        OR: [
          { createdAt: { lt: rows[1]!.createdAt } },
          { createdAt: rows[1]!.createdAt, id: { lt: rows[1]!.id } },
        ],
      },
    });
    expect(await first.totalCount()).toBe(5);
  });

  it('refuses a cursor whose sort value is of another kind than the list sorts by, before loading anything', async () => {
    let loads = 0;
    const load = () => {
      loads += 1;
      return Promise.resolve(rows);
    };
    const cursor = (value: unknown) =>
      Buffer.from(JSON.stringify([typeof value === 'number' ? 'n' : 's', value, rows[1]!.id])).toString(
        'base64url',
      );
    const byDate = (after: string) =>
      paginate({
        args: { after },
        sortField: 'createdAt',
        sortKind: 'date',
        direction: 'desc',
        load,
        count: () => Promise.resolve(0),
      });
    await expect(byDate(cursor('Eenzaamheid'))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    await expect(byDate(cursor(5))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
    const byName = paginate({
      args: {
        after: Buffer.from(JSON.stringify(['d', '2026-01-01T00:00:00.000Z', rows[1]!.id])).toString(
          'base64url',
        ),
      },
      sortField: 'id',
      sortKind: 'text',
      direction: 'asc',
      load,
      count: () => Promise.resolve(0),
    });
    await expect(byName).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(loads).toBe(0);
  });
});
