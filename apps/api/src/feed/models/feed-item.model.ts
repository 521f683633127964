import { createUnionType, ObjectType } from '@nestjs/graphql';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Connection } from '../../common/graphql/connection.js';

/** A lesson or an insight shared with the tribune. Feed rows carry their type in `__typename`. */
export const FeedItem = createUnionType({
  name: 'FeedItem',
  types: () => [Lesson, Insight] as const,
  resolveType: (value: { __typename?: string }) => value.__typename,
});

@ObjectType()
export class FeedItemConnection extends Connection(FeedItem as never, 'FeedItem') {}
