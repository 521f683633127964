import type { Type } from '@nestjs/common';
import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { toGlobalId, type NodeType } from './relay.js';

/**
 * Base of every object type's resolver: parents are database rows, and their `id` leaves the server
 * as a global ID naming the type, so `node(id)` and id arguments can check the kind.
 */
export function NodeResolver<T>(objectType: Type<T>, nodeType: NodeType) {
  @Resolver(() => objectType, { isAbstract: true })
  abstract class NodeResolverBase {
    @ResolveField('id', () => ID)
    globalId(@Parent() row: { id: string }): string {
      return toGlobalId(nodeType, row.id);
    }
  }
  return NodeResolverBase;
}
