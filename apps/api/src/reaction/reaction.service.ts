import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Prisma, Reaction, ReactionRevision } from '../generated/prisma/client.js';
import { Visibility } from '../generated/prisma/enums.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  listedReactions,
  listedReactionsOn,
  moderatesAtelier,
  reactionReadersOf,
  readableInsights,
  readableLessons,
  readableProducts,
  readableQuestions,
  readableReactions,
  readsHiddenReaction,
  requireFollower,
  requireReactionAuthor,
  type ReactionTargetFacts,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, NotFoundError } from '../common/graphql/app-error.js';
import { type Loaded, Loaders, groupByKey } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, parseGlobalId, toGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { NotificationService } from '../notification/notification.service.js';
import { escapeText, readableText, richOrPlainText } from '../common/text/sanitize.js';
import {
  PersonalDataError,
  acceptedOf,
  readable,
  resolvePersonalData,
  workshopWords,
  type ChoiceInput,
} from '../privacy/climb-check.js';

const SHARED: readonly Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];

/** At most this many characters of readable text. */
const MAX_TEXT = 2000;

/**
 * Rich text sanitised as a lesson's body (or plain text, escaped: `richOrPlainText`); its length is the text a
 * reader reads, 1 to 2,000 characters, so markup neither counts nor makes an empty text pass.
 */
const body = z
  .string()
  // Markup may take room of its own, within reason: far beyond it no text is read at all.
  .refine((raw) => raw.length <= MAX_TEXT * 10, {
    message: `is longer than ${MAX_TEXT} characters`,
    params: { ...rule('maxLength'), max: MAX_TEXT },
    abort: true,
  })
  .transform(richOrPlainText)
  .refine((html) => readableText(html).length > 0, { message: 'is empty', params: rule('required') })
  .refine((html) => readableText(html).length <= MAX_TEXT, {
    message: `is longer than ${MAX_TEXT} characters`,
    params: { ...rule('maxLength'), max: MAX_TEXT },
  });

/** The @name of someone mentioned as a reader reads it: runs of white space (a no-break space too) as one. */
function mentionOf(name: string): string {
  return `@${name.replace(/\s+/g, ' ').trim()}`;
}

/** Whether rich text mentions someone: their @name in its readable text (entities read, tags as spaces). */
export function mentionsName(html: string, name: string): boolean {
  return name.trim() !== '' && readableText(html).includes(mentionOf(name));
}

/**
 * Where an @name stands in the text the personal-data check reads (`readable`: a tag as spaces, an entity as its
 * character padded with spaces), as the exact strings found there, so the check skips them.
 */
function mentionSpans(html: string, name: string): string[] {
  const pattern = [...mentionOf(name)]
    .map((c) => {
      if (/\s/.test(c)) return '[\\s\\u00a0]+';
      const escaped = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // Stored as an entity ("&amp;", "&quot;", "&#39;") or as itself: read as the character and a few spaces.
      return escapeText(c) === c && c !== "'" ? escaped : `${escaped} {0,9}`;
    })
    .join('');
  return [...readable({ body: html, html: true }).matchAll(new RegExp(pattern, 'g'))].map((m) => m[0]);
}

/** At most this many people are offered for one "@" typed. */
const CANDIDATES = 8;

export type TargetKind = 'Lesson' | 'Insight' | 'Question' | 'Product';
const KEY = {
  Lesson: 'lessonId',
  Insight: 'insightId',
  Question: 'questionId',
  Product: 'productId',
} as const satisfies Record<TargetKind, keyof Reaction>;

/** The relation of a reaction to its target of each kind. */
const TARGET = {
  Lesson: 'lesson',
  Insight: 'insight',
  Question: 'question',
  Product: 'product',
} as const satisfies Record<TargetKind, keyof Prisma.ReactionInclude>;

/** What a listed reaction needs of its target's atelier to tell who reads its text. */
interface AtelierFacts {
  trekkerId: string;
  workshopId: string;
}

type Target = ReactionTargetFacts & { kind: TargetKind; id: string };

const atelierSelect = { select: { id: true, trekkerId: true, workshopId: true } } as const;

/** The lesson, insight, question or output a reaction hangs on, as `{ lessonId: … }`. */
function targetOf(reaction: Reaction): { kind: TargetKind; id: string } {
  for (const kind of Object.keys(KEY) as TargetKind[]) {
    const id = reaction[KEY[kind]];
    if (id) return { kind, id };
  }
  throw new Error(`Reaction ${reaction.id} hangs on nothing`);
}

/**
 * Threads of those who follow an atelier, on what it shared with the tribune (lessons, insights, answered questions
 * and outputs): reactions, and replies to them one level deep. Every read goes through `readableReactions`, and a
 * reply carries its parent's target, so a reply never reveals what it hangs on to someone who may not read that.
 * Mentions are kept only for people who may read the reaction (`reactionReadersOf`, asked in the database when
 * saving), and only they are told.
 */
@Injectable()
export class ReactionService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Reaction', (id, viewer) =>
      this.prisma.reaction.findFirst({ where: { AND: [{ id }, readableReactions(viewer)] } }),
    );
  }

  /**
   * A reaction to a lesson, insight, question or output, or a reply to a reaction (`targetId` a Reaction: a reply to
   * a reply answers the same top-level reaction). Its text passes the personal-data check first; `choices`
   * pseudonymise or confirm what the check found. `mentionIds` are kept only for those who may read it and whose
   * @name the text holds; each of them is told once. `reactedIn` hears the atelier of what it reacts to (what the
   * write touched, for the response cache).
   */
  async react(
    viewer: MaybeViewer,
    targetId: string,
    text: string,
    choices: readonly ChoiceInput[] = [],
    mentionIds: readonly string[] = [],
    reactedIn: (atelierId: string) => void = () => {},
  ): Promise<Reaction> {
    let parentId: string | null = null;
    let target: Target;
    const parsed = parseGlobalId(targetId);
    if (parsed?.type === 'Reaction') {
      const parent = await this.readable(viewer, parsed.id);
      if (parent.deletedAt) {
        throw new BadInputError('targetId', 'This reaction was taken back by its author', 'notAllowed');
      }
      parentId = parent.parentId ?? parent.id;
      const on = targetOf(parent);
      target = await this.target(viewer, toGlobalId(on.kind, on.id));
    } else {
      target = await this.target(viewer, targetId);
    }
    if (!SHARED.includes(target.visibility)) {
      throw new BadInputError(
        'targetId',
        'Reactions are for what was shared with the tribune or the public',
        'notAllowed',
      );
    }
    const role = await this.access.atelierRole(viewer, target.atelier.id);
    requireFollower(role);
    const data = validate(body, text, 'body');
    const checked = resolvePersonalData(
      { body: data, html: true },
      await workshopWords(this.prisma, role.workshopId),
      [],
      choices,
      role.viewer.userId,
      new Date(),
      await this.mentionWords(this.prisma, data, target, mentionIds, role.viewer.userId),
    );
    if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    const targetIds = { [KEY[target.kind]]: target.id };
    const reaction = await this.prisma.$transaction(async (tx) => {
      const created = await tx.reaction.create({
        data: {
          authorId: role.viewer.userId,
          body: checked.body,
          privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue,
          parentId,
          ...targetIds,
        },
      });
      // Its author hears of it, and those who follow everything in the atelier.
      await this.notifications.notifyReaction(
        tx,
        { atelierId: target.atelier.id, authorId: target.authorId, ...targetIds },
        role.viewer.userId,
      );
      await this.mention(tx, created, target, mentionIds);
      return created;
    });
    reactedIn(target.atelier.id);
    return reaction;
  }

  /**
   * Its author changes a reaction's text. It is still read where its target is, so the new text passes the same
   * personal-data check as reacting (findings resolved before stay resolved); readers see that it was edited and
   * the moderators can read the text as it stood. Those mentioned before are not told again.
   */
  async update(
    viewer: MaybeViewer,
    reactionId: string,
    text: string,
    choices: readonly ChoiceInput[] = [],
    mentionIds: readonly string[] = [],
  ): Promise<Reaction> {
    const reaction = await this.readable(viewer, reactionId);
    requireReactionAuthor(viewer, reaction);
    if (reaction.deletedAt) throw new NotFoundError('Reaction');
    const data = validate(body, text, 'body');
    const on = targetOf(reaction);
    const target = await this.target(viewer, toGlobalId(on.kind, on.id));
    if (data === reaction.body && choices.length === 0) {
      await this.prisma.$transaction((tx) => this.mention(tx, reaction, target, mentionIds));
      return reaction;
    }
    const role = await this.access.atelierRole(viewer, target.atelier.id);
    const checked = resolvePersonalData(
      { body: data, html: true },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(reaction.privacyAccepted),
      choices,
      role.viewer.userId,
      new Date(),
      await this.mentionWords(this.prisma, data, target, mentionIds, reaction.authorId),
    );
    if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    return this.prisma.$transaction(async (tx) => {
      if (checked.body !== reaction.body) {
        await tx.reactionRevision.create({
          data: {
            reactionId: reaction.id,
            body: reaction.body,
            writtenAt: reaction.editedAt ?? reaction.createdAt,
          },
        });
      }
      const updated = await tx.reaction.update({
        where: { id: reaction.id },
        data: {
          body: checked.body,
          privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue,
          editedAt: new Date(),
        },
      });
      await this.mention(tx, updated, target, mentionIds);
      return updated;
    });
  }

  /**
   * The people of `mentionIds` who may read a reaction on `target` (asked of the policy in the database) and whom the
   * text names as "@Naam". Those words are no resident's personal data: the check skips them.
   */
  private async mentioned(
    db: Tx | PrismaService,
    text: string,
    target: Target,
    mentionIds: readonly string[],
    authorId: string,
  ): Promise<{ id: string; name: string }[]> {
    const ids = [...new Set(mentionIds.map((id) => fromGlobalId('User', id, 'mentionIds')))].filter(
      (id) => id !== authorId,
    );
    if (ids.length === 0) return [];
    const readers = await db.user.findMany({
      where: { AND: [{ id: { in: ids } }, reactionReadersOf(target)] },
      select: { id: true, name: true },
    });
    return readers.filter((u) => mentionsName(text, u.name));
  }

  private async mentionWords(
    db: Tx | PrismaService,
    text: string,
    target: Target,
    mentionIds: readonly string[],
    authorId: string,
  ): Promise<string[]> {
    return (await this.mentioned(db, text, target, mentionIds, authorId)).flatMap((u) =>
      mentionSpans(text, u.name),
    );
  }

  /**
   * Keeps the mentions of `mentionIds` that hold: people who may read the reaction (asked of the policy in the
   * database, now) and whose @name its text holds. Those not mentioned in it before are told (MENTIONED); the author
   * never. The client's list is never taken as it comes.
   */
  private async mention(
    tx: Tx,
    reaction: Reaction,
    target: Target,
    mentionIds: readonly string[],
  ): Promise<void> {
    const named = (await this.mentioned(tx, reaction.body, target, mentionIds, reaction.authorId)).map(
      (u) => u.id,
    );
    if (named.length === 0) return;
    const before = new Set(
      (
        await tx.reactionMention.findMany({
          where: { reactionId: reaction.id, userId: { in: named } },
          select: { userId: true },
        })
      ).map((m) => m.userId),
    );
    const fresh = named.filter((id) => !before.has(id));
    if (fresh.length === 0) return;
    await tx.reactionMention.createMany({
      data: fresh.map((userId) => ({ reactionId: reaction.id, userId })),
    });
    await this.notifications.notify(
      tx,
      fresh,
      'MENTIONED',
      { [KEY[target.kind]]: target.id },
      { actorId: reaction.authorId },
    );
  }

  /**
   * Its author takes a reaction back. Without replies it is gone for every reader; with replies its text, earlier
   * texts and mentions go and the replies stay under a placeholder ("verwijderde reactie"). When the last reply
   * under such a placeholder goes, the placeholder goes too.
   */
  async delete(viewer: MaybeViewer, reactionId: string): Promise<boolean> {
    const reaction = await this.readable(viewer, reactionId);
    requireReactionAuthor(viewer, reaction);
    if (reaction.deletedAt) throw new NotFoundError('Reaction');
    await this.prisma.$transaction(async (tx) => {
      const replies = await tx.reaction.count({ where: { parentId: reaction.id } });
      if (replies > 0) {
        await tx.reactionRevision.deleteMany({ where: { reactionId: reaction.id } });
        await tx.reactionMention.deleteMany({ where: { reactionId: reaction.id } });
        await tx.reaction.update({
          where: { id: reaction.id },
          data: { body: '', privacyAccepted: [], deletedAt: new Date() },
        });
        return;
      }
      await tx.reaction.deleteMany({ where: { id: reaction.id } });
      if (reaction.parentId) {
        await tx.reaction.deleteMany({
          where: { id: reaction.parentId, deletedAt: { not: null }, replies: { none: {} } },
        });
      }
    });
    return true;
  }

  /** A reaction the viewer may read (NOT_FOUND otherwise, so one they can't see does not show it exists). */
  private async readable(viewer: MaybeViewer, id: string): Promise<Reaction> {
    const reaction = await this.prisma.reaction.findFirst({
      where: { AND: [{ id }, readableReactions(viewer)] },
    });
    if (!reaction) throw new NotFoundError('Reaction');
    return reaction;
  }

  /**
   * People the viewer may mention in a reaction on `targetId` (a reaction: its thread): those whose name holds
   * `search` among the people who may read it, asked of the policy in the database query. Nobody else is offered.
   */
  async mentionCandidates(viewer: MaybeViewer, targetId: string, search: string) {
    const parsed = parseGlobalId(targetId);
    let target: Target;
    if (parsed?.type === 'Reaction') {
      const on = targetOf(await this.readable(viewer, parsed.id));
      target = await this.target(viewer, toGlobalId(on.kind, on.id));
    } else {
      target = await this.target(viewer, targetId);
    }
    const role = await this.access.atelierRole(viewer, target.atelier.id);
    requireFollower(role);
    const term = search.trim().slice(0, 100);
    return this.prisma.user.findMany({
      where: {
        AND: [
          reactionReadersOf(target),
          { id: { not: role.viewer.userId } },
          term ? { name: { contains: term, mode: 'insensitive' } } : {},
        ],
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: CANDIDATES,
    });
  }

  /** The top-level reactions on a target the viewer may read, oldest first; one statement for a page of targets. */
  forTarget(loaders: Loaders, viewer: MaybeViewer, kind: TargetKind, targetId: string): Loaded<Reaction[]> {
    return this.byTargetLoader(loaders, viewer, kind).value(targetId);
  }

  forLesson(loaders: Loaders, viewer: MaybeViewer, lessonId: string): Loaded<Reaction[]> {
    return this.forTarget(loaders, viewer, 'Lesson', lessonId);
  }

  forInsight(loaders: Loaders, viewer: MaybeViewer, insightId: string): Loaded<Reaction[]> {
    return this.forTarget(loaders, viewer, 'Insight', insightId);
  }

  /** The replies to a reaction the viewer may read, oldest first; one statement for all reactions of a page. */
  replies(loaders: Loaders, viewer: MaybeViewer, reactionId: string): Loaded<Reaction[]> {
    return loaders
      .get<string, Reaction[]>('reaction.replies', async (ids) =>
        groupByKey(ids, await this.listed(viewer, { parentId: { in: [...ids] } }), (r) => r.parentId!),
      )
      .value(reactionId);
  }

  /** The people a reaction mentions whose @name it still holds; one statement for a page. */
  mentions(loaders: Loaders, reaction: Reaction) {
    return loaders
      .get<string, { id: string; name: string; reactionId: string }[]>('reaction.mentions', async (ids) =>
        groupByKey(
          ids,
          (
            await this.prisma.reactionMention.findMany({
              where: { reactionId: { in: [...ids] } },
              select: { reactionId: true, user: { select: { id: true, name: true } } },
              orderBy: { notifiedAt: 'asc' },
            })
          ).map((m) => ({ ...m.user, reactionId: m.reactionId })),
          (m) => m.reactionId,
        ),
      )
      .value(reaction.id);
  }

  /** Whether the viewer moderates the atelier a reaction is in (its trekker, a beheerder of its werkplaats). */
  async moderates(loaders: Loaders, viewer: MaybeViewer, reaction: Reaction): Promise<boolean> {
    if (!viewer) return false;
    const atelierId = await loaders
      .get<string, string | null>('reaction.atelier', async (ids) => {
        const rows = await this.prisma.reaction.findMany({
          where: { id: { in: [...ids] } },
          select: {
            id: true,
            lesson: { select: { atelierId: true } },
            insight: { select: { atelierId: true } },
            question: { select: { atelierId: true } },
            product: { select: { atelierId: true } },
          },
        });
        const byId = new Map(
          rows.map((r) => [r.id, (r.lesson ?? r.insight ?? r.question ?? r.product)?.atelierId ?? null]),
        );
        return ids.map((id) => byId.get(id) ?? null);
      })
      .value(reaction.id);
    if (!atelierId) return false;
    return moderatesAtelier(await this.access.atelierRoleFor(loaders, viewer, atelierId));
  }

  /** The earlier texts of a reaction, newest first, for its moderators; null for everyone else. */
  async revisions(
    loaders: Loaders,
    viewer: MaybeViewer,
    reaction: Reaction,
  ): Promise<ReactionRevision[] | null> {
    if (!(await this.moderates(loaders, viewer, reaction))) return null;
    return loaders
      .get<string, ReactionRevision[]>('reaction.revisions', async (ids) =>
        groupByKey(
          ids,
          await this.prisma.reactionRevision.findMany({
            where: { reactionId: { in: [...ids] } },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          }),
          (r) => r.reactionId,
        ),
      )
      .value(reaction.id);
  }

  /**
   * Hands the loader reactions read elsewhere in the same request: the feed reads its items' reactions with
   * its page (every reaction on a feed item is readable by its reader: see `feedAteliersSql` in the policy).
   */
  prime(
    loaders: Loaders,
    viewer: MaybeViewer,
    kind: TargetKind,
    targetId: string,
    reactions: Reaction[],
    atelier: { trekkerId: string; workshopId: string },
  ): void {
    this.byTargetLoader(loaders, viewer, kind).prime(
      targetId,
      reactions.map((r) => withheldUnlessRead(viewer, r, atelier)),
    );
  }

  /** The top-level reactions listed under the targets, as `listed` reads them. */
  private byTargetLoader(loaders: Loaders, viewer: MaybeViewer, kind: TargetKind) {
    const key = KEY[kind];
    return loaders.get<string, Reaction[]>(`reaction.by${kind}`, async (ids) =>
      groupByKey(
        ids,
        await this.listed(viewer, { [key]: { in: [...ids] }, parentId: null }, kind),
        (r) => r[key],
      ),
    );
  }

  /**
   * Reactions as listed under what they hang on, oldest first: hidden ones included so the conversation shows
   * where one was hidden and why; the text of a hidden one leaves the server only for its author and the moderators.
   */
  private async listed(
    viewer: MaybeViewer,
    where: Prisma.ReactionWhereInput,
    kind?: TargetKind,
  ): Promise<Reaction[]> {
    const atelier = { select: { atelier: { select: { trekkerId: true, workshopId: true } } } };
    // With the targets' kind known, only that kind's part of the rule, and only that relation included (Prisma
    // reads each with statements of its own): a lesson's page went from 18 statements to 12.
    const include: Prisma.ReactionInclude = kind
      ? { [TARGET[kind]]: atelier }
      : { lesson: atelier, insight: atelier, question: atelier, product: atelier };
    const rows = (await this.prisma.reaction.findMany({
      where: { AND: [where, kind ? listedReactionsOn(viewer, kind) : listedReactions(viewer)] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include,
    })) as unknown as (Reaction & Partial<Record<(typeof TARGET)[TargetKind], { atelier: AtelierFacts }>>)[];
    return rows.map(({ lesson, insight, question, product, ...reaction }) =>
      withheldUnlessRead(viewer, reaction, (lesson ?? insight ?? question ?? product)!.atelier),
    );
  }

  /** The lesson, insight, question or output a global ID names, if the viewer may read it; NOT_FOUND otherwise. */
  private async target(viewer: MaybeViewer, targetId: string): Promise<Target> {
    const parsed = parseGlobalId(targetId);
    const select = {
      id: true,
      visibility: true,
      authorId: true,
      atelier: atelierSelect,
    } as const;
    if (parsed?.type === 'Lesson') {
      const lesson = await this.prisma.lesson.findFirst({
        where: { AND: [{ id: parsed.id }, readableLessons(viewer)] },
        select: { ...select, practiceId: true },
      });
      if (!lesson) throw new NotFoundError('Lesson');
      return { kind: 'Lesson', ...lesson };
    }
    if (parsed?.type === 'Insight') {
      const insight = await this.prisma.insight.findFirst({
        where: { AND: [{ id: parsed.id }, readableInsights(viewer)] },
        select,
      });
      if (!insight) throw new NotFoundError('Insight');
      return { kind: 'Insight', practiceId: null, ...insight };
    }
    if (parsed?.type === 'Question') {
      const question = await this.prisma.question.findFirst({
        where: { AND: [{ id: parsed.id }, readableQuestions(viewer)] },
        select,
      });
      if (!question) throw new NotFoundError('Question');
      return { kind: 'Question', practiceId: null, ...question };
    }
    if (parsed?.type === 'Product') {
      const product = await this.prisma.product.findFirst({
        where: { AND: [{ id: parsed.id }, readableProducts(viewer)] },
        select: { id: true, visibility: true, registeredById: true, atelier: atelierSelect },
      });
      if (!product) throw new NotFoundError('Product');
      const { registeredById, ...rest } = product;
      return { kind: 'Product', practiceId: null, authorId: registeredById, ...rest };
    }
    throw new BadInputError(
      'targetId',
      'targetId is not the ID of a Lesson, an Insight, a Question, an Output or a Reaction',
      'unknown',
    );
  }
}

/** A hidden reaction as listed to someone who may not read its text: that it was there, and why it is hidden. */
function withheldUnlessRead(
  viewer: MaybeViewer,
  reaction: Reaction,
  atelier: { trekkerId: string; workshopId: string },
): Reaction {
  if (readsHiddenReaction(viewer, reaction, atelier)) return reaction;
  return { ...reaction, body: '', privacyAccepted: [] };
}
