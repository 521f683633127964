import '../../common/graphql/enums.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Condition } from '../../generated/prisma/enums.js';

/** What the trekker changes in an insight; a field left out stays as it is. */
@InputType()
export class UpdateInsightInput {
  @Field(() => Int, {
    description: 'The version read before editing; CONFLICT when someone changed it in the meantime.',
  })
  version!: number;
  @Field(() => String, { nullable: true, description: '3 to 200 characters.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Rich text (HTML); stored sanitized.' }) body?:
    string | null;
  @Field(() => [Condition], { nullable: true }) conditions?: Condition[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The lessons of this atelier it rests on (at least two); replaces the ones it connected.',
  })
  lessonIds?: string[] | null;
}
