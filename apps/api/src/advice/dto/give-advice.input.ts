import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class GiveAdviceInput {
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field({ description: 'Up to 5,000 characters of plain text.' }) body!: string;
  @Field({ defaultValue: false, description: 'Whether the atelier asked for it.' }) asked!: boolean;
}
