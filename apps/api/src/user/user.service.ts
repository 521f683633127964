import { Injectable, type OnModuleInit } from '@nestjs/common';
import { z } from 'zod';
import { readableEmails, readableWorkshopRoles, requireViewer } from '../common/authz/policy.js';
import { validate } from '../common/graphql/validate.js';
import { PartyKind } from '../generated/prisma/enums.js';
import { personName } from '../auth/auth.service.js';
import { MAIL_LOCALES } from '../mail/template.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import type { User, Workshop, WorkshopRoleKind } from '../generated/prisma/client.js';
import { type Loaded, Loaders, byKey } from '../common/graphql/loaders.js';
import { PrismaService } from '../common/prisma/prisma.service.js';

const updateMeSchema = z.object({
  partyKind: z.enum(PartyKind).nullish(),
  name: personName.nullish(),
  locale: z.enum(MAIL_LOCALES, { message: 'is not a language we offer' }).nullish(),
  nameInReports: z.boolean().nullish(),
});

@Injectable()
export class UserService implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('User', (id) => this.byId(id));
  }

  byId(id: string): Promise<User | null> {
    return this.prisma.user.findUnique({ where: { id } });
  }

  /**
   * The werkplaats roles of a person the viewer may read (the policy's `readableWorkshopRoles`: one's own, and
   * for a beheerder those in their werkplaatsen of its people), batched: a page of people costs one statement.
   */
  readableWorkshopRoles(
    loaders: Loaders,
    viewer: MaybeViewer,
    userId: string,
  ): Loaded<{ role: WorkshopRoleKind; workshop: Workshop }[]> {
    if (!viewer) return [];
    return loaders
      .get<string, { role: WorkshopRoleKind; workshop: Workshop }[]>('user.workshopRoles', async (ids) => {
        const where = readableWorkshopRoles(viewer, ids);
        const rows = where
          ? await this.prisma.workshopRole.findMany({
              where,
              select: { userId: true, role: true, workshop: true },
              orderBy: [{ workshop: { name: 'asc' } }, { role: 'asc' }],
            })
          : [];
        return ids.map((id) =>
          rows.filter((row) => row.userId === id).map(({ role, workshop }) => ({ role, workshop })),
        );
      })
      .value(userId);
  }

  /** Whether the viewer manages the person (reads their e-mail address, account state): batched per request. */
  manages(loaders: Loaders, viewer: MaybeViewer, userId: string): Loaded<boolean> {
    const where = readableEmails(viewer);
    if (!where) return false;
    return loaders
      .get<string, boolean>('user.emailReadable', async (ids) => {
        const rows = await this.prisma.user.findMany({
          where: { AND: [{ id: { in: [...ids] } }, where] },
          select: { id: true },
        });
        const found = new Set(rows.map((row) => row.id));
        return ids.map((id) => found.has(id));
      })
      .value(userId);
  }

  /**
   * The signed-in person changes what they say about themself: party kind, name, language (the interface's, and
   * their mail's). Only their own row: it is the viewer's id.
   */
  updateMe(viewer: MaybeViewer, input: unknown): Promise<User> {
    const v = requireViewer(viewer);
    const data = validate(updateMeSchema, input);
    return this.prisma.user.update({
      where: { id: v.userId },
      data: {
        ...(data.partyKind === undefined ? {} : { partyKind: data.partyKind }),
        ...(data.name != null ? { name: data.name } : {}),
        ...(data.locale != null ? { locale: data.locale } : {}),
        ...(data.nameInReports != null ? { nameInReports: data.nameInReports } : {}),
      },
    });
  }

  /** Batched: every `trekker`, `author`, … field of a page costs one statement together. */
  load(loaders: Loaders, id: string): Loaded<User | null> {
    return this.byIdLoader(loaders).value(id);
  }

  /** Hands the loader a row read elsewhere in the same request (the feed reads authors with its page). */
  prime(loaders: Loaders, user: User): void {
    this.byIdLoader(loaders).prime(user.id, user);
  }

  /** A person's e-mail address, if the viewer may read it (the policy's `readableEmails`), batched per request. */
  readableEmail(loaders: Loaders, viewer: MaybeViewer, user: User): Loaded<string | null> {
    const readable = this.manages(loaders, viewer, user.id);
    const email = (yes: boolean) => (yes ? user.email : null);
    return typeof readable === 'boolean' ? email(readable) : readable.then(email);
  }

  private byIdLoader(loaders: Loaders) {
    return loaders.get<string, User | null>('user.byId', async (ids) => {
      const rows = await this.prisma.user.findMany({ where: { id: { in: [...ids] } } });
      return byKey(ids, rows, (row) => row.id);
    });
  }
}
