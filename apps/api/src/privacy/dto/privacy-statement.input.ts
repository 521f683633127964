import { Field, InputType } from '@nestjs/graphql';

/** Every part of the statement; an empty or absent part goes back to the default text. */
@InputType()
export class UpdatePrivacyStatementInput {
  @Field(() => String, { nullable: true }) controller?: string | null;
  @Field(() => String, { nullable: true }) purposes?: string | null;
  @Field(() => String, { nullable: true }) legalGrounds?: string | null;
  @Field(() => String, { nullable: true }) retention?: string | null;
  @Field(() => String, { nullable: true }) rights?: string | null;
  @Field(() => String, { nullable: true }) dpoContact?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
}
