import { Args, ID, Mutation, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import type { Atelier as AtelierRow, User as UserRow } from '../generated/prisma/client.js';
import { MailDelivery, NotificationLevel } from '../generated/prisma/enums.js';
import { Atelier } from '../atelier/models/atelier.model.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { requireViewer } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import type { Loaded } from '../common/graphql/loaders.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { User } from '../user/models/user.model.js';

registerEnumType(NotificationLevel, {
  name: 'NotificationLevel',
  description:
    'How much of an atelier reaches a participant: ALL (alles volgen: also every lesson that reaches a rung you ' +
    'read, every reaction), NORMAL (what the tribune is told, reactions on what you wrote, activities), QUIET ' +
    '(stil: only what is addressed to you).',
});
registerEnumType(MailDelivery, {
  name: 'MailDelivery',
  description:
    'How your notifications reach you by mail: one mail each, a daily or weekly summary, or none. They stay in the app.',
});

/** A person's own notification settings: their level per atelier and their mail delivery. */
@Resolver()
export class NotificationSettingsResolver {
  constructor(private readonly prisma: PrismaService) {}

  @SignedIn()
  @Mutation(() => User, { description: 'How your notifications reach you by mail.' })
  setMailDelivery(
    @Args('delivery', { type: () => MailDelivery }) delivery: MailDelivery,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    const v = requireViewer(viewer);
    return this.prisma.user.update({ where: { id: v.userId }, data: { mailDelivery: delivery } });
  }

  @SignedIn()
  @Mutation(() => Atelier, {
    description:
      'Your notification level in an atelier you take part in (NOT_FOUND when you take no part in it).',
  })
  async setNotificationLevel(
    @Args('atelierId', { type: () => ID }) atelierGlobalId: string,
    @Args('level', { type: () => NotificationLevel }) level: NotificationLevel,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    const v = requireViewer(viewer);
    const atelierId = fromGlobalId('Atelier', atelierGlobalId, 'atelierId');
    const { count } = await this.prisma.participation.updateMany({
      where: { atelierId, userId: v.userId, status: 'ACTIVE' },
      data: { notificationLevel: level },
    });
    if (count === 0) throw new NotFoundError('Participation');
    return this.prisma.atelier.findUniqueOrThrow({ where: { id: atelierId } });
  }
}

@Resolver(() => User)
export class UserMailDeliveryResolver {
  @ResolveField(() => MailDelivery, {
    nullable: true,
    description: 'How your notifications reach you by mail; null for anyone but yourself.',
  })
  mailDelivery(user: UserRow, _args: unknown, { viewer }: RequestContext): MailDelivery | null {
    return viewer?.userId === user.id ? user.mailDelivery : null;
  }
}

@Resolver(() => Atelier)
export class AtelierNotificationLevelResolver {
  constructor(private readonly prisma: PrismaService) {}

  @ResolveField(() => NotificationLevel, {
    nullable: true,
    description: 'Your notification level here; null when you take no part (as arena or tribune).',
  })
  myNotificationLevel(
    atelier: AtelierRow,
    _args: unknown,
    { viewer, loaders }: RequestContext,
  ): Loaded<NotificationLevel | null> | null {
    if (!viewer) return null;
    return loaders
      .get<string, NotificationLevel | null>('atelier.myNotificationLevel', async (atelierIds) => {
        const rows = await this.prisma.participation.findMany({
          where: { userId: viewer.userId, status: 'ACTIVE', atelierId: { in: [...atelierIds] } },
          select: { atelierId: true, notificationLevel: true },
        });
        const byAtelier = new Map(rows.map((r) => [r.atelierId, r.notificationLevel]));
        return atelierIds.map((id) => byAtelier.get(id) ?? null);
      })
      .value(atelier.id);
  }
}
