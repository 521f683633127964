import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type {
  Activity as ActivityRow,
  Atelier as AtelierRow,
  Notification as NotificationRow,
  Proposal as ProposalRow,
  Stance as StanceRow,
} from '../generated/prisma/client.js';
import { Activity } from '../activity/models/activity.model.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AtelierService } from '../atelier/atelier.service.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Notification } from '../notification/models/notification.model.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { CreateProposalInput, TakeStanceInput, WriteProposalOutcomeInput } from './dto/proposal.input.js';
import { Proposal, ProposalOption, ProposalResults, Stance } from './models/proposal.model.js';
import { ProposalService } from './proposal.service.js';

@Resolver(() => Proposal)
export class ProposalResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly atelierService: AtelierService,
    private readonly userService: UserService,
  ) {}

  @Public()
  @Query(() => Proposal, {
    nullable: true,
    description:
      'A proposal or poll, to the arena and the trekker of its atelier (NOT_FOUND for everyone else).',
  })
  proposal(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.proposals.byId(viewer, fromGlobalId('Proposal', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Proposal, {
    description:
      'An arena member or the trekker opens a proposal or a poll in the atelier, with a closing time in the future; the arena and the trekker are told.',
  })
  createProposal(@Args('input') input: CreateProposalInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.proposals.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Proposal, {
    description:
      'Takes or changes your stance (a proposal; BLOCK needs a reason) or vote (a poll) until it closes (CONFLICT, reason PROPOSAL_CLOSED, after).',
  })
  takeStance(@Args('input') input: TakeStanceInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.proposals.takeStance(viewer, input);
  }

  @SignedIn()
  @Mutation(() => Proposal, { description: 'Its proposer closes it before its closing time.' })
  closeProposal(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    return this.proposals.close(viewer, fromGlobalId('Proposal', id, 'id'));
  }

  @SignedIn()
  @Mutation(() => Proposal, {
    description:
      'Its proposer writes the outcome once it closed (CONFLICT, reason PROPOSAL_OPEN, before), with an optional review date; the arena is told.',
  })
  writeProposalOutcome(
    @Args('input') input: WriteProposalOutcomeInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.proposals.writeOutcome(viewer, input);
  }

  @ResolveField(() => User, { nullable: true, description: 'Who proposed it.' })
  author(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, proposal.authorId);
  }

  @ResolveField(() => Atelier)
  atelier(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.atelierService.load(ctx.loaders, proposal.atelierId);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether stances can still be taken (before closing, not closed early).',
  })
  isOpen(proposal: ProposalRow) {
    return this.proposals.isOpen(proposal);
  }

  @ResolveField(() => [ProposalOption], { description: 'A poll’s choices in order (empty for a proposal).' })
  options(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.proposals.optionsOf(ctx.loaders, proposal.id);
  }

  @ResolveField(() => [Stance], { description: 'Every stance or vote, with who took it, oldest first.' })
  stances(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.proposals.stancesOf(ctx.loaders, ctx.viewer, proposal.id);
  }

  @ResolveField(() => Stance, { nullable: true, description: 'Your own stance or vote, if you took one.' })
  myStance(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.proposals.myStance(ctx.loaders, ctx.viewer, proposal.id);
  }

  @ResolveField(() => ProposalResults)
  results(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.proposals.results(ctx.loaders, ctx.viewer, proposal);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may close it early and write its outcome (its proposer).',
  })
  canConclude(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.proposals.mayConclude(ctx.loaders, ctx.viewer, proposal);
  }

  @ResolveField(() => [Activity], {
    description: 'The activities planned from this decision that you may read.',
  })
  activities(proposal: ProposalRow, _args: unknown, ctx: RequestContext) {
    return this.proposals.activitiesOf(ctx.loaders, ctx.viewer, proposal.id);
  }
}

@Resolver(() => Stance)
export class StanceResolver {
  constructor(
    private readonly proposals: ProposalService,
    private readonly userService: UserService,
  ) {}

  @ResolveField(() => User, {
    nullable: true,
    description: 'Who took it (participants see each other’s, as in Loomio).',
  })
  user(stance: StanceRow, _args: unknown, ctx: RequestContext) {
    return this.userService.load(ctx.loaders, stance.userId);
  }

  @ResolveField(() => [ProposalOption], {
    description: 'A poll: the option chosen (SINGLE) or all options best first (RANKED).',
  })
  async options(stance: StanceRow, _args: unknown, ctx: RequestContext) {
    const options = await this.proposals.optionsOf(ctx.loaders, stance.proposalId);
    const byId = new Map(options.map((o) => [o.id, o]));
    return stance.optionIds.flatMap((id) => byId.get(id) ?? []);
  }
}

@Resolver(() => Atelier)
export class AtelierProposalsResolver {
  constructor(private readonly proposalService: ProposalService) {}

  @ResolveField(() => [Proposal], {
    description:
      'Its decisions (Besluiten), newest first: to its arena members and trekker only; empty for everyone else.',
  })
  proposals(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.proposalService.forAtelier(ctx.loaders, ctx.viewer, atelier.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you take part in its decisions (propose, take a stance).',
  })
  takesPartInDecisions(atelier: AtelierRow, _args: unknown, ctx: RequestContext) {
    return this.proposalService.mayPropose(ctx.loaders, ctx.viewer, atelier.id);
  }
}

@Resolver(() => Activity)
export class ActivityProposalResolver {
  constructor(private readonly proposals: ProposalService) {}

  @ResolveField(() => Proposal, {
    nullable: true,
    description: 'The decision it was planned from, if you may read it (the arena and the trekker).',
  })
  proposal(activity: ActivityRow, _args: unknown, ctx: RequestContext) {
    return activity.proposalId ? this.proposals.load(ctx.loaders, ctx.viewer, activity.proposalId) : null;
  }
}

@Resolver(() => Notification)
export class NotificationProposalResolver {
  constructor(private readonly proposals: ProposalService) {}

  @ResolveField(() => Proposal, { nullable: true, description: 'The proposal, while you may still read it.' })
  proposal(notification: NotificationRow, _args: unknown, ctx: RequestContext) {
    return notification.proposalId
      ? this.proposals.load(ctx.loaders, ctx.viewer, notification.proposalId)
      : null;
  }
}
