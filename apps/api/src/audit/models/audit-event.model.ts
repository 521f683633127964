import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/graphql/connection.js';
import { Node } from '../../common/graphql/relay.js';

@ObjectType({ implements: () => [Node], description: 'One action that changed who sees what.' })
export class AuditEvent extends Node {
  @Field({ description: 'e.g. lesson.visibility, participation.removed, social-issue.merged.' })
  action!: string;
  @Field() targetType!: string;
  @Field({ description: 'The global ID of what was changed.' }) targetId!: string;
  @Field({ description: 'What changed, as JSON.' }) details!: string;
  @Field() createdAt!: Date;
}

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}
