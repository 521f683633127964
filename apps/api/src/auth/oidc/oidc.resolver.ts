import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { CurrentViewer, Public, SignedIn } from '../../common/authz/access.decorators.js';
import { requireAdmin, requireViewer } from '../../common/authz/policy.js';
import type { MaybeViewer } from '../../common/authz/viewer.js';
import { APP_CONFIG, type AppConfig } from '../../common/config/config.js';
import { AuditService } from '../../common/audit/audit.service.js';
import { BadInputError, NotFoundError } from '../../common/graphql/app-error.js';
import { fromGlobalId, toGlobalId } from '../../common/graphql/relay.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { validate } from '../../common/graphql/validate.js';
import { PrismaService } from '../../common/prisma/prisma.service.js';
import { User } from '../../user/models/user.model.js';
import { clientOf } from '../client.js';
import { SessionService } from '../session.service.js';
import { setSessionCookies } from './oidc.route.js';
import { LinkedLogin, OidcProviderInput, OidcProviderSetting, SignInProvider } from './oidc.models.js';
import { OidcService, UUID } from './oidc.service.js';

const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, ''))
  .pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { message: 'is not an e-mail domain' }));

const providerSchema = z.object({
  label: z.string().trim().min(1, { message: 'is required' }).max(80, { message: 'is too long' }),
  issuer: z
    .string()
    .trim()
    .max(500)
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          // https, except a provider on this machine (development, the tests' provider).
          return (
            url.protocol === 'https:' ||
            (url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname))
          );
        } catch {
          return false;
        }
      },
      { message: 'is not an https:// address' },
    ),
  clientId: z.string().trim().min(1, { message: 'is required' }).max(300),
  clientSecret: z.string().max(500).nullish(),
  domains: z.array(emailDomain).max(50),
  requiredForDomains: z.boolean(),
  organisationId: z.string().nullish(),
  organisationRules: z
    .array(
      z.object({
        claim: z
          .string()
          .trim()
          .regex(/^[A-Za-z0-9_.:/-]{1,100}$/, { message: 'is not a claim name' })
          .nullish(),
        value: z.string().trim().min(1, { message: 'is required' }).max(300),
        organisationId: z.string(),
      }),
    )
    .max(50)
    .nullish(),
});

const RULES = {
  organisationRules: {
    select: { claim: true, value: true, organisationId: true },
    orderBy: [{ createdAt: 'asc' as const }, { id: 'asc' as const }],
  },
};

/** Sign-in with a work account: what the sign-in page offers, linking, one's linked logins, and the beheer of providers. */
@Resolver()
export class OidcResolver {
  constructor(
    private readonly oidc: OidcService,
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => [SignInProvider], {
    description:
      "The work-account providers for an address's domain: the deployment's, and those of the werkplaats named " +
      '(by its slug). Empty for an unknown domain; nothing is told about accounts.',
  })
  async signInProviders(
    @Args('email') email: string,
    @Args('workshopSlug', { type: () => String, nullable: true }) workshopSlug: string | null,
  ): Promise<SignInProvider[]> {
    if (email.length > 254) return [];
    const workshop = workshopSlug
      ? await this.prisma.workshop.findUnique({
          where: { slug: workshopSlug.slice(0, 100) },
          select: { id: true },
        })
      : null;
    const found = await this.oidc.providersFor(email, workshop?.id ?? null);
    return found.map((p) => ({ id: p.key, label: p.label, required: p.required }));
  }

  @Public()
  @Mutation(() => User, {
    description:
      'Links the work-account login waiting behind the token of /inloggen/koppelen?token=… to the account of its ' +
      "address, once you prove that account's password, and signs in (sets the session cookie). An unknown, used " +
      'or expired token is BAD_USER_INPUT on "token" (reason UNKNOWN, USED or EXPIRED); a wrong password ' +
      'BAD_USER_INPUT on "password" (rule wrongPassword), under the limits on wrong passwords.',
  })
  async linkOidcLogin(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context() ctx: RequestContext,
  ): Promise<User> {
    const linked = await this.oidc.link(token, password, clientOf(ctx, this.config));
    const viewer = (await this.sessions.resolve(linked.token))?.viewer ?? null;
    ctx.viewer = viewer;
    ctx.req.viewer = viewer;
    ctx.req.sessionToken = linked.token;
    setSessionCookies(ctx.reply, this.config, linked.token, linked.browserToken);
    return linked.user;
  }

  @SignedIn()
  @Query(() => [LinkedLogin], { description: 'Your logins at work-account providers, oldest first.' })
  async myLinkedLogins(@CurrentViewer() viewer: MaybeViewer): Promise<LinkedLogin[]> {
    return this.oidc.identitiesOf(requireViewer(viewer).userId);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Removes one of your linked logins. Your only way to sign in (no password, no other login) is CONFLICT with ' +
      'reason LAST_SIGN_IN; a login not yours NOT_FOUND.',
  })
  async removeLinkedLogin(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: MaybeViewer,
  ): Promise<boolean> {
    if (!UUID.test(id)) throw new NotFoundError('Login');
    await this.oidc.removeIdentity(requireViewer(viewer).userId, id);
    return true;
  }

  @SignedIn()
  @Query(() => [OidcProviderSetting], {
    description: "A werkplaats's work-account providers, for its beheerders.",
  })
  async oidcProviders(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @CurrentViewer() viewer: MaybeViewer,
  ): Promise<OidcProviderSetting[]> {
    const id = fromGlobalId('Workshop', workshopId, 'workshopId');
    requireAdmin(viewer, id);
    const rows = await this.prisma.oidcProvider.findMany({
      where: { workshopId: id },
      include: RULES,
      orderBy: [{ label: 'asc' }, { id: 'asc' }],
    });
    return rows.map((row) => this.setting(row));
  }

  @SignedIn()
  @Mutation(() => OidcProviderSetting, {
    description:
      "Adds (without id) or changes a werkplaats's work-account provider, for its beheerders. The client secret " +
      'is kept encrypted; required for a new provider. Input that is wrong is BAD_USER_INPUT on its field.',
  })
  async saveOidcProvider(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
    @Args('input') input: OidcProviderInput,
    @CurrentViewer() viewer: MaybeViewer,
  ): Promise<OidcProviderSetting> {
    const wid = fromGlobalId('Workshop', workshopId, 'workshopId');
    const v = requireAdmin(viewer, wid);
    const data = validate(providerSchema, input, 'input');
    const organisationId = data.organisationId
      ? fromGlobalId('Organisation', data.organisationId, 'input.organisationId')
      : null;
    if (organisationId) await this.requireOrganisation(wid, organisationId, 'input.organisationId');
    const rules = data.organisationRules
      ? await Promise.all(
          data.organisationRules.map(async (rule, i) => {
            const field = `input.organisationRules.${i}`;
            const ruleOrganisation = fromGlobalId(
              'Organisation',
              rule.organisationId,
              `${field}.organisationId`,
            );
            await this.requireOrganisation(wid, ruleOrganisation, `${field}.organisationId`);
            const claim = rule.claim || null;
            // A domain rule's value is checked as the domains are; a claim's value is taken as written.
            const domain = claim === null ? emailDomain.safeParse(rule.value) : null;
            if (domain && !domain.success) {
              throw new BadInputError(`${field}.value`, 'is not an e-mail domain', 'invalid');
            }
            return { claim, value: domain?.data ?? rule.value, organisationId: ruleOrganisation };
          }),
        )
      : null;
    const secret = data.clientSecret?.trim() ? this.oidc.sealSecret(data.clientSecret.trim()) : null;
    const fields = {
      label: data.label,
      issuer: data.issuer.replace(/\/+$/, ''),
      clientId: data.clientId,
      domains: [...new Set(data.domains)],
      requiredForDomains: data.requiredForDomains,
      organisationId,
    };
    const isNew = !id;
    if (id) {
      if (!UUID.test(id)) throw new NotFoundError('Provider');
      // The werkplaats is part of the condition: a provider of another werkplaats is not found.
      const { count } = await this.prisma.oidcProvider.updateMany({
        where: { id, workshopId: wid },
        data: { ...fields, ...(secret ? { clientSecretEnc: secret } : {}) },
      });
      if (count !== 1) throw new NotFoundError('Provider');
    } else {
      if (!secret) throw new BadInputError('input.clientSecret', 'is required', 'required');
      ({ id } = await this.prisma.oidcProvider.create({
        data: { ...fields, workshopId: wid, clientSecretEnc: secret },
        select: { id: true },
      }));
    }
    const providerId = id;
    if (rules) {
      const now = Date.now();
      await this.prisma.$transaction([
        this.prisma.oidcOrganisationRule.deleteMany({ where: { providerId } }),
        // Kept in the order given: each a millisecond after the one before.
        this.prisma.oidcOrganisationRule.createMany({
          data: rules.map((r, i) => ({ ...r, providerId, createdAt: new Date(now + i) })),
        }),
      ]);
    }
    const row = await this.prisma.oidcProvider.findUniqueOrThrow({
      where: { id: providerId },
      include: RULES,
    });
    await this.audit.record({
      workshopId: wid,
      actorId: v.userId,
      action: isNew ? 'oidc-provider.added' : 'oidc-provider.changed',
      targetType: 'OidcProvider',
      targetId: row.id,
    });
    return this.setting(row);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      "Removes a werkplaats's work-account provider (its linked logins stay, unusable through it).",
  })
  async deleteOidcProvider(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: MaybeViewer,
  ): Promise<boolean> {
    const wid = fromGlobalId('Workshop', workshopId, 'workshopId');
    const v = requireAdmin(viewer, wid);
    if (!UUID.test(id)) throw new NotFoundError('Provider');
    const { count } = await this.prisma.oidcProvider.deleteMany({ where: { id, workshopId: wid } });
    if (count !== 1) throw new NotFoundError('Provider');
    await this.audit.record({
      workshopId: wid,
      actorId: v.userId,
      action: 'oidc-provider.removed',
      targetType: 'OidcProvider',
      targetId: id,
    });
    return true;
  }

  /** An organisation of this werkplaats, or BAD_USER_INPUT on the field that named it. */
  private async requireOrganisation(
    workshopId: string,
    organisationId: string,
    field: string,
  ): Promise<void> {
    const organisation = await this.prisma.organisation.findFirst({
      where: { id: organisationId, workshopId },
      select: { id: true },
    });
    if (!organisation) throw new BadInputError(field, 'No such organisation here', 'unknown');
  }

  private setting(row: {
    id: string;
    label: string;
    issuer: string;
    clientId: string;
    domains: string[];
    requiredForDomains: boolean;
    organisationId: string | null;
    organisationRules: { claim: string | null; value: string; organisationId: string }[];
  }): OidcProviderSetting {
    return {
      id: row.id,
      label: row.label,
      issuer: row.issuer,
      clientId: row.clientId,
      domains: row.domains,
      requiredForDomains: row.requiredForDomains,
      organisationId: row.organisationId ? toGlobalId('Organisation', row.organisationId) : null,
      organisationRules: row.organisationRules.map((r) => ({
        claim: r.claim,
        value: r.value,
        organisationId: toGlobalId('Organisation', r.organisationId),
      })),
      redirectUri: this.oidc.callbackUrl,
    };
  }
}
