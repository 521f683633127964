import '../../common/graphql/enums.js';
import { Field, ID, InputType } from '@nestjs/graphql';
import { PollMethod, ProposalKind, StanceChoice } from '../../generated/prisma/enums.js';

@InputType()
export class CreateProposalInput {
  @Field(() => ID) atelierId!: string;
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field(() => PollMethod, { nullable: true, description: 'Required for a POLL.' })
  pollMethod?: PollMethod | null;
  @Field({ description: '3 to 200 characters.' }) title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Rich text, sanitised as lessons; up to 20,000 characters.',
  })
  body?: string | null;
  @Field({ description: 'In the future; stances can change until then.' }) closesAt!: Date;
  @Field(() => [String], { nullable: true, description: 'POLL: 2 to 10 choices, each 1 to 200 characters.' })
  options?: string[] | null;
}

@InputType()
export class TakeStanceInput {
  @Field(() => ID) proposalId!: string;
  @Field(() => StanceChoice, { nullable: true, description: 'For a PROPOSAL.' }) choice?: StanceChoice | null;
  @Field(() => String, { nullable: true, description: 'Why; required for BLOCK; up to 2,000 characters.' })
  reason?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'For a POLL: the one option chosen (SINGLE), or every option best first (RANKED).',
  })
  optionIds?: string[] | null;
}

@InputType()
export class WriteProposalOutcomeInput {
  @Field(() => ID) proposalId!: string;
  @Field({ description: 'What was decided, plain text, 3 to 5,000 characters.' }) outcome!: string;
  @Field(() => Date, { nullable: true, description: 'When to look at it again (in the future).' })
  reviewOn?: Date | null;
}
