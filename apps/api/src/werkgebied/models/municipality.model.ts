import '../../common/graphql/enums.js';
import { Field, Float, ObjectType } from '@nestjs/graphql';
import { OrganisationKind, OrganisationStatus } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({ implements: () => [Node], description: 'A gemeente of the werkgebied.' })
export class Municipality extends Node {
  @Field() name!: string;
  @Field({ description: 'CBS code, e.g. GM0268.' }) cbsCode!: string;
  @Field(() => String, { nullable: true, description: 'Sub-region, e.g. De Liemers.' }) region!:
    string | null;
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
  @Field(() => [String], { description: 'Places within it that people still name.' }) places!: string[];
}

@ObjectType({ implements: () => [Node], description: 'A partner organisation (Netwerkpartner).' })
export class Organisation extends Node {
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => OrganisationStatus, {
    description:
      'LISTED for every organisation of the public list; PROPOSED or DECLINED only to those who may read a proposal (who asked to belong to it, the beheerders of its werkplaats).',
  })
  status!: OrganisationStatus;
}

@ObjectType()
export class OrganisationConnection extends Connection(Organisation) {}

@ObjectType({
  implements: () => [Node],
  description: 'A regional Werkplaats Sociaal Domein; one deployment can host several.',
})
export class Workshop extends Node {
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'The region it serves, e.g. Arnhem-Nijmegen.' })
  region!: string | null;
}
