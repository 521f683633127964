import '../../common/graphql/enums.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SocialIssueChangeKind, SocialIssueStatus } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';
import { User } from '../../user/models/user.model.js';

@ObjectType({
  implements: () => [Node],
  description: 'An entry of the regional kennisagenda (Sociale kwestie).',
})
export class SocialIssue extends Node {
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => SocialIssueStatus) status!: SocialIssueStatus;
  @Field(() => String, { nullable: true, description: 'When it came on the agenda, as people say it.' })
  since!: string | null;
  @Field(() => String, { nullable: true }) lapseReason!: string | null;
  @Field(() => Int, { description: 'Increases with every change; updates name the version they read.' })
  version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType()
export class SocialIssueConnection extends Connection(SocialIssue) {}

@ObjectType({ implements: () => [Node], description: 'One change of a kwestie: who, when, from, to.' })
export class SocialIssueChange extends Node {
  @Field(() => SocialIssueChangeKind) kind!: SocialIssueChangeKind;
  @Field(() => String, { nullable: true }) fromValue!: string | null;
  @Field(() => String, { nullable: true }) toValue!: string | null;
  @Field(() => User, { nullable: true }) actor!: User | null;
  @Field() createdAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'A national theme (Landelijk thema).' })
export class NationalTheme extends Node {
  @Field() slug!: string;
  @Field() name!: string;
}
