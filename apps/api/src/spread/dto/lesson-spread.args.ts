import { ArgsType, Field, ID } from '@nestjs/graphql';
import '../../common/graphql/enums.js';
import { Condition, Domain, Level } from '../../generated/prisma/enums.js';

/** The filters of a spread: each narrows the lessons counted, in every list. */
@ArgsType()
export class SpreadFilterArgs {
  @Field(() => Condition, { nullable: true, description: 'Only lessons that speak to this condition.' })
  condition?: Condition | null;

  @Field(() => Level, { nullable: true, description: 'Only lessons at this level.' })
  level?: Level | null;

  @Field(() => Domain, { nullable: true, description: 'Only lessons in this domain.' })
  domain?: Domain | null;

  @Field(() => ID, { nullable: true, description: 'Only lessons learned in this gemeente.' })
  municipalityId?: string | null;
}

@ArgsType()
export class WorkshopSpreadArgs extends SpreadFilterArgs {
  @Field(() => ID, { nullable: true, description: 'Only the lessons of this werkplaats’ ateliers.' })
  workshopId?: string | null;
}
