import { Args, ArgsType, Field, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuditEvent as AuditEventRow, Prisma } from '../generated/prisma/client.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { readableAuditEvents } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { fromGlobalId, toGlobalId, type NodeType } from '../common/graphql/relay.js';
import { AuditService } from '../common/audit/audit.service.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model.js';

@ArgsType()
class AuditEventsArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this werkplaats (one where you are beheerder or on the programmacommissie).',
  })
  workshopId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Only events of this kind: an action ("account.blocked") or its family before the dot ("account").',
  })
  action?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only events about this person, or done by them.' })
  personId?: string | null;
}

/**
 * The audit log, newest first: for the programmacommissie and the beheerders of the werkplaats; beheerders
 * also read the account events of its people.
 */
@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly auditService: AuditService,
    private readonly userService: UserService,
  ) {}

  @SignedIn()
  @Query(() => AuditEventConnection)
  auditEvents(@Args() args: AuditEventsArgs, @CurrentViewer() viewer: MaybeViewer) {
    const only = args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null;
    const readable = readableAuditEvents(viewer, only);
    const filters: Prisma.AuditEventWhereInput[] = [];
    const action = args.action?.trim().slice(0, 100);
    if (action) filters.push({ OR: [{ action }, { action: { startsWith: `${action}.` } }] });
    if (args.personId) {
      const personId = fromGlobalId('User', args.personId, 'personId');
      filters.push({ OR: [{ personId }, { actorId: personId }] });
    }
    return this.auditService.list(filters.length > 0 ? { AND: [readable, ...filters] } : readable, args);
  }

  @ResolveField(() => String)
  targetId(event: AuditEventRow): string {
    return toGlobalId(event.targetType as NodeType, event.targetId);
  }

  @ResolveField(() => String)
  details(event: AuditEventRow): string {
    return JSON.stringify(event.details);
  }

  @ResolveField(() => User, {
    nullable: true,
    description: 'The person it is about (an account event’s account, a membership’s member), if any.',
  })
  person(event: AuditEventRow, _args: unknown, ctx: RequestContext) {
    return event.personId ? this.userService.load(ctx.loaders, event.personId) : null;
  }

  @ResolveField(() => User, { nullable: true })
  actor(event: AuditEventRow, _args: unknown, ctx: RequestContext) {
    return event.actorId ? this.userService.load(ctx.loaders, event.actorId) : null;
  }
}
