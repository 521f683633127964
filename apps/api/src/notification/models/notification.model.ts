import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import '../../common/graphql/enums.js';
import { NotificationKind, WorkshopRoleKind } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({
  implements: () => [Node],
  description:
    'Something that reached your feed, an activity that changed, a decision about you (joining, your lesson made ' +
    'public, your membership), or (for beheer and commissie) a werkplaats role granted or withdrawn.',
})
export class Notification extends Node {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => String, {
    nullable: true,
    description: 'What the person acting wrote: the reason of a removal, the message of a request.',
  })
  note!: string | null;
  @Field(() => WorkshopRoleKind, {
    nullable: true,
    description: 'The werkplaats role granted or withdrawn (WORKSHOP_ROLE_GRANTED, WORKSHOP_ROLE_WITHDRAWN).',
  })
  role!: WorkshopRoleKind | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
