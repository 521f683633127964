import '../../common/graphql/enums.js';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JoinRequestKind, JoinRequestStatus, ParticipationRole } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

/** How the reader may join (see the policy's `joiningWay`). */
export enum JoiningWay {
  JOIN = 'JOIN',
  ACCEPT_INVITATION = 'ACCEPT_INVITATION',
  REQUEST = 'REQUEST',
  INVITATION_ONLY = 'INVITATION_ONLY',
  REMOVED = 'REMOVED',
}
registerEnumType(JoiningWay, {
  name: 'JoiningWay',
  description:
    'How you may join: straight away, by accepting the invitation you have, by asking the trekker, only when invited, or not until the trekker lets you back.',
});

@ObjectType({
  implements: () => [Node],
  description: 'A request to join an atelier (made by the person) or an invitation (made by its trekker).',
})
export class JoinRequest extends Node {
  @Field(() => JoinRequestKind) kind!: JoinRequestKind;
  @Field(() => ParticipationRole) role!: ParticipationRole;
  @Field(() => JoinRequestStatus) status!: JoinRequestStatus;
  @Field(() => String, { nullable: true, description: 'What the person or the trekker wrote.' })
  message!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was declined, if the one deciding said.' })
  decisionNote!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType()
export class JoinRequestConnection extends Connection(JoinRequest) {}

@ObjectType({ description: 'How you may join an atelier, per role.' })
export class JoiningWays {
  @Field(() => JoiningWay) arena!: JoiningWay;
  @Field(() => JoiningWay) tribune!: JoiningWay;
}
