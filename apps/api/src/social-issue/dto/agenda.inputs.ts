import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateSocialIssueInput {
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field({ description: 'Up to 5,000 characters of plain text.' }) description!: string;
  @Field(() => String, {
    nullable: true,
    description: 'When it came on the agenda, as people say it ("2026").',
  })
  since?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The werkplaats; may be left out by a commissie member of only one.',
  })
  workshopId?: string | null;
  @Field(() => [ID], { nullable: true }) nationalThemeIds?: string[] | null;
}

@InputType()
export class UpdateSocialIssueInput {
  @Field(() => Int, { description: 'The version you read; a stale one is refused (CONFLICT).' })
  version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true }) since?: string | null;
}

@InputType()
export class StartAtelierInput {
  @Field(() => String, { nullable: true, description: 'Defaults to "Leeratelier <kwestie>".' }) title?:
    string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}
