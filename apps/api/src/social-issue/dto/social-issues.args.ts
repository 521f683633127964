import '../../common/graphql/enums.js';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { SocialIssueStatus } from '../../generated/prisma/enums.js';
import { ConnectionArgs } from '../../common/graphql/connection.js';

@ArgsType()
export class SocialIssuesArgs extends ConnectionArgs {
  @Field(() => SocialIssueStatus, { nullable: true }) status?: SocialIssueStatus | null;
  @Field(() => ID, { nullable: true, description: 'Only this werkplaats.' }) workshopId?: string | null;
}
