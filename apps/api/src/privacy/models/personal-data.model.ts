import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FINDING_KINDS, type FindingKind } from '@werkplaats/privacy-check';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';

/** The kinds of @werkplaats/privacy-check, as a GraphQL enum (one list: the package's). */
export const PersonalDataKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, k])) as {
  [K in FindingKind]: K;
};
registerEnumType(PersonalDataKind, { name: 'PersonalDataKind' });

export enum PersonalDataAction {
  PSEUDONYMISE = 'PSEUDONYMISE',
  CONFIRM = 'CONFIRM',
}
registerEnumType(PersonalDataAction, {
  name: 'PersonalDataAction',
  description: 'Replace the finding by a stand-in, or keep it with a reason why it may stay.',
});

@ObjectType({
  description:
    'Personal data found in a text about to climb above PRACTICE; also sent in a PERSONAL_DATA error’s extensions.findings.',
})
export class PersonalDataFinding {
  @Field({ description: 'Name it in resolvePersonalData; valid for the text as it is now.' }) id!: string;
  @Field(() => PersonalDataKind) kind!: FindingKind;
  @Field({ description: '"title" or "body".' }) field!: string;
  @Field(() => Int, { description: 'Offset into the field as stored (HTML for a body), UTF-16.' })
  start!: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end!: number;
  @Field() text!: string;
  @Field({ description: 'The stand-in the pseudonymiser writes ("mevrouw A.", "[adres]").' })
  suggestion!: string;
}

@InputType()
export class PersonalDataChoiceInput {
  @Field() findingId!: string;
  @Field(() => PersonalDataAction) action!: PersonalDataAction;
  @Field({ nullable: true, description: 'PSEUDONYMISE: another stand-in than the suggestion.' })
  replacement?: string;
  @Field({ nullable: true, description: 'CONFIRM: why it may stay (required).' })
  reason?: string;
}

@InputType()
export class ResolvePersonalDataInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version read; a stale one is refused (CONFLICT).' }) version!: number;
  @Field(() => [PersonalDataChoiceInput]) choices!: PersonalDataChoiceInput[];
}

@ObjectType()
export class ResolveLessonPersonalDataPayload {
  @Field(() => Lesson) lesson!: Lesson;
  @Field(() => [PersonalDataFinding], { description: 'What still stops a climb (no choice made yet).' })
  unresolved!: PersonalDataFinding[];
}

@ObjectType()
export class ResolveInsightPersonalDataPayload {
  @Field(() => Insight) insight!: Insight;
  @Field(() => [PersonalDataFinding], { description: 'What still stops a climb (no choice made yet).' })
  unresolved!: PersonalDataFinding[];
}
