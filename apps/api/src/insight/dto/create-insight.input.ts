import '../../common/graphql/enums.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Condition, Visibility } from '../../generated/prisma/enums.js';

@InputType()
export class CreateInsightInput {
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field({ description: 'Rich text (HTML); stored sanitized.' }) body!: string;
  @Field(() => [ID], { description: 'The lessons of this atelier it rests on (at least two).' })
  lessonIds!: string[];
  @Field(() => [Condition]) conditions!: Condition[];
  @Field(() => Visibility, { nullable: true, description: 'Default ARENA.' }) visibility?: Visibility | null;
}
