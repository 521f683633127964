import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Activity } from '../../activity/models/activity.model.js';
import { Product } from '../../product/models/product.model.js';
import { Atelier } from '../../atelier/models/atelier.model.js';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Question } from '../../question/models/question.model.js';
import { SocialIssue } from '../../social-issue/models/social-issue.model.js';
import { PageInfo } from '../../common/graphql/relay.js';

/** What search can find, by kind (the `kinds` filter of `search`). */
export enum SearchKind {
  LESSON = 'LESSON',
  INSIGHT = 'INSIGHT',
  QUESTION = 'QUESTION',
  ATELIER = 'ATELIER',
  SOCIAL_ISSUE = 'SOCIAL_ISSUE',
  ACTIVITY = 'ACTIVITY',
  PRODUCT = 'PRODUCT',
}
registerEnumType(SearchKind, {
  name: 'SearchKind',
  description:
    'A kind of thing search finds: lessons, insights, questions, ateliers, kwesties (SOCIAL_ISSUE), tribune activities and products (opbrengsten).',
});

/** What search finds. Rows carry their type in `__typename`. */
export const SearchResult = createUnionType({
  name: 'SearchResult',
  types: () => [Lesson, Insight, Question, Atelier, SocialIssue, Activity, Product] as const,
  resolveType: (value: { __typename?: string }) => value.__typename,
});

@ObjectType({
  description: 'A stretch of a text: `length` characters from `start` (UTF-16 code units, as in JavaScript).',
})
export class TextRange {
  @Field(() => Int) start!: number;
  @Field(() => Int) length!: number;
}

@ObjectType({
  description:
    'A piece of a text around the words that matched, as plain text (never markup), with where the matches are.',
})
export class SearchSnippet {
  @Field({
    description:
      'Plain text, cut at word boundaries; "…" stands where the text goes on before, after or between the pieces shown.',
  })
  text!: string;

  @Field(() => [TextRange], { description: 'The matching words in `text`, in order, not overlapping.' })
  marks!: TextRange[];
}

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
  @Field(() => Int, { description: 'How many matches this reader may see (with the filters given).' })
  totalCount!: number;
}
