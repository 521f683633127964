import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectedFields, type SelectedField } from '../lookahead.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  enum Rung { ARENA TRIBUNE }
  type Lesson implements Node { id: ID! title: String! }
  type LessonConnection { totalCount: Int! edges: [Lesson!]! }
  type Atelier implements Node {
    id: ID!
    title: String!
    lessons(first: Int, visibility: Rung): LessonConnection!
  }
  type Query { atelier(id: ID!): Atelier }
`);

/** Runs a query and returns what `selectedFields` saw inside `atelier`, as name(args) → children. */
function lookahead(query: string, variables: Record<string, unknown> = {}) {
  let seen: SelectedField[] = [];
  const result = execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: {
      atelier: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        seen = selectedFields(info);
        return { id: 'a', title: 't', lessons: { totalCount: 0, edges: [] } };
      },
    },
  });
  expect(result).not.toHaveProperty('errors');
  const shape = (fields: SelectedField[]): unknown[] =>
    fields.map((f) => (f.children().length ? { [f.name]: f.args, children: shape(f.children()) } : f.name));
  return shape(seen);
}

describe('what a resolver sees asked below it', () => {
  it('fields with their arguments, aliases each with their own, variables worked out', () => {
    expect(
      lookahead(
        `query($n: Int) { atelier(id: "a") {
          title
          all: lessons(first: $n) { totalCount }
          waiting: lessons(first: 50, visibility: ARENA) { edges { title } }
        } }`,
        { n: 5 },
      ),
    ).toEqual([
      'title',
      { lessons: { first: 5 }, children: ['totalCount'] },
      { lessons: { first: 50, visibility: 'ARENA' }, children: [{ edges: {}, children: ['title'] }] },
    ]);
  });

  it('fragments: named, inline, on the type or an interface it implements, not on another type', () => {
    expect(
      lookahead(`{ atelier(id: "a") {
        ...OnAtelier
        ... on Node { id }
        ... { title }
        ... on Lesson { title }
      } }
      fragment OnAtelier on Atelier { lessons { totalCount } }`),
    ).toEqual([{ lessons: {}, children: ['totalCount'] }, 'id', 'title']);
  });

  it('leaves out what @skip and @include leave out', () => {
    expect(
      lookahead(
        `query($yes: Boolean!) { atelier(id: "a") {
          id @include(if: $yes)
          title @skip(if: $yes)
          lessons @include(if: false) { totalCount }
        } }`,
        { yes: true },
      ),
    ).toEqual(['id']);
  });

  it('ignores __typename', () => {
    expect(lookahead(`{ atelier(id: "a") { __typename id } }`)).toEqual(['id']);
  });
});
