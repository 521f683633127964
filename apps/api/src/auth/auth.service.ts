import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { oidcRequiredFor } from './oidc/oidc-domains.js';
import { z } from 'zod';
import { PartyKind } from '../generated/prisma/enums.js';
import { requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { AppError, BadInputError, ErrorCode } from '../common/graphql/app-error.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { AuditService } from '../common/audit/audit.service.js';
import { RateLimits } from '../common/http/rate-limits.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import type { User } from '../generated/prisma/client.js';
import type { SignUpInput } from './dto/sign-up.input.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, hashPassword, verifyPassword } from './password.js';
import { KnownBrowserService } from './known-browser.service.js';
import { SessionService } from './session.service.js';
import { MembershipService, parseProposal } from '../werkgebied/membership.service.js';
import { isCommonPassword } from './common-passwords.js';
import { hashToken } from './token.js';
import { MailService } from '../mail/mail.service.js';
import {
  confirmEmailChangeMail,
  confirmEmailMail,
  emailChangeTakenMail,
  emailChangedMail,
  passwordResetMail,
  signUpAttemptMail,
} from '../mail/account-mail.js';
import { CONFIRM_TOKEN_DAYS, confirmEmailLink, issueEmailConfirmation } from './email-confirmation.js';
import { MAIL_LOCALES, mailLocale, renderMail } from '../mail/template.js';
import type { Tx } from '../common/prisma/prisma.service.js';
import { RESET_TOKEN_MINUTES, issuePasswordToken, passwordLink } from './password-token.js';

/** The rules of a new password (sign-up, a change, a one-time link). */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `needs at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(PASSWORD_MAX_LENGTH, { message: `may have at most ${PASSWORD_MAX_LENGTH} characters` })
  .refine((password) => !isCommonPassword(password), {
    message: 'is one of the most common passwords; choose another',
    params: rule('commonPassword'),
  });

/** An e-mail address as accounts keep it: trimmed, lower-cased. */
export const emailAddress = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'is not an email address' }));

/** A person's name as accounts keep it. */
export const personName = z
  .string()
  .trim()
  .min(1, { message: 'is required' })
  .max(120, { message: 'is too long' });

const signUpSchema = z.object({
  email: emailAddress,
  password: newPassword,
  name: personName,
  organisationId: z.string().nullish(),
  proposedOrganisation: z.unknown().nullish(),
  partyKind: z.enum(PartyKind).nullish(),
  locale: z.enum(MAIL_LOCALES, { message: 'is not a language we offer' }).nullish(),
});

/** Who is knocking: for rate limits and the session's description. */
export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
  /** The known-browser cookie's token, if the browser has one. */
  browserToken: string | undefined;
  /** The session cookie's token, when it opened a session. */
  sessionToken: string | undefined;
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    // One message for a wrong email and a wrong password alike.
    super('Email or password is incorrect', ErrorCode.UNAUTHENTICATED);
  }
}

const LINK_PROBLEMS = {
  UNKNOWN: 'This link is not known: ask a beheerder for a new one',
  USED: 'This link has been used already: sign in, or ask a beheerder for a new one',
  EXPIRED: 'This link has expired: ask a beheerder for a new one',
} as const;

/** A one-time link that cannot set a password: BAD_USER_INPUT on `token`, with `reason` saying why. */
export class PasswordLinkError extends AppError {
  constructor(reason: keyof typeof LINK_PROBLEMS) {
    super(LINK_PROBLEMS[reason], ErrorCode.BAD_USER_INPUT, { field: 'token', reason });
  }
}

const CONFIRM_PROBLEMS = {
  UNKNOWN: 'This link is not known: sign in and send a new one',
  USED: 'This link has been used already',
  EXPIRED: 'This link has expired: sign in and send a new one',
} as const;

/** A confirmation link that cannot confirm: BAD_USER_INPUT on `token`, with `reason` saying why. */
export class ConfirmLinkError extends AppError {
  constructor(reason: keyof typeof CONFIRM_PROBLEMS) {
    super(CONFIRM_PROBLEMS[reason], ErrorCode.BAD_USER_INPUT, { field: 'token', reason });
  }
}

@Injectable()
export class AuthService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly rateLimits: RateLimits,
    private readonly audit: AuditService,
    private readonly knownBrowsers: KnownBrowserService,
    private readonly memberships: MembershipService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Makes an account for an address that has none. The caller learns nothing about the address: a known one
   * gets the same answer as a new one, after the same work (the argon2id hash and one insert that either
   * makes the account or finds the address taken), and no session either way; the person signs in next.
   * Only input that is wrong whatever the address (not an email address, a weak password, an unknown
   * organisation) is refused, and the same for both.
   */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<void> {
    await this.rateLimits.consumeAuthAttempt(client.ip);
    const data = validate(signUpSchema, input);
    const organisationId = data.organisationId
      ? fromGlobalId('Organisation', data.organisationId, 'input.organisationId')
      : null;
    const proposal = data.proposedOrganisation
      ? parseProposal(data.proposedOrganisation, 'input.proposedOrganisation')
      : null;
    if (organisationId && proposal) {
      throw new BadInputError(
        'input.proposedOrganisation',
        'Choose an organisation or propose one: one of the two',
        'notAllowed',
      );
    }
    const passwordHash = await hashPassword(data.password);
    await this.prisma.$transaction(async (tx) => {
      if (organisationId) {
        const organisation = await tx.organisation.findFirst({
          where: { id: organisationId, status: 'LISTED' },
          select: { id: true },
        });
        if (!organisation)
          throw new AppError('No such organisation', ErrorCode.BAD_USER_INPUT, {
            field: 'input.organisationId',
          });
      }
      // Refused alike whether or not the address has an account: a listed organisation of that name.
      if (proposal) await this.memberships.checkProposal(tx, proposal, 'input.proposedOrganisation');
      // INSERT … ON CONFLICT DO NOTHING: a taken address is no error (an error would end the transaction).
      const id = randomUUID();
      const { count } = await tx.user.createMany({
        data: [
          {
            id,
            email: data.email,
            name: data.name,
            passwordHash,
            partyKind: data.partyKind ?? null,
            // The language chosen while signing up is their choice: the app and their mail keep it.
            locale: data.locale ?? null,
            // Not proven yet: the mailed link confirms it (see requireConfirmedEmail for what waits on it).
            emailConfirmedAt: null,
          },
        ],
        skipDuplicates: true,
      });
      if (count === 1) {
        // Saying one belongs to an organisation is a request until a beheerder or its contact confirms it.
        if (organisationId) await this.memberships.requestIn(tx, id, organisationId, null);
        if (proposal) await this.memberships.proposeIn(tx, id, proposal, null, 'input.proposedOrganisation');
        await this.mailConfirmation(
          tx,
          { id, email: data.email, name: data.name, locale: data.locale ?? 'nl' },
          `sign-up`,
        );
        return;
      }
      // The address has an account: its owner is told by mail (with a link to choose a new password, in case
      // it was them and they forgot it), and the audit log keeps the attempt. The answer stays the same.
      const owner = await tx.user.findUniqueOrThrow({ where: { email: data.email } });
      await this.mailPasswordLink(tx, owner, 'sign-up-taken', 60);
      await this.audit.record(
        {
          workshopId: null,
          actorId: null,
          action: 'account.sign-up-for-known-address',
          targetType: 'User',
          targetId: owner.id,
        },
        tx,
      );
    });
  }

  /**
   * Mails a link to choose a new password: for a forgotten password, or to the owner of an address someone tried
   * to sign up with. At most one such mail per account and kind every `periodMinutes` (the idempotency key holds
   * the period), so nobody floods an inbox with them; a link is issued only when its mail is queued (a newer link
   * replaces an older one, which must not happen without a mail that carries it). Nothing for an erased or
   * blocked account: its link would open nothing.
   */
  private async mailPasswordLink(
    tx: Tx,
    user: User,
    kind: 'password-reset' | 'sign-up-taken',
    periodMinutes: number,
  ): Promise<void> {
    if (user.erasedAt || user.blockedAt) return;
    const now = new Date();
    const period = Math.floor(now.getTime() / (periodMinutes * 60_000));
    const key = `${kind}:${user.id}:${period}`;
    const queuedAlready = await tx.mailMessage.findUnique({
      where: { idempotencyKey: key },
      select: { id: true },
    });
    if (queuedAlready) return;
    const { token } = await issuePasswordToken(tx, user.id, now, RESET_TOKEN_MINUTES * 60_000);
    const link = passwordLink(this.mail.publicUrl, token);
    const context = { locale: mailLocale(user.locale), name: user.name, publicUrl: this.mail.publicUrl };
    const content =
      kind === 'password-reset'
        ? passwordResetMail(context, link, RESET_TOKEN_MINUTES)
        : signUpAttemptMail(context, link, RESET_TOKEN_MINUTES);
    await this.mail.enqueue(tx, {
      key,
      to: user.email,
      userId: user.id,
      locale: context.locale,
      ...renderMail(content),
    });
  }

  /**
   * Mails a link that confirms the account's address, issued with the mail (a newer link replaces an older one).
   * `event` names the occasion in the idempotency key: the sign-up, or a period of five minutes for asking again.
   */
  private async mailConfirmation(
    tx: Tx,
    user: Pick<User, 'id' | 'email' | 'name' | 'locale'>,
    event: string,
  ): Promise<void> {
    const key = `email-confirm:${user.id}:${event}`;
    const queuedAlready = await tx.mailMessage.findUnique({
      where: { idempotencyKey: key },
      select: { id: true },
    });
    if (queuedAlready) return;
    const token = await issueEmailConfirmation(tx, user.id, user.email);
    const locale = mailLocale(user.locale);
    const content = confirmEmailMail(
      { locale, name: user.name, publicUrl: this.mail.publicUrl },
      confirmEmailLink(this.mail.publicUrl, token),
      CONFIRM_TOKEN_DAYS,
    );
    await this.mail.enqueue(tx, { key, to: user.email, locale, ...renderMail(content) });
  }

  /**
   * Sends the signed-in person's confirmation link again (at most one mail every five minutes); false when the
   * address is confirmed already.
   */
  async resendEmailConfirmation(viewer: MaybeViewer): Promise<boolean> {
    const v = requireViewer(viewer);
    return this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: v.userId } });
      if (user.emailConfirmedAt) return false;
      await this.mailConfirmation(tx, user, `again:${Math.floor(Date.now() / 300_000)}`);
      return true;
    });
  }

  /**
   * Asks to move the signed-in person's account to another address, with their current password. The change waits
   * for the link mailed to the new address (confirmEmail makes it). The answer is the same whether or not the new
   * address has an account: if it has, its owner is told by mail instead and nothing else happens. At most one
   * such mail every five minutes per account (TOO_MANY_REQUESTS after), whichever of the two it was.
   */
  async requestEmailChange(
    viewer: MaybeViewer,
    currentPassword: string,
    email: string,
    client: ClientInfo,
  ): Promise<void> {
    const v = requireViewer(viewer);
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: v.userId } });
    if (!(await this.confirmPassword(user, currentPassword, client))) {
      throw new BadInputError('currentPassword', 'The current password is not right', 'wrongPassword');
    }
    const address = validate(emailAddress, email, 'email');
    if (address === user.email) {
      throw new BadInputError('email', 'This is the address of your account already', 'notAllowed');
    }
    await this.prisma.$transaction(async (tx) => {
      // One key per account and five minutes, for the confirmation and the owner's notice alike: both paths are
      // limited the same, so the limit tells nothing about the address either.
      const key = `email-change:${user.id}:${Math.floor(Date.now() / 300_000)}`;
      const queuedAlready = await tx.mailMessage.findUnique({
        where: { idempotencyKey: key },
        select: { id: true },
      });
      if (queuedAlready) {
        throw new AppError(
          'You asked for a change a moment ago: wait a few minutes',
          ErrorCode.TOO_MANY_REQUESTS,
        );
      }
      const owner = await tx.user.findUnique({ where: { email: address } });
      if (owner) {
        if (!owner.erasedAt && !owner.blockedAt) {
          const locale = mailLocale(owner.locale);
          const content = emailChangeTakenMail({ locale, name: owner.name, publicUrl: this.mail.publicUrl });
          await this.mail.enqueue(tx, {
            key,
            to: owner.email,
            userId: owner.id,
            locale,
            ...renderMail(content),
          });
        }
        await this.audit.record(
          {
            workshopId: null,
            actorId: user.id,
            action: 'account.email-change-to-known-address',
            targetType: 'User',
            targetId: owner.id,
          },
          tx,
        );
        return;
      }
      const token = await issueEmailConfirmation(tx, user.id, address);
      const locale = mailLocale(user.locale);
      const content = confirmEmailChangeMail(
        { locale, name: user.name, publicUrl: this.mail.publicUrl },
        confirmEmailLink(this.mail.publicUrl, token),
        CONFIRM_TOKEN_DAYS,
      );
      await this.mail.enqueue(tx, { key, to: address, userId: user.id, locale, ...renderMail(content) });
      await this.audit.record(
        {
          workshopId: null,
          actorId: user.id,
          action: 'account.email-change-asked',
          targetType: 'User',
          targetId: user.id,
        },
        tx,
      );
    });
  }

  /**
   * Confirms the address a link was issued for, once and before it expires; an unknown, used or expired link is
   * BAD_USER_INPUT on `token` with the reason. A link for another address than the account's (only the newest link
   * of an account works, see issueEmailConfirmation) makes the change asked with requestEmailChange: the old
   * address is told by mail, and links mailed to it to set a password stop working. An address someone else took
   * meanwhile is CONFLICT with reason EMAIL_TAKEN. Audited.
   */
  async confirmEmail(token: string, now = new Date()): Promise<void> {
    const found =
      token.length > 0 && token.length <= 100
        ? await this.prisma.emailConfirmation.findUnique({
            where: { tokenHash: hashToken(token) },
            include: { user: { select: { email: true, erasedAt: true } } },
          })
        : null;
    if (!found || found.user.erasedAt) throw new ConfirmLinkError('UNKNOWN');
    if (found.usedAt) throw new ConfirmLinkError('USED');
    if (found.expiresAt <= now) throw new ConfirmLinkError('EXPIRED');
    if (found.user.email !== found.email) return this.changeEmail(found, now);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.emailConfirmation.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count !== 1) throw new ConfirmLinkError('USED');
      await tx.user.updateMany({
        where: { id: found.userId, email: found.email, emailConfirmedAt: null },
        data: { emailConfirmedAt: now },
      });
      await this.audit.record(
        {
          workshopId: null,
          actorId: found.userId,
          action: 'account.email-confirmed',
          targetType: 'User',
          targetId: found.userId,
        },
        tx,
      );
    });
  }

  /** Moves the account to the address a change link confirms (see confirmEmail). */
  private async changeEmail(found: { id: string; userId: string; email: string }, now: Date): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.emailConfirmation.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count !== 1) throw new ConfirmLinkError('USED');
      const taken = await tx.user.findUnique({ where: { email: found.email }, select: { id: true } });
      if (taken) {
        throw new AppError('This address has an account by now', ErrorCode.CONFLICT, {
          field: 'token',
          reason: 'EMAIL_TAKEN',
        });
      }
      const before = await tx.user.findUniqueOrThrow({ where: { id: found.userId } });
      await tx.user.update({
        where: { id: found.userId },
        data: { email: found.email, emailConfirmedAt: now },
      });
      // A link to set a password went to the old mailbox: it must not open the account any more.
      await tx.passwordToken.updateMany({
        where: { userId: found.userId, usedAt: null, expiresAt: { gt: now } },
        data: { expiresAt: now },
      });
      const locale = mailLocale(before.locale);
      const content = emailChangedMail(
        { locale, name: before.name, publicUrl: this.mail.publicUrl },
        found.email,
      );
      await this.mail.enqueue(tx, {
        key: `email-changed:${found.id}`,
        to: before.email,
        userId: found.userId,
        locale,
        ...renderMail(content),
      });
      await this.audit.record(
        {
          workshopId: null,
          actorId: found.userId,
          action: 'account.email-changed',
          targetType: 'User',
          targetId: found.userId,
        },
        tx,
      );
    });
  }

  /**
   * Forgotten password: mails the account of the address a link to choose a new one (valid an hour, once). The
   * caller learns nothing: the same answer whether or not the address has an account, under the sign-in limit
   * per IP address.
   */
  async requestPasswordReset(email: string, client: ClientInfo): Promise<void> {
    await this.rateLimits.consumeAuthAttempt(client.ip);
    const parsed = signUpSchema.shape.email.safeParse(email);
    if (!parsed.success) throw new BadInputError('email', 'Not an email address', 'email');
    await this.prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email: parsed.data } });
      if (user) await this.mailPasswordLink(tx, user, 'password-reset', 5);
    });
  }

  /**
   * Signs in: returns the person, a new session token and the browser's known-browser token. A wrong address
   * and a wrong password get the same error after the same work; the limits of RateLimits apply first.
   */
  async signIn(
    email: string,
    password: string,
    client: ClientInfo,
  ): Promise<{ user: User; token: string; browserToken: string }> {
    const normalised = email.trim().toLowerCase();
    if (normalised.length <= 254 && (await oidcRequiredFor(this.prisma, this.config, normalised))) {
      throw new AppError(
        'Sign in with your work account: password sign-in is switched off for this address',
        ErrorCode.FORBIDDEN,
        { reason: 'OIDC_REQUIRED' },
      );
    }
    const user =
      normalised.length > 0 && normalised.length <= 254 && password.length <= PASSWORD_MAX_LENGTH
        ? await this.prisma.user.findUnique({ where: { email: normalised } })
        : null;
    const knownBrowser = await this.knownBrowsers.recognise(user?.id ?? null, client.browserToken);
    // A browser that signed in to this account before is not held back by others' attempts from its address.
    if (!knownBrowser) await this.rateLimits.consumeAuthAttempt(client.ip);
    const attempt = await this.rateLimits.beginPasswordAttempt({
      account: normalised,
      ip: client.ip,
      knownBrowser,
    });
    // An erased or blocked account has no password that works: the same generic refusal, after the same work.
    const usable = user && !user.erasedAt && !user.blockedAt ? user.passwordHash : null;
    const ok = await verifyPassword(usable, password.slice(0, PASSWORD_MAX_LENGTH));
    if (!user || !ok) throw new InvalidCredentialsError();
    await attempt.succeeded();
    const browserToken = await this.knownBrowsers.remember(user.id, client.browserToken);
    const { token } = await this.sessions.create(user.id, client.userAgent);
    return { user, token, browserToken };
  }

  /**
   * Whether the password is the signed-in person's own (to change it, or to erase the account), under the same
   * limits on wrong passwords as signing in, counted together with it.
   */
  async confirmPassword(
    user: Pick<User, 'id' | 'email' | 'passwordHash'>,
    password: string,
    client: ClientInfo,
  ): Promise<boolean> {
    const knownBrowser = await this.knownBrowsers.recognise(user.id, client.browserToken);
    const attempt = await this.rateLimits.beginPasswordAttempt({
      account: user.email,
      ip: client.ip,
      knownBrowser,
    });
    const ok = await verifyPassword(user.passwordHash, password.slice(0, PASSWORD_MAX_LENGTH));
    if (ok) await attempt.succeeded();
    return ok;
  }

  /**
   * A new password ends every other session of the person (the one asking stays signed in), and the browsers
   * known to the account but this one are forgotten.
   */
  async changePassword(
    viewer: MaybeViewer,
    currentPassword: string,
    password: string,
    client: ClientInfo,
  ): Promise<void> {
    const v = requireViewer(viewer);
    const user = await this.prisma.user.findUniqueOrThrow({ where: { id: v.userId } });
    if (!(await this.confirmPassword(user, currentPassword, client))) {
      throw new BadInputError('currentPassword', 'The current password is not right', 'wrongPassword');
    }
    const next = validate(newPassword, password, 'password');
    await this.prisma.user.update({
      where: { id: v.userId },
      data: { passwordHash: await hashPassword(next) },
    });
    await this.sessions.revokeAll(v.userId, client.sessionToken);
    await this.knownBrowsers.forgetOthers(v.userId, client.browserToken);
    await this.audit.record({
      workshopId: null,
      actorId: v.userId,
      action: 'account.password-changed',
      targetType: 'User',
      targetId: v.userId,
    });
  }

  /**
   * Sets the password of the person a one-time link was issued to (the first beheerder made by `werkplaats setup`,
   * and whoever gets such a link later), under the sign-in limit per address. The link works once and only until it
   * expires; an unknown, expired or used one is BAD_USER_INPUT on `token`, saying which. The person's other
   * sessions end and their other browsers are forgotten, as after a password change; the caller signs them in.
   */
  async setPasswordWithToken(
    token: string,
    password: string,
    client: ClientInfo,
    now = new Date(),
  ): Promise<{ user: User; token: string; browserToken: string }> {
    await this.rateLimits.consumeAuthAttempt(client.ip);
    const found =
      token.length > 0 && token.length <= 100
        ? await this.prisma.passwordToken.findUnique({
            where: { tokenHash: hashToken(token) },
            include: { user: { select: { erasedAt: true, blockedAt: true, emailConfirmedAt: true } } },
          })
        : null;
    // A blocked account's link opens nothing until a beheerder unblocks it.
    if (!found || found.user.erasedAt || found.user.blockedAt) {
      throw new PasswordLinkError('UNKNOWN');
    }
    if (found.usedAt) {
      throw new PasswordLinkError('USED');
    }
    if (found.expiresAt <= now) {
      throw new PasswordLinkError('EXPIRED');
    }
    const next = validate(newPassword, password, 'password');
    const passwordHash = await hashPassword(next);
    const user = await this.prisma.$transaction(async (tx) => {
      // Used once: of two requests with the same link, only the first finds it unused.
      const { count } = await tx.passwordToken.updateMany({
        where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count !== 1) {
        throw new PasswordLinkError('USED');
      }
      // The link came by mail (or from a beheerder who made the account for that address): the address is proven.
      const updated = await tx.user.update({
        where: { id: found.userId },
        data: { passwordHash, emailConfirmedAt: found.user.emailConfirmedAt ?? now },
      });
      await this.audit.record(
        {
          workshopId: null,
          actorId: found.userId,
          action: 'account.password-set-with-link',
          targetType: 'User',
          targetId: found.userId,
        },
        tx,
      );
      return updated;
    });
    await this.sessions.revokeAll(user.id);
    await this.knownBrowsers.forgetOthers(user.id, client.browserToken);
    const browserToken = await this.knownBrowsers.remember(user.id, client.browserToken);
    const session = await this.sessions.create(user.id, client.userAgent);
    return { user, token: session.token, browserToken };
  }

  /**
   * Ends every session of the person, this one included, and forgets the browsers known to the account but this
   * one (a lost phone is no longer let past the limits); returns how many sessions ended.
   */
  async signOutEverywhere(viewer: MaybeViewer, client: ClientInfo): Promise<number> {
    const v = requireViewer(viewer);
    await this.knownBrowsers.forgetOthers(v.userId, client.browserToken);
    return this.sessions.revokeAll(v.userId);
  }

  /** A new session for a person who just proved who they are another way (an invitation's link). */
  async openSession(userId: string, client: ClientInfo): Promise<{ token: string; browserToken: string }> {
    const browserToken = await this.knownBrowsers.remember(userId, client.browserToken);
    const { token } = await this.sessions.create(userId, client.userAgent);
    return { token, browserToken };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token) await this.sessions.revoke(token);
  }
}
