import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActivityKind } from '../../generated/prisma/enums.js';
import { Node } from '../../common/graphql/relay.js';
import { Connection } from '../../common/graphql/connection.js';
import type {
  Insight as InsightRow,
  Lesson as LessonRow,
  Product as ProductRow,
} from '../../generated/prisma/client.js';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Product } from '../../product/models/product.model.js';

@ObjectType({
  implements: () => [Node],
  description:
    'A tribune activity (Tribune-activiteit, bijeenkomst) of an atelier, or an activity of the werkplaats as a whole.',
})
export class Activity extends Node {
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field() title!: string;
  @Field({ description: 'Plain text.' }) description!: string;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Where, in words (an address, a building).' })
  location!: string | null;
  @Field(() => String, { nullable: true, description: 'The https link of an online activity.' })
  onlineUrl!: string | null;
  @Field(() => Int, { nullable: true, description: 'How many may register; none: no limit.' })
  capacity!: number | null;
  @Field(() => Date, { nullable: true, description: 'When it was cancelled; registration is closed then.' })
  cancelledAt!: Date | null;
  @Field({
    description:
      "A werkplaats-wide activity open to everyone. Always false for an atelier's (tribune) activity.",
  })
  isPublic!: boolean;
  @Field(() => String, { nullable: true, description: 'What came out of it (plain text), once recorded.' })
  outcome!: string | null;
  @Field(() => Int, { nullable: true, description: 'How many came, once recorded.' })
  attendeeCount!: number | null;
  @Field(() => Date, { nullable: true, description: 'When what came out of it was recorded.' })
  outcomeRecordedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'A person’s registration for an activity.' })
export class Registration extends Node {
  @Field({ description: 'When the (current) registration was made.' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' }) cancelledAt!: Date | null;
  @Field({ description: 'Whether whoever leads the activity marked this person as having come.' })
  attended!: boolean;
}

@ObjectType('ActivityConnection')
export class ActivityConnection extends Connection(Activity) {}

@ObjectType({
  description:
    'What an activity presents and what came out of it, as far as the reader may read it; how many links are hidden, never what.',
})
export class ActivityLinks {
  @Field(() => [Lesson], { description: 'Lessons it presents.' }) lessons!: LessonRow[];
  @Field(() => [Insight]) insights!: InsightRow[];
  @Field(() => [Product], { description: 'Outputs (opbrengsten) it presents.' }) outputs!: ProductRow[];
  @Field(() => [Lesson], { description: 'Lessons recorded from the room after it.' })
  lessonsFromRoom!: LessonRow[];
  @Field(() => Int, { description: 'Linked items the reader may not read.' }) hiddenCount!: number;
}
