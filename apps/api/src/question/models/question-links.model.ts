import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { Question } from './question.model.js';

@ObjectType({
  description:
    'What answers a question: the lessons and insights linked to it that the reader may read (both ends), and how many links are hidden from them (counted, never shown).',
})
export class QuestionAnswers {
  @Field(() => [Lesson]) lessons!: unknown[];
  @Field(() => [Insight]) insights!: unknown[];
  @Field(() => Int, { description: 'Links to lessons or insights the reader may not read.' })
  hiddenCount!: number;
}

@ObjectType({
  description:
    'The questions a lesson or insight answers (Beantwoordt vraag): those the reader may read, and how many more are hidden from them.',
})
export class AnsweredQuestions {
  @Field(() => [Question]) questions!: unknown[];
  @Field(() => Int, { description: 'Links to questions the reader may not read.' }) hiddenCount!: number;
}
