import '../../common/graphql/enums.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganisationKind } from '../../generated/prisma/enums.js';

@InputType({
  description:
    'An organisation that is not in the list yet: it waits, unlisted, until a beheerder of its werkplaats confirms a membership of it.',
})
export class ProposeOrganisationInput {
  @Field({ description: '2 to 120 characters; one that is listed already under this name is refused.' })
  name!: string;
  @Field(() => OrganisationKind) kind!: OrganisationKind;
  @Field(() => ID, { nullable: true, description: 'Its gemeente, one of the werkplaats’ werkgebied.' })
  municipalityId?: string | null;
  @Field(() => ID, { description: 'The werkplaats it belongs to.' }) workshopId!: string;
}
