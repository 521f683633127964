import { randomUUID } from 'node:crypto';
import type { Condition, Visibility } from '../../src/generated/prisma/enums.js';
import type { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { toGlobalId } from '../../src/common/graphql/relay.js';
import { viewerOf, type MaybeViewer } from '../../src/common/authz/viewer.js';

export const DEMO_PASSWORD = 'werkplaats-demo';
export const DEMO = {
  admin: 'beheer@demo.werkplaats.nl',
  committee: 'commissie@demo.werkplaats.nl',
  trekker: 'trekker@demo.werkplaats.nl',
  arena: 'arena@demo.werkplaats.nl',
  tribune: 'tribune@demo.werkplaats.nl',
} as const;

export const LONELINESS = 'Eenzaamheid en betekenisvol contact';

/** Looks up demo objects by their natural names, so tests read like the journeys they walk. */
export class DemoFixtures {
  constructor(private readonly prisma: PrismaService) {}

  async user(email: string) {
    return this.prisma.user.findUniqueOrThrow({ where: { email } });
  }

  /** The visitor and every person of the database, as the session would see them. */
  async everyViewer(): Promise<MaybeViewer[]> {
    const users = await this.prisma.user.findMany({ select: { id: true, roles: true } });
    return [null, ...users.map((u) => viewerOf(u.id, u.roles))];
  }

  async atelierOf(issueTitle: string) {
    return this.prisma.atelier.findFirstOrThrow({ where: { socialIssue: { title: issueTitle } } });
  }

  async municipality(name: string) {
    return this.prisma.municipality.findFirstOrThrow({ where: { name } });
  }

  async lessonAt(atelierId: string, visibility: Visibility) {
    return this.prisma.lesson.findFirstOrThrow({
      where: { atelierId, visibility },
      orderBy: { createdAt: 'asc' },
    });
  }

  /** A new lesson written straight into the database (for tests that need a fresh one per case). */
  async lesson(options: {
    atelierId: string;
    authorId: string;
    visibility: Visibility;
    practiceId?: string | null;
    municipalityId?: string | null;
    title?: string;
    conditions?: Condition[];
  }) {
    const shared = options.visibility === 'TRIBUNE' || options.visibility === 'PUBLIC';
    return this.prisma.lesson.create({
      data: {
        atelierId: options.atelierId,
        authorId: options.authorId,
        practiceId: options.practiceId ?? null,
        municipalityId: options.municipalityId ?? null,
        title: options.title ?? `Testles ${randomUUID().slice(0, 8)}`,
        body: '<p>Wat we leerden in de buurtkamer.</p>',
        conditions: options.conditions ?? ['SOCIAL_COHESION'],
        level: 'NEIGHBOURHOOD',
        domain: 'WELFARE',
        visibility: options.visibility,
        sharedAt: shared ? new Date() : null,
      },
    });
  }

  /**
   * The cases the ladder turns on, given to the demo: one arena member leaves their atelier; another arena member,
   * not its author, has left the practice of a lesson kept at the PRACTICE rung (so that rung must not show it to
   * them any more).
   */
  async ladderEdgeCases() {
    const arena = await this.prisma.participation.findFirstOrThrow({
      where: { role: 'ARENA', status: 'ACTIVE' },
      orderBy: { id: 'asc' },
    });
    await this.prisma.participation.update({ where: { id: arena.id }, data: { status: 'LEFT' } });
    const lesson = await this.prisma.lesson.findFirstOrThrow({
      where: { visibility: 'PRACTICE', practiceId: { not: null } },
      orderBy: { id: 'asc' },
    });
    const other = await this.prisma.participation.findFirstOrThrow({
      where: {
        atelierId: lesson.atelierId,
        role: 'ARENA',
        status: 'ACTIVE',
        userId: { not: lesson.authorId },
      },
    });
    await this.prisma.practiceParticipant.upsert({
      where: { practiceId_userId: { practiceId: lesson.practiceId!, userId: other.userId } },
      create: { practiceId: lesson.practiceId!, userId: other.userId, leftAt: new Date() },
      update: { leftAt: new Date() },
    });
  }

  /** A person who takes part in an atelier, made for one test. */
  async participant(atelierId: string, role: 'ARENA' | 'TRIBUNE') {
    const user = await this.prisma.user.create({
      data: {
        email: `deelnemer-${randomUUID()}@example.nl`,
        name: 'Tijdelijke deelnemer',
        passwordHash: 'x',
      },
    });
    const participation = await this.prisma.participation.create({
      data: { atelierId, userId: user.id, role },
    });
    return { user, participation };
  }
}

export const gid = toGlobalId;
