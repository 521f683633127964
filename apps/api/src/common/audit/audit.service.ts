import { Injectable } from '@nestjs/common';
import type { AuditEvent, Prisma } from '../../generated/prisma/client.js';
import { allOf, paginate, type ConnectionArgs, type ConnectionPage } from '../graphql/connection.js';
import { PrismaService, type Tx } from '../prisma/prisma.service.js';

export interface AuditEntry {
  workshopId: string | null;
  actorId: string | null;
  /** The person it is about; an event about a User (an account event) is about that user without saying so. */
  personId?: string | null;
  /** e.g. "lesson.visibility", "participation.removed", "social-issue.merged", "account.password-changed". */
  action: string;
  targetType: string;
  targetId: string;
  details?: Prisma.InputJsonObject;
}

/**
 * Records the actions that change who sees what. Written inside the transaction of the change itself,
 * so an action and its audit line stand or fall together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  async record(entry: AuditEntry, tx: Tx = this.prisma): Promise<void> {
    await tx.auditEvent.create({
      data: {
        workshopId: entry.workshopId,
        actorId: entry.actorId,
        personId: entry.personId ?? (entry.targetType === 'User' ? entry.targetId : null),
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        details: entry.details ?? {},
      },
    });
  }

  /** The log of the given werkplaatsen, newest first (the policy decides which the viewer may read). */
  list(where: Prisma.AuditEventWhereInput, args: ConnectionArgs): Promise<ConnectionPage<AuditEvent>> {
    return paginate<AuditEvent>({
      args,
      sortField: 'createdAt',
      sortKind: 'date',
      direction: 'desc',
      load: ({ after, orderBy, take }) =>
        this.prisma.auditEvent.findMany({ where: allOf(where, after), orderBy, take }),
      count: () => this.prisma.auditEvent.count({ where }),
    });
  }
}
