import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { Atelier as AtelierRow, Workshop as WorkshopRow } from '../generated/prisma/client.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { AccessService } from '../common/authz/access.service.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { isAdmin, mayReadPrivacyWordsIn, requireAdmin } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { AuditService } from '../common/audit/audit.service.js';
import { BadInputError } from '../common/graphql/app-error.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { Workshop } from '../werkgebied/models/municipality.model.js';
import { privacyWordsOf } from './climb-check.js';

const MAX_WORDS = 2000;
const MAX_WORD_LENGTH = 100;

/**
 * The werkplaats's own words for the personal-data check (street names, local place names): a text climbing above
 * PRACTICE that names one is stopped like a name would be. Kept by its beheerders in beheer.
 */
@Resolver(() => Workshop)
export class WorkshopPrivacyWordsResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  @ResolveField(() => [String], {
    nullable: true,
    description: 'Its own words for the personal-data check, A–Z; for its beheerders (null for others).',
  })
  privacyWords(workshop: WorkshopRow, _args: unknown, ctx: RequestContext): string[] | null {
    return isAdmin(ctx.viewer, workshop.id) ? workshop.privacyWords : null;
  }

  @SignedIn()
  @Mutation(() => Workshop, {
    description:
      "Replaces a werkplaats's word list for the personal-data check (one word or name per item; duplicates and empty items are dropped). For its beheerders.",
  })
  async setPrivacyWords(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('words', { type: () => [String] }) words: string[],
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    const id = fromGlobalId('Workshop', workshopId, 'workshopId');
    const v = requireAdmin(viewer, id);
    const list = [...new Set(words.map((w) => w.trim().replace(/\s+/g, ' ')).filter((w) => w !== ''))].sort(
      (a, b) => a.localeCompare(b, 'nl'),
    );
    if (list.length > MAX_WORDS)
      throw new BadInputError('words', `at most ${MAX_WORDS} words`, 'maxLength', { max: MAX_WORDS });
    const long = list.findIndex((w) => w.length > MAX_WORD_LENGTH);
    if (long >= 0)
      throw new BadInputError(`words.${long}`, `at most ${MAX_WORD_LENGTH} characters`, 'maxLength', {
        max: MAX_WORD_LENGTH,
      });
    return this.prisma.$transaction(async (tx) => {
      const workshop = await tx.workshop.update({ where: { id }, data: { privacyWords: list } });
      await this.audit.record(
        {
          workshopId: id,
          actorId: v.userId,
          action: 'workshop.privacy-words',
          targetType: 'Workshop',
          targetId: id,
          details: { count: list.length },
        },
        tx,
      );
      return workshop;
    });
  }
}

/**
 * The same words where texts are written: the browser's hints while typing (PersonalDataHints) pass them to the
 * package's check as the server does, so a street on the list is hinted before sharing is refused over it.
 */
@Resolver(() => Atelier)
export class AtelierPrivacyWordsResolver {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
  ) {}

  @ResolveField(() => [String], {
    nullable: true,
    description:
      "Its werkplaats's own words for the personal-data check, for the hints while writing: for those who write in it (its arena, trekker and the commissie); null for others.",
  })
  async privacyWords(atelier: AtelierRow, _args: unknown, ctx: RequestContext): Promise<string[] | null> {
    const role = await this.access.atelierRoleFor(ctx.loaders, ctx.viewer, atelier.id);
    if (!mayReadPrivacyWordsIn(role)) return null;
    return privacyWordsOf(ctx.loaders, this.prisma, atelier.workshopId);
  }
}
