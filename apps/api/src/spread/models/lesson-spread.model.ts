import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Condition, Domain, Level } from '../../generated/prisma/enums.js';
import { Municipality } from '../../werkgebied/models/municipality.model.js';

@ObjectType()
export class SpreadConditionCount {
  @Field(() => Condition) condition!: Condition;
  @Field(() => Int, { description: 'Lessons that speak to this condition (a lesson may speak to several).' })
  count!: number;
}

@ObjectType()
export class SpreadLevelCount {
  @Field(() => Level) level!: Level;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class SpreadDomainCount {
  @Field(() => Domain) domain!: Domain;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class SpreadMunicipalityCount {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => Int) count!: number;
}

@ObjectType({
  description:
    'How the lessons the reader may read spread over condition, level, domain and gemeente, narrowed by the ' +
    'filters asked for. Every list holds every value (a zero where no lesson is), gemeenten excepted: those ' +
    'where a counted lesson was learned.',
})
export class LessonSpread {
  @Field(() => Int, { description: 'How many lessons are counted.' }) total!: number;
  @Field(() => [SpreadConditionCount]) byCondition!: SpreadConditionCount[];
  @Field(() => [SpreadLevelCount]) byLevel!: SpreadLevelCount[];
  @Field(() => [SpreadDomainCount]) byDomain!: SpreadDomainCount[];
  @Field(() => [SpreadMunicipalityCount], { description: 'By gemeente, by name.' })
  byMunicipality!: SpreadMunicipalityCount[];
  @Field(() => Int, { description: 'Lessons logged at atelier level, in no gemeente.' })
  withoutMunicipality!: number;
}
