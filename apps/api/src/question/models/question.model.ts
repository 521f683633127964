import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { QuestionChangeKind, QuestionStatus, Visibility } from '../../generated/prisma/enums.js';
import { Node } from '../../common/graphql/relay.js';
import { PersonalDataFinding } from '../../privacy/models/personal-data.model.js';

registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  description:
    'Where the arena stands with a question: OPEN, IN_PRACTICE (worked on in lerende praktijken), ANSWERED, PARKED. Only an ANSWERED question is shared beyond the arena.',
});
registerEnumType(QuestionChangeKind, {
  name: 'QuestionChangeKind',
  description:
    'What a step in a question’s history changed: its STATUS or its VISIBILITY (rung of the ladder).',
});

@ObjectType({
  implements: () => [Node],
  description:
    'A question articulated in the arena around the kwestie (Vraag). Written at ARENA; the trekker shares an ANSWERED one with the TRIBUNE or the PUBLIC (one rung at a time, after the personal-data check). Read by the same ladder as insights.',
})
export class Question extends Node {
  @Field() title!: string;
  @Field({ description: 'Plain text, up to 5,000 characters.' }) body!: string;
  @Field(() => QuestionStatus) status!: QuestionStatus;
  @Field(() => Visibility) visibility!: Visibility;
  @Field(() => Int, { description: 'Name it in updateQuestion: a concurrent change is CONFLICT.' })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'A step in a question’s history: its status or rung changed, by whom, when.' })
export class QuestionChange {
  @Field(() => QuestionChangeKind) kind!: QuestionChangeKind;
  @Field({ description: 'A QuestionStatus or Visibility value, as `kind` says.' }) fromValue!: string;
  @Field({ description: 'A QuestionStatus or Visibility value, as `kind` says.' }) toValue!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class ResolveQuestionPersonalDataPayload {
  @Field(() => Question) question!: Question;
  @Field(() => [PersonalDataFinding], { description: 'What still stops sharing it (no choice made yet).' })
  unresolved!: PersonalDataFinding[];
}
