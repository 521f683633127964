import '../../common/graphql/enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { PartyKind, WorkshopRoleKind } from '../../generated/prisma/enums.js';
import { Workshop } from '../../werkgebied/models/municipality.model.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({ implements: () => [Node], description: 'A person (Persoon).' })
export class User extends Node {
  @Field() name!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Shown to the person themself, and to a beheerder of a werkplaats they take part in; null for others.',
  })
  email!: string | null;
  @Field(() => PartyKind, { nullable: true }) partyKind!: PartyKind | null;
  /** Resolved by UserResolver.locale: one's own only. */
  locale!: string | null;
}

@ObjectType()
export class UserConnection extends Connection(User) {}

@ObjectType({
  description: 'A werkplaats-wide role of the person (beheerder, programmacommissie), with its werkplaats.',
})
export class WorkshopRoleGrant {
  @Field(() => WorkshopRoleKind) role!: WorkshopRoleKind;
  @Field(() => Workshop) workshop!: Workshop;
}
