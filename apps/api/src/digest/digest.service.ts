import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Condition, Digest, Insight, Lesson, Prisma } from '../generated/prisma/client.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  DIGEST_VISIBILITIES,
  NOT_HIDDEN,
  mayWriteDigest,
  readableDigests,
  readableInsightsIn,
  readableLessonsIn,
  readerOfKind,
  requireDigestAuthor,
  type AtelierRole,
  type DigestReaderKind,
} from '../common/authz/policy.js';
import { viewerOf, type MaybeViewer } from '../common/authz/viewer.js';
import { ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import type { Loaded, Loaders } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, parseGlobalId, toGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { MailService } from '../mail/mail.service.js';
import { MailRenderers, type RenderedAtSend } from '../mail/renderers.js';
import { mailLocale, renderMail, type MailItem, type MailLocale } from '../mail/template.js';
import {
  unsubscribeHeaders,
  unsubscribeToken,
  unsubscribeUrl,
  UnsubscribeSettings,
} from '../mail/unsubscribe.js';
import { excerpt } from '../common/text/sanitize.js';
import {
  acceptedOf,
  climbFindings,
  PersonalDataError,
  privacyWordsOf,
  requireNoPersonalData,
  resolvePersonalData,
  workshopWords,
  type ChoiceInput,
  type ClimbFinding,
} from '../privacy/climb-check.js';

/** A digest's item with what it shows: exactly one of lesson and insight. */
export interface DigestEntry {
  condition: Condition | null;
  lesson: Lesson | null;
  insight: Insight | null;
}

/** The four conditions in the order a digest shows them; items under none come last. */
const CONDITIONS: readonly Condition[] = [
  'SOCIO_ECONOMIC_SECURITY',
  'SOCIAL_INCLUSION',
  'SOCIAL_COHESION',
  'SOCIAL_EMPOWERMENT',
];

type Lang = Record<MailLocale, string>;

const T = {
  subject: {
    nl: (a: string) => `Wat we leerden in ${a}`,
    en: (a: string) => `What we learned in ${a}`,
  },
  condition: {
    SOCIO_ECONOMIC_SECURITY: { nl: 'Sociaaleconomische zekerheid', en: 'Socio-economic security' },
    SOCIAL_INCLUSION: { nl: 'Sociale inclusie', en: 'Social inclusion' },
    SOCIAL_COHESION: { nl: 'Sociale cohesie', en: 'Social cohesion' },
    SOCIAL_EMPOWERMENT: { nl: 'Sociale empowerment', en: 'Social empowerment' },
  } satisfies Record<Condition, Lang>,
  other: { nl: 'Verder', en: 'Further' },
  lesson: { nl: 'Les', en: 'Lesson' },
  insight: { nl: 'Inzicht', en: 'Insight' },
  open: { nl: 'Naar het atelier', en: 'To the atelier' },
  footer: {
    nl: (w: string, a: string) =>
      `Verstuurd door ${w} omdat je het atelier ‘${a}’ volgt. De trekker schreef dit overzicht.`,
    en: (w: string, a: string) =>
      `Sent by ${w} because you follow the atelier ‘${a}’. Its trekker wrote this digest.`,
  },
  unsubscribe: { nl: 'Geen overzichten van dit atelier meer', en: 'No more digests of this atelier' },
  setting: {
    nl: (a: string) => `Geen overzichten ‘Wat we leerden’ van het atelier ‘${a}’ meer per e-mail ontvangen.`,
    en: (a: string) => `Receive no more ‘What we learned’ digests of the atelier ‘${a}’ by e-mail.`,
  },
};

const updateSchema = z.object({
  introduction: z.string().trim().max(5000, { message: 'is too long (5,000 characters at most)' }),
  itemIds: z.array(z.string()).max(200, { message: 'has too many items (200 at most)' }),
});

interface DigestMailData {
  digestId: string;
  userId: string;
}

/**
 * The trekker's digest: composed from what the atelier shared with the tribune or the public since the last one,
 * previewed as each kind of reader gets it, mailed to the followers (each copy rendered when sent, through the
 * ladder as its recipient) and kept readable in the atelier, where every reader sees the items they may read.
 */
@Injectable()
export class DigestService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly nodes: NodeRegistry,
    private readonly mail: MailService,
    private readonly renderers: MailRenderers,
    private readonly unsubscribe: UnsubscribeSettings,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Digest', (id, viewer) =>
      this.prisma.digest.findFirst({ where: { AND: [{ id }, readableDigests(viewer)] } }),
    );
    this.renderers.register('digest', (data) => this.renderFor(data as DigestMailData));
    this.unsubscribe.register('atelier-digest', {
      describe: async (tx, userId, setting, locale) => {
        const participation = await tx.participation.findUnique({
          where: { atelierId_userId: { atelierId: setting.ref ?? '', userId } },
          select: { status: true, atelier: { select: { title: true } } },
        });
        return participation?.status === 'ACTIVE' ? T.setting[locale](participation.atelier.title) : null;
      },
      apply: async (tx, userId, setting) => {
        await tx.participation.updateMany({
          where: { atelierId: setting.ref ?? '', userId },
          data: { digestMail: false },
        });
      },
    });
  }

  /** The atelier's draft, for its trekker (null for everyone else, and when there is none). */
  async draftOf(viewer: MaybeViewer, atelierId: string): Promise<Digest | null> {
    if (!viewer) return null;
    return this.prisma.digest.findFirst({
      where: { draftOfId: atelierId, atelier: { trekkerId: viewer.userId } },
    });
  }

  /**
   * Opens the atelier's draft, or starts one with every lesson and insight shared since the last digest, grouped
   * by condition. Only the trekker.
   */
  async start(viewer: MaybeViewer, atelierId: string): Promise<Digest> {
    const role = await this.access.atelierRole(viewer, atelierId);
    requireDigestAuthor(role);
    const existing = await this.prisma.digest.findUnique({ where: { draftOfId: atelierId } });
    if (existing) return existing;
    return this.prisma.$transaction(async (tx) => {
      const [last, atelier] = await Promise.all([
        tx.digest.findFirst({
          where: { atelierId, status: 'SENT' },
          orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
          select: { sentAt: true },
        }),
        tx.atelier.findUniqueOrThrow({ where: { id: atelierId }, select: { startedAt: true } }),
      ]);
      const periodFrom = last?.sentAt ?? atelier.startedAt;
      const created = await tx.digest.createManyAndReturn({
        data: [{ atelierId, authorId: role.viewer.userId, draftOfId: atelierId, periodFrom }],
        skipDuplicates: true,
      });
      // Two tabs starting at once: the other one's draft is the draft.
      const digest = created[0] ?? (await tx.digest.findUniqueOrThrow({ where: { draftOfId: atelierId } }));
      if (created[0]) {
        const proposed = await this.candidates(tx, atelierId, periodFrom, []);
        await tx.digestItem.createMany({
          data: sortByCondition(proposed).map((entry, position) => ({
            digestId: digest.id,
            lessonId: entry.lesson?.id ?? null,
            insightId: entry.insight?.id ?? null,
            condition: entry.condition,
            position,
          })),
        });
      }
      return digest;
    });
  }

  /** Saves the introduction and the items in the trekker's order (what is left out is proposed again). */
  async update(
    viewer: MaybeViewer,
    digestId: string,
    input: { introduction: string; itemIds: string[] },
  ): Promise<Digest> {
    const data = validate(updateSchema, input);
    const digest = await this.draftForAuthor(viewer, digestId);
    const lessonIds: string[] = [];
    const insightIds: string[] = [];
    const order: { type: 'Lesson' | 'Insight'; id: string }[] = [];
    for (const [i, globalId] of data.itemIds.entries()) {
      const parsed = parseGlobalId(globalId);
      if (parsed?.type === 'Lesson') lessonIds.push(parsed.id);
      else if (parsed?.type === 'Insight') insightIds.push(parsed.id);
      else fromGlobalId('Lesson', globalId, `input.itemIds.${i}`);
      order.push(parsed as { type: 'Lesson' | 'Insight'; id: string });
    }
    return this.prisma.$transaction(async (tx) => {
      // Only what this atelier shared with the tribune or the public may go in, of any period.
      const [lessons, insights] = await Promise.all([
        tx.lesson.findMany({
          where: {
            id: { in: lessonIds },
            atelierId: digest.atelierId,
            visibility: { in: [...DIGEST_VISIBILITIES] },
            ...NOT_HIDDEN,
          },
          select: { id: true, conditions: true },
        }),
        tx.insight.findMany({
          where: {
            id: { in: insightIds },
            atelierId: digest.atelierId,
            visibility: { in: [...DIGEST_VISIBILITIES] },
          },
          select: { id: true, conditions: true },
        }),
      ]);
      const known = new Map([...lessons, ...insights].map((row) => [row.id, row.conditions[0] ?? null]));
      const seen = new Set<string>();
      const items = order.flatMap((item) => {
        if (!known.has(item.id) || seen.has(item.id)) return [];
        seen.add(item.id);
        return [item];
      });
      await tx.digestItem.deleteMany({ where: { digestId } });
      await tx.digestItem.createMany({
        data: items.map((item, position) => ({
          digestId,
          lessonId: item.type === 'Lesson' ? item.id : null,
          insightId: item.type === 'Insight' ? item.id : null,
          condition: known.get(item.id) ?? null,
          position,
        })),
      });
      return tx.digest.update({
        where: { id: digestId },
        data: { introduction: data.introduction, version: { increment: 1 } },
      });
    });
  }

  /**
   * Sends the draft: one message per follower (arena and tribune participants who did not turn this atelier's
   * digest off), each rendered when sent as its recipient may read it. Sending twice queues nothing twice. The
   * digest shows its text to the tribune, so its introduction and every item pass the personal-data check first
   * (PERSONAL_DATA: the introduction's findings, resolved with resolveDigestPersonalData; or, reason ITEMS, the
   * items still holding findings, resolved in the lesson or insight itself).
   */
  async send(viewer: MaybeViewer, digestId: string): Promise<Digest> {
    const digest = await this.draftForAuthor(viewer, digestId);
    const now = new Date();
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.digest.updateMany({
        where: { id: digestId, status: 'DRAFT' },
        data: { status: 'SENT', sentAt: now, draftOfId: null },
      });
      if (count !== 1) throw new ConflictError('This digest was sent already');
      // Checked on the row as it is sent (locked by the update above); a refusal rolls the sending back.
      await this.requireNoPersonalDataIn(tx, digestId);
      const atelier = await tx.atelier.findUniqueOrThrow({
        where: { id: digest.atelierId },
        select: {
          title: true,
          workshop: { select: { id: true, name: true } },
          participations: {
            where: { status: 'ACTIVE', digestMail: true, user: { erasedAt: null, blockedAt: null } },
            select: { user: { select: { id: true, email: true, locale: true } } },
          },
        },
      });
      for (const { user } of atelier.participations) {
        const locale = mailLocale(user.locale);
        await this.mail.enqueue(tx, {
          key: `digest:${digestId}:${user.id}`,
          to: user.email,
          userId: user.id,
          workshopId: atelier.workshop.id,
          locale,
          fromName: atelier.workshop.name,
          subject: T.subject[locale](atelier.title),
          text: '',
          html: '',
          template: { name: 'digest', data: { digestId, userId: user.id } },
        });
      }
      return tx.digest.findUniqueOrThrow({ where: { id: digestId } });
    });
  }

  /** The atelier's sent digests, newest first, for those who follow it. */
  sent(viewer: MaybeViewer, atelierId: string, args: ConnectionArgs): Promise<ConnectionPage<Digest>> {
    const where: Prisma.DigestWhereInput = {
      AND: [{ atelierId, status: 'SENT' }, readableDigests(viewer)],
    };
    return paginate<Digest>({
      args,
      sortField: 'sentAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.digest.findMany({ where: after ? { AND: [where, after] } : where, orderBy, take }),
      count: () => this.prisma.digest.count({ where }),
    });
  }

  /** A digest's items the viewer may read, in order (batched per request for a list of digests). */
  items(loaders: Loaders, viewer: MaybeViewer, digest: Digest): Loaded<DigestEntry[]> {
    return loaders
      .get<Digest, DigestEntry[]>('digest.items', async (digests) => {
        const roles = new Map<string, AtelierRole | null>();
        for (const atelierId of new Set(digests.map((d) => d.atelierId)))
          roles.set(atelierId, await this.access.atelierRoleFor(loaders, viewer, atelierId));
        const rows = await this.prisma.digestItem.findMany({
          where: {
            digestId: { in: digests.map((d) => d.id) },
            OR: [...roles].map(([atelierId, role]) => ({
              digest: { atelierId },
              ...readableItem(atelierId, role),
            })),
          },
          include: { lesson: true, insight: true },
          orderBy: [{ position: 'asc' }, { id: 'asc' }],
        });
        return digests.map((d) => sortByCondition(rows.filter((r) => r.digestId === d.id)));
      })
      .load(digest);
  }

  /** What is proposed and not in the draft: shared with the tribune or the public since the period began. */
  async proposals(viewer: MaybeViewer, digest: Digest): Promise<DigestEntry[]> {
    if (!viewer || digest.status !== 'DRAFT') return [];
    if (!(await this.access.atelierRole(viewer, digest.atelierId)).isTrekker) return [];
    const inIt = await this.prisma.digestItem.findMany({
      where: { digestId: digest.id },
      select: { lessonId: true, insightId: true },
    });
    const ids = inIt.flatMap((i) => [i.lessonId, i.insightId]).filter((id): id is string => id !== null);
    return sortByCondition(await this.candidates(this.prisma, digest.atelierId, digest.periodFrom, ids));
  }

  /** The digest as a kind of reader receives it: only what the ladder lets them read. Only its trekker. */
  async preview(viewer: MaybeViewer, digest: Digest, kind: DigestReaderKind) {
    const role = await this.access.atelierRole(viewer, digest.atelierId);
    requireDigestAuthor(role);
    const reader = readerOfKind(kind, { id: digest.atelierId, workshopId: role.workshopId });
    const locale: MailLocale = 'nl';
    const content = await this.compose(digest.id, reader, locale, null);
    return { reader: kind, itemCount: content?.itemCount ?? 0, ...(content?.mail ?? emptyMail) };
  }

  /** One recipient's copy when it is sent: null (dropped) if they no longer follow or may read nothing of it. */
  private async renderFor(data: DigestMailData): Promise<RenderedAtSend | null> {
    const digest = await this.prisma.digest.findUnique({
      where: { id: data.digestId },
      select: { atelierId: true },
    });
    const user = await this.prisma.user.findUnique({
      where: { id: data.userId },
      select: {
        mailKey: true,
        locale: true,
        erasedAt: true,
        blockedAt: true,
        roles: { select: { workshopId: true, role: true } },
        participations: {
          where: { atelierId: digest?.atelierId ?? '', status: 'ACTIVE', digestMail: true },
          select: { id: true },
        },
      },
    });
    if (!digest || !user || user.erasedAt || user.blockedAt || user.participations.length === 0) return null;
    const role = await this.access.atelierRole(viewerOf(data.userId, user.roles), digest.atelierId);
    const token = unsubscribeToken(data.userId, user.mailKey, {
      kind: 'atelier-digest',
      ref: digest.atelierId,
    });
    const content = await this.compose(data.digestId, role, mailLocale(user.locale), token);
    if (!content) return null;
    return {
      text: content.mail.text,
      html: content.mail.html,
      headers: unsubscribeHeaders(this.mail.publicUrl, token),
    };
  }

  /** The mail of a digest for a reader (their role in the atelier), or null when they may read none of it. */
  private async compose(
    digestId: string,
    role: AtelierRole | null,
    locale: MailLocale,
    token: string | null,
  ) {
    const digest = await this.prisma.digest.findUniqueOrThrow({
      where: { id: digestId },
      select: {
        introduction: true,
        atelier: { select: { id: true, title: true, workshop: { select: { name: true, slug: true } } } },
      },
    });
    const { atelier } = digest;
    // The ladder inside the query: an item its reader may not read is never read for them.
    const rows = await this.prisma.digestItem.findMany({
      where: { digestId, ...readableItem(atelier.id, role) },
      include: { lesson: true, insight: true },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    if (rows.length === 0) return null;
    const base = `${this.mail.publicUrl}/w/${atelier.workshop.slug}`;
    const item = (entry: DigestEntry): MailItem =>
      entry.lesson
        ? {
            title: entry.lesson.title,
            text: `${T.lesson[locale]}. ${excerpt(entry.lesson.body)}`,
            url: `${base}/lessen/${toGlobalId('Lesson', entry.lesson.id)}`,
          }
        : {
            title: entry.insight!.title,
            text: `${T.insight[locale]}. ${excerpt(entry.insight!.body)}`,
            url: `${base}/inzichten/${toGlobalId('Insight', entry.insight!.id)}`,
          };
    const sections = [...CONDITIONS, null]
      .map((condition) => ({
        heading: condition ? T.condition[condition][locale] : T.other[locale],
        items: rows.filter((r) => r.condition === condition).map(item),
      }))
      .filter((section) => section.items.length > 0);
    const subject = T.subject[locale](atelier.title);
    const mail = renderMail({
      locale,
      subject,
      heading: subject,
      paragraphs: digest.introduction ? digest.introduction.split(/\n\s*\n/).map((p) => p.trim()) : [],
      sections,
      action: { label: T.open[locale], url: `${base}/ateliers/${toGlobalId('Atelier', atelier.id)}` },
      footer: T.footer[locale](atelier.workshop.name, atelier.title),
      ...(token
        ? { unsubscribe: { label: T.unsubscribe[locale], url: unsubscribeUrl(this.mail.publicUrl, token) } }
        : {}),
    });
    return { mail, itemCount: rows.length };
  }

  /** The check on what a digest shows: its introduction, then every item that would go out with it. */
  private async requireNoPersonalDataIn(tx: Tx, digestId: string): Promise<void> {
    const digest = await tx.digest.findUniqueOrThrow({
      where: { id: digestId },
      select: { introduction: true, privacyAccepted: true, atelier: { select: { workshopId: true } } },
    });
    const words = await workshopWords(tx, digest.atelier.workshopId);
    requireNoPersonalData(
      { body: digest.introduction, html: false },
      words,
      acceptedOf(digest.privacyAccepted),
    );
    const rows = await tx.digestItem.findMany({
      where: { digestId },
      include: { lesson: true, insight: true },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
    });
    const flagged = rows.flatMap((row) => {
      const text = row.lesson ?? row.insight;
      // An item below the digest's rung goes to nobody (compose leaves it out), so its text is not shown.
      if (!text || !DIGEST_VISIBILITIES.includes(text.visibility)) return [];
      const findings = climbFindings(
        { title: text.title, body: text.body, html: true },
        words,
        acceptedOf(text.privacyAccepted),
      );
      if (findings.length === 0) return [];
      return [row.lesson ? toGlobalId('Lesson', row.lesson.id) : toGlobalId('Insight', row.insight!.id)];
    });
    if (flagged.length > 0) throw new PersonalDataError([], flagged);
  }

  /** For the trekker of a draft: what in its introduction would stop it being sent now. */
  async personalDataFindings(loaders: Loaders, viewer: MaybeViewer, digest: Digest): Promise<ClimbFinding[]> {
    if (digest.status !== 'DRAFT') return [];
    const role = await this.access.atelierRoleFor(loaders, viewer, digest.atelierId);
    if (!role || !mayWriteDigest(role)) return [];
    return climbFindings(
      { body: digest.introduction, html: false },
      await privacyWordsOf(loaders, this.prisma, role.workshopId),
      acceptedOf(digest.privacyAccepted),
    );
  }

  /** For the trekker: whether an item's lesson or insight holds personal data nobody resolved (it would stop sending). */
  async itemHoldsPersonalData(loaders: Loaders, viewer: MaybeViewer, entry: DigestEntry): Promise<boolean> {
    const text = entry.lesson ?? entry.insight;
    if (!text) return false;
    const role = await this.access.atelierRoleFor(loaders, viewer, text.atelierId);
    if (!role || !mayWriteDigest(role)) return false;
    const words = await privacyWordsOf(loaders, this.prisma, role.workshopId);
    return (
      climbFindings(
        { title: text.title, body: text.body, html: true },
        words,
        acceptedOf(text.privacyAccepted),
      ).length > 0
    );
  }

  /**
   * The trekker resolves the findings in a draft's introduction, as an author does in a lesson: each pseudonymised
   * or confirmed with a reason. Names the version it read.
   */
  async resolvePersonalData(
    viewer: MaybeViewer,
    input: { id: string; version: number; choices: ChoiceInput[] },
  ): Promise<{ digest: Digest; unresolved: ClimbFinding[] }> {
    const digest = await this.draftForAuthor(viewer, fromGlobalId('Digest', input.id, 'input.id'));
    const role = await this.access.atelierRole(viewer, digest.atelierId);
    const result = resolvePersonalData(
      { body: digest.introduction, html: false },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(digest.privacyAccepted),
      input.choices,
      role.viewer.userId,
      new Date(),
    );
    const { count } = await this.prisma.digest.updateMany({
      where: { id: digest.id, version: input.version, status: 'DRAFT' },
      data: {
        introduction: result.body,
        privacyAccepted: result.accepted as unknown as Prisma.InputJsonValue,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new ConflictError('Someone changed this digest in the meantime; check it again', {
        field: 'input.version',
        currentVersion: digest.version,
      });
    }
    return {
      digest: await this.prisma.digest.findUniqueOrThrow({ where: { id: digest.id } }),
      unresolved: result.unresolved,
    };
  }

  private async draftForAuthor(viewer: MaybeViewer, digestId: string): Promise<Digest> {
    const digest = await this.prisma.digest.findUnique({ where: { id: digestId } });
    if (!digest) throw new NotFoundError('Digest');
    const role = await this.access.atelierRole(viewer, digest.atelierId);
    requireDigestAuthor(role);
    if (digest.status !== 'DRAFT') throw new ConflictError('This digest was sent already');
    return digest;
  }

  /** Lessons and insights of the atelier shared with the tribune or the public since `from`, not in `except`. */
  private async candidates(
    db: Tx | PrismaService,
    atelierId: string,
    from: Date,
    except: string[],
  ): Promise<DigestEntry[]> {
    const where = {
      atelierId,
      visibility: { in: [...DIGEST_VISIBILITIES] },
      sharedAt: { gte: from },
      id: { notIn: except },
    };
    const [lessons, insights] = await Promise.all([
      db.lesson.findMany({
        where: { ...where, ...NOT_HIDDEN },
        orderBy: [{ sharedAt: 'asc' }, { id: 'asc' }],
      }),
      db.insight.findMany({ where, orderBy: [{ sharedAt: 'asc' }, { id: 'asc' }] }),
    ]);
    return [
      ...insights.map((insight) => ({ condition: insight.conditions[0] ?? null, lesson: null, insight })),
      ...lessons.map((lesson) => ({ condition: lesson.conditions[0] ?? null, lesson, insight: null })),
    ];
  }
}

const emptyMail = { subject: '', text: '', html: '' };

/**
 * A digest item whose lesson or insight this reader of the atelier may read, and that is still at the digest's
 * rung: one moved back below the tribune after it was put in goes out to nobody, an arena member included.
 */
function readableItem(atelierId: string, role: AtelierRole | null): Prisma.DigestItemWhereInput {
  const atRung = { visibility: { in: [...DIGEST_VISIBILITIES] } };
  return {
    OR: [
      { lesson: { AND: [readableLessonsIn(atelierId, role), atRung, NOT_HIDDEN] } },
      { insight: { AND: [readableInsightsIn(atelierId, role), atRung] } },
    ],
  };
}

/** Items grouped by the four conditions in their order (stable: the trekker's order within a group). */
function sortByCondition<E extends { condition: Condition | null }>(entries: E[]): E[] {
  const rank = (c: Condition | null) => (c === null ? CONDITIONS.length : CONDITIONS.indexOf(c));
  return [...entries].sort((a, b) => rank(a.condition) - rank(b.condition));
}
