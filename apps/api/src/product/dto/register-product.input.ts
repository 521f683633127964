import '../../common/graphql/enums.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { ProductKind, ProductO } from '../../generated/prisma/enums.js';

@InputType()
export class RegisterProductInput {
  @Field(() => ProductKind) kind!: ProductKind;
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field({ description: 'The summary, plain text, at most 5,000 characters.' }) description!: string;
  @Field(() => String, { nullable: true, description: 'An https link.' }) url?: string | null;
  @Field(() => Date, { nullable: true, description: 'Its date (when it appeared).' })
  publishedAt?: Date | null;
  @Field(() => [ProductO], { nullable: true }) os?: ProductO[] | null;
  @Field(() => [ID], { nullable: true }) nationalThemeIds?: string[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Its authors, in order: people who take part in the atelier.',
  })
  authorIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'The listed organisations it was made with.' })
  organisationIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Lessons of this atelier it draws on.' })
  lessonIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Insights of this atelier it draws on.' })
  insightIds?: string[] | null;
}

@InputType({ description: 'What changes; left out (null) stays as it is. Lists replace the list.' })
export class UpdateProductInput {
  @Field({ description: 'The version read: a change made meanwhile is CONFLICT.' }) version!: number;
  @Field(() => ProductKind, { nullable: true }) kind?: ProductKind | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { nullable: true, description: 'An https link; an empty string removes it.' })
  url?: string | null;
  @Field(() => Date, { nullable: true }) publishedAt?: Date | null;
  @Field(() => [ProductO], { nullable: true }) os?: ProductO[] | null;
  @Field(() => [ID], { nullable: true }) nationalThemeIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) authorIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) organisationIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) lessonIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) insightIds?: string[] | null;
}
