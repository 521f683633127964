import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { NotFoundError } from '../common/graphql/app-error.js';
import { NodeRegistry } from '../common/graphql/node.registry.js';
import { Node, parseGlobalId } from '../common/graphql/relay.js';

@Resolver()
export class NodeResolver {
  constructor(private readonly registry: NodeRegistry) {}

  @Public()
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID, if the caller may read it.',
  })
  async node(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: MaybeViewer) {
    const parsed = parseGlobalId(id);
    const fetcher = parsed ? this.registry.fetcherFor(parsed.type) : undefined;
    // An unknown, malformed or unreadable ID all answer NOT_FOUND: existence doesn't leak.
    const row = parsed && fetcher ? await fetcher(parsed.id, viewer) : null;
    if (!row) throw new NotFoundError();
    return { ...row, __typename: parsed!.type };
  }
}
