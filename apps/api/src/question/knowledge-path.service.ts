import { Injectable } from '@nestjs/common';
import type { Insight, Lesson, Practice, Product, Question } from '../generated/prisma/client.js';
import {
  readableInsights,
  readableLessons,
  readablePractices,
  readableProducts,
  readableQuestions,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { Loaded, Loaders } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { KnowledgeStepKind } from './models/knowledge-path.model.js';

type Tagged<T, N extends string> = T & { __typename: N };
type PathItem =
  | Tagged<Question, 'Question'>
  | Tagged<Practice, 'Practice'>
  | Tagged<Lesson, 'Lesson'>
  | Tagged<Insight, 'Insight'>
  | Tagged<Product, 'Product'>;

export interface PathStep {
  kind: KnowledgeStepKind;
  items: PathItem[];
  hiddenCount: number;
}
export interface PathRows {
  steps: PathStep[];
}

/** For each root, the ids behind it per step (everything, readable or not: only counts of the rest leave). */
interface Chains {
  questions: Map<string, Set<string>>;
  practices: Map<string, Set<string>>;
  lessons: Map<string, Set<string>>;
  insights: Map<string, Set<string>>;
  products: Map<string, Set<string>>;
}

const OLDEST_FIRST = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/**
 * The knowledge path: the chain behind a question, an insight or an output (question → practices → lessons →
 * insights → outputs), read in a fixed number of set-based statements for all the roots a request asks about (a
 * loader per root kind), and filtered by the ladder: each step shows what the reader may read and counts the rest.
 */
@Injectable()
export class KnowledgePathService {
  constructor(private readonly prisma: PrismaService) {}

  fromQuestion(loaders: Loaders, viewer: MaybeViewer, question: Question): Loaded<PathRows> {
    return loaders
      .get<string, PathRows>('path.fromQuestion', async (ids) => {
        const chains = await this.behindQuestions(ids);
        return this.readableSteps(viewer, ids, chains);
      })
      .value(question.id);
  }

  fromInsight(loaders: Loaders, viewer: MaybeViewer, insight: Insight): Loaded<PathRows> {
    return loaders
      .get<string, PathRows>('path.fromInsight', async (ids) => {
        const chains = await this.behindInsights(ids);
        return this.readableSteps(viewer, ids, chains);
      })
      .value(insight.id);
  }

  fromProduct(loaders: Loaders, viewer: MaybeViewer, product: Product): Loaded<PathRows> {
    return loaders
      .get<string, PathRows>('path.fromProduct', async (ids) => {
        const chains = await this.behindProducts(ids);
        return this.readableSteps(viewer, ids, chains);
      })
      .value(product.id);
  }

  /** Practices working on the questions; lessons there or linked; insights on those or linked; outputs drawing on them. */
  private async behindQuestions(ids: readonly string[]): Promise<Chains> {
    const roots = [...ids];
    const chains = emptyChains(roots);
    for (const id of roots) chains.questions.get(id)!.add(id);
    const practices = await this.prisma.practice.findMany({
      where: { questions: { some: { id: { in: roots } } } },
      select: { id: true, questions: { where: { id: { in: roots } }, select: { id: true } } },
    });
    const practicesOfRoot = invert(practices.map((p) => [p.id, p.questions.map((q) => q.id)]));
    for (const [root, set] of practicesOfRoot) addAll(chains.practices.get(root)!, set);
    const practiceIds = practices.map((p) => p.id);
    const lessons = await this.prisma.lesson.findMany({
      where: {
        OR: [{ practiceId: { in: practiceIds } }, { questions: { some: { questionId: { in: roots } } } }],
      },
      select: {
        id: true,
        practiceId: true,
        questions: { where: { questionId: { in: roots } }, select: { questionId: true } },
      },
    });
    for (const lesson of lessons) {
      for (const root of roots) {
        const viaPractice = lesson.practiceId !== null && chains.practices.get(root)!.has(lesson.practiceId);
        const linked = lesson.questions.some((q) => q.questionId === root);
        if (viaPractice || linked) chains.lessons.get(root)!.add(lesson.id);
      }
    }
    const lessonIds = lessons.map((l) => l.id);
    const insights = await this.prisma.insight.findMany({
      where: {
        OR: [
          { lessons: { some: { lessonId: { in: lessonIds } } } },
          { questions: { some: { questionId: { in: roots } } } },
        ],
      },
      select: {
        id: true,
        lessons: { where: { lessonId: { in: lessonIds } }, select: { lessonId: true } },
        questions: { where: { questionId: { in: roots } }, select: { questionId: true } },
      },
    });
    for (const insight of insights) {
      for (const root of roots) {
        const rootLessons = chains.lessons.get(root)!;
        const viaLesson = insight.lessons.some((l) => rootLessons.has(l.lessonId));
        const linked = insight.questions.some((q) => q.questionId === root);
        if (viaLesson || linked) chains.insights.get(root)!.add(insight.id);
      }
    }
    await this.addOutputs(roots, chains);
    return chains;
  }

  /** The lessons the insights rest on; their practices; the questions worked on or answered; the outputs drawing on them. */
  private async behindInsights(ids: readonly string[]): Promise<Chains> {
    const roots = [...ids];
    const chains = emptyChains(roots);
    for (const id of roots) chains.insights.get(id)!.add(id);
    const links = await this.prisma.insightLesson.findMany({
      where: { insightId: { in: roots } },
      select: { insightId: true, lessonId: true, lesson: { select: { practiceId: true } } },
    });
    for (const link of links) {
      chains.lessons.get(link.insightId)!.add(link.lessonId);
      if (link.lesson.practiceId) chains.practices.get(link.insightId)!.add(link.lesson.practiceId);
    }
    await this.addQuestions(roots, chains);
    await this.addOutputs(roots, chains);
    return chains;
  }

  /**
   * The insights and lessons the outputs draw on (and the lessons those insights rest on), their practices, the
   * questions any of them work on or answer; the output itself is its own last step.
   */
  private async behindProducts(ids: readonly string[]): Promise<Chains> {
    const roots = [...ids];
    const chains = emptyChains(roots);
    for (const id of roots) chains.products.get(id)!.add(id);
    const products = await this.prisma.product.findMany({
      where: { id: { in: roots } },
      select: {
        id: true,
        lessons: { select: { lessonId: true, lesson: { select: { practiceId: true } } } },
        insights: { select: { insightId: true } },
      },
    });
    const insightIds = [...new Set(products.flatMap((p) => p.insights.map((i) => i.insightId)))];
    const insightLessons = await this.prisma.insightLesson.findMany({
      where: { insightId: { in: insightIds } },
      select: { insightId: true, lessonId: true, lesson: { select: { practiceId: true } } },
    });
    for (const product of products) {
      const root = product.id;
      const lessons = [...product.lessons];
      for (const link of product.insights) {
        chains.insights.get(root)!.add(link.insightId);
        lessons.push(...insightLessons.filter((l) => l.insightId === link.insightId));
      }
      for (const link of lessons) {
        chains.lessons.get(root)!.add(link.lessonId);
        if (link.lesson.practiceId) chains.practices.get(root)!.add(link.lesson.practiceId);
      }
    }
    await this.addQuestions(roots, chains);
    return chains;
  }

  /** The questions the chain's practices work on, or that its lessons or insights answer. */
  private async addQuestions(roots: string[], chains: Chains): Promise<void> {
    const insightIds = all(chains.insights);
    const lessonIds = all(chains.lessons);
    const practiceIds = all(chains.practices);
    const questions = await this.prisma.question.findMany({
      where: {
        OR: [
          { insights: { some: { insightId: { in: insightIds } } } },
          { lessons: { some: { lessonId: { in: lessonIds } } } },
          { practices: { some: { id: { in: practiceIds } } } },
        ],
      },
      select: {
        id: true,
        insights: { where: { insightId: { in: insightIds } }, select: { insightId: true } },
        lessons: { where: { lessonId: { in: lessonIds } }, select: { lessonId: true } },
        practices: { where: { id: { in: practiceIds } }, select: { id: true } },
      },
    });
    for (const question of questions) {
      for (const root of roots) {
        const viaInsight = question.insights.some((i) => chains.insights.get(root)!.has(i.insightId));
        const viaLesson = question.lessons.some((l) => chains.lessons.get(root)!.has(l.lessonId));
        const viaPractice = question.practices.some((p) => chains.practices.get(root)!.has(p.id));
        if (viaInsight || viaLesson || viaPractice) chains.questions.get(root)!.add(question.id);
      }
    }
  }

  /** The outputs that draw on an insight or a lesson of the chain. */
  private async addOutputs(roots: string[], chains: Chains): Promise<void> {
    const insightIds = all(chains.insights);
    const lessonIds = all(chains.lessons);
    const products = await this.prisma.product.findMany({
      where: {
        OR: [
          { insights: { some: { insightId: { in: insightIds } } } },
          { lessons: { some: { lessonId: { in: lessonIds } } } },
        ],
      },
      select: {
        id: true,
        insights: { where: { insightId: { in: insightIds } }, select: { insightId: true } },
        lessons: { where: { lessonId: { in: lessonIds } }, select: { lessonId: true } },
      },
    });
    for (const product of products) {
      for (const root of roots) {
        const viaInsight = product.insights.some((i) => chains.insights.get(root)!.has(i.insightId));
        const viaLesson = product.lessons.some((l) => chains.lessons.get(root)!.has(l.lessonId));
        if (viaInsight || viaLesson) chains.products.get(root)!.add(product.id);
      }
    }
  }

  /** Reads what the reader may read of every step of every root (one statement per kind) and counts the rest. */
  private async readableSteps(
    viewer: MaybeViewer,
    roots: readonly string[],
    chains: Chains,
  ): Promise<PathRows[]> {
    const [questions, practices, lessons, insights, products] = await Promise.all([
      this.prisma.question.findMany({
        where: { AND: [{ id: { in: all(chains.questions) } }, readableQuestions(viewer)] },
        orderBy: OLDEST_FIRST,
      }),
      this.prisma.practice.findMany({
        where: { AND: [{ id: { in: all(chains.practices) } }, readablePractices(viewer)] },
        orderBy: OLDEST_FIRST,
      }),
      this.prisma.lesson.findMany({
        where: { AND: [{ id: { in: all(chains.lessons) } }, readableLessons(viewer)] },
        orderBy: OLDEST_FIRST,
      }),
      this.prisma.insight.findMany({
        where: { AND: [{ id: { in: all(chains.insights) } }, readableInsights(viewer)] },
        orderBy: OLDEST_FIRST,
      }),
      this.prisma.product.findMany({
        where: { AND: [{ id: { in: all(chains.products) } }, readableProducts(viewer)] },
        orderBy: OLDEST_FIRST,
      }),
    ]);
    const step = <T extends { id: string }, N extends string>(
      kind: KnowledgeStepKind,
      typename: N,
      rows: T[],
      behind: Set<string>,
    ): PathStep => {
      const items = rows.filter((r) => behind.has(r.id)).map((r) => ({ ...r, __typename: typename }));
      return { kind, items: items as unknown as PathItem[], hiddenCount: behind.size - items.length };
    };
    return roots.map((root) => ({
      steps: [
        step(KnowledgeStepKind.QUESTION, 'Question', questions, chains.questions.get(root)!),
        step(KnowledgeStepKind.PRACTICE, 'Practice', practices, chains.practices.get(root)!),
        step(KnowledgeStepKind.LESSON, 'Lesson', lessons, chains.lessons.get(root)!),
        step(KnowledgeStepKind.INSIGHT, 'Insight', insights, chains.insights.get(root)!),
        step(KnowledgeStepKind.OUTPUT, 'Product', products, chains.products.get(root)!),
      ],
    }));
  }
}

function emptyChains(roots: readonly string[]): Chains {
  const make = () => new Map(roots.map((id) => [id, new Set<string>()]));
  return { questions: make(), practices: make(), lessons: make(), insights: make(), products: make() };
}

/** Every id of a step, over all roots. */
function all(map: Map<string, Set<string>>): string[] {
  return [...new Set([...map.values()].flatMap((s) => [...s]))];
}

/** From [item, roots it belongs to] pairs to root → items. */
function invert(pairs: [string, string[]][]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [item, roots] of pairs) {
    for (const root of roots) {
      const set = map.get(root) ?? new Set<string>();
      set.add(item);
      map.set(root, set);
    }
  }
  return map;
}

function addAll(target: Set<string>, source: Iterable<string>): void {
  for (const value of source) target.add(value);
}
