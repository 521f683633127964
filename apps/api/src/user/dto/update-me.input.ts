import '../../common/graphql/enums.js';
import { Field, InputType } from '@nestjs/graphql';
import { PartyKind } from '../../generated/prisma/enums.js';

@InputType({ description: 'What you change about yourself; a field left out stays as it is.' })
export class UpdateMeInput {
  @Field(() => PartyKind, {
    nullable: true,
    description: 'In what capacity you take part (inwoner, professional, …); null says none.',
  })
  partyKind?: PartyKind | null;
  @Field(() => String, { nullable: true, description: 'Your name as others see it: 1 to 120 characters.' })
  name?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The language of the interface and of your mail: nl or en.',
  })
  locale?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether your name may appear in atelier reports (otherwise they count you under your organisation).',
  })
  nameInReports?: boolean | null;
}
