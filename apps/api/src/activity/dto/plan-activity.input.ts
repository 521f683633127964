import '../../common/graphql/enums.js';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ActivityKind } from '../../generated/prisma/enums.js';

@InputType()
export class PlanActivityInput {
  @Field(() => ActivityKind) kind!: ActivityKind;
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Plain text, up to 5,000 characters.' })
  description?: string | null;
  @Field({ description: 'In the future.' }) startsAt!: Date;
  @Field(() => Date, { nullable: true, description: 'After startsAt.' }) endsAt?: Date | null;
  @Field(() => ID, {
    nullable: true,
    description: 'A gemeente of the werkplaats. Give a place: a gemeente, a location or an online link.',
  })
  municipalityId?: string | null;
  @Field(() => String, { nullable: true, description: 'Where, in words; up to 300 characters.' }) location?:
    string | null;
  @Field(() => String, { nullable: true, description: 'An https link, for an online activity.' }) onlineUrl?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'How many may register (1–10,000); none: no limit.' })
  capacity?: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'A werkplaats-wide activity open to everyone (default: the people of the werkplaats only).',
  })
  isPublic?: boolean | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'An atelier activity planned from a decision: a closed proposal of the same atelier with its outcome written.',
  })
  proposalId?: string | null;
}

/** Leaving a field out keeps it; null clears what may be empty (endsAt, place, capacity, description). */
@InputType()
export class UpdateActivityInput {
  @Field(() => ActivityKind, { nullable: true }) kind?: ActivityKind | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Date, { nullable: true, description: 'A new start must lie in the future.' })
  startsAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'null: no end time.' }) endsAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'null: no gemeente.' }) municipalityId?: string | null;
  @Field(() => String, { nullable: true, description: 'null: no location.' }) location?: string | null;
  @Field(() => String, { nullable: true, description: 'null: not online.' }) onlineUrl?: string | null;
  @Field(() => Int, { nullable: true, description: 'null: no limit. Never below the registrations made.' })
  capacity?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'A werkplaats-wide activity only: open to everyone.' })
  isPublic?: boolean | null;
}

/** The items an activity presents; each list replaces what was linked before. */
@InputType()
export class ActivityLinksInput {
  @Field(() => [ID], { description: 'Lessons it presents (not those recorded from the room).' })
  lessonIds!: string[];
  @Field(() => [ID]) insightIds!: string[];
  @Field(() => [ID], { description: 'Outputs (opbrengsten) it presents.' }) productIds!: string[];
}

/** What came out of an activity, recorded after it began. */
@InputType()
export class RecordActivityOutcomeInput {
  @Field({ description: 'What came out of it, in plain text; up to 10,000 characters.' }) outcome!: string;
  @Field(() => Int, { description: 'How many came, counted in the room (0–100,000).' })
  attendeeCount!: number;
  @Field(() => [ID], {
    nullable: true,
    description:
      'The registered people who came (their User ids). Names show only of those who consented to their name in reports.',
  })
  attendedUserIds?: string[] | null;
}
