import { Field, ObjectType } from '@nestjs/graphql';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description:
    'A response to a shared lesson, insight, question or output (Reactie), or a reply to one (one level deep).',
})
export class Reaction extends Node {
  @Field({
    description:
      "Rich text, sanitised (HTML as a lesson's body); empty when its author took it back while replies hung on it (deleted).",
  })
  body!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When its author last changed the text (null: never edited).',
  })
  editedAt!: Date | null;
}

@ObjectType({ description: 'An earlier text of an edited reaction, read by the moderators of its atelier.' })
export class ReactionRevision {
  @Field({ description: 'The text as it stood before an edit (sanitised HTML, as body).' }) body!: string;
  @Field({ description: 'When that text was written.' }) writtenAt!: Date;
  @Field({ description: 'When it was replaced.' }) replacedAt!: Date;
}
