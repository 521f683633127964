import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type {
  EmailInvitation,
  EmailInvitationStatus,
  ParticipationRole,
  Prisma,
} from '../generated/prisma/client.js';
import { Prisma as PrismaNs } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  readableEmailInvitations,
  requireAtelierLead,
  requireInvitationAcceptor,
  requireViewer,
  requireWorkshopInviter,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { AppError, ConflictError, ErrorCode, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../common/graphql/connection.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { toGlobalId } from '../common/graphql/relay.js';
import { validate } from '../common/graphql/validate.js';
import { RateLimits } from '../common/http/rate-limits.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { emailAddress, newPassword, personName, type ClientInfo } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import { hashToken, newToken } from '../auth/token.js';
import { invitationMail } from '../mail/invitation-mail.js';
import { MailService } from '../mail/mail.service.js';
import { mailLocale, renderMail } from '../mail/template.js';
import { JoiningService } from './joining.service.js';

/** How long the link of an invitation by e-mail works. */
export const INVITATION_DAYS = 14;

/** The page of the web app that takes an invitation's token. */
export const INVITATION_PATH = '/uitnodiging';

const note = z
  .string()
  .trim()
  .max(1000, { message: 'may have at most 1,000 characters' })
  .nullish()
  .transform((value) => (value ? value : null));

const LINK_PROBLEMS = {
  UNKNOWN: 'This invitation is not known: ask whoever invited you for a new one',
  EXPIRED: 'This invitation has expired: ask whoever invited you for a new one',
  USED: 'This invitation has been answered already',
  WITHDRAWN: 'This invitation was withdrawn',
} as const;

/** An invitation link that cannot be accepted: BAD_USER_INPUT on `token`, with `reason` saying why. */
export class InvitationLinkError extends AppError {
  constructor(reason: keyof typeof LINK_PROBLEMS) {
    super(LINK_PROBLEMS[reason], ErrorCode.BAD_USER_INPUT, { field: 'token', reason });
  }
}

/** The status people read: an open invitation past its expiry is expired. */
export function statusOf(
  invitation: Pick<EmailInvitation, 'status' | 'expiresAt'>,
  now = new Date(),
): EmailInvitationStatus {
  return invitation.status === 'OPEN' && invitation.expiresAt <= now ? 'EXPIRED' : invitation.status;
}

/** The link a person opens: `<base>/uitnodiging?token=…`. */
export function invitationLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${INVITATION_PATH}?token=${encodeURIComponent(token)}`;
}

const withPlace = {
  atelier: { select: { id: true, title: true, trekkerId: true, workshopId: true } },
  workshop: true,
  createdBy: { select: { name: true } },
  joinRequest: { select: { userId: true } },
} satisfies Prisma.EmailInvitationInclude;

type InvitationWithPlace = Prisma.EmailInvitationGetPayload<{ include: typeof withPlace }>;

/**
 * Invitations by e-mail address: into an atelier's arena or tribune (by those who lead it) and into a werkplaats
 * (by its beheerders). For an address with an account the in-app invitation is made too (JoiningService), so the
 * person can answer it in the app as well; for an unknown address the link lets them sign up (or sign in) and
 * join in one step. The link holds 256 random bits, the database their SHA-256; it works once, for 14 days.
 */
@Injectable()
export class InvitationService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly joining: JoiningService,
    private readonly mail: MailService,
    private readonly rateLimits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.nodes.register('EmailInvitation', (id, viewer) =>
      this.prisma.emailInvitation.findFirst({ where: { AND: [{ id }, readableEmailInvitations(viewer)] } }),
    );
  }

  /** Those who lead an atelier invite an address into its arena or onto its tribune. */
  async inviteToAtelier(
    viewer: MaybeViewer,
    atelierId: string,
    email: string,
    role: ParticipationRole,
    message: string | null | undefined,
  ): Promise<EmailInvitation> {
    const v = requireViewer(viewer);
    const place = await this.access.atelierRole(v, atelierId);
    requireAtelierLead(place);
    const address = validate(emailAddress, email, 'email');
    const text = validate(note, message, 'message');
    return this.invite({
      actorId: v.userId,
      workshopId: place.workshopId,
      atelierId,
      role,
      email: address,
      message: text,
    });
  }

  /** A beheerder invites an address into the werkplaats: they become one of its people. */
  async inviteToWorkshop(
    viewer: MaybeViewer,
    workshopId: string,
    email: string,
    message: string | null | undefined,
  ): Promise<EmailInvitation> {
    const v = requireWorkshopInviter(viewer, workshopId);
    const address = validate(emailAddress, email, 'email');
    const text = validate(note, message, 'message');
    return this.invite({
      actorId: v.userId,
      workshopId,
      atelierId: null,
      role: null,
      email: address,
      message: text,
    });
  }

  /** Withdraws an open invitation (and the in-app one it made); for those who may read it. */
  async withdraw(viewer: MaybeViewer, id: string): Promise<EmailInvitation> {
    const v = requireViewer(viewer);
    const found = await this.prisma.emailInvitation.findFirst({
      where: { AND: [{ id }, readableEmailInvitations(v)] },
    });
    if (!found) throw new NotFoundError('EmailInvitation');
    if (statusOf(found) !== 'OPEN') throw new ConflictError('This invitation is not open any more');
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.emailInvitation.updateMany({
        where: { id, isOpen: true },
        data: { status: 'WITHDRAWN', isOpen: null, closedAt: new Date() },
      });
      if (count === 0) throw new ConflictError('This invitation is not open any more');
      if (found.joinRequestId) {
        await tx.joinRequest.updateMany({
          where: { id: found.joinRequestId, isOpen: true },
          data: { status: 'WITHDRAWN', isOpen: null, decidedById: v.userId, decidedAt: new Date() },
        });
      }
      await this.record(tx, found, v.userId, 'invitation.withdrawn');
      return tx.emailInvitation.findUniqueOrThrow({ where: { id } });
    });
  }

  /** An atelier's invitations by e-mail, newest first: for those who lead it (nobody else reads any). */
  forAtelier(
    viewer: MaybeViewer,
    atelierId: string,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<EmailInvitation>> {
    return this.list({ AND: [{ atelierId }, readableEmailInvitations(viewer)] }, args);
  }

  /** A werkplaats's own invitations (not its ateliers'), newest first: for its beheerders. */
  forWorkshop(
    viewer: MaybeViewer,
    workshopId: string,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<EmailInvitation>> {
    requireWorkshopInviter(viewer, workshopId);
    return this.list({ AND: [{ workshopId, atelierId: null }, readableEmailInvitations(viewer)] }, args);
  }

  /** What the link shows whoever holds it; null for a token that names no invitation. */
  async byToken(token: string): Promise<InvitationView | null> {
    const found = await this.findByToken(token);
    if (!found) return null;
    const account = await this.prisma.user.findUnique({
      where: { email: found.email },
      select: { id: true },
    });
    return viewOf(found, account !== null);
  }

  /**
   * Accepts by link: as the signed-in person, or in a new account with the invited address (`signUp`), which is
   * signed in after (the caller opens the session). Into an atelier: joins in the invited role, through the
   * in-app invitation (JoiningService). Into a werkplaats: the person becomes one of its people.
   */
  async accept(
    viewer: MaybeViewer,
    token: string,
    signUp: { name: string; password: string } | null,
    client: ClientInfo,
  ): Promise<{ view: InvitationView; newAccountId: string | null }> {
    if (signUp) await this.rateLimits.consumeAuthAttempt(client.ip);
    const found = await this.findByToken(token);
    if (!found) throw new InvitationLinkError('UNKNOWN');
    const status = statusOf(found);
    if (status === 'EXPIRED') throw new InvitationLinkError('EXPIRED');
    if (status === 'WITHDRAWN') throw new InvitationLinkError('WITHDRAWN');
    if (status !== 'OPEN') throw new InvitationLinkError('USED');
    const account = signUp
      ? {
          name: validate(personName, signUp.name, 'name'),
          passwordHash: await hashPassword(validate(newPassword, signUp.password, 'password')),
        }
      : null;
    const acceptorId = account ? null : requireViewer(viewer).userId;
    const userId = await this.prisma.$transaction(async (tx) => {
      const id = acceptorId ?? (await this.createAccount(tx, found.email, account!));
      if (acceptorId) requireInvitationAcceptor(requireViewer(viewer), found);
      const { count } = await tx.emailInvitation.updateMany({
        where: { id: found.id, isOpen: true, expiresAt: { gt: new Date() } },
        data: { status: 'ACCEPTED', isOpen: null, closedAt: new Date(), acceptedById: id },
      });
      if (count !== 1) throw new InvitationLinkError('USED');
      if (found.atelierId && found.role) {
        await this.joining.acceptByLinkIn(
          tx,
          {
            atelierId: found.atelierId,
            role: found.role,
            createdById: found.createdById,
            message: found.message,
          },
          id,
        );
      }
      await this.record(tx, found, id, 'invitation.accepted');
      return id;
    });
    const after = await this.prisma.emailInvitation.findUniqueOrThrow({
      where: { id: found.id },
      include: withPlace,
    });
    return { view: viewOf(after, true), newAccountId: account ? userId : null };
  }

  // ------------------------------------------------------------------------------------------------ internals

  private async invite(input: {
    actorId: string;
    workshopId: string;
    atelierId: string | null;
    role: ParticipationRole | null;
    email: string;
    message: string | null;
  }): Promise<EmailInvitation> {
    const target = input.atelierId ?? input.workshopId;
    const now = new Date();
    try {
      return await this.prisma.$transaction(async (tx) => {
        // An expired invitation to the same address and place makes way for the new one.
        await tx.emailInvitation.updateMany({
          where: { target, email: input.email, isOpen: true, expiresAt: { lte: now } },
          data: { status: 'EXPIRED', isOpen: null, closedAt: now },
        });
        const person = await tx.user.findUnique({ where: { email: input.email } });
        const known = person && !person.erasedAt && !person.blockedAt ? person : null;
        const joinRequest =
          known && input.atelierId && input.role
            ? await this.joining.inviteIn(
                tx,
                input.actorId,
                input.atelierId,
                known.id,
                input.role,
                input.message,
                'email',
              )
            : null;
        const token = newToken();
        const invitation = await tx.emailInvitation.create({
          data: {
            id: randomUUID(),
            workshopId: input.workshopId,
            atelierId: input.atelierId,
            role: input.role,
            target,
            email: input.email,
            tokenHash: hashToken(token),
            expiresAt: new Date(now.getTime() + INVITATION_DAYS * 24 * 3_600_000),
            message: input.message,
            createdById: input.actorId,
            joinRequestId: joinRequest?.id ?? null,
          },
          include: withPlace,
        });
        await this.mail.enqueue(tx, {
          // One mail per invitation, whatever retries the request.
          key: `invitation:${invitation.id}`,
          to: input.email,
          locale: mailLocale(known?.locale),
          fromName: invitation.workshop.name,
          ...renderMail(
            invitationMail({
              locale: mailLocale(known?.locale),
              name: known?.name ?? null,
              inviterName: invitation.createdBy.name,
              workshopName: invitation.workshop.name,
              atelierTitle: invitation.atelier?.title ?? null,
              role: input.role,
              message: input.message,
              link: invitationLink(this.mail.publicUrl, token),
              validDays: INVITATION_DAYS,
              publicUrl: this.mail.publicUrl,
            }),
          ),
        });
        await this.record(tx, invitation, input.actorId, 'invitation.sent');
        return invitation;
      });
    } catch (error) {
      if (error instanceof PrismaNs.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new ConflictError('This address is invited already', { field: 'email', reason: 'INVITED' });
      }
      throw error;
    }
  }

  /** The account an invited address gets with the link (the mail proves the address). */
  private async createAccount(
    tx: Tx,
    email: string,
    account: { name: string; passwordHash: string },
  ): Promise<string> {
    const id = randomUUID();
    const { count } = await tx.user.createMany({
      data: [{ id, email, name: account.name, passwordHash: account.passwordHash }],
      skipDuplicates: true,
    });
    if (count !== 1) {
      throw new AppError('This address has an account: sign in to accept', ErrorCode.CONFLICT, {
        field: 'email',
        reason: 'ACCOUNT_EXISTS',
      });
    }
    await this.audit.record(
      {
        workshopId: null,
        actorId: id,
        action: 'account.signed-up-by-invitation',
        targetType: 'User',
        targetId: id,
      },
      tx,
    );
    return id;
  }

  private findByToken(token: string): Promise<InvitationWithPlace | null> {
    if (token.length === 0 || token.length > 100) return Promise.resolve(null);
    return this.prisma.emailInvitation.findUnique({
      where: { tokenHash: hashToken(token) },
      include: withPlace,
    });
  }

  private list(
    where: Prisma.EmailInvitationWhereInput,
    args: ConnectionArgs,
  ): Promise<ConnectionPage<EmailInvitation>> {
    return paginate<EmailInvitation>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.emailInvitation.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.emailInvitation.count({ where }),
    });
  }

  private async record(
    tx: Tx,
    invitation: Pick<EmailInvitation, 'id' | 'workshopId' | 'atelierId' | 'role'>,
    actorId: string,
    action: string,
  ): Promise<void> {
    await this.audit.record(
      {
        workshopId: invitation.workshopId,
        actorId,
        action,
        targetType: 'EmailInvitation',
        targetId: invitation.id,
        details: invitation.atelierId ? { atelierId: invitation.atelierId, role: invitation.role ?? '' } : {},
      },
      tx,
    );
  }
}

/** What the link shows (InvitationByLink). */
export interface InvitationView {
  email: string;
  role: ParticipationRole | null;
  status: EmailInvitationStatus;
  expiresAt: Date;
  workshop: InvitationWithPlace['workshop'];
  atelierId: string | null;
  atelierTitle: string | null;
  inviterName: string;
  message: string | null;
  accountExists: boolean;
}

function viewOf(found: InvitationWithPlace, accountExists: boolean): InvitationView {
  return {
    email: found.email,
    role: found.role,
    status: statusOf(found),
    expiresAt: found.expiresAt,
    workshop: found.workshop,
    atelierId: found.atelierId ? toGlobalId('Atelier', found.atelierId) : null,
    atelierTitle: found.atelier?.title ?? null,
    inviterName: found.createdBy.name,
    message: found.message,
    accountExists,
  };
}
