import '../../common/graphql/enums.js';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ProductKind, ProductO } from '../../generated/prisma/enums.js';
import { ConnectionArgs } from '../../common/graphql/connection.js';

@ArgsType()
export class ProductsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The werkplaats whose catalogue this is.' }) workshopId!: string;
  @Field(() => ProductKind, { nullable: true }) kind?: ProductKind | null;
  @Field(() => ProductO, { nullable: true, description: 'Serves this O.' }) o?: ProductO | null;
  @Field(() => ID, { nullable: true, description: 'Connects to this national theme.' }) nationalThemeId?:
    string | null;
  @Field(() => ID, { nullable: true, description: 'Made by an atelier on this kwestie.' }) socialIssueId?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Dated in this year.' }) year?: number | null;
}
