import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Condition, Domain, Level, Visibility } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';
import { User } from '../../user/models/user.model.js';

@ObjectType({
  implements: () => [Node],
  description: 'What was learned in a practice or the atelier (Geleerde les).',
})
export class Lesson extends Node {
  @Field() title!: string;
  @Field({ description: 'Sanitized HTML.' }) body!: string;
  @Field(() => [Condition], { description: 'The conditions of social quality it speaks to.' })
  conditions!: Condition[];
  @Field(() => Level) level!: Level;
  @Field(() => Domain) domain!: Domain;
  @Field(() => Visibility) visibility!: Visibility;
  @Field({
    description:
      'The author’s consent ("mag openbaar"): without it, nobody but the author makes the lesson public.',
  })
  publicConsent!: boolean;
  @Field(() => Int, { description: 'Name it in updateLesson; a stale version is refused (CONFLICT).' })
  version!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was last shared with the tribune or the public.',
  })
  sharedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class LessonConnection extends Connection(Lesson) {}

@ObjectType({ description: 'One step on the visibility ladder: who, when, from, to.' })
export class VisibilityChange {
  @Field(() => Visibility) fromValue!: Visibility;
  @Field(() => Visibility) toValue!: Visibility;
  @Field(() => User, { nullable: true }) actor!: User | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'How many lessons (that the reader may read) speak to a condition.' })
export class ConditionCount {
  @Field(() => Condition) condition!: Condition;
  @Field(() => Int) count!: number;
}
