import { z } from 'zod';
import { PASSWORD_TOKEN_DAYS, issuePasswordToken, passwordLink } from '../auth/password-token.js';
import type { AppConfig } from '../common/config/config.js';
import { queueAccountLinkMail } from '../mail/account-started.js';
import { AuditService } from '../common/audit/audit.service.js';
import type { PrismaService, Tx } from '../common/prisma/prisma.service.js';
import { SetupRefusal, type WerkgebiedMunicipality } from './werkgebied-file.js';

export interface SetupRequest {
  name: string;
  slug: string;
  region: string;
  municipalities: WerkgebiedMunicipality[];
  beheerderEmail: string;
  beheerderName: string;
  /** Issue a new one-time link for the beheerder of a werkplaats that exists already. */
  newLink: boolean;
}

export interface SetupOutcome {
  created: boolean;
  /** Whether the link was queued to the beheerder by mail as well (when mail is configured). */
  mailed: boolean;
  /** What happened, in sentences for the operator. */
  lines: string[];
  /** The one-time link to set the beheerder's password, when one was issued. */
  link: string | null;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const requestSchema = z.object({
  name: z.string().trim().min(1).max(200),
  slug: z.string().max(60).regex(SLUG),
  region: z.string().trim().min(1).max(120),
  beheerderEmail: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  beheerderName: z.string().trim().min(1).max(120),
});

/** Checks the flags before the database is opened; a refusal names the flag at fault. */
export function checkSetupRequest<T extends Omit<SetupRequest, 'municipalities' | 'newLink'>>(request: T): T {
  const parsed = requestSchema.safeParse(request);
  if (parsed.success) return { ...request, ...parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  const why: Record<string, string> = {
    name: '--name must be the werkplaats name, at most 200 characters.',
    slug: `--slug must be lower-case letters and digits joined by single hyphens (like arnhem-nijmegen), at most 60 characters, not "${request.slug}".`,
    region: '--region must be the region it serves, at most 120 characters.',
    beheerderEmail: `--beheerder-email must be an e-mail address, not "${request.beheerderEmail}".`,
    beheerderName: '--beheerder-name must be the first beheerder’s name, at most 120 characters.',
  };
  throw new SetupRefusal(why[field] ?? 'The flags are invalid.');
}

/**
 * Sets up a werkplaats on this deployment: the werkplaats (name, slug, region) with its werkgebied, and its first
 * beheerder, who gets a one-time link to set a password. The reference data every werkplaats shares (the national
 * themes; conditions, levels, domains and organisation kinds are enums) comes with the migrations. Idempotent: a
 * werkplaats whose slug exists is left as it is (a new link is issued only when asked), all in one transaction.
 */
export async function setUpWorkshop(
  prisma: PrismaService,
  request: SetupRequest,
  config: Pick<AppConfig, 'publicUrl' | 'production' | 'mail'>,
): Promise<SetupOutcome> {
  const audit = new AuditService(prisma);
  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.workshop.findUnique({ where: { slug: request.slug } });
      if (existing) return existingWorkshop(tx, existing, request, config);

      const lines: string[] = [];
      const workshop = await tx.workshop.create({
        data: { slug: request.slug, name: request.name, region: request.region },
      });
      await tx.municipality.createMany({
        data: request.municipalities.map((m) => ({ workshopId: workshop.id, ...m })),
      });
      const places = request.municipalities.reduce((sum, m) => sum + m.places.length, 0);
      lines.push(
        `Created werkplaats ${workshop.slug} ("${workshop.name}", ${request.region}) with ${request.municipalities.length} gemeente(n)` +
          (places > 0 ? ` and ${places} kern(en).` : '.'),
      );

      const account = await tx.user.findUnique({
        where: { email: request.beheerderEmail },
        include: { roles: { where: { role: 'ADMIN' }, include: { workshop: { select: { slug: true } } } } },
      });
      let user: { id: string; passwordHash: string | null };
      if (account) {
        user = account;
        const elsewhere = account.roles.map((r) => r.workshop.slug);
        lines.push(
          `${request.beheerderEmail} has an account already (kept as it is)` +
            (elsewhere.length > 0 ? ` and is beheerder of ${elsewhere.join(', ')} too.` : '.'),
        );
      } else {
        user = await tx.user.create({
          data: { email: request.beheerderEmail, name: request.beheerderName, passwordHash: null },
        });
      }
      await tx.workshopRole.create({ data: { userId: user.id, workshopId: workshop.id, role: 'ADMIN' } });
      lines.push(`${request.beheerderEmail} is beheerder of ${workshop.slug}.`);
      await audit.record(
        {
          workshopId: workshop.id,
          actorId: null,
          action: 'workshop.set-up',
          targetType: 'Workshop',
          targetId: workshop.id,
          details: { beheerder: user.id, municipalities: request.municipalities.length },
        },
        tx,
      );

      // A person who has a password signs in with it; a link is issued for one who has none (or when asked).
      const link =
        user.passwordHash === null || request.newLink
          ? await newLink(tx, user.id, workshop.id, config)
          : null;
      if (!link) lines.push(`${request.beheerderEmail} signs in with the password of that account.`);
      return { created: true, lines, link: link?.link ?? null, mailed: link?.mailed ?? false };
    },
    { timeout: 30_000, maxWait: 10_000 },
  );
}

async function existingWorkshop(
  tx: Tx,
  workshop: { id: string; slug: string; name: string },
  request: SetupRequest,
  config: Pick<AppConfig, 'publicUrl' | 'production' | 'mail'>,
): Promise<SetupOutcome> {
  const lines = [`Werkplaats ${workshop.slug} ("${workshop.name}") exists already; nothing changed.`];
  const beheerder = await tx.user.findFirst({
    where: {
      email: request.beheerderEmail,
      erasedAt: null,
      roles: { some: { workshopId: workshop.id, role: 'ADMIN' } },
    },
    select: { id: true, passwordHash: true },
  });
  if (!beheerder) {
    // Nothing is changed for another address: granting roles is for the werkplaats' own beheerders.
    if (request.newLink) {
      throw new SetupRefusal(
        `${request.beheerderEmail} is not a beheerder of ${workshop.slug}, so no link was issued; a beheerder grants roles in the app.`,
      );
    }
    lines.push(
      `${request.beheerderEmail} is not a beheerder of it; a beheerder of ${workshop.slug} grants roles in the app.`,
    );
    return { created: false, lines, link: null, mailed: false };
  }
  if (request.newLink) {
    return { created: false, lines, ...(await newLink(tx, beheerder.id, workshop.id, config)) };
  }
  lines.push(
    beheerder.passwordHash === null
      ? `${request.beheerderEmail} has not set a password yet; run this again with --new-link for a new link.`
      : `${request.beheerderEmail} has set a password; run this again with --new-link to let them set another.`,
  );
  return { created: false, lines, link: null, mailed: false };
}

/** A new one-time link for the beheerder, queued to them by mail as well when mail is configured. */
async function newLink(
  tx: Tx,
  userId: string,
  workshopId: string,
  config: Pick<AppConfig, 'publicUrl' | 'production' | 'mail'>,
): Promise<{ link: string; mailed: boolean }> {
  const { token } = await issuePasswordToken(tx, userId);
  const link = passwordLink(config.publicUrl, token);
  const mailed = await queueAccountLinkMail(tx, config, {
    userId,
    workshopId,
    link,
    validDays: PASSWORD_TOKEN_DAYS,
    firstBeheerder: true,
  });
  return { link, mailed };
}
