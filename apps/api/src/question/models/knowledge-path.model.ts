import { createUnionType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Practice } from '../../practice/models/practice.model.js';
import { Question } from './question.model.js';

/** The kinds of step on a knowledge path, in the order the knowledge grows. */
export enum KnowledgeStepKind {
  QUESTION = 'QUESTION',
  PRACTICE = 'PRACTICE',
  LESSON = 'LESSON',
  INSIGHT = 'INSIGHT',
}
registerEnumType(KnowledgeStepKind, {
  name: 'KnowledgeStepKind',
  description:
    'A step of the knowledge path: the questions, the practices that work on them, the lessons learned there, the insights resting on those.',
});

/** What a step of the knowledge path holds. Rows carry their type in `__typename`. */
export const KnowledgeItem = createUnionType({
  name: 'KnowledgeItem',
  types: () => [Question, Practice, Lesson, Insight] as const,
  resolveType: (value: { __typename?: string }) => value.__typename,
});

@ObjectType({
  description:
    'One step of a knowledge path: what the reader may read of it, oldest first, and how many more are hidden.',
})
export class KnowledgePathStep {
  @Field(() => KnowledgeStepKind) kind!: KnowledgeStepKind;
  @Field(() => [KnowledgeItem]) items!: unknown[];
  @Field(() => Int, { description: 'Items of this step the reader may not read: counted, never named.' })
  hiddenCount!: number;
}

@ObjectType({
  description:
    'The chain behind a question or an insight, as a timeline: question → practices → lessons → insights. From a question: the practices working on it, the lessons logged there or linked to it, the insights resting on those lessons or linked to it. From an insight: the lessons it rests on, their practices, the questions those practices work on or that it or its lessons answer.',
})
export class KnowledgePath {
  @Field(() => [KnowledgePathStep], { description: 'Every kind of step, in order, also when empty.' })
  steps!: KnowledgePathStep[];
}
