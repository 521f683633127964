import { Field, ID, InputType } from '@nestjs/graphql';
import { ReportReason } from '../../generated/prisma/enums.js';

@InputType()
export class ReportContentInput {
  @Field(() => ID, { description: 'A Lesson or a Reaction you may read.' }) targetId!: string;
  @Field(() => ReportReason) reason!: ReportReason;
  @Field(() => String, {
    nullable: true,
    description: 'In your own words, up to 1,000 characters; required for OTHER.',
  })
  note?: string | null;
}

@InputType()
export class HideContentInput {
  @Field(() => ID, { description: 'A Lesson or a Reaction of an atelier you moderate.' }) targetId!: string;
  @Field({
    description: 'Shown in place of the text: "Verborgen door de moderatie: <reason>". 3 to 300 characters.',
  })
  reason!: string;
}
