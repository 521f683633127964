import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { User } from '../user/models/user.model.js';
import { CreateSocialIssueInput, StartAtelierInput, UpdateSocialIssueInput } from './dto/agenda.inputs.js';
import { NationalTheme, SocialIssue } from './models/social-issue.model.js';
import { AgendaService } from './social-issue.agenda.service.js';

/** The programmacommissie's agenda work (api.md "Writing → Agenda"). */
@Resolver()
export class AgendaResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly prisma: PrismaService,
  ) {}

  @SignedIn()
  @Mutation(() => SocialIssue, { description: 'Put a new kwestie on the agenda (programmacommissie).' })
  createSocialIssue(@Args('input') input: CreateSocialIssueInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.agenda.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => SocialIssue, { description: 'Change its title or description; name the version you read.' })
  updateSocialIssue(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSocialIssueInput,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.agenda.update(viewer, fromGlobalId('SocialIssue', id, 'id'), input);
  }

  @SignedIn()
  @Mutation(() => SocialIssue, { description: 'Merge one kwestie into another; returns the target.' })
  mergeSocialIssues(
    @Args('sourceId', { type: () => ID }) sourceId: string,
    @Args('targetId', { type: () => ID }) targetId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.agenda.merge(
      viewer,
      fromGlobalId('SocialIssue', sourceId, 'sourceId'),
      fromGlobalId('SocialIssue', targetId, 'targetId'),
    );
  }

  @SignedIn()
  @Mutation(() => SocialIssue, { description: 'Let a kwestie lapse, saying why.' })
  lapseSocialIssue(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.agenda.lapse(viewer, fromGlobalId('SocialIssue', id, 'id'), reason);
  }

  @SignedIn()
  @Mutation(() => Atelier, {
    description:
      'Start a leeratelier for a kwestie and name its trekker (one of trekkerCandidates). Refused while the kwestie has a running atelier (CONFLICT, reason RUNNING_ATELIER).',
  })
  startAtelier(
    @Args('socialIssueId', { type: () => ID }) socialIssueId: string,
    @Args('trekkerId', { type: () => ID }) trekkerId: string,
    @Args('input', { type: () => StartAtelierInput, nullable: true }) input: StartAtelierInput | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.agenda.startAtelier(
      viewer,
      fromGlobalId('SocialIssue', socialIssueId, 'socialIssueId'),
      fromGlobalId('User', trekkerId, 'trekkerId'),
      input,
    );
  }

  @SignedIn()
  @Query(() => [User], {
    description:
      'People the commissie may name as trekker: researchers and current trekkers among the people of the werkplaats.',
  })
  trekkerCandidates(
    @CurrentViewer() viewer: MaybeViewer,
    @Args('workshopId', {
      type: () => ID,
      nullable: true,
      description: 'The werkplaats; a member of one commissie only may leave it out.',
    })
    workshopId: string | null,
  ) {
    return this.agenda.trekkerCandidates(
      viewer,
      workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : null,
    );
  }

  @Public()
  @Query(() => [NationalTheme], {
    description: 'The four national themes of the Werkplaatsen Sociaal Domein.',
  })
  nationalThemes() {
    return this.prisma.nationalTheme.findMany({ orderBy: { name: 'asc' } });
  }
}
