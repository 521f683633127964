import '../../common/graphql/enums.js';
import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { OrganisationKind } from '../../generated/prisma/enums.js';
import { ConnectionArgs } from '../../common/graphql/connection.js';

@InputType()
export class OrganisationInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The werkplaats it belongs to; a beheerder of one werkplaats only may leave it out. A change cannot move it.',
  })
  workshopId?: string | null;
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => ID, { nullable: true }) municipalityId?: string | null;
  @Field(() => String, { nullable: true }) website?: string | null;
}

@InputType()
export class MunicipalityInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The werkplaats it belongs to; a beheerder of one werkplaats only may leave it out. A change cannot move it.',
  })
  workshopId?: string | null;
  @Field() name!: string;
  @Field({ description: 'CBS code, GM followed by four digits.' }) cbsCode!: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Float, { nullable: true }) latitude?: number | null;
  @Field(() => Float, { nullable: true }) longitude?: number | null;
  @Field(() => [String], { nullable: true }) places?: string[] | null;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name or email address.' }) query?:
    string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Only the people of this werkplaats (default: of every werkplaats you are beheerder of).',
  })
  workshopId?: string | null;
}

@InputType()
export class StartAccountInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The werkplaats the person is of; a beheerder of one werkplaats only may leave it out.',
  })
  workshopId?: string | null;
  @Field() name!: string;
  @Field() email!: string;
}

@ArgsType()
export class ProposedOrganisationsArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only those of this werkplaats (default: of every werkplaats you are beheerder of).',
  })
  workshopId?: string | null;
}
