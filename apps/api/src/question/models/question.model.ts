import { Field, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({ implements: () => [Node], description: 'A question articulated in the arena (Vraag).' })
export class Question extends Node {
  @Field() title!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
}
