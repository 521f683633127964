import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ActivityKind } from '../../generated/prisma/enums.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description: 'A tribune activity (Tribune-activiteit, bijeenkomst) of an atelier.',
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
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'A person’s registration for an activity.' })
export class Registration extends Node {
  @Field({ description: 'When the (current) registration was made.' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' }) cancelledAt!: Date | null;
}
