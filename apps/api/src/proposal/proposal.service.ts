import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Activity, Proposal, ProposalOption, Stance } from '../generated/prisma/client.js';
import { PollMethod, ProposalKind, StanceChoice } from '../generated/prisma/enums.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  decisionMembersOf,
  mayConclude,
  proposalIsOpen,
  readableActivities,
  readableProposals,
  readableStances,
  requireDecisionParticipant,
  requireProposalClosed,
  requireProposalOpen,
  requireProposer,
  takesPartInDecisions,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, NotFoundError } from '../common/graphql/app-error.js';
import { byKey, groupByKey, type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { sanitizeRichText } from '../common/text/sanitize.js';
import { NotificationService } from '../notification/notification.service.js';
import type {
  CreateProposalInput,
  TakeStanceInput,
  WriteProposalOutcomeInput,
} from './dto/proposal.input.js';

const MAX_BODY = 20_000;
const STANCE_ORDER: readonly StanceChoice[] = ['AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK'];

const createSchema = z
  .object({
    atelierId: z.string(),
    kind: z.enum(ProposalKind),
    pollMethod: z.enum(PollMethod).nullish(),
    title: z
      .string()
      .trim()
      .min(3, { message: 'needs at least 3 characters' })
      .max(200, { message: 'is too long' }),
    body: z
      .string()
      .max(MAX_BODY * 2, { message: 'is too long' })
      .transform(sanitizeRichText)
      .refine((html) => html.length <= MAX_BODY, {
        message: `is longer than ${MAX_BODY} characters`,
        params: { ...rule('maxLength'), max: MAX_BODY },
      })
      .nullish(),
    closesAt: z.date(),
    options: z
      .array(z.string().trim().min(1, { message: 'is empty' }).max(200, { message: 'is too long' }))
      .max(10, { message: 'at most 10 choices' })
      .nullish(),
  })
  .superRefine((data, ctx) => {
    if (data.kind === 'POLL') {
      if (!data.pollMethod)
        ctx.addIssue({
          code: 'custom',
          path: ['pollMethod'],
          message: 'is required for a poll',
          params: rule('required'),
        });
      const options = data.options ?? [];
      if (options.length < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'needs 2 to 10 choices',
          params: { ...rule('minItems'), min: 2 },
        });
      if (new Set(options.map((o) => o.toLowerCase())).size !== options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'has the same choice twice',
          params: rule('duplicate'),
        });
    }
  });

const stanceSchema = z.object({
  proposalId: z.string(),
  choice: z.enum(StanceChoice).nullish(),
  reason: z.string().trim().max(2000, { message: 'is too long' }).nullish(),
  optionIds: z.array(z.string()).max(10).nullish(),
});

const outcomeSchema = z.object({
  proposalId: z.string(),
  outcome: z
    .string()
    .trim()
    .min(3, { message: 'needs at least 3 characters' })
    .max(5000, { message: 'is too long' }),
  reviewOn: z.date().nullish(),
});

export interface ProposalResultRows {
  participants: number;
  stances: { choice: StanceChoice; count: number }[];
  options: { option: ProposalOption; firstChoices: number; points: number }[];
}

/**
 * Decisions in the arena (Loomio's proposals and polls): the arena and the trekker propose, take a stance or vote
 * until the closing time, and the proposer writes the outcome, with a date to review it. Read only through
 * `readableProposals`; the lists of an atelier's proposals, their options and stances are read per request in one
 * statement each (loaders), whatever the number of proposals on the page.
 */
@Injectable()
export class ProposalService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Proposal', (id, viewer) => this.readable(viewer, id));
    this.nodes.register('ProposalOption', (id, viewer) =>
      this.prisma.proposalOption.findFirst({ where: { id, proposal: readableProposals(viewer) } }),
    );
    this.nodes.register('Stance', (id, viewer) =>
      this.prisma.stance.findFirst({ where: { AND: [{ id }, readableStances(viewer)] } }),
    );
  }

  readable(viewer: MaybeViewer, id: string): Promise<Proposal | null> {
    return this.prisma.proposal.findFirst({ where: { AND: [{ id }, readableProposals(viewer)] } });
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Proposal> {
    const proposal = await this.readable(viewer, id);
    if (!proposal) throw new NotFoundError('Proposal');
    return proposal;
  }

  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Proposal | null> {
    return loaders
      .get<string, Proposal | null>('proposal.readableById', async (ids) =>
        byKey(
          ids,
          await this.prisma.proposal.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableProposals(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  /** An atelier's proposals the viewer may read, newest first (empty for everyone outside its arena). */
  forAtelier(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<Proposal[]> {
    return loaders
      .get<string, Proposal[]>('proposal.ofAtelier', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.proposal.findMany({
            where: { AND: [{ atelierId: { in: [...ids] } }, readableProposals(viewer)] },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          }),
          (r) => r.atelierId,
        ),
      )
      .value(atelierId);
  }

  /** The options of proposals already read (and so readable), in their order: one statement per request. */
  optionsOf(loaders: Loaders, proposalId: string): Loaded<ProposalOption[]> {
    return loaders
      .get<string, ProposalOption[]>('proposal.options', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.proposalOption.findMany({
            where: { proposalId: { in: [...ids] } },
            orderBy: [{ proposalId: 'asc' }, { position: 'asc' }],
          }),
          (r) => r.proposalId,
        ),
      )
      .value(proposalId);
  }

  /** The stances on proposals, as the viewer may read them (the participants see who took which), oldest first. */
  stancesOf(loaders: Loaders, viewer: MaybeViewer, proposalId: string): Loaded<Stance[]> {
    return loaders
      .get<string, Stance[]>('proposal.stances', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.stance.findMany({
            where: { AND: [{ proposalId: { in: [...ids] } }, readableStances(viewer)] },
            orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.proposalId,
        ),
      )
      .value(proposalId);
  }

  async myStance(loaders: Loaders, viewer: MaybeViewer, proposalId: string): Promise<Stance | null> {
    if (!viewer) return null;
    const stances = await this.stancesOf(loaders, viewer, proposalId);
    return stances.find((s) => s.userId === viewer.userId) ?? null;
  }

  /**
   * Counts per stance (a proposal) or per option (a poll). A ranked poll is counted by Borda: with n options a
   * first place gives n−1 points, the last 0; the UI says so beside the table.
   */
  async results(loaders: Loaders, viewer: MaybeViewer, proposal: Proposal): Promise<ProposalResultRows> {
    const [stances, options] = await Promise.all([
      this.stancesOf(loaders, viewer, proposal.id),
      this.optionsOf(loaders, proposal.id),
    ]);
    const byChoice = new Map<StanceChoice, number>();
    const first = new Map<string, number>();
    const points = new Map<string, number>();
    const n = options.length;
    for (const stance of stances) {
      if (stance.choice) byChoice.set(stance.choice, (byChoice.get(stance.choice) ?? 0) + 1);
      stance.optionIds.forEach((id, place) => {
        if (place === 0) first.set(id, (first.get(id) ?? 0) + 1);
        points.set(id, (points.get(id) ?? 0) + (proposal.pollMethod === 'RANKED' ? n - 1 - place : 1));
      });
    }
    return {
      participants: stances.length,
      stances:
        proposal.kind === 'PROPOSAL'
          ? STANCE_ORDER.map((choice) => ({ choice, count: byChoice.get(choice) ?? 0 }))
          : [],
      options: options.map((option) => ({
        option,
        firstChoices: first.get(option.id) ?? 0,
        points: points.get(option.id) ?? 0,
      })),
    };
  }

  /** The activities planned from a proposal that the viewer may read. */
  activitiesOf(loaders: Loaders, viewer: MaybeViewer, proposalId: string): Loaded<Activity[]> {
    return loaders
      .get<string, Activity[]>('proposal.activities', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.activity.findMany({
            where: { AND: [{ proposalId: { in: [...ids] } }, readableActivities(viewer)] },
            orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          }),
          (r) => r.proposalId ?? '',
        ),
      )
      .value(proposalId);
  }

  async mayPropose(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Promise<boolean> {
    return takesPartInDecisions(await this.access.atelierRoleFor(loaders, viewer, atelierId));
  }

  async mayConclude(loaders: Loaders, viewer: MaybeViewer, proposal: Proposal): Promise<boolean> {
    return mayConclude(await this.access.atelierRoleFor(loaders, viewer, proposal.atelierId), proposal);
  }

  isOpen(proposal: Proposal): boolean {
    return proposalIsOpen(proposal, new Date());
  }

  async create(viewer: MaybeViewer, input: CreateProposalInput): Promise<Proposal> {
    const data = validate(createSchema, input);
    const atelierId = fromGlobalId('Atelier', data.atelierId, 'input.atelierId');
    const role = await this.access.atelierRole(viewer, atelierId);
    // To someone outside the arena the atelier's decisions do not exist: nothing to propose in.
    requireDecisionParticipant(role);
    if (data.closesAt <= new Date())
      throw new BadInputError('input.closesAt', 'input.closesAt: must lie in the future', 'future');
    const poll = data.kind === 'POLL';
    return this.prisma.$transaction(async (tx) => {
      const proposal = await tx.proposal.create({
        data: {
          atelierId,
          authorId: role.viewer.userId,
          kind: data.kind,
          pollMethod: poll ? data.pollMethod! : null,
          title: data.title,
          body: data.body ?? '',
          closesAt: data.closesAt,
          options: poll
            ? { create: (data.options ?? []).map((label, position) => ({ label, position })) }
            : undefined,
        },
      });
      await this.tellMembers(tx, proposal, 'PROPOSAL_OPENED', role.viewer.userId);
      return proposal;
    });
  }

  /** Takes or changes the viewer's stance (or vote) while the proposal is open. */
  async takeStance(viewer: MaybeViewer, input: TakeStanceInput): Promise<Proposal> {
    const data = validate(stanceSchema, input);
    const proposal = await this.byId(viewer, fromGlobalId('Proposal', data.proposalId, 'input.proposalId'));
    const role = await this.access.atelierRole(viewer, proposal.atelierId);
    requireDecisionParticipant(role);
    requireProposalOpen(proposal, new Date());
    const reason = data.reason ?? '';
    let choice: StanceChoice | null = null;
    let optionIds: string[] = [];
    if (proposal.kind === 'PROPOSAL') {
      if (!data.choice) throw new BadInputError('input.choice', 'input.choice: choose a stance', 'required');
      if (data.choice === 'BLOCK' && reason.length === 0)
        throw new BadInputError('input.reason', 'input.reason: a block needs a reason', 'required');
      choice = data.choice;
    } else {
      const options = await this.prisma.proposalOption.findMany({ where: { proposalId: proposal.id } });
      const known = new Set(options.map((o) => o.id));
      optionIds = (data.optionIds ?? []).map((id) => fromGlobalId('ProposalOption', id, 'input.optionIds'));
      const valid = optionIds.every((id) => known.has(id)) && new Set(optionIds).size === optionIds.length;
      const complete =
        proposal.pollMethod === 'RANKED' ? optionIds.length === options.length : optionIds.length === 1;
      if (!valid || !complete)
        throw new BadInputError(
          'input.optionIds',
          proposal.pollMethod === 'RANKED'
            ? 'input.optionIds: rank every choice of this poll once'
            : 'input.optionIds: choose one of the choices of this poll',
          'choice',
        );
    }
    await this.prisma.stance.upsert({
      where: { proposalId_userId: { proposalId: proposal.id, userId: role.viewer.userId } },
      create: { proposalId: proposal.id, userId: role.viewer.userId, choice, reason, optionIds },
      update: { choice, reason, optionIds },
    });
    return proposal;
  }

  /** The proposer closes it before its closing time: no more stances. */
  async close(viewer: MaybeViewer, proposalId: string): Promise<Proposal> {
    const proposal = await this.byId(viewer, proposalId);
    const role = await this.access.atelierRole(viewer, proposal.atelierId);
    requireProposer(role, proposal);
    requireProposalOpen(proposal, new Date());
    return this.prisma.proposal.update({ where: { id: proposal.id }, data: { closedAt: new Date() } });
  }

  /**
   * The proposer writes what was decided, once it closed (and may rewrite it): recorded in the atelier's decisions
   * with its date, told to the arena, audited; on `reviewOn` the proposer and trekker are reminded.
   */
  async writeOutcome(viewer: MaybeViewer, input: WriteProposalOutcomeInput): Promise<Proposal> {
    const data = validate(outcomeSchema, input);
    const proposal = await this.byId(viewer, fromGlobalId('Proposal', data.proposalId, 'input.proposalId'));
    const role = await this.access.atelierRole(viewer, proposal.atelierId);
    requireProposer(role, proposal);
    const now = new Date();
    requireProposalClosed(proposal, now);
    if (data.reviewOn && data.reviewOn <= now)
      throw new BadInputError('input.reviewOn', 'input.reviewOn: must lie in the future', 'future');
    return this.prisma.$transaction(async (tx) => {
      const first = proposal.outcome === null;
      const updated = await tx.proposal.update({
        where: { id: proposal.id },
        data: {
          outcome: data.outcome,
          outcomeAt: now,
          reviewOn: data.reviewOn ?? null,
          // A new review date is a new reminder.
          reviewNotifiedAt: null,
        },
      });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: first ? 'proposal.outcome-written' : 'proposal.outcome-rewritten',
          targetType: 'Proposal',
          targetId: proposal.id,
          details: { reviewOn: data.reviewOn?.toISOString() ?? null },
        },
        tx,
      );
      if (first) await this.tellMembers(tx, updated, 'PROPOSAL_OUTCOME', role.viewer.userId);
      return updated;
    });
  }

  /** Tells the atelier's arena and its trekker (never the one acting), and nobody else. */
  private async tellMembers(
    tx: Tx,
    proposal: Proposal,
    kind: 'PROPOSAL_OPENED' | 'PROPOSAL_OUTCOME',
    actorId: string,
  ): Promise<number> {
    const atelier = await tx.atelier.findUniqueOrThrow({
      where: { id: proposal.atelierId },
      select: { id: true, trekkerId: true },
    });
    const members = await tx.user.findMany({
      where: { AND: [decisionMembersOf(atelier), { erasedAt: null }] },
      select: { id: true },
    });
    return this.notifications.notify(
      tx,
      members.map((m) => m.id),
      kind,
      { proposalId: proposal.id, atelierId: proposal.atelierId },
      { actorId },
    );
  }

  /**
   * The outcomes whose review date has come: each is claimed by one statement (`reviewNotifiedAt` set where it was
   * null), so of several replicas sweeping at once only one tells its proposer and trekker.
   */
  async sendReviewReminders(now = new Date()): Promise<number> {
    return this.prisma.$transaction(async (tx) => {
      const due = await tx.$queryRaw<
        { id: string; atelierId: string; authorId: string; trekkerId: string }[]
      >`/* review sweep */ UPDATE "Proposal" p SET "reviewNotifiedAt" = ${now}
          FROM "Atelier" a
         WHERE a.id = p."atelierId" AND p."reviewOn" <= ${now} AND p."reviewNotifiedAt" IS NULL AND p.outcome IS NOT NULL
        RETURNING p.id::text AS id, p."atelierId"::text AS "atelierId", p."authorId"::text AS "authorId",
                  a."trekkerId"::text AS "trekkerId"`;
      let sent = 0;
      for (const p of due) {
        // Only those who still take part in the atelier's decisions hear of it.
        const readers = await tx.user.findMany({
          where: {
            AND: [
              { id: { in: [p.authorId, p.trekkerId] } },
              decisionMembersOf({ id: p.atelierId, trekkerId: p.trekkerId }),
            ],
          },
          select: { id: true },
        });
        sent += await this.notifications.notifyReviewDue(
          tx,
          readers.map((r) => r.id),
          { proposalId: p.id, atelierId: p.atelierId },
        );
      }
      return sent;
    });
  }
}
