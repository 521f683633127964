import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { MailMessage as MailMessageRow } from '../generated/prisma/client.js';
import { AuditService } from '../common/audit/audit.service.js';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { adminScope, mailSeenByBeheerOf, requireAdminWorkshop } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConflictError, NotFoundError } from '../common/graphql/app-error.js';
import {
  allOf,
  Connection,
  ConnectionArgs,
  paginate,
  type ConnectionPage,
} from '../common/graphql/connection.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { fromGlobalId, Node } from '../common/graphql/relay.js';
import { PrismaService } from '../common/prisma/prisma.service.js';
import { MailWorker } from './mail.worker.js';

@ObjectType({
  implements: () => [Node],
  description:
    'A message the outbox gave up on (DEAD), for a beheerder: to whom, about what, why. Its body is not kept.',
})
export class MailMessage extends Node {
  @Field() to!: string;
  @Field() subject!: string;
  @Field(() => String, { nullable: true, description: 'What the mail server said at the last attempt.' })
  lastError!: string | null;
  @Field(() => Int) attempts!: number;
  @Field() createdAt!: Date;
  @Field({
    description:
      'Whether it can be tried again: only mail written when sent (notifications, summaries). Account mail held a ' +
      'one-time link that is gone with its body: the person asks again.',
  })
  canRetry!: boolean;
}

@ObjectType()
export class MailMessageConnection extends Connection(MailMessage) {}

@ArgsType()
class DeadMailArgs extends ConnectionArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The werkplaats; a beheerder of one only may leave it out.',
  })
  workshopId?: string | null;
}

const asNode = (row: MailMessageRow): MailMessage => Object.assign(row, { canRetry: row.template !== null });

/** The dead letters of a werkplaats, for its beheerders, and trying one again. */
@Injectable()
export class DeadLetters implements OnModuleInit {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly worker: MailWorker,
    private readonly nodes: NodeRegistry,
  ) {}

  onModuleInit(): void {
    this.nodes.register('MailMessage', async (id, viewer) => {
      if (!viewer || viewer.adminOf.size === 0) return null;
      const row = await this.prisma.mailMessage.findFirst({
        where: { AND: [{ id, status: 'DEAD' }, mailSeenByBeheerOf([...viewer.adminOf])] },
      });
      return row ? asNode(row) : null;
    });
  }

  list(viewer: MaybeViewer, args: DeadMailArgs): Promise<ConnectionPage<MailMessage>> {
    const workshopIds = adminScope(
      viewer,
      args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null,
    );
    const where = { AND: [{ status: 'DEAD' as const }, mailSeenByBeheerOf(workshopIds)] };
    return paginate<MailMessageRow, MailMessage>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.mailMessage.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.mailMessage.count({ where }),
      toNode: asNode,
    });
  }

  /** Back to QUEUED with its attempts reset, audited; the worker takes it at once. */
  async retry(viewer: MaybeViewer, id: string, workshopId: string | null): Promise<MailMessage> {
    const admin = requireAdminWorkshop(viewer, workshopId, 'workshopId');
    const retried = await this.prisma.$transaction(async (tx) => {
      const row = await tx.mailMessage.findFirst({
        where: { AND: [{ id, status: 'DEAD' }, mailSeenByBeheerOf([admin.workshopId])] },
      });
      if (!row) throw new NotFoundError('MailMessage');
      if (row.template === null)
        throw new ConflictError('Its body is gone (it held a one-time link): the person asks again');
      const updated = await tx.mailMessage.update({
        where: { id },
        data: { status: 'QUEUED', attempts: 0, lastError: null, nextAttemptAt: new Date() },
      });
      await this.audit.record(
        {
          workshopId: admin.workshopId,
          actorId: admin.userId,
          action: 'mail.retry',
          targetType: 'MailMessage',
          targetId: id,
          details: { subject: row.subject },
        },
        tx,
      );
      return updated;
    });
    this.worker.wake();
    return asNode(retried);
  }
}

@Resolver(() => MailMessage)
export class DeadLettersResolver {
  constructor(private readonly deadLetters: DeadLetters) {}

  @SignedIn()
  @Query(() => MailMessageConnection, {
    description:
      'Mail the outbox gave up on, newest first, for a beheerder: of your werkplaats (or the one named), and account mail to its people.',
  })
  deadMail(@Args() args: DeadMailArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.deadLetters.list(viewer, args);
  }

  @SignedIn()
  @Mutation(() => MailMessage, {
    description:
      'Tries a dead message again (back to QUEUED, attempts reset). CONFLICT for account mail, whose one-time link is gone.',
  })
  retryMail(
    @Args('id', { type: () => ID }) id: string,
    @Args('workshopId', { type: () => ID, nullable: true }) workshopId: string | null,
    @CurrentViewer() viewer: MaybeViewer,
  ) {
    return this.deadLetters.retry(
      viewer,
      fromGlobalId('MailMessage', id, 'id'),
      workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : null,
    );
  }
}
