import '../common/graphql/enums.js';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConditionCount } from '../lesson/models/lesson.model.js';
import { Municipality } from '../werkgebied/models/municipality.model.js';

export enum NetworkNodeKind {
  SOCIAL_ISSUE = 'SOCIAL_ISSUE',
  ATELIER = 'ATELIER',
  MUNICIPALITY = 'MUNICIPALITY',
  TREKKER = 'TREKKER',
  ORGANISATION = 'ORGANISATION',
}
export enum NetworkEdgeKind {
  HAS_ATELIER = 'HAS_ATELIER',
  LED_BY = 'LED_BY',
  PRACTICES_IN = 'PRACTICES_IN',
  TAKES_PART = 'TAKES_PART',
}
registerEnumType(NetworkNodeKind, { name: 'NetworkNodeKind' });
registerEnumType(NetworkEdgeKind, { name: 'NetworkEdgeKind' });

@ObjectType({ description: 'A kwestie, atelier, gemeente, trekker or organisation in the network picture.' })
export class NetworkNode {
  @Field(() => ID, { description: 'The global id of the object.' }) id!: string;
  @Field(() => NetworkNodeKind) kind!: NetworkNodeKind;
  @Field() label!: string;
}

@ObjectType()
export class NetworkEdge {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => NetworkEdgeKind) kind!: NetworkEdgeKind;
  @Field(() => Int, { description: 'How many (practices in the gemeente, people of the organisation).' })
  weight!: number;
}

@ObjectType({ description: 'The network picture of a werkplaats: who works on which kwestie where.' })
export class Network {
  @Field(() => [NetworkNode]) nodes!: NetworkNode[];
  @Field(() => [NetworkEdge]) edges!: NetworkEdge[];
}

@ObjectType()
export class MunicipalityConditionSpread {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => [ConditionCount]) counts!: ConditionCount[];
}

@ObjectType({
  description:
    'How the lessons the reader may read spread over the four conditions, in all and per gemeente.',
})
export class ConditionSpread {
  @Field(() => [ConditionCount]) total!: ConditionCount[];
  @Field(() => [MunicipalityConditionSpread]) byMunicipality!: MunicipalityConditionSpread[];
}
