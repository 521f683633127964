import { Field, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description: 'A local learning practice in a gemeente (Lerende praktijk).',
})
export class Practice extends Node {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true, description: 'Wijk or kern.' }) neighbourhood!: string | null;
  @Field() createdAt!: Date;
}
