import '../../common/graphql/enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import {
  ParticipationChangeKind,
  ParticipationRole,
  ParticipationStatus,
} from '../../generated/prisma/enums.js';
import { registerEnumType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

registerEnumType(ParticipationChangeKind, { name: 'ParticipationChangeKind' });

@ObjectType({
  implements: () => [Node],
  description: 'A person in an atelier, in the arena or on the tribune (Deelname).',
})
export class Participation extends Node {
  @Field(() => ParticipationRole) role!: ParticipationRole;
  @Field(() => ParticipationStatus) status!: ParticipationStatus;
  @Field() joinedAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class ParticipationConnection extends Connection(Participation) {}

@ObjectType({ description: 'One join, switch, leave or removal.' })
export class ParticipationChange {
  @Field(() => ParticipationChangeKind) kind!: ParticipationChangeKind;
  @Field(() => ParticipationRole, { nullable: true }) fromRole!: ParticipationRole | null;
  @Field(() => ParticipationRole, { nullable: true }) toRole!: ParticipationRole | null;
  @Field() createdAt!: Date;
}
