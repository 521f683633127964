import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Condition, Visibility } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description: "The trekker's regional synthesis of lessons (Regionaal inzicht).",
})
export class Insight extends Node {
  @Field() title!: string;
  @Field({ description: 'Sanitized HTML.' }) body!: string;
  @Field(() => [Condition]) conditions!: Condition[];
  @Field(() => Visibility) visibility!: Visibility;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) sharedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class InsightConnection extends Connection(Insight) {}
