import { randomUUID } from 'node:crypto';
import type { Condition, Visibility } from '../../src/generated/prisma/enums.js';
import type { PrismaService } from '../../src/common/prisma/prisma.service.js';
import { toGlobalId } from '../../src/common/graphql/relay.js';
import { viewerOf, type MaybeViewer } from '../../src/common/authz/viewer.js';
import { hashPassword } from '../../src/auth/password.js';

export const DEMO_PASSWORD = 'werkplaats-demo';
export const DEMO = {
  admin: 'beheer@demo.werkplaats.nl',
  committee: 'commissie@demo.werkplaats.nl',
  trekker: 'trekker@demo.werkplaats.nl',
  arena: 'arena@demo.werkplaats.nl',
  tribune: 'tribune@demo.werkplaats.nl',
} as const;

export const LONELINESS = 'Eenzaamheid en betekenisvol contact';
/** A kwestie whose atelier's arena is OPEN in the demo. */
export const POVERTY = 'Armoede en schulden';

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

  /**
   * A new practice of an atelier, written straight into the database: started by its trekker, in the first gemeente
   * by name, with these people taking part.
   */
  async practice(atelierId: string, title: string, participantIds: string[] = []) {
    const [atelier, municipality] = await Promise.all([
      this.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId }, select: { trekkerId: true } }),
      this.prisma.municipality.findFirstOrThrow({ orderBy: { name: 'asc' } }),
    ]);
    return this.prisma.practice.create({
      data: {
        atelierId,
        title,
        municipalityId: municipality.id,
        startedById: atelier.trekkerId,
        participants: { create: participantIds.map((userId) => ({ userId })) },
      },
      select: { id: true, municipalityId: true },
    });
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
    /** The author's "mag openbaar". */
    publicConsent?: boolean;
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
        publicConsent: options.publicConsent ?? false,
        sharedAt: shared ? new Date() : null,
      },
    });
  }

  /** A new insight written straight into the database, at any rung (insights start at ARENA). */
  async insight(options: { atelierId: string; authorId: string; visibility: Visibility; title?: string }) {
    const shared = options.visibility === 'TRIBUNE' || options.visibility === 'PUBLIC';
    return this.prisma.insight.create({
      data: {
        atelierId: options.atelierId,
        authorId: options.authorId,
        title: options.title ?? `Testinzicht ${randomUUID().slice(0, 8)}`,
        body: '<p>Wat de praktijken samen laten zien.</p>',
        conditions: ['SOCIAL_INCLUSION'],
        visibility: options.visibility,
        sharedAt: shared ? new Date() : null,
      },
    });
  }

  /** A new question of the arena written straight into the database, at any rung and status. */
  async question(options: {
    atelierId: string;
    authorId: string;
    visibility?: 'ARENA' | 'TRIBUNE' | 'PUBLIC';
    status?: 'OPEN' | 'IN_PRACTICE' | 'ANSWERED' | 'PARKED';
    title?: string;
    body?: string;
  }) {
    return this.prisma.question.create({
      data: {
        atelierId: options.atelierId,
        authorId: options.authorId,
        title: options.title ?? `Testvraag ${randomUUID().slice(0, 8)}`,
        body: options.body ?? '',
        visibility: options.visibility ?? 'ARENA',
        status:
          options.status ?? (options.visibility && options.visibility !== 'ARENA' ? 'ANSWERED' : 'OPEN'),
      },
    });
  }

  /** A new output written straight into the database, at any rung (outputs start at ARENA). */
  async product(options: {
    atelierId: string;
    visibility: Visibility;
    title?: string;
    registeredById?: string | null;
  }) {
    return this.prisma.product.create({
      data: {
        atelierId: options.atelierId,
        kind: 'REPORT',
        title: options.title ?? `Testopbrengst ${randomUUID().slice(0, 8)}`,
        description: 'Wat de praktijken samen opleverden.',
        os: ['RESEARCH'],
        visibility: options.visibility,
        registeredById: options.registeredById ?? null,
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
    // Lessons the moderation hid, at the rungs readers share: gone for all but their author and moderators.
    for (const visibility of ['PUBLIC', 'TRIBUNE', 'ARENA'] as const) {
      const hidden = await this.prisma.lesson.findFirstOrThrow({
        where: { visibility },
        orderBy: { id: 'asc' },
      });
      await this.prisma.lesson.update({
        where: { id: hidden.id },
        data: { hiddenAt: new Date(), hiddenReason: 'Verborgen voor de test' },
      });
    }
  }

  /** A person made for one test who can sign in (with `password`), taking part nowhere. */
  async account(name = 'Nieuwe deelnemer') {
    const email = `account-${randomUUID()}@example.nl`;
    const password = 'een-wachtwoord-voor-de-test';
    const user = await this.prisma.user.create({
      data: { email, name, passwordHash: await hashPassword(password) },
    });
    return { user, email, password };
  }

  /** A person made for one test, taking part nowhere. */
  async person(name = 'Tijdelijke persoon') {
    return this.prisma.user.create({
      data: { email: `persoon-${randomUUID()}@example.nl`, name, passwordHash: 'x' },
    });
  }

  /** A person made for one test, with an open request to join an atelier's arena. */
  async requestToJoin(atelierId: string) {
    const user = await this.person('Vraagt om mee te doen');
    const request = await this.prisma.joinRequest.create({
      data: { atelierId, userId: user.id, role: 'ARENA', kind: 'REQUEST', createdById: user.id },
    });
    return { user, request };
  }

  /** A person made for one test, whom the trekker invited into an atelier's arena. */
  async invitation(atelierId: string) {
    const user = await this.person('Uitgenodigd');
    const atelier = await this.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId } });
    const invitation = await this.prisma.joinRequest.create({
      data: { atelierId, userId: user.id, role: 'ARENA', kind: 'INVITATION', createdById: atelier.trekkerId },
    });
    return { user, invitation };
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

/** What `DemoFixtures.secondWorkshop` makes: a werkplaats beside the demo's, with its own people. */
export interface SecondWorkshop {
  workshop: { id: string; slug: string; name: string };
  municipality: { id: string };
  organisation: { id: string };
  atelier: { id: string };
  /** Each can sign in with `password`. */
  people: Record<'admin' | 'committee' | 'trekker' | 'arena' | 'tribune', { id: string; email: string }>;
  /** Asks to belong to the organisation (a REQUESTED membership). */
  asksMembership: { user: { id: string }; membershipId: string };
  lessons: Record<'ARENA' | 'TRIBUNE', { id: string }>;
  password: string;
}

/**
 * A second werkplaats beside the demo's (fictional, with its own gemeente, organisation, kwestie and atelier) and
 * its people: a beheerder, a commissie member, a trekker, arena and tribune members, and someone asking to belong
 * to its organisation. Nobody of it takes part in the demo werkplaats.
 */
export async function secondWorkshop(prisma: PrismaService, slug = 'lauwersland'): Promise<SecondWorkshop> {
  const password = 'tweede-werkplaats-wachtwoord';
  const passwordHash = await hashPassword(password);
  const workshop = await prisma.workshop.create({
    data: { slug, name: `Werkplaats Sociaal Domein ${slug} (fictief)` },
  });
  const municipality = await prisma.municipality.create({
    data: { workshopId: workshop.id, name: `Gemeente ${slug}`, cbsCode: 'GM9901', places: [] },
  });
  const organisation = await prisma.organisation.create({
    data: {
      workshopId: workshop.id,
      name: `Welzijn ${slug}`,
      kind: 'WELFARE',
      municipalityId: municipality.id,
    },
  });
  const person = (role: string) =>
    prisma.user.create({
      data: {
        email: `${role}-${slug}-${randomUUID().slice(0, 8)}@example.nl`,
        name: `${role} van ${slug}`,
        passwordHash,
      },
      select: { id: true, email: true },
    });
  const people = {
    admin: await person('beheerder'),
    committee: await person('commissielid'),
    trekker: await person('trekker'),
    arena: await person('arena'),
    tribune: await person('tribune'),
  };
  await prisma.workshopRole.createMany({
    data: [
      { workshopId: workshop.id, userId: people.admin.id, role: 'ADMIN' },
      { workshopId: workshop.id, userId: people.committee.id, role: 'COMMITTEE' },
    ],
  });
  const issue = await prisma.socialIssue.create({
    data: {
      workshopId: workshop.id,
      title: `Eenzaamheid in ${slug}`,
      description: 'Een kwestie van de tweede werkplaats.',
    },
  });
  const atelier = await prisma.atelier.create({
    data: {
      workshopId: workshop.id,
      socialIssueId: issue.id,
      trekkerId: people.trekker.id,
      title: `Leeratelier eenzaamheid ${slug}`,
    },
  });
  await prisma.participation.createMany({
    data: [
      { atelierId: atelier.id, userId: people.arena.id, role: 'ARENA' },
      { atelierId: atelier.id, userId: people.tribune.id, role: 'TRIBUNE' },
    ],
  });
  const asker = await person('vraagt-lidmaatschap');
  const membership = await prisma.membership.create({
    data: { userId: asker.id, organisationId: organisation.id, function: 'buurtwerker' },
  });
  const fixtures = new DemoFixtures(prisma);
  const lessons = {
    ARENA: await fixtures.lesson({ atelierId: atelier.id, authorId: people.arena.id, visibility: 'ARENA' }),
    TRIBUNE: await fixtures.lesson({
      atelierId: atelier.id,
      authorId: people.arena.id,
      visibility: 'TRIBUNE',
    }),
  };
  return {
    workshop,
    municipality,
    organisation,
    atelier,
    people,
    asksMembership: { user: asker, membershipId: membership.id },
    lessons,
    password,
  };
}

export const gid = toGlobalId;
