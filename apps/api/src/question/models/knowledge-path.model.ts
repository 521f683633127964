import { createUnionType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Practice } from '../../practice/models/practice.model.js';
import { Product } from '../../product/models/product.model.js';
import { Question } from './question.model.js';

/** The kinds of step on a knowledge path, in the order the knowledge grows. */
export enum KnowledgeStepKind {
  QUESTION = 'QUESTION',
  PRACTICE = 'PRACTICE',
  LESSON = 'LESSON',
  INSIGHT = 'INSIGHT',
  OUTPUT = 'OUTPUT',
}
registerEnumType(KnowledgeStepKind, {
  name: 'KnowledgeStepKind',
  description:
    'A step of the knowledge path: the questions, the practices that work on them, the lessons learned there, the insights resting on those, the outputs drawing on lessons or insights.',
});

/** What a step of the knowledge path holds. Rows carry their type in `__typename`. */
export const KnowledgeItem = createUnionType({
  name: 'KnowledgeItem',
  types: () => [Question, Practice, Lesson, Insight, Product] as const,
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
    'The chain behind a question, an insight or an output, as a timeline: question → practices → lessons → insights → outputs. From a question: the practices working on it, the lessons logged there or linked to it, the insights resting on those lessons or linked to it, the outputs drawing on those lessons or insights. From an insight: the lessons it rests on, their practices, the questions those practices work on or that it or its lessons answer, the outputs drawing on it or its lessons. From an output: the insights and lessons it draws on (and the lessons those insights rest on), their practices, the questions they work on or answer, and the output itself.',
})
export class KnowledgePath {
  @Field(() => [KnowledgePathStep], { description: 'Every kind of step, in order, also when empty.' })
  steps!: KnowledgePathStep[];
}
