import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { SearchResultConnection, SearchResultEdge } from './models/search-result.model.js';
import { SearchService } from './search.service.js';

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Public()
  @Query(() => SearchResultConnection, {
    description:
      'Full-text search (Dutch) over the lessons, insights, questions and ateliers you may read, best match first.',
  })
  search(
    @Args('query', { description: '1 to 200 characters; "quotes" and -minus work as on the web.' })
    query: string,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: MaybeViewer,
    @Args('workshopId', {
      type: () => ID,
      nullable: true,
      description: 'Only what belongs to this werkplaats.',
    })
    workshopId: string | null,
  ) {
    return this.searchService.search(
      viewer,
      query,
      args,
      workshopId ? fromGlobalId('Workshop', workshopId, 'workshopId') : null,
    );
  }
}

@Resolver(() => SearchResultEdge)
export class SearchResultEdgeResolver {
  /** Computed only when asked for: one statement for the whole page (see SearchService). */
  @ResolveField(() => String, {
    nullable: true,
    description:
      'A snippet of the text (lesson, insight or question body; atelier description) around the matching words. HTML-safe: the text is escaped and only the matches are wrapped in <mark>…</mark>. Null when there is no text.',
  })
  headline(edge: { loadHeadline: () => Promise<string | null> }): Promise<string | null> {
    return edge.loadHeadline();
  }
}
