import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddQuestionInput {
  @Field(() => ID) atelierId!: string;
  @Field({ description: '3 to 300 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Up to 5,000 characters of plain text.' }) body?:
    string | null;
}
