import '../../common/graphql/enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { AtelierJoinMode, AtelierStatus } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({ implements: () => [Node], description: 'The learning studio (Leeratelier) for one kwestie.' })
export class Atelier extends Node {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => AtelierStatus) status!: AtelierStatus;
  @Field(() => AtelierJoinMode, { description: 'Who may join its arena, as its trekker set it.' })
  joinMode!: AtelierJoinMode;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@ObjectType()
export class AtelierConnection extends Connection(Atelier) {}
