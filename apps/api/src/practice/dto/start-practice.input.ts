import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class StartPracticeInput {
  @Field() title!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => String, { nullable: true }) neighbourhood?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [ID], { nullable: true, description: "The arena's questions this practice works on." })
  questionIds?: string[] | null;
}
