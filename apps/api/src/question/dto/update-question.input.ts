import { Field, InputType, Int } from '@nestjs/graphql';
import { QuestionStatus } from '../../generated/prisma/enums.js';

@InputType()
export class UpdateQuestionInput {
  @Field(() => Int, { description: 'The version you read: a concurrent change is CONFLICT.' })
  version!: number;
  @Field(() => String, { nullable: true, description: '3 to 300 characters.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Up to 5,000 characters of plain text.' }) body?:
    string | null;
  @Field(() => QuestionStatus, {
    nullable: true,
    description: 'A shared question stays ANSWERED (CONFLICT, reason QUESTION_SHARED).',
  })
  status?: QuestionStatus | null;
}
