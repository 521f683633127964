import { Injectable } from '@nestjs/common';
import type { Insight, Lesson, Practice, Question } from '../generated/prisma/client.js';
import {
  readableInsights,
  readableLessons,
  readablePractices,
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
  | Tagged<Insight, 'Insight'>;

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
}

const OLDEST_FIRST = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];

/**
 * The knowledge path: the chain behind a question or an insight (question → practices → lessons → insights), read in
 * a fixed number of set-based statements for all the roots a request asks about (a loader per root kind), and
 * filtered by the ladder: each step shows what the reader may read and counts the rest. A step of another kind
 * (outputs) slots in as one more entry of `steps`.
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

  /** Practices working on the questions; lessons logged there or linked to them; insights on those lessons or linked. */
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
    return chains;
  }

  /** The lessons the insights rest on; their practices; the questions those practices work on or that are answered. */
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
    const lessonIds = [...new Set(links.map((l) => l.lessonId))];
    const practiceIds = [
      ...new Set(links.flatMap((l) => (l.lesson.practiceId ? [l.lesson.practiceId] : []))),
    ];
    const questions = await this.prisma.question.findMany({
      where: {
        OR: [
          { insights: { some: { insightId: { in: roots } } } },
          { lessons: { some: { lessonId: { in: lessonIds } } } },
          { practices: { some: { id: { in: practiceIds } } } },
        ],
      },
      select: {
        id: true,
        insights: { where: { insightId: { in: roots } }, select: { insightId: true } },
        lessons: { where: { lessonId: { in: lessonIds } }, select: { lessonId: true } },
        practices: { where: { id: { in: practiceIds } }, select: { id: true } },
      },
    });
    for (const question of questions) {
      for (const root of roots) {
        const linked = question.insights.some((i) => i.insightId === root);
        const viaLesson = question.lessons.some((l) => chains.lessons.get(root)!.has(l.lessonId));
        const viaPractice = question.practices.some((p) => chains.practices.get(root)!.has(p.id));
        if (linked || viaLesson || viaPractice) chains.questions.get(root)!.add(question.id);
      }
    }
    return chains;
  }

  /** Reads what the reader may read of every step of every root (one statement per kind) and counts the rest. */
  private async readableSteps(
    viewer: MaybeViewer,
    roots: readonly string[],
    chains: Chains,
  ): Promise<PathRows[]> {
    const all = (map: Map<string, Set<string>>) => [...new Set([...map.values()].flatMap((s) => [...s]))];
    const [questions, practices, lessons, insights] = await Promise.all([
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
      ],
    }));
  }
}

function emptyChains(roots: readonly string[]): Chains {
  const make = () => new Map(roots.map((id) => [id, new Set<string>()]));
  return { questions: make(), practices: make(), lessons: make(), insights: make() };
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
