import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Atelier, SocialIssue } from '../generated/prisma/client.js';
import { requireCommittee, requireViewer, trekkerCandidatesOf } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { AuditService } from '../common/audit/audit.service.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/graphql/app-error.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import type {
  CreateSocialIssueInput,
  StartAtelierInput,
  UpdateSocialIssueInput,
} from './dto/agenda.inputs.js';

const title = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(200, { message: 'is too long (200 characters at most)' });
const description = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(5000, { message: 'is too long (5,000 characters at most)' });
const since = z.string().trim().max(40, { message: 'is too long' }).nullish();

const createSchema = z.object({
  title,
  description,
  since,
  workshopId: z.string().nullish(),
  nationalThemeIds: z.array(z.string()).max(10).nullish(),
});
const updateSchema = z.object({
  version: z.number().int().min(1),
  title: title.nullish(),
  description: description.nullish(),
  since,
});
const atelierSchema = z.object({
  title: title.nullish(),
  description: z.string().trim().max(5000, { message: 'is too long' }).nullish(),
});
const reasonSchema = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(1000, { message: 'is too long' });

/**
 * The programmacommissie keeps the kennisagenda: new kwesties, changes, merges, lapses and new ateliers.
 * Every change is a SocialIssueChange (who, when, what) written in the same transaction as the change.
 */
@Injectable()
export class AgendaService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: MaybeViewer, input: CreateSocialIssueInput): Promise<SocialIssue> {
    const data = validate(createSchema, input);
    const v = requireViewer(viewer);
    const workshopId = data.workshopId
      ? fromGlobalId('Workshop', data.workshopId, 'input.workshopId')
      : onlyWorkshop(v.committeeOf);
    requireCommittee(v, workshopId);
    const themeIds = (data.nationalThemeIds ?? []).map((id, i) =>
      fromGlobalId('NationalTheme', id, `input.nationalThemeIds.${i}`),
    );
    return this.prisma.$transaction(async (tx) => {
      const issue = await tx.socialIssue.create({
        data: {
          workshopId,
          title: data.title,
          description: data.description,
          since: data.since ?? String(new Date().getFullYear()),
          nationalThemes: { connect: themeIds.map((id) => ({ id })) },
          history: { create: { kind: 'CREATED', actorId: v.userId, toValue: data.title } },
        },
      });
      return issue;
    });
  }

  async update(viewer: MaybeViewer, id: string, input: UpdateSocialIssueInput): Promise<SocialIssue> {
    const data = validate(updateSchema, input);
    const issue = await this.issue(id);
    const v = requireCommittee(viewer, issue.workshopId);
    const changes: { kind: 'TITLE_CHANGED' | 'DESCRIPTION_CHANGED'; fromValue: string; toValue: string }[] =
      [];
    if (data.title && data.title !== issue.title)
      changes.push({ kind: 'TITLE_CHANGED', fromValue: issue.title, toValue: data.title });
    if (data.description && data.description !== issue.description) {
      changes.push({ kind: 'DESCRIPTION_CHANGED', fromValue: issue.description, toValue: data.description });
    }
    return this.prisma.$transaction(async (tx) => {
      // Optimistic concurrency: the row changes only if nobody changed it since it was read.
      const { count } = await tx.socialIssue.updateMany({
        where: { id, version: data.version },
        data: {
          ...(data.title ? { title: data.title } : {}),
          ...(data.description ? { description: data.description } : {}),
          ...(data.since !== undefined && data.since !== null ? { since: data.since } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0)
        throw new ConflictError('Someone changed this kwestie since you read it; reload and try again', {
          field: 'input.version',
        });
      // A millisecond apart, so the history lists them in the order they are named.
      const now = Date.now();
      if (changes.length > 0) {
        await tx.socialIssueChange.createMany({
          data: changes.map((c, i) => ({
            ...c,
            socialIssueId: id,
            actorId: v.userId,
            createdAt: new Date(now + i),
          })),
        });
      }
      return tx.socialIssue.findUniqueOrThrow({ where: { id } });
    });
  }

  /**
   * Merges one kwestie into another: the source becomes MERGED and points to the target; its ateliers (with
   * their participants, lessons and history) now belong to the target, so nobody loses access.
   */
  async merge(viewer: MaybeViewer, sourceId: string, targetId: string): Promise<SocialIssue> {
    if (sourceId === targetId)
      throw new BadInputError('targetId', 'A kwestie cannot be merged into itself', 'notAllowed');
    const [source, target] = await Promise.all([this.issue(sourceId), this.issue(targetId)]);
    const v = requireCommittee(viewer, source.workshopId);
    if (target.workshopId !== source.workshopId)
      throw new BadInputError('targetId', 'Both kwesties must belong to the same werkplaats', 'notAllowed');
    if (source.status !== 'ACTIVE')
      throw new BadInputError('sourceId', 'Only an active kwestie can be merged', 'notAllowed');
    if (target.status !== 'ACTIVE')
      throw new BadInputError('targetId', 'A kwestie can only be merged into an active one', 'notAllowed');
    return this.prisma.$transaction(async (tx) => {
      await this.changeStatus(tx, sourceId, 'MERGED', { mergedIntoId: targetId });
      const moved = await tx.atelier.updateMany({
        where: { socialIssueId: sourceId },
        data: { socialIssueId: targetId },
      });
      await tx.socialIssueChange.createMany({
        data: [
          {
            socialIssueId: sourceId,
            kind: 'MERGED_INTO',
            actorId: v.userId,
            relatedId: targetId,
            fromValue: 'ACTIVE',
            toValue: target.title,
          },
          {
            socialIssueId: targetId,
            kind: 'MERGED_FROM',
            actorId: v.userId,
            relatedId: sourceId,
            toValue: source.title,
          },
        ],
      });
      await tx.socialIssue.update({ where: { id: targetId }, data: { version: { increment: 1 } } });
      await this.audit.record(
        {
          workshopId: source.workshopId,
          actorId: v.userId,
          action: 'social-issue.merged',
          targetType: 'SocialIssue',
          targetId: sourceId,
          details: { into: targetId, ateliersMoved: moved.count },
        },
        tx,
      );
      return tx.socialIssue.findUniqueOrThrow({ where: { id: targetId } });
    });
  }

  async lapse(viewer: MaybeViewer, id: string, reason: string): Promise<SocialIssue> {
    const why = validate(reasonSchema, reason, 'reason');
    const issue = await this.issue(id);
    const v = requireCommittee(viewer, issue.workshopId);
    if (issue.status !== 'ACTIVE')
      throw new BadInputError('id', 'Only an active kwestie can lapse', 'notAllowed');
    return this.prisma.$transaction(async (tx) => {
      await this.changeStatus(tx, id, 'LAPSED', { lapseReason: why });
      await tx.socialIssueChange.create({
        data: { socialIssueId: id, kind: 'LAPSED', actorId: v.userId, fromValue: 'ACTIVE', toValue: why },
      });
      await this.audit.record(
        {
          workshopId: issue.workshopId,
          actorId: v.userId,
          action: 'social-issue.lapsed',
          targetType: 'SocialIssue',
          targetId: id,
          details: { reason: why },
        },
        tx,
      );
      return tx.socialIssue.findUniqueOrThrow({ where: { id } });
    });
  }

  /** Starts a leeratelier for an active kwestie with a named trekker. */
  async startAtelier(
    viewer: MaybeViewer,
    socialIssueId: string,
    trekkerId: string,
    input: StartAtelierInput | null | undefined,
  ): Promise<Atelier> {
    const data = validate(atelierSchema, input ?? {});
    const issue = await this.issue(socialIssueId);
    const v = requireCommittee(viewer, issue.workshopId);
    if (issue.status !== 'ACTIVE')
      throw new BadInputError(
        'socialIssueId',
        'An atelier can only start for an active kwestie',
        'notAllowed',
      );
    // Only those the commissie is offered (researchers and trekkers of this werkplaats), so that a made-up id
    // can't name someone of another werkplaats.
    const trekker = await this.prisma.user.findFirst({
      where: { AND: [{ id: trekkerId }, trekkerCandidatesOf(v, issue.workshopId)] },
      select: { id: true },
    });
    if (!trekker)
      throw new BadInputError('trekkerId', 'This person cannot be named trekker here', 'notAllowed');
    return this.prisma.$transaction(async (tx) => {
      // One running atelier per kwestie: a second one would split its arena and tribune. Locking the kwestie's
      // row makes two commissie members starting at once take turns, so the second sees the first's atelier.
      await tx.$queryRaw`SELECT id FROM "SocialIssue" WHERE id = ${socialIssueId}::uuid FOR UPDATE`;
      const running = await tx.atelier.findFirst({
        where: { socialIssueId, status: 'ACTIVE' },
        select: { title: true },
      });
      if (running)
        throw new ConflictError(`This kwestie has a running atelier: ${running.title}`, {
          reason: 'RUNNING_ATELIER',
        });
      const atelier = await tx.atelier.create({
        data: {
          workshopId: issue.workshopId,
          socialIssueId,
          trekkerId,
          title: data.title ?? `Leeratelier ${issue.title}`,
          description: data.description ?? '',
        },
      });
      await this.audit.record(
        {
          workshopId: issue.workshopId,
          actorId: v.userId,
          action: 'atelier.trekker-named',
          targetType: 'Atelier',
          targetId: atelier.id,
          details: { trekkerId },
        },
        tx,
      );
      await tx.socialIssueChange.create({
        data: { socialIssueId, kind: 'ATELIER_STARTED', actorId: v.userId, toValue: atelier.title },
      });
      return atelier;
    });
  }

  /** Who may be named trekker in a werkplaats (the policy's `trekkerCandidatesOf`), by name. */
  trekkerCandidates(viewer: MaybeViewer, workshopId: string | null) {
    return this.prisma.user.findMany({
      where: trekkerCandidatesOf(viewer, workshopId),
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 200,
    });
  }

  private async changeStatus(
    tx: Tx,
    id: string,
    status: 'MERGED' | 'LAPSED',
    extra: { mergedIntoId?: string; lapseReason?: string },
  ): Promise<void> {
    // Guarded by status, so two commissie members merging or lapsing at once can't both win.
    const { count } = await tx.socialIssue.updateMany({
      where: { id, status: 'ACTIVE' },
      data: { status, ...extra, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError('This kwestie changed in the meantime; reload and try again');
  }

  private async issue(id: string): Promise<SocialIssue> {
    const issue = await this.prisma.socialIssue.findUnique({ where: { id } });
    if (!issue) throw new NotFoundError('Social issue');
    return issue;
  }
}

/** The werkplaats of a commissie member who sits on one commissie only. */
function onlyWorkshop(committeeOf: ReadonlySet<string>): string {
  const [only, ...more] = [...committeeOf];
  if (!only) throw new ForbiddenError('Only the programmacommissie may do this');
  if (more.length > 0) throw new BadInputError('input.workshopId', 'Name the werkplaats', 'required');
  return only;
}
