import '../../common/graphql/enums.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { PartyKind } from '../../generated/prisma/enums.js';
import { ProposeOrganisationInput } from '../../werkgebied/dto/propose-organisation.input.js';

@InputType()
export class SignUpInput {
  @Field() email!: string;
  @Field({ description: '8 to 128 characters.' }) password!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'The partner organisation the person belongs to.' })
  organisationId?: string | null;
  @Field(() => ProposeOrganisationInput, {
    nullable: true,
    description:
      'An organisation not in the list yet, instead of `organisationId`: proposed, and asked to belong to.',
  })
  proposedOrganisation?: ProposeOrganisationInput | null;
  @Field(() => PartyKind, { nullable: true }) partyKind?: PartyKind | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The language the person signs up in (nl or en): kept as their choice for the interface and mail.',
  })
  locale?: string | null;
}
