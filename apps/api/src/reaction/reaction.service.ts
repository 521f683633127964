import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type { Prisma, Reaction } from '../generated/prisma/client.js';
import { Visibility } from '../generated/prisma/enums.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  listedReactions,
  readableInsights,
  readableLessons,
  readableReactions,
  readsHiddenReaction,
  requireFollower,
  requireReactionAuthor,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, NotFoundError } from '../common/graphql/app-error.js';
import { type Loaded, Loaders, groupByKey } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { parseGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { NotificationService } from '../notification/notification.service.js';
import {
  PersonalDataError,
  acceptedOf,
  resolvePersonalData,
  workshopWords,
  type ChoiceInput,
} from '../privacy/climb-check.js';

const SHARED: readonly Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];

const body = z
  .string()
  .trim()
  .min(1, { message: 'is empty' })
  .max(2000, { message: 'is longer than 2000 characters' });

type Target = {
  kind: 'Lesson' | 'Insight';
  id: string;
  atelierId: string;
  authorId: string;
  visibility: Visibility;
};

/**
 * Reactions of those who follow an atelier to what it shared with the tribune. The target is looked up
 * through the read policy, so reacting can never reveal a lesson or insight the reader can't see.
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
   * A reaction is read where its target is (the tribune or the public), so its text passes the personal-data
   * check first; `choices` pseudonymise or confirm what the check found in the text as sent.
   */
  async react(
    viewer: MaybeViewer,
    targetId: string,
    text: string,
    choices: readonly ChoiceInput[] = [],
  ): Promise<Reaction> {
    const target = await this.target(viewer, targetId);
    if (!SHARED.includes(target.visibility)) {
      throw new BadInputError(
        'targetId',
        'Reactions are for what was shared with the tribune or the public',
        'notAllowed',
      );
    }
    const role = await this.access.atelierRole(viewer, target.atelierId);
    requireFollower(role);
    const data = validate(body, text, 'body');
    const checked = resolvePersonalData(
      { body: data, html: false },
      await workshopWords(this.prisma, role.workshopId),
      [],
      choices,
      role.viewer.userId,
      new Date(),
    );
    if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    return this.prisma.$transaction(async (tx) => {
      const reaction = await tx.reaction.create({
        data: {
          authorId: role.viewer.userId,
          body: checked.body,
          privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue,
          ...(target.kind === 'Lesson' ? { lessonId: target.id } : { insightId: target.id }),
        },
      });
      // Its author hears of it, and those who follow everything in the atelier.
      await this.notifications.notifyReaction(
        tx,
        {
          atelierId: target.atelierId,
          authorId: target.authorId,
          ...(target.kind === 'Lesson' ? { lessonId: target.id } : { insightId: target.id }),
        },
        role.viewer.userId,
      );
      return reaction;
    });
  }

  /**
   * Its author changes a reaction's text. It is still read where its target is, so the new text passes the same
   * personal-data check as reacting (findings resolved before stay resolved); readers see that it was edited.
   */
  async update(
    viewer: MaybeViewer,
    reactionId: string,
    text: string,
    choices: readonly ChoiceInput[] = [],
  ): Promise<Reaction> {
    const reaction = await this.readable(viewer, reactionId);
    requireReactionAuthor(viewer, reaction);
    const data = validate(body, text, 'body');
    if (data === reaction.body && choices.length === 0) return reaction;
    const atelierId = await this.atelierOf(reaction);
    const role = await this.access.atelierRole(viewer, atelierId);
    const checked = resolvePersonalData(
      { body: data, html: false },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(reaction.privacyAccepted),
      choices,
      role.viewer.userId,
      new Date(),
    );
    if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    return this.prisma.reaction.update({
      where: { id: reaction.id },
      data: {
        body: checked.body,
        privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue,
        editedAt: new Date(),
      },
    });
  }

  /** Its author takes a reaction back: it is gone for every reader (nothing hangs on a reaction). */
  async delete(viewer: MaybeViewer, reactionId: string): Promise<boolean> {
    const reaction = await this.readable(viewer, reactionId);
    requireReactionAuthor(viewer, reaction);
    await this.prisma.reaction.deleteMany({ where: { id: reaction.id } });
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

  private async atelierOf(reaction: Reaction): Promise<string> {
    const where = { id: (reaction.lessonId ?? reaction.insightId)! };
    const target = reaction.lessonId
      ? await this.prisma.lesson.findUniqueOrThrow({ where, select: { atelierId: true } })
      : await this.prisma.insight.findUniqueOrThrow({ where, select: { atelierId: true } });
    return target.atelierId;
  }

  /** A lesson's reactions the viewer may read, oldest first; one statement for a page of lessons. */
  forLesson(loaders: Loaders, viewer: MaybeViewer, lessonId: string): Loaded<Reaction[]> {
    return this.byTargetLoader(loaders, viewer, 'Lesson').value(lessonId);
  }

  /** An insight's reactions the viewer may read, oldest first; one statement for a page of insights. */
  forInsight(loaders: Loaders, viewer: MaybeViewer, insightId: string): Loaded<Reaction[]> {
    return this.byTargetLoader(loaders, viewer, 'Insight').value(insightId);
  }

  /**
   * Hands the loader reactions read elsewhere in the same request: the feed reads its items' reactions with
   * its page (every reaction on a feed item is readable by its reader: see `feedAteliersSql` in the policy).
   */
  prime(
    loaders: Loaders,
    viewer: MaybeViewer,
    kind: 'Lesson' | 'Insight',
    targetId: string,
    reactions: Reaction[],
    atelier: { trekkerId: string; workshopId: string },
  ): void {
    this.byTargetLoader(loaders, viewer, kind).prime(
      targetId,
      reactions.map((r) => withheldUnlessRead(viewer, r, atelier)),
    );
  }

  /**
   * The reactions listed under the targets, hidden ones included so the conversation shows where one was hidden
   * and why; the text of a hidden one leaves the server only for its author and the moderators.
   */
  private byTargetLoader(loaders: Loaders, viewer: MaybeViewer, kind: 'Lesson' | 'Insight') {
    const key = kind === 'Lesson' ? 'lessonId' : 'insightId';
    const relation = kind === 'Lesson' ? 'lesson' : 'insight';
    return loaders.get<string, Reaction[]>(`reaction.by${kind}`, async (ids) => {
      const rows = await this.prisma.reaction.findMany({
        where: { AND: [{ [key]: { in: [...ids] } }, listedReactions(viewer)] },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: { [relation]: { select: { atelier: { select: { trekkerId: true, workshopId: true } } } } },
      });
      const reactions = rows.map((row) => {
        const { lesson, insight, ...reaction } = row as typeof row & {
          lesson?: { atelier: { trekkerId: string; workshopId: string } } | null;
          insight?: { atelier: { trekkerId: string; workshopId: string } } | null;
        };
        const atelier = (lesson ?? insight)!.atelier;
        return withheldUnlessRead(viewer, reaction, atelier);
      });
      return groupByKey(ids, reactions, (r) => r[key]);
    });
  }

  /** The lesson or insight a global ID names, if the viewer may read it; NOT_FOUND otherwise. */
  private async target(viewer: MaybeViewer, targetId: string): Promise<Target> {
    const parsed = parseGlobalId(targetId);
    const select = { id: true, atelierId: true, authorId: true, visibility: true } as const;
    if (parsed?.type === 'Lesson') {
      const lesson = await this.prisma.lesson.findFirst({
        where: { AND: [{ id: parsed.id }, readableLessons(viewer)] },
        select,
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
      return { kind: 'Insight', ...insight };
    }
    throw new BadInputError('targetId', 'targetId is not the ID of a Lesson or an Insight', 'unknown');
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
