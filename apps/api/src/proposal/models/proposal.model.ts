import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PollMethod, ProposalKind, StanceChoice } from '../../generated/prisma/enums.js';
import { Node } from '../../common/graphql/relay.js';

registerEnumType(ProposalKind, {
  name: 'ProposalKind',
  description:
    'PROPOSAL: each takes a stance (agree, abstain, disagree, block). POLL: each chooses among options.',
});
registerEnumType(PollMethod, {
  name: 'PollMethod',
  description:
    'SINGLE: one choice each. RANKED: all options ranked, counted by Borda (n−1 points for a first place … 0 for the last).',
});
registerEnumType(StanceChoice, {
  name: 'StanceChoice',
  description: 'A stance on a proposal, as Loomio’s: AGREE, ABSTAIN, DISAGREE, BLOCK (BLOCK needs a reason).',
});

@ObjectType({
  implements: () => [Node],
  description:
    'A decision in an atelier’s arena (Besluit): a proposal or a poll. Read and answered only by the arena members and the trekker of its atelier; to anyone else it does not exist (NOT_FOUND).',
})
export class Proposal extends Node {
  @Field(() => ProposalKind) kind!: ProposalKind;
  @Field(() => PollMethod, { nullable: true, description: 'For a POLL; null for a PROPOSAL.' })
  pollMethod!: PollMethod | null;
  @Field() title!: string;
  @Field({ description: 'Sanitised rich text (HTML), as lessons.' }) body!: string;
  @Field({ description: 'When it closes by itself.' }) closesAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When its proposer closed it early.' })
  closedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What was decided, by the proposer after closing.' })
  outcome!: string | null;
  @Field(() => Date, { nullable: true }) outcomeAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the outcome is to be reviewed.' })
  reviewOn!: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType({ implements: () => [Node], description: 'One choice of a poll.' })
export class ProposalOption extends Node {
  @Field(() => Int, { description: 'Its place in the order the proposer gave (0 first).' }) position!: number;
  @Field() label!: string;
}

@ObjectType({
  implements: () => [Node],
  description: 'A person’s answer to a proposal or poll; the participants see who answered what (as Loomio).',
})
export class Stance extends Node {
  @Field(() => StanceChoice, { nullable: true, description: 'For a PROPOSAL.' }) choice!: StanceChoice | null;
  @Field({ description: 'Why; required for BLOCK.' }) reason!: string;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'How many took one stance.' })
export class StanceCount {
  @Field(() => StanceChoice) choice!: StanceChoice;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'How one option of a poll fared.' })
export class OptionResult {
  @Field(() => ProposalOption) option!: { id: string; position: number; label: string };
  @Field(() => Int, { description: 'How many chose it (SINGLE) or ranked it first (RANKED).' })
  firstChoices!: number;
  @Field(() => Int, {
    description:
      'RANKED: Borda points (n−1 for each first place … 0 for each last); SINGLE: the same as firstChoices.',
  })
  points!: number;
}

@ObjectType({ description: 'The counts so far (or final, once closed).' })
export class ProposalResults {
  @Field(() => Int, { description: 'How many answered.' }) participants!: number;
  @Field(() => [StanceCount], { description: 'PROPOSAL: all four stances, in order, zero included.' })
  stances!: StanceCount[];
  @Field(() => [OptionResult], { description: 'POLL: every option, in the order the proposer gave.' })
  options!: OptionResult[];
}
