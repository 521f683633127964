import '../../common/graphql/enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description: "The programmacommissie's advice to an atelier, asked or unasked.",
})
export class Advice extends Node {
  @Field() title!: string;
  @Field() body!: string;
  @Field({ description: 'Whether the atelier asked for it.' }) asked!: boolean;
  @Field() createdAt!: Date;
}
