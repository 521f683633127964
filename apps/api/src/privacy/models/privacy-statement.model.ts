import { Field, ObjectType } from '@nestjs/graphql';

/**
 * A werkplaats's privacy statement, as its beheerders wrote it. A part they left empty is null here: the web app
 * shows the platform's default text for it (in the reader's language), so the statement is complete from the start.
 */
@ObjectType({
  description: "A werkplaats's privacy statement (privacyverklaring); a null part shows the default text.",
})
export class PrivacyStatement {
  @Field(() => String, {
    nullable: true,
    description: 'Who decides on the processing (verwerkingsverantwoordelijke), with name and address.',
  })
  controller!: string | null;
  @Field(() => String, { nullable: true, description: 'What the personal data are used for.' })
  purposes!: string | null;
  @Field(() => String, { nullable: true, description: 'The legal grounds (grondslagen) under the AVG/GDPR.' })
  legalGrounds!: string | null;
  @Field(() => String, { nullable: true, description: 'How long what is kept.' })
  retention!: string | null;
  @Field(() => String, { nullable: true, description: 'The rights people have, and how they use them.' })
  rights!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The functionaris gegevensbescherming (FG/DPO) and how to reach them.',
  })
  dpoContact!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where people send questions, requests about their data and accessibility problems.',
  })
  contactEmail!: string | null;
  @Field(() => Date, { nullable: true, description: 'When a beheerder last changed it; null: never.' })
  updatedAt!: Date | null;
}
