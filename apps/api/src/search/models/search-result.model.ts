import { createUnionType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Atelier } from '../../atelier/models/atelier.model.js';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Question } from '../../question/models/question.model.js';
import { PageInfo } from '../../common/graphql/relay.js';

/** What search finds: lessons, insights, questions and ateliers. Rows carry their type in `__typename`. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Lesson, Insight, Question, Atelier] as const,
  resolveType: (value: { __typename?: string }) => value.__typename,
});

@ObjectType()
export class SearchResultEdge {
  @Field() cursor!: string;
  @Field(() => SearchResult) node!: typeof SearchResult;
  @Field(() => Float, {
    description: 'How well it matches (Postgres ts_rank_cd); higher first, newer first on equal rank.',
  })
  rank!: number;
}

@ObjectType()
export class SearchResultConnection {
  @Field(() => [SearchResultEdge]) edges!: SearchResultEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many matches this reader may see.' }) totalCount!: number;
}
