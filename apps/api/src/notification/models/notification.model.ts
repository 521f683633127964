import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({
  implements: () => [Node],
  description: 'Something that reached your feed, or an activity that changed.',
})
export class Notification extends Node {
  @Field(() => NotificationKind) kind!: NotificationKind;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
