import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Your calendar subscription: a secret address your calendar app fetches (about hourly) listing the activities you registered for.',
})
export class CalendarFeed {
  @Field({ description: 'Also every activity of the ateliers you take part in (arena or tribune).' })
  includeFollowed!: boolean;
  @Field({ description: 'When this address was made; an earlier address stopped working then.' })
  createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When a calendar last fetched it.' })
  lastFetchedAt!: Date | null;
}

@ObjectType({ description: 'A new calendar address. It is shown once: the server keeps only its hash.' })
export class StartedCalendarFeed {
  @Field() feed!: CalendarFeed;
  @Field({ description: 'The https address (`…/kalender/<secret>.ics`).' }) url!: string;
  @Field({ description: 'The same address as webcal://, which calendar apps open as a subscription.' })
  webcalUrl!: string;
}
