import { Inject, Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { PrivacyStatement as PrivacyStatementRow } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { requireAdmin } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import { byKey, type Loaded, type Loaders } from '../common/graphql/loaders.js';
import { validate } from '../common/graphql/validate.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { KNOWN_BROWSER_MS } from '../auth/known-browser.service.js';
import { PASSWORD_TOKEN_DAYS } from '../auth/password-token.js';
import type { UpdatePrivacyStatementInput } from './dto/privacy-statement.input.js';
import type { PrivacyStatement } from './models/privacy-statement.model.js';
import type { RetentionFacts } from './processing-register.js';
import { DRAFT_GRACE_DAYS } from './retention-rules.js';
import { registerCsv, registerJson } from './register-document.js';

/** A part's text: trimmed; empty goes back to the default text. */
const part = z
  .string()
  .trim()
  .max(5000, { message: 'is too long (at most 5000 characters)' })
  .nullish()
  .transform((value) => value || null);

const statementSchema = z.object({
  controller: part,
  purposes: part,
  legalGrounds: part,
  retention: part,
  rights: part,
  dpoContact: part,
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .nullish()
    .transform((value) => value || null)
    .pipe(z.email({ message: 'is not an email address' }).nullable()),
});

const DEFAULT_STATEMENT: PrivacyStatement = {
  controller: null,
  purposes: null,
  legalGrounds: null,
  retention: null,
  rights: null,
  dpoContact: null,
  contactEmail: null,
  updatedAt: null,
};

/**
 * The statements the law expects of a werkplaats: its privacy statement (public, written by its beheerders) and
 * its register of processing (for its beheerders, to hand to the FG).
 */
@Injectable()
export class PrivacyStatementService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A werkplaats's statement; all default until a beheerder writes a part. */
  loadStatement(loaders: Loaders, workshopId: string): Loaded<PrivacyStatement> {
    return loaders
      .get<string, PrivacyStatement>(
        'workshop.privacyStatement',
        async (ids) =>
          byKey<string, PrivacyStatementRow, PrivacyStatement>(
            ids,
            await this.prisma.privacyStatement.findMany({ where: { workshopId: { in: [...ids] } } }),
            (row) => row.workshopId,
            DEFAULT_STATEMENT,
          ) as PrivacyStatement[],
      )
      .value(workshopId);
  }

  /** Writes the statement (every part: an empty one goes back to the default), audited with the parts changed. */
  async update(
    viewer: MaybeViewer,
    workshopId: string,
    input: UpdatePrivacyStatementInput,
  ): Promise<PrivacyStatement> {
    const v = requireAdmin(viewer, workshopId);
    const data = validate(statementSchema, input);
    return this.prisma.$transaction(async (tx) => {
      const before = await tx.privacyStatement.findUnique({ where: { workshopId } });
      const row = await tx.privacyStatement.upsert({
        where: { workshopId },
        create: { workshopId, ...data },
        update: data,
      });
      const changed = (Object.keys(data) as (keyof typeof data)[]).filter(
        (key) => (before?.[key] ?? null) !== data[key],
      );
      await this.audit.record(
        {
          workshopId,
          actorId: v.userId,
          action: 'privacy-statement.updated',
          targetType: 'Workshop',
          targetId: workshopId,
          details: { changed },
        },
        tx,
      );
      return row;
    });
  }

  /** The register of processing of a werkplaats, as JSON and as CSV, for its beheerders. */
  async register(
    viewer: MaybeViewer,
    workshopId: string,
    now: Date,
  ): Promise<{ json: string; csv: string; generatedAt: Date }> {
    requireAdmin(viewer, workshopId);
    const workshop = await this.prisma.workshop.findUnique({
      where: { id: workshopId },
      select: { name: true, privacyStatement: true, draftRetentionMonths: true },
    });
    if (!workshop) throw new NotFoundError('Workshop');
    const facts = this.retentionFacts(workshop.draftRetentionMonths);
    const statement = workshop.privacyStatement;
    const heading = {
      workshopName: workshop.name,
      controller: statement?.controller ?? null,
      dpoContact: statement?.dpoContact ?? null,
      contactEmail: statement?.contactEmail ?? null,
      generatedAt: now,
    };
    return { json: registerJson(heading, facts), csv: registerCsv(facts), generatedAt: now };
  }

  /** How long the code keeps what, from the configuration of this deployment. */
  retentionFacts(draftRetentionMonths: number): RetentionFacts {
    return {
      draftRetentionMonths,
      draftGraceDays: DRAFT_GRACE_DAYS,
      sessionIdleMinutes: Math.round(this.config.session.idleMs / 60_000),
      sessionAbsoluteHours: Math.round(this.config.session.absoluteMs / 3_600_000),
      knownBrowserDays: Math.round(KNOWN_BROWSER_MS / 86_400_000),
      passwordTokenDays: PASSWORD_TOKEN_DAYS,
    };
  }
}
