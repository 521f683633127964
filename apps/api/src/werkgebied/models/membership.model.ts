import '../../common/graphql/enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { MembershipStatus } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({
  implements: () => [Node],
  description:
    'A person belonging to a partner organisation: a request until a beheerder or the organisation’s contact confirms it.',
})
export class Membership extends Node {
  @Field(() => MembershipStatus) status!: MembershipStatus;
  @Field(() => String, { nullable: true, description: 'What the person does there.' }) function!:
    string | null;
  @Field({ description: 'The organisation’s contact, who confirms others’ memberships of it.' })
  isContact!: boolean;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
}

@ObjectType()
export class MembershipConnection extends Connection(Membership) {}
