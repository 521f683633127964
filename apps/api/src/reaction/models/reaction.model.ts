import { Field, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({ implements: () => [Node], description: 'A response to a shared lesson or insight (Reactie).' })
export class Reaction extends Node {
  @Field({ description: 'Plain text.' }) body!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When its author last changed the text (null: never edited).',
  })
  editedAt!: Date | null;
}
