import '../../common/graphql/enums.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { PartyKind } from '../../generated/prisma/enums.js';

@InputType()
export class SignUpInput {
  @Field() email!: string;
  @Field({ description: '8 to 128 characters.' }) password!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'The partner organisation the person belongs to.' })
  organisationId?: string | null;
  @Field(() => PartyKind, { nullable: true }) partyKind?: PartyKind | null;
}
