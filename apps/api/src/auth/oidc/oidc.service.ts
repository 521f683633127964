import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { APP_CONFIG, type AppConfig } from '../../common/config/config.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { AppError, BadInputError, ErrorCode } from '../../common/graphql/app-error.js';
import { PrismaService, type Tx } from '../../common/prisma/prisma.service.js';
import type { User } from '../../generated/prisma/client.js';
import type { ClientInfo } from '../auth.service.js';
import { AuthService } from '../auth.service.js';
import { KnownBrowserService } from '../known-browser.service.js';
import { SessionService } from '../session.service.js';
import { hashToken, newToken } from '../token.js';
import { domainOf } from './oidc-domains.js';
import { SecretBox } from './secret-box.js';

/** How long a started login waits for the provider's answer. */
const LOGIN_MS = 10 * 60_000;
/** How long the page that asks for the password of the account to link stays usable. */
const LINK_MS = 15 * 60_000;
/** Discovery documents and keys are asked again after this long. */
const DISCOVERY_MS = 60 * 60_000;

/** A provider as a login needs it, from the database (a werkplaats's) or the environment (the deployment's). */
export interface ProviderSetting {
  /** The OidcProvider id, or "env:<id>". */
  key: string;
  /** Null for a deployment-wide provider. */
  workshopId: string | null;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  domains: string[];
  requiredForDomains: boolean;
  organisationId: string | null;
  /** Which logins count as members of which organisation, by e-mail domain (claim null) or by a claim. */
  organisationRules: { claim: string | null; value: string; organisationId: string }[];
}

/** Why a login came back refused; the sign-in page says so (no details: they are in the log). */
export class OidcRefused extends Error {}

/** The outcome of a callback: signed in, or the address has an account whose password must be proven first. */
export type CallbackOutcome =
  | { kind: 'signed-in'; token: string; browserToken: string; returnTo: string }
  | { kind: 'link'; linkToken: string };

/**
 * Sign-in with a work account: authorization code flow with PKCE, state and nonce (server-side, once, ten
 * minutes); openid-client checks the ID token (issuer, audience, expiry, nonce, signature from the JWKS).
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('OIDC');
  private readonly box: SecretBox;
  private readonly discovered = new Map<string, { at: number; config: Promise<client.Configuration> }>();

  constructor(
    private readonly prisma: PrismaService,
    private readonly sessions: SessionService,
    private readonly knownBrowsers: KnownBrowserService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.box = new SecretBox(config);
  }

  get callbackUrl(): string {
    return `${this.config.publicUrl}/auth/oidc/callback`;
  }

  sealSecret(secret: string): string {
    return this.box.seal(secret);
  }

  /** The provider of this key, as usable in the werkplaats given (null: none there, or unknown). */
  async provider(key: string, workshopId: string | null): Promise<ProviderSetting | null> {
    if (key.startsWith('env:')) {
      const found = this.config.oidc.providers.find((p) => `env:${p.id}` === key);
      return found ? { ...found, key, workshopId: null, organisationId: null, organisationRules: [] } : null;
    }
    if (!UUID.test(key) || !workshopId) return null;
    // A werkplaats's provider serves only that werkplaats: the lookup carries the werkplaats.
    const row = await this.prisma.oidcProvider.findFirst({
      where: { id: key, workshopId },
      include: { organisationRules: { select: { claim: true, value: true, organisationId: true } } },
    });
    if (!row) return null;
    return {
      key: row.id,
      workshopId: row.workshopId,
      label: row.label,
      issuer: row.issuer,
      clientId: row.clientId,
      clientSecret: this.box.open(row.clientSecretEnc),
      domains: row.domains,
      requiredForDomains: row.requiredForDomains,
      organisationId: row.organisationId,
      organisationRules: row.organisationRules,
    };
  }

  /** The providers offered for an address: the deployment's and those of the werkplaats given, serving its domain. */
  async providersFor(
    email: string,
    workshopId: string | null,
  ): Promise<{ key: string; label: string; required: boolean }[]> {
    const domain = domainOf(email);
    if (!domain) return [];
    const own = workshopId
      ? await this.prisma.oidcProvider.findMany({
          where: { workshopId, domains: { has: domain } },
          select: { id: true, label: true, requiredForDomains: true },
          orderBy: { label: 'asc' },
        })
      : [];
    return [
      ...this.config.oidc.providers
        .filter((p) => p.domains.includes(domain))
        .map((p) => ({ key: `env:${p.id}`, label: p.label, required: p.requiredForDomains })),
      ...own.map((p) => ({ key: p.id, label: p.label, required: p.requiredForDomains })),
    ];
  }

  private async clientConfig(p: ProviderSetting): Promise<client.Configuration> {
    const cacheKey = JSON.stringify([p.key, p.issuer, p.clientId, p.clientSecret]);
    const cached = this.discovered.get(cacheKey);
    if (cached && Date.now() - cached.at < DISCOVERY_MS) return cached.config;
    const issuer = new URL(p.issuer);
    // Plain http only for a provider on this machine (development and the tests' provider).
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    // The ID token's signature is checked against the provider's JWKS too, not only trusted for coming over TLS
    // from the token endpoint (which OpenID Connect Core allows, and openid-client does by default).
    const execute = [client.enableNonRepudiationChecks];
    if (loopback && issuer.protocol === 'http:') execute.push(client.allowInsecureRequests);
    const config = client.discovery(issuer, p.clientId, undefined, client.ClientSecretBasic(p.clientSecret), {
      execute,
    });
    this.discovered.set(cacheKey, { at: Date.now(), config });
    config.catch(() => this.discovered.delete(cacheKey));
    return config;
  }

  /** Starts a login: keeps state, PKCE verifier and nonce, and returns the provider's address to go to. */
  async start(p: ProviderSetting, workshopId: string | null, returnTo: string): Promise<URL> {
    const config = await this.clientConfig(p);
    const state = client.randomState();
    const nonce = client.randomNonce();
    const codeVerifier = client.randomPKCECodeVerifier();
    const now = Date.now();
    await this.prisma.oidcLogin.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
    await this.prisma.oidcLogin.create({
      data: {
        stateHash: hashToken(state),
        providerKey: p.key,
        workshopId,
        codeVerifier,
        nonce,
        returnTo,
        expiresAt: new Date(now + LOGIN_MS),
      },
    });
    return client.buildAuthorizationUrl(config, {
      redirect_uri: this.callbackUrl,
      scope: 'openid email profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /**
   * The provider's answer at the callback address. The state must be one this app issued, not used before and
   * not expired (it is removed here, so a replay finds nothing); the token exchange and the ID token are checked
   * by openid-client. Refused: OidcRefused.
   */
  async callback(currentUrl: URL, clientInfo: ClientInfo): Promise<CallbackOutcome> {
    const state = currentUrl.searchParams.get('state');
    if (!state || state.length > 200) throw new OidcRefused('no state');
    const login = await this.prisma.oidcLogin.findUnique({ where: { stateHash: hashToken(state) } });
    if (!login) throw new OidcRefused('unknown or used state');
    const { count } = await this.prisma.oidcLogin.deleteMany({
      where: { id: login.id, expiresAt: { gt: new Date() } },
    });
    if (count !== 1) throw new OidcRefused('expired or used state');
    const p = await this.provider(login.providerKey, login.workshopId);
    if (!p) throw new OidcRefused('provider gone');
    const config = await this.clientConfig(p);
    let claims: client.IDToken;
    let idToken: string | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: login.codeVerifier,
        expectedState: state,
        expectedNonce: login.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new OidcRefused('no ID token');
      claims = idClaims;
      idToken = tokens.id_token;
    } catch (error) {
      this.logger.warn(`login through ${p.issuer} refused: ${(error as Error).message}`);
      throw new OidcRefused((error as Error).message);
    }
    const issuer = claims.iss;
    const subject = claims.sub;
    const identity = await this.prisma.oidcIdentity.findUnique({
      where: { issuer_subject: { issuer, subject } },
      include: { user: true },
    });
    if (identity) {
      if (identity.user.erasedAt || identity.user.blockedAt) throw new OidcRefused('account closed');
      await this.prisma.oidcIdentity.update({ where: { id: identity.id }, data: { lastUsedAt: new Date() } });
      await this.joinOrganisations(p, identity.user.id, organisationsOf(p, identity.user.email, claims));
      return this.signIn(identity.user, clientInfo, login.returnTo, 'account.oidc-sign-in', p.key, idToken);
    }
    const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : '';
    // An address the provider says it has not verified opens nothing (nor links to an account of that address).
    if (!email || !email.includes('@') || email.length > 254 || claims['email_verified'] === false) {
      throw new OidcRefused('no verified e-mail address');
    }
    const known = await this.prisma.user.findUnique({ where: { email } });
    if (known) {
      if (known.erasedAt || known.blockedAt) throw new OidcRefused('account closed');
      // Never linked by the address alone: the person proves the account's password first (linkOidcLogin).
      const linkToken = newToken();
      await this.prisma.oidcLinkRequest.create({
        data: {
          tokenHash: hashToken(linkToken),
          userId: known.id,
          issuer,
          subject,
          providerKey: p.key,
          label: p.label,
          workshopId: login.workshopId,
          returnTo: login.returnTo,
          organisationIds: organisationsOf(p, email, claims),
          expiresAt: new Date(Date.now() + LINK_MS),
        },
      });
      return { kind: 'link', linkToken };
    }
    const name =
      (typeof claims['name'] === 'string' && claims['name'].trim().slice(0, 120)) || email.split('@')[0]!;
    const user = await this.prisma.$transaction(async (tx) => {
      const created = await tx.user.create({
        // The provider vouches for the address: confirmed; no password (the work account is the way in).
        data: { id: randomUUID(), email, name, passwordHash: null, emailConfirmedAt: new Date() },
      });
      await tx.oidcIdentity.create({
        data: { userId: created.id, issuer, subject, providerId: providerIdOf(p), label: p.label },
      });
      await this.audit.record(
        {
          workshopId: p.workshopId,
          actorId: created.id,
          action: 'account.oidc-sign-up',
          targetType: 'User',
          targetId: created.id,
        },
        tx,
      );
      return created;
    });
    await this.joinOrganisations(p, user.id, organisationsOf(p, email, claims));
    return this.signIn(user, clientInfo, login.returnTo, null, p.key, idToken);
  }

  /**
   * Links the login waiting behind a link token to its account once the account's password is proven (under the
   * limits on wrong passwords), and signs in. Unknown, used or expired: BAD_USER_INPUT on `token`; a wrong
   * password: BAD_USER_INPUT on `password` (rule wrongPassword).
   */
  async link(
    linkToken: string,
    password: string,
    clientInfo: ClientInfo,
  ): Promise<{ user: User; token: string; browserToken: string; returnTo: string }> {
    const request =
      linkToken.length > 0 && linkToken.length <= 100
        ? await this.prisma.oidcLinkRequest.findUnique({
            where: { tokenHash: hashToken(linkToken) },
            include: { user: true },
          })
        : null;
    const now = new Date();
    if (!request || request.user.erasedAt || request.user.blockedAt) {
      throw new AppError('This link is not known: sign in again', ErrorCode.BAD_USER_INPUT, {
        field: 'token',
        reason: 'UNKNOWN',
      });
    }
    if (request.usedAt || request.expiresAt <= now) {
      throw new AppError('This link has expired: sign in again', ErrorCode.BAD_USER_INPUT, {
        field: 'token',
        reason: request.usedAt ? 'USED' : 'EXPIRED',
      });
    }
    if (!(await this.auth.confirmPassword(request.user, password, clientInfo))) {
      throw new BadInputError('password', 'The password is not right', 'wrongPassword');
    }
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.oidcLinkRequest.updateMany({
        where: { id: request.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (count !== 1) {
        throw new AppError('This link has been used already', ErrorCode.BAD_USER_INPUT, {
          field: 'token',
          reason: 'USED',
        });
      }
      // The (issuer, sub) pair is unique: a login linked meanwhile to another account stays there.
      const { count: linked } = await tx.oidcIdentity.createMany({
        data: [
          {
            userId: request.userId,
            issuer: request.issuer,
            subject: request.subject,
            providerId: UUID.test(request.providerKey) ? request.providerKey : null,
            label: request.label,
          },
        ],
        skipDuplicates: true,
      });
      if (linked !== 1) {
        throw new AppError('This login is linked to another account', ErrorCode.CONFLICT, { field: 'token' });
      }
      await this.audit.record(
        {
          workshopId: request.workshopId,
          actorId: request.userId,
          action: 'account.oidc-linked',
          targetType: 'User',
          targetId: request.userId,
        },
        tx,
      );
    });
    const p = await this.provider(request.providerKey, request.workshopId);
    if (p) await this.joinOrganisations(p, request.userId, request.organisationIds ?? []);
    // The ID token of that login was not kept while the password was asked: the logout asks without its hint.
    const session = await this.signIn(request.user, clientInfo, request.returnTo, null, request.providerKey);
    return {
      user: request.user,
      token: session.token,
      browserToken: session.browserToken,
      returnTo: session.returnTo,
    };
  }

  /** A person's linked logins, oldest first. */
  identitiesOf(userId: string) {
    return this.prisma.oidcIdentity.findMany({
      where: { userId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
  }

  /**
   * Removes one of the person's own linked logins; refused (CONFLICT, reason LAST_SIGN_IN) when it is their only
   * way in (no password and no other login).
   */
  async removeIdentity(userId: string, identityId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const own = await tx.oidcIdentity.findMany({ where: { userId }, select: { id: true } });
      if (!own.some((i) => i.id === identityId)) throw new AppError('Login not found', ErrorCode.NOT_FOUND);
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
      if (!user.passwordHash && own.length === 1) {
        throw new AppError('This is your only way to sign in: set a password first', ErrorCode.CONFLICT, {
          reason: 'LAST_SIGN_IN',
        });
      }
      await tx.oidcIdentity.delete({ where: { id: identityId } });
      await this.audit.record(
        {
          workshopId: null,
          actorId: userId,
          action: 'account.oidc-unlinked',
          targetType: 'User',
          targetId: userId,
        },
        tx,
      );
    });
  }

  /**
   * The provider's logout address for a session that signed in through it (the session has ended already), or
   * null when the provider is gone or offers no RP-initiated logout (no end_session_endpoint). Returns the person
   * to this app's front page afterwards.
   */
  async logoutUrl(ended: {
    providerKey: string;
    idTokenEnc: string | null;
  }): Promise<{ url: string; label: string } | null> {
    const p = await this.providerByKey(ended.providerKey);
    if (!p) return null;
    try {
      const config = await this.clientConfig(p);
      if (!config.serverMetadata().end_session_endpoint) return null;
      const parameters: Record<string, string> = { post_logout_redirect_uri: this.config.publicUrl };
      const idToken = ended.idTokenEnc ? this.box.open(ended.idTokenEnc) : null;
      if (idToken) parameters['id_token_hint'] = idToken;
      return { url: client.buildEndSessionUrl(config, parameters).href, label: p.label };
    } catch (error) {
      // The local session has ended; a provider that cannot be reached only costs the link to its logout.
      this.logger.warn(`no logout address from ${p.issuer}: ${(error as Error).message}`);
      return null;
    }
  }

  /** The provider a session came through, by key alone: the session carries no werkplaats, and asks no access. */
  private async providerByKey(key: string): Promise<ProviderSetting | null> {
    if (key.startsWith('env:')) return this.provider(key, null);
    if (!UUID.test(key)) return null;
    const row = await this.prisma.oidcProvider.findUnique({
      where: { id: key },
      select: { workshopId: true },
    });
    return row ? this.provider(key, row.workshopId) : null;
  }

  /** A login matched to organisations (organisationsOf) counts as a confirmed membership of each. */
  private async joinOrganisations(
    p: ProviderSetting,
    userId: string,
    organisationIds: string[],
  ): Promise<void> {
    if (!p.workshopId || organisationIds.length === 0) return;
    const workshopId = p.workshopId;
    await this.prisma.$transaction(async (tx: Tx) => {
      // Only organisations of the provider's own werkplaats, still listed.
      const organisations = await tx.organisation.findMany({
        where: { id: { in: organisationIds }, workshopId, status: 'LISTED' },
        select: { id: true },
      });
      for (const { id: organisationId } of organisations) {
        await tx.membership.upsert({
          where: { userId_organisationId: { userId, organisationId } },
          create: { userId, organisationId, status: 'CONFIRMED', decidedAt: new Date() },
          update: { status: 'CONFIRMED', decidedAt: new Date() },
        });
      }
    });
  }

  private async signIn(
    user: User,
    clientInfo: ClientInfo,
    returnTo: string,
    action: string | null,
    providerKey: string,
    idToken?: string,
  ): Promise<{ kind: 'signed-in'; token: string; browserToken: string; returnTo: string }> {
    // Rotated at login: the session the browser had (if any) ends, a new token is issued.
    await this.auth.signOut(clientInfo.sessionToken);
    const browserToken = await this.knownBrowsers.remember(user.id, clientInfo.browserToken);
    // The session remembers its provider (and the ID token, sealed) for the provider's logout at sign-out.
    const { token } = await this.sessions.create(user.id, clientInfo.userAgent, {
      providerKey,
      idTokenEnc: idToken ? this.box.seal(idToken) : null,
    });
    if (action) {
      await this.audit.record({
        workshopId: null,
        actorId: user.id,
        action,
        targetType: 'User',
        targetId: user.id,
      });
    }
    return { kind: 'signed-in', token, browserToken, returnTo };
  }
}

function providerIdOf(p: ProviderSetting): string | null {
  return p.key.startsWith('env:') ? null : p.key;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organisations a login through this provider belongs to: the provider's own (for an address of its domains,
 * or any address when it lists none) and every rule that matches the e-mail domain or an ID-token claim.
 */
export function organisationsOf(
  p: ProviderSetting,
  email: string,
  claims: Record<string, unknown>,
): string[] {
  const domain = domainOf(email);
  const found = new Set<string>();
  if (p.organisationId && (p.domains.length === 0 || p.domains.includes(domain))) found.add(p.organisationId);
  for (const rule of p.organisationRules) {
    if (rule.claim === null ? rule.value === domain : claimHolds(claims[rule.claim], rule.value)) {
      found.add(rule.organisationId);
    }
  }
  return [...found];
}

/** A claim equals the value (a string, number or boolean written out), or, as a list ("groups"), holds it. */
function claimHolds(claim: unknown, value: string): boolean {
  if (Array.isArray(claim)) return claim.some((item) => claimHolds(item, value));
  return (
    (typeof claim === 'string' || typeof claim === 'number' || typeof claim === 'boolean') &&
    String(claim) === value
  );
}
