import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import type {
  Insight,
  Lesson,
  NationalTheme,
  Organisation,
  Prisma,
  Product,
  StoredFile,
  User,
} from '../generated/prisma/client.js';
import { ProductKind, ProductO, Visibility } from '../generated/prisma/enums.js';
import { AuditService } from '../common/audit/audit.service.js';
import { AccessService } from '../common/authz/access.service.js';
import {
  allowedProductSteps,
  listedOrganisations,
  mayEditProduct,
  readableInsights,
  readableLessons,
  readableProducts,
  readableProductsIn,
  requireProductEdit,
  requireProductRegistration,
  requireProductStep,
  type AtelierRole,
} from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { BadInputError, ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import { allOf, paginate, type ConnectionPage } from '../common/graphql/connection.js';
import { type Loaded, type Loaders, byKey, groupByKey } from '../common/graphql/loaders.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, type NodeType } from '../common/graphql/relay.js';
import { rule, validate } from '../common/graphql/validate.js';
import { NotificationService } from '../notification/notification.service.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { FilesService } from '../files/files.service.js';
import {
  acceptedOf,
  choiceCounts,
  climbFindings,
  PersonalDataError,
  privacyWordsOf,
  requireNoPersonalData,
  resolvePersonalData,
  workshopWords,
  type ChoiceInput,
  type ClimbFinding,
} from '../privacy/climb-check.js';
import type { RegisterProductInput, UpdateProductInput } from './dto/register-product.input.js';
import type { ProductsArgs } from './dto/products.args.js';

/** The rungs where an item is shared beyond the arena. */
const SHARED_RUNGS: readonly Visibility[] = [Visibility.TRIBUNE, Visibility.PUBLIC];

/** The ladder's order: a step up past PRACTICE is checked for personal data. */
const RANK: Record<Visibility, number> = { DRAFT: 0, PRACTICE: 1, ARENA: 2, TRIBUNE: 3, PUBLIC: 4 };

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const title = z
  .string()
  .trim()
  .min(3, { message: 'needs at least 3 characters' })
  .max(200, { message: 'is too long' });
const description = z.string().trim().max(5000, { message: 'is too long (5,000 characters at most)' });
const url = z
  .string()
  .trim()
  .max(2000, { message: 'is too long' })
  .refine((value) => value === '' || isHttpsUrl(value), {
    message: 'must be an https link',
    params: rule('https'),
  });
const publishedAt = z.date().refine((d) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200, {
  message: 'is not a date',
  params: rule('date'),
});
const os = z
  .array(z.enum(ProductO))
  .max(4)
  .transform((list) => [...new Set(list)]);
const ids = z.array(z.string()).max(50, { message: 'too many' });

const registerSchema = z.object({
  kind: z.enum(ProductKind),
  title,
  description,
  url: url.nullish(),
  publishedAt: publishedAt.nullish(),
  os: os.nullish(),
  nationalThemeIds: ids.nullish(),
  authorIds: ids.nullish(),
  organisationIds: ids.nullish(),
  lessonIds: ids.nullish(),
  insightIds: ids.nullish(),
});

const updateSchema = registerSchema.partial().extend({
  version: z.number().int().min(1),
  kind: z.enum(ProductKind).nullish(),
  title: title.nullish(),
  description: description.nullish(),
});

/** What links an output to: resolved, checked ids (null: not given, so left as it is). */
interface Links {
  nationalThemeIds: string[] | null;
  authorIds: string[] | null;
  organisationIds: string[] | null;
  lessonIds: string[] | null;
  insightIds: string[] | null;
}

/**
 * Outputs (opbrengsten): registered by the trekker and the arena of an atelier, with their authors, organisations,
 * sources and one file; they climb the ladder from ARENA and are read by the same ladder on every path.
 */
@Injectable()
export class ProductService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly nodes: NodeRegistry,
    private readonly notifications: NotificationService,
    private readonly files: FilesService,
  ) {}

  onModuleInit(): void {
    this.nodes.register('Product', (id, viewer) => this.readable(viewer, id));
  }

  readable(viewer: MaybeViewer, id: string): Promise<Product | null> {
    return this.prisma.product.findFirst({ where: { AND: [{ id }, readableProducts(viewer)] } });
  }

  async byId(viewer: MaybeViewer, id: string): Promise<Product> {
    const product = await this.readable(viewer, id);
    if (!product) throw new NotFoundError('Product');
    return product;
  }

  /** The public catalogue of a werkplaats, newest first, narrowed by kind, O, theme, kwestie and year. */
  catalogue(viewer: MaybeViewer, args: ProductsArgs): Promise<ConnectionPage<Product>> {
    const workshopId = fromGlobalId('Workshop', args.workshopId, 'workshopId');
    const filters: Prisma.ProductWhereInput[] = [readableProductsIn(viewer, { workshopId })];
    if (args.kind) filters.push({ kind: args.kind });
    if (args.o) filters.push({ os: { has: args.o } });
    if (args.nationalThemeId) {
      const themeId = fromGlobalId('NationalTheme', args.nationalThemeId, 'nationalThemeId');
      filters.push({ nationalThemes: { some: { id: themeId } } });
    }
    if (args.socialIssueId) {
      const issueId = fromGlobalId('SocialIssue', args.socialIssueId, 'socialIssueId');
      filters.push({ atelier: { socialIssueId: issueId } });
    }
    if (args.year !== null && args.year !== undefined) {
      if (!Number.isInteger(args.year) || args.year < 1900 || args.year > 2200)
        throw new BadInputError('year', 'year is not a year', 'invalid');
      filters.push({
        publishedAt: {
          gte: new Date(Date.UTC(args.year, 0, 1)),
          lt: new Date(Date.UTC(args.year + 1, 0, 1)),
        },
      });
    }
    const where: Prisma.ProductWhereInput = { AND: filters };
    return paginate<Product>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.product.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.product.count({ where }),
    });
  }

  /** An atelier's outputs the reader may read, newest first (the atelier page lists them). */
  /** An output by id for the reader, batched per request; null when they may not read it. */
  load(loaders: Loaders, viewer: MaybeViewer, id: string): Loaded<Product | null> {
    return loaders
      .get<string, Product | null>('product.readableById', async (ids) =>
        byKey(
          ids,
          await this.prisma.product.findMany({
            where: { AND: [{ id: { in: [...ids] } }, readableProducts(viewer)] },
          }),
          (r) => r.id,
        ),
      )
      .value(id);
  }

  forAtelier(loaders: Loaders, viewer: MaybeViewer, atelierId: string): Loaded<Product[]> {
    return loaders
      .get<string, Product[]>('product.byAtelier', async (atelierIds) =>
        groupByKey(
          atelierIds,
          await this.prisma.product.findMany({
            where: { AND: [{ atelierId: { in: [...atelierIds] } }, readableProducts(viewer)] },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          }),
          (r) => r.atelierId,
        ),
      )
      .value(atelierId);
  }

  async register(
    viewer: MaybeViewer,
    atelierGlobalId: string,
    input: RegisterProductInput,
    choices: readonly ChoiceInput[] = [],
  ): Promise<Product> {
    const atelierId = fromGlobalId('Atelier', atelierGlobalId, 'atelierId');
    const data = validate(registerSchema, input);
    const role = await this.access.atelierRole(viewer, atelierId);
    requireProductRegistration(role);
    // Registered straight into the arena: the same check as a climb past PRACTICE, resolved with the choices the
    // form sends after a first refusal (each finding pseudonymised or confirmed, as resolveProductPersonalData does).
    const checked = resolvePersonalData(
      { title: data.title, body: data.description, html: false },
      await workshopWords(this.prisma, role.workshopId),
      [],
      choices,
      role.viewer.userId,
      new Date(),
    );
    if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    const links = await this.checkLinks(role, data);
    return this.prisma.$transaction(async (tx) => {
      const product = await tx.product.create({
        data: {
          atelierId,
          kind: data.kind,
          title: checked.title ?? data.title,
          description: checked.body,
          privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue,
          url: data.url || null,
          publishedAt: data.publishedAt ?? null,
          os: data.os ?? [],
          visibility: Visibility.ARENA,
          registeredById: role.viewer.userId,
        },
      });
      await this.writeLinks(tx, role.viewer, product.id, links);
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'product.registered',
          targetType: 'Product',
          targetId: product.id,
          details: { title: product.title, kind: product.kind },
        },
        tx,
      );
      return product;
    });
  }

  async update(
    viewer: MaybeViewer,
    globalId: string,
    input: UpdateProductInput,
    choices: readonly ChoiceInput[] = [],
  ): Promise<Product> {
    const id = fromGlobalId('Product', globalId, 'id');
    const data = validate(updateSchema, input);
    const product = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, product.atelierId);
    requireProductEdit(role, product);
    const textChanged =
      (data.title != null && data.title !== product.title) ||
      (data.description != null && data.description !== product.description);
    // New words above PRACTICE pass the check; the form's choices after a first refusal resolve its findings.
    let checked: ReturnType<typeof resolvePersonalData> | null = null;
    if (textChanged && RANK[product.visibility] > RANK[Visibility.PRACTICE]) {
      checked = resolvePersonalData(
        { title: data.title ?? product.title, body: data.description ?? product.description, html: false },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(product.privacyAccepted),
        choices,
        role.viewer.userId,
        new Date(),
      );
      if (checked.unresolved.length > 0) throw new PersonalDataError(checked.unresolved);
    }
    const links = await this.checkLinks(role, data);
    const changed = Object.entries(data)
      .filter(([key, value]) => key !== 'version' && value != null)
      .map(([key]) => key);
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.product.updateMany({
        where: { id, version: data.version },
        data: {
          ...(data.kind != null ? { kind: data.kind } : {}),
          ...(checked
            ? {
                title: checked.title,
                description: checked.body,
                privacyAccepted: checked.accepted as unknown as Prisma.InputJsonValue,
              }
            : {
                ...(data.title != null ? { title: data.title } : {}),
                ...(data.description != null ? { description: data.description } : {}),
              }),
          ...(data.url != null ? { url: data.url || null } : {}),
          ...(data.publishedAt != null ? { publishedAt: data.publishedAt } : {}),
          ...(data.os != null ? { os: data.os } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        throw new ConflictError('Someone changed this output in the meantime; reload it and edit again', {
          field: 'input.version',
          currentVersion: product.version,
        });
      }
      await this.writeLinks(tx, role.viewer, id, links);
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'product.edited',
          targetType: 'Product',
          targetId: id,
          details: { changed },
        },
        tx,
      );
      return tx.product.findUniqueOrThrow({ where: { id } });
    });
  }

  /**
   * Whoever may edit the output resolves the personal-data findings in its title and summary, as an author does in
   * a lesson: each pseudonymised or confirmed with a reason, kept with who and when, so its next step up passes.
   * Names the version it read.
   */
  async resolvePersonalData(
    viewer: MaybeViewer,
    input: { id: string; version: number; choices: ChoiceInput[] },
  ): Promise<{ product: Product; unresolved: ClimbFinding[] }> {
    const id = fromGlobalId('Product', input.id, 'input.id');
    const product = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, product.atelierId);
    requireProductEdit(role, product);
    const result = resolvePersonalData(
      { title: product.title, body: product.description, html: false },
      await workshopWords(this.prisma, role.workshopId),
      acceptedOf(product.privacyAccepted),
      input.choices,
      role.viewer.userId,
      new Date(),
    );
    return this.prisma.$transaction(async (tx) => {
      const { count } = await tx.product.updateMany({
        where: { id, version: input.version },
        data: {
          title: result.title,
          description: result.body,
          privacyAccepted: result.accepted as unknown as Prisma.InputJsonValue,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        throw new ConflictError('Someone changed this output in the meantime; check it again', {
          field: 'input.version',
          currentVersion: product.version,
        });
      }
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'product.personalDataResolved',
          targetType: 'Product',
          targetId: id,
          // How many of each choice, never the words themselves.
          details: choiceCounts(input.choices),
        },
        tx,
      );
      return {
        product: await tx.product.findUniqueOrThrow({ where: { id } }),
        unresolved: result.unresolved,
      };
    });
  }

  /** The findings that would stop the output's next step up now; for those who may edit it (empty for others). */
  async personalDataFindings(
    loaders: Loaders,
    viewer: MaybeViewer,
    product: Product,
  ): Promise<ClimbFinding[]> {
    const role = await this.access.atelierRoleFor(loaders, viewer, product.atelierId);
    if (!role || !mayEditProduct(role, product)) return [];
    return climbFindings(
      { title: product.title, body: product.description, html: false },
      await privacyWordsOf(loaders, this.prisma, role.workshopId),
      acceptedOf(product.privacyAccepted),
    );
  }

  async setVisibility(viewer: MaybeViewer, globalId: string, to: Visibility): Promise<Product> {
    const id = fromGlobalId('Product', globalId, 'id');
    const product = await this.byId(viewer, id);
    if (to === product.visibility) return product;
    const role = await this.access.atelierRole(viewer, product.atelierId);
    requireProductStep(role, product, to);
    if (RANK[to] > Math.max(RANK[product.visibility], RANK[Visibility.PRACTICE])) {
      requireNoPersonalData(
        { title: product.title, body: product.description, html: false },
        await workshopWords(this.prisma, role.workshopId),
        acceptedOf(product.privacyAccepted),
      );
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.product.update({
        where: { id },
        data: { visibility: to, version: { increment: 1 } },
      });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'product.visibility',
          targetType: 'Product',
          targetId: id,
          details: { from: product.visibility, to },
        },
        tx,
      );
      // Newly on the tribune: the atelier's readers hear of it, as of a shared insight.
      if (SHARED_RUNGS.includes(to) && !SHARED_RUNGS.includes(product.visibility)) {
        await this.notifications.notifyAtelier(
          tx,
          product.atelierId,
          'PRODUCT_SHARED',
          { productId: product.id, atelierId: product.atelierId },
          role.viewer.userId,
        );
      }
      return updated;
    });
  }

  /** Removes an output, and with it its file: the row in the same transaction, the stored bytes after it. */
  async remove(viewer: MaybeViewer, globalId: string): Promise<boolean> {
    const id = fromGlobalId('Product', globalId, 'id');
    const product = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, product.atelierId);
    requireProductEdit(role, product);
    const storageKey = await this.prisma.$transaction(async (tx) => {
      const file = await tx.storedFile.findUnique({ where: { productId: id }, select: { storageKey: true } });
      await tx.product.delete({ where: { id } });
      await this.audit.record(
        {
          workshopId: role.workshopId,
          actorId: role.viewer.userId,
          action: 'product.removed',
          targetType: 'Product',
          targetId: id,
          details: { title: product.title },
        },
        tx,
      );
      return file?.storageKey ?? null;
    });
    if (storageKey) await this.files.removeStored([storageKey]);
    return true;
  }

  /** Takes an output's file away (the output stays). */
  async removeFile(viewer: MaybeViewer, globalId: string): Promise<Product> {
    const id = fromGlobalId('Product', globalId, 'productId');
    const product = await this.byId(viewer, id);
    const role = await this.access.atelierRole(viewer, product.atelierId);
    requireProductEdit(role, product);
    const { updated, storageKey } = await this.prisma.$transaction(async (tx) => {
      const file = await tx.storedFile.findUnique({ where: { productId: id } });
      if (file) await tx.storedFile.delete({ where: { id: file.id } });
      const updated = await tx.product.update({ where: { id }, data: { version: { increment: 1 } } });
      if (file) {
        await this.audit.record(
          {
            workshopId: role.workshopId,
            actorId: role.viewer.userId,
            action: 'product.file-removed',
            targetType: 'Product',
            targetId: id,
            details: { name: file.name },
          },
          tx,
        );
      }
      return { updated, storageKey: file?.storageKey ?? null };
    });
    if (storageKey) await this.files.removeStored([storageKey]);
    return updated;
  }

  // ------------------------------------------------------------------ fields, batched per request

  roleFor(loaders: Loaders, viewer: MaybeViewer, product: Product): Loaded<AtelierRole | null> {
    return this.access.atelierRoleFor(loaders, viewer, product.atelierId);
  }

  async allowedSteps(loaders: Loaders, viewer: MaybeViewer, product: Product): Promise<Visibility[]> {
    return allowedProductSteps(await this.roleFor(loaders, viewer, product), product);
  }

  async mayEdit(loaders: Loaders, viewer: MaybeViewer, product: Product): Promise<boolean> {
    return mayEditProduct(await this.roleFor(loaders, viewer, product), product);
  }

  themes(loaders: Loaders, productId: string): Loaded<NationalTheme[]> {
    return loaders
      .get<string, NationalTheme[]>('product.nationalThemes', async (productIds) => {
        const products = await this.prisma.product.findMany({
          where: { id: { in: [...productIds] } },
          select: { id: true, nationalThemes: { orderBy: { name: 'asc' } } },
        });
        return byKey(productIds, products, (r) => r.id).map((product) => product?.nationalThemes ?? []);
      })
      .value(productId);
  }

  authors(loaders: Loaders, productId: string): Loaded<User[]> {
    return loaders
      .get<string, User[]>('product.authors', async (productIds) => {
        const rows = await this.prisma.productAuthor.findMany({
          where: { productId: { in: [...productIds] } },
          orderBy: { position: 'asc' },
          include: { user: true },
        });
        return groupByKey(productIds, rows, (r) => r.productId).map((list) => list.map((r) => r.user));
      })
      .value(productId);
  }

  organisations(loaders: Loaders, productId: string): Loaded<Organisation[]> {
    return loaders
      .get<string, Organisation[]>('product.organisations', async (productIds) => {
        const rows = await this.prisma.productOrganisation.findMany({
          where: { productId: { in: [...productIds] } },
          include: { organisation: true },
          orderBy: { organisation: { name: 'asc' } },
        });
        return groupByKey(productIds, rows, (r) => r.productId).map((list) =>
          list.map((r) => r.organisation),
        );
      })
      .value(productId);
  }

  /** The lessons an output draws on that the reader may read; the others are only counted (hiddenSources). */
  lessons(loaders: Loaders, viewer: MaybeViewer, productId: string): Loaded<Lesson[]> {
    return loaders
      .get<string, Lesson[]>('product.lessons', async (productIds) => {
        const rows = await this.prisma.productLesson.findMany({
          where: { productId: { in: [...productIds] }, lesson: readableLessons(viewer) },
          include: { lesson: true },
          orderBy: { lesson: { createdAt: 'asc' } },
        });
        return groupByKey(productIds, rows, (r) => r.productId).map((list) => list.map((r) => r.lesson));
      })
      .value(productId);
  }

  insights(loaders: Loaders, viewer: MaybeViewer, productId: string): Loaded<Insight[]> {
    return loaders
      .get<string, Insight[]>('product.insights', async (productIds) => {
        const rows = await this.prisma.productInsight.findMany({
          where: { productId: { in: [...productIds] }, insight: readableInsights(viewer) },
          include: { insight: true },
          orderBy: { insight: { createdAt: 'asc' } },
        });
        return groupByKey(productIds, rows, (r) => r.productId).map((list) => list.map((r) => r.insight));
      })
      .value(productId);
  }

  /** How many sources of the output the reader may not read: all of them counted, the readable ones taken off. */
  async hiddenSources(
    loaders: Loaders,
    viewer: MaybeViewer,
    productId: string,
  ): Promise<{ lessons: number; insights: number }> {
    const [totals, lessons, insights] = await Promise.all([
      loaders
        .get<string, { lessons: number; insights: number }>('product.sourceTotals', async (productIds) => {
          const counted = await this.prisma.product.findMany({
            where: { id: { in: [...productIds] } },
            select: { id: true, _count: { select: { lessons: true, insights: true } } },
          });
          return byKey(productIds, counted, (r) => r.id).map((r) => r?._count ?? { lessons: 0, insights: 0 });
        })
        .value(productId),
      this.lessons(loaders, viewer, productId),
      this.insights(loaders, viewer, productId),
    ]);
    return { lessons: totals.lessons - lessons.length, insights: totals.insights - insights.length };
  }

  file(loaders: Loaders, productId: string): Loaded<StoredFile | null> {
    return loaders
      .get<string, StoredFile | null>('product.file', async (productIds) =>
        byKey(
          productIds,
          await this.prisma.storedFile.findMany({ where: { productId: { in: [...productIds] } } }),
          (r) => r.productId,
        ),
      )
      .value(productId);
  }

  // ------------------------------------------------------------------ checking what an output links to

  private async checkLinks(
    role: AtelierRole,
    data: {
      nationalThemeIds?: string[] | null;
      authorIds?: string[] | null;
      organisationIds?: string[] | null;
      lessonIds?: string[] | null;
      insightIds?: string[] | null;
    },
  ): Promise<Links> {
    const viewer = role.viewer;
    const atelierId = role.atelierId;
    const themes = globalIds('NationalTheme', data.nationalThemeIds, 'input.nationalThemeIds');
    const authors = globalIds('User', data.authorIds, 'input.authorIds');
    const organisations = globalIds('Organisation', data.organisationIds, 'input.organisationIds');
    const lessons = globalIds('Lesson', data.lessonIds, 'input.lessonIds');
    const insights = globalIds('Insight', data.insightIds, 'input.insightIds');
    const [themeCount, authorCount, organisationCount, lessonCount, insightCount] = await Promise.all([
      themes ? this.prisma.nationalTheme.count({ where: { id: { in: themes } } }) : 0,
      authors
        ? this.prisma.user.count({
            where: {
              id: { in: authors },
              erasedAt: null,
              // Authors are people of the atelier: its trekker and whoever takes part in it.
              OR: [{ trekkerOf: { some: { id: atelierId } } }, { participations: { some: { atelierId } } }],
            },
          })
        : 0,
      organisations
        ? this.prisma.organisation.count({
            where: { AND: [{ id: { in: organisations } }, listedOrganisations()] },
          })
        : 0,
      // A source is cited only by someone who reads it, and only from this atelier.
      lessons
        ? this.prisma.lesson.count({
            where: { AND: [{ id: { in: lessons }, atelierId }, readableLessons(viewer)] },
          })
        : 0,
      insights
        ? this.prisma.insight.count({
            where: { AND: [{ id: { in: insights }, atelierId }, readableInsights(viewer)] },
          })
        : 0,
    ]);
    requireAll(themes, themeCount, 'input.nationalThemeIds', 'Each theme must be a national theme');
    requireAll(authors, authorCount, 'input.authorIds', 'Each author must take part in this atelier');
    requireAll(
      organisations,
      organisationCount,
      'input.organisationIds',
      'Each organisation must be a listed one',
    );
    requireAll(
      lessons,
      lessonCount,
      'input.lessonIds',
      'Each lesson must be a lesson of this atelier you read',
    );
    requireAll(
      insights,
      insightCount,
      'input.insightIds',
      'Each insight must be an insight of this atelier you read',
    );
    return {
      nationalThemeIds: themes,
      authorIds: authors,
      organisationIds: organisations,
      lessonIds: lessons,
      insightIds: insights,
    };
  }

  /**
   * Replaces each list that was given. Sources the editor cannot read stay: an arena member editing an output the
   * trekker linked to a lesson they do not read does not unlink it unseen.
   */
  private async writeLinks(tx: Tx, viewer: MaybeViewer, productId: string, links: Links): Promise<void> {
    if (links.nationalThemeIds) {
      await tx.product.update({
        where: { id: productId },
        data: { nationalThemes: { set: links.nationalThemeIds.map((id) => ({ id })) } },
      });
    }
    if (links.authorIds) {
      await tx.productAuthor.deleteMany({ where: { productId } });
      await tx.productAuthor.createMany({
        data: links.authorIds.map((userId, position) => ({ productId, userId, position })),
      });
    }
    if (links.organisationIds) {
      await tx.productOrganisation.deleteMany({ where: { productId } });
      await tx.productOrganisation.createMany({
        data: links.organisationIds.map((organisationId) => ({ productId, organisationId })),
      });
    }
    if (links.lessonIds) {
      await tx.productLesson.deleteMany({
        where: { productId, lessonId: { notIn: links.lessonIds }, lesson: readableLessons(viewer) },
      });
      await tx.productLesson.createMany({
        data: links.lessonIds.map((lessonId) => ({ productId, lessonId })),
        skipDuplicates: true,
      });
    }
    if (links.insightIds) {
      await tx.productInsight.deleteMany({
        where: { productId, insightId: { notIn: links.insightIds }, insight: readableInsights(viewer) },
      });
      await tx.productInsight.createMany({
        data: links.insightIds.map((insightId) => ({ productId, insightId })),
        skipDuplicates: true,
      });
    }
  }
}

/** Global ids of one kind to database ids, without repeats (order kept); null when the list was not given. */
function globalIds(type: NodeType, list: string[] | null | undefined, field: string): string[] | null {
  if (!list) return null;
  return [...new Set(list.map((id, i) => fromGlobalId(type, id, `${field}.${i}`)))];
}

function requireAll(ids: string[] | null, found: number, field: string, message: string): void {
  if (ids && found !== ids.length) throw new BadInputError(field, message, 'notAllowed');
}
