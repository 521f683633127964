import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReportReason, ReportStatus } from '../../generated/prisma/enums.js';
import { Node } from '../../common/graphql/relay.js';

registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why something is reported to the moderation (OTHER asks for a text).',
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description:
    'OPEN waits in the queue; HIDDEN: the item was hidden on it; DISMISSED: closed, item untouched.',
});

@ObjectType({
  implements: () => [Node],
  description: 'A report (melding) of a lesson or a reaction to the moderation of its atelier.',
})
export class ContentReport extends Node {
  @Field(() => ReportReason) reason!: ReportReason;
  @Field(() => String, { nullable: true, description: "The reporter's own words." }) note!: string | null;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@ObjectType({
  description:
    'One reported lesson or reaction in the moderation queue, its reports grouped: how many, why, first and last.',
})
export class ModerationItem {
  @Field({ description: 'The global ID of the lesson or reaction.' }) targetId!: string;
  @Field(() => String, { description: '"Lesson" or "Reaction".' }) targetType!: 'Lesson' | 'Reaction';
  @Field(() => Int, { description: 'Reports still open on it.' }) openReportCount!: number;
  @Field(() => [ReportReason], { description: 'The reasons given, each once, most given first.' })
  reasons!: ReportReason[];
  @Field(() => Date, { nullable: true }) firstReportedAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastReportedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the moderation hid it (null: shown).' })
  hiddenAt!: Date | null;
  @Field(() => String, { nullable: true }) hiddenReason!: string | null;
  /** Ids the field resolvers load through the policy. */
  lessonId!: string | null;
  reactionId!: string | null;
  insightId!: string | null;
  atelierId!: string;
  reportIds!: string[];
}

@ObjectType({ description: 'What the signed-in person moderates in a werkplaats.' })
export class ModerationSummary {
  @Field({ description: 'Whether they moderate anything there (trekker of an atelier, beheerder).' })
  mayModerate!: boolean;
  @Field(() => Int, { description: 'Reported items waiting for them.' }) openItemCount!: number;
}
