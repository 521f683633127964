import { Injectable } from '@nestjs/common';
import { AuditService } from '../common/audit/audit.service.js';
import { requireBeheerderRemains, requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { AuthService, type ClientInfo } from '../auth/auth.service.js';
import { SessionService } from '../auth/session.service.js';
import { pseudonymiseMentionsOfErased } from './erasure-pseudonymise.js';

/** Erasing reads every text naming the person: more than the default five seconds on a large werkplaats. */
const ERASURE_TRANSACTION = { maxWait: 10_000, timeout: 60_000 };

/** The name an erased account is shown under, next to the contributions it leaves. */
export const ERASED_NAME = 'Verwijderd account';

/**
 * The person's rights under the AVG/GDPR: a copy of everything about them (art. 15 and 20), and
 * erasure (art. 17) that keeps what they contributed to the shared work but no longer says who they were,
 * as Decidim and Discourse do.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async exportMyData(viewer: MaybeViewer): Promise<Record<string, unknown>> {
    const v = requireViewer(viewer);
    const user = await this.prisma.user.findUniqueOrThrow({
      where: { id: v.userId },
      select: {
        id: true,
        email: true,
        name: true,
        partyKind: true,
        locale: true,
        createdAt: true,
        updatedAt: true,
        memberships: {
          select: { function: true, createdAt: true, organisation: { select: { name: true, kind: true } } },
        },
        roles: { select: { role: true, createdAt: true, workshop: { select: { name: true } } } },
        sessions: { select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true } },
        knownBrowsers: { select: { createdAt: true, lastSeenAt: true } },
        calendarFeed: { select: { includeFollowed: true, createdAt: true, lastFetchedAt: true } },
        trekkerOf: { select: { id: true, title: true, startedAt: true } },
        participations: {
          select: {
            role: true,
            status: true,
            joinedAt: true,
            atelier: { select: { title: true } },
            organisation: { select: { name: true } },
            history: { select: { kind: true, fromRole: true, toRole: true, createdAt: true } },
          },
        },
        joinRequests: {
          select: {
            kind: true,
            role: true,
            status: true,
            message: true,
            decisionNote: true,
            createdAt: true,
            decidedAt: true,
            atelier: { select: { title: true } },
          },
        },
        questions: {
          select: {
            id: true,
            title: true,
            body: true,
            createdAt: true,
            atelier: { select: { title: true } },
          },
        },
        practicesStarted: { select: { id: true, title: true, createdAt: true } },
        practiceMemberships: {
          select: { joinedAt: true, leftAt: true, practice: { select: { title: true } } },
        },
        lessons: {
          select: {
            id: true,
            title: true,
            body: true,
            conditions: true,
            level: true,
            domain: true,
            visibility: true,
            createdAt: true,
            updatedAt: true,
          },
        },
        insights: {
          select: { id: true, title: true, body: true, conditions: true, visibility: true, createdAt: true },
        },
        reactions: { select: { id: true, body: true, createdAt: true, lessonId: true, insightId: true } },
        registrations: {
          select: {
            createdAt: true,
            cancelledAt: true,
            activity: { select: { title: true, startsAt: true } },
          },
        },
        advice: { select: { id: true, title: true, body: true, asked: true, createdAt: true } },
        productsRegistered: {
          select: { id: true, kind: true, title: true, description: true, visibility: true, createdAt: true },
        },
        productAuthorships: { select: { product: { select: { id: true, kind: true, title: true } } } },
        filesUploaded: { select: { name: true, size: true, contentType: true, createdAt: true } },
        notifications: { select: { kind: true, createdAt: true, readAt: true } },
        proposals: {
          select: {
            id: true,
            kind: true,
            title: true,
            body: true,
            outcome: true,
            closesAt: true,
            createdAt: true,
          },
        },
        stances: {
          select: {
            choice: true,
            reason: true,
            updatedAt: true,
            proposal: { select: { title: true } },
            optionIds: true,
          },
        },
      },
    });
    return { exportedAt: new Date().toISOString(), format: 'werkplaats-export/1', person: user };
  }

  /**
   * Erases the account after the password confirms it (under the limits on wrong passwords of signing in):
   * name and email anonymised, password, sessions and known browsers gone, memberships, roles, practice places,
   * registrations and notifications removed, participations ended. Lessons, insights, questions and reactions
   * stay, under "Verwijderd account", and every text that names the person (theirs and others') has their name
   * replaced by the check's stand-ins.
   */
  async eraseMe(viewer: MaybeViewer, password: string, client: ClientInfo): Promise<void> {
    const v = requireViewer(viewer);
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: v.userId } });
    if (!(await this.auth.confirmPassword(user, password, client))) {
      throw new BadInputError('password', 'The password is not right', 'wrongPassword');
    }
    await this.prisma.$transaction(async (tx) => {
      // The werkplaatsen this person is beheerder of, locked as setWorkshopRole locks them, so that a
      // beheerder erasing their account while another withdraws beheer can't leave a werkplaats with none.
      const beheerderOf = (
        await tx.workshopRole.findMany({
          where: { userId: v.userId, role: 'ADMIN' },
          select: { workshopId: true },
        })
      ).map((r) => r.workshopId);
      for (const workshopId of beheerderOf) {
        await tx.$queryRaw`SELECT 1 FROM "Workshop" WHERE id = ${workshopId}::uuid FOR NO KEY UPDATE`;
      }
      // Before the name goes: every text naming the person gets stand-ins instead (counted, never the name).
      const now = new Date();
      const pseudonymised = await pseudonymiseMentionsOfErased(tx, { id: v.userId, name: user.name }, now);
      await tx.user.update({
        where: { id: v.userId },
        data: {
          name: ERASED_NAME,
          email: `erased-${v.userId}@erased.invalid`,
          // Not a hash any verifier accepts: the account can never sign in again.
          passwordHash: '!erased',
          partyKind: null,
          erasedAt: now,
        },
      });
      await tx.membership.deleteMany({ where: { userId: v.userId } });
      await tx.workshopRole.deleteMany({ where: { userId: v.userId } });
      for (const workshopId of beheerderOf) {
        requireBeheerderRemains(await tx.workshopRole.count({ where: { workshopId, role: 'ADMIN' } }));
      }
      // An unused link to set a password would open nothing (the hash is gone), but it is about the person.
      await tx.passwordToken.deleteMany({ where: { userId: v.userId } });
      // A calendar address would keep listing the person's activities.
      await tx.calendarFeed.deleteMany({ where: { userId: v.userId } });
      // Mail to the address, sent or not, holds the address and the name.
      await tx.mailMessage.deleteMany({ where: { to: user.email } });
      // Invitations to the address, or accepted with the account, name the person: they go too.
      await tx.emailInvitation.deleteMany({
        where: { OR: [{ email: user.email }, { acceptedById: v.userId }] },
      });
      await tx.notification.deleteMany({ where: { userId: v.userId } });
      // Asking to join, or being invited, is about the person, not shared work.
      await tx.joinRequest.deleteMany({ where: { userId: v.userId } });
      await tx.knownBrowser.deleteMany({ where: { userId: v.userId } });
      // A linked work-account login would open the erased account again (or name the person at the provider).
      await tx.oidcIdentity.deleteMany({ where: { userId: v.userId } });
      await tx.oidcLinkRequest.deleteMany({ where: { userId: v.userId } });
      await tx.registration.deleteMany({ where: { userId: v.userId } });
      await tx.stance.deleteMany({ where: { userId: v.userId } });
      await tx.practiceParticipant.deleteMany({ where: { userId: v.userId } });
      // Being named an output's author is about the person; the output itself is shared work and stays.
      await tx.productAuthor.deleteMany({ where: { userId: v.userId } });
      await tx.participation.updateMany({
        where: { userId: v.userId, status: 'ACTIVE' },
        data: { status: 'LEFT', organisationId: null },
      });
      await tx.participationChange.updateMany({
        where: { participation: { userId: v.userId } },
        data: { organisationId: null },
      });
      await this.audit.record(
        { workshopId: null, actorId: null, action: 'account.erased', targetType: 'User', targetId: v.userId },
        tx,
      );
      if (pseudonymised.texts > 0) {
        await this.audit.record(
          {
            workshopId: null,
            actorId: null,
            action: 'account.texts-pseudonymised',
            targetType: 'User',
            targetId: v.userId,
            details: {
              texts: pseudonymised.texts,
              mentions: pseudonymised.mentions,
              byKind: pseudonymised.byKind,
            },
          },
          tx,
        );
      }
    }, ERASURE_TRANSACTION);
    await this.sessions.revokeAll(v.userId);
  }
}
