import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ConnectionArgs } from '../../common/graphql/connection.js';

@ArgsType()
export class AteliersArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true }) socialIssueId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only ateliers with a lerende praktijk in this gemeente.' })
  municipalityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only the ateliers of this werkplaats.' })
  workshopId?: string | null;
}
