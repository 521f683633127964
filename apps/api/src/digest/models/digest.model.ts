import '../../common/graphql/enums.js';
import { Field, InputType, Int, ObjectType, registerEnumType, ID } from '@nestjs/graphql';
import { Condition, DigestStatus } from '../../generated/prisma/enums.js';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';
import { Insight } from '../../insight/models/insight.model.js';
import { Lesson } from '../../lesson/models/lesson.model.js';
import { PersonalDataFinding } from '../../privacy/models/personal-data.model.js';

registerEnumType(DigestStatus, {
  name: 'DigestStatus',
  description: 'A digest is a draft of its trekker until it is sent.',
});

export enum DigestReader {
  ARENA = 'ARENA',
  TRIBUNE = 'TRIBUNE',
  PUBLIC = 'PUBLIC',
}
registerEnumType(DigestReader, {
  name: 'DigestReader',
  description: 'A kind of reader a digest is previewed for: an arena member, a tribune member, anyone.',
});

@ObjectType({
  implements: () => [Node],
  description: "The trekker's digest 'Wat we leerden': what the atelier shared with the tribune in a period.",
})
export class Digest extends Node {
  @Field(() => DigestStatus) status!: DigestStatus;
  @Field({ description: "The trekker's introduction (plain text)." }) introduction!: string;
  @Field({
    description: 'Proposed are the lessons and insights shared since this moment (the previous digest).',
  })
  periodFrom!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field(() => Int, {
    description: 'Changes with every save; resolveDigestPersonalData names the version it read.',
  })
  version!: number;
}

@ObjectType()
export class DigestConnection extends Connection(Digest) {}

@ObjectType({
  description: 'A lesson or insight in a digest (or proposed for it), under one of the conditions.',
})
export class DigestItem {
  @Field(() => Condition, {
    nullable: true,
    description: 'The group it is shown under; null: none of the four.',
  })
  condition!: Condition | null;
  @Field(() => Lesson, { nullable: true }) lesson!: Lesson | null;
  @Field(() => Insight, { nullable: true }) insight!: Insight | null;
}

@ObjectType({ description: 'A digest as one kind of reader receives it by mail.' })
export class DigestPreview {
  @Field(() => DigestReader) reader!: DigestReader;
  @Field() subject!: string;
  @Field({ description: 'The mail as plain text.' }) text!: string;
  @Field({ description: 'The mail as HTML.' }) html!: string;
  @Field(() => Int, { description: 'How many lessons and insights this reader gets (0: no mail for them).' })
  itemCount!: number;
}

@InputType()
export class UpdateDigestInput {
  @Field({ description: 'The introduction, plain text (at most 5,000 characters).' })
  introduction!: string;
  @Field(() => [ID], {
    description: "The lessons and insights in the trekker's order; those left out are proposed again.",
  })
  itemIds!: string[];
}

@ObjectType()
export class ResolveDigestPersonalDataPayload {
  @Field(() => Digest) digest!: Digest;
  @Field(() => [PersonalDataFinding], { description: 'What still stops it being sent (no choice made yet).' })
  unresolved!: PersonalDataFinding[];
}
