import { Args, ArgsType, Field, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { ConnectionArgs } from '../common/graphql/connection.js';
import { fromGlobalId } from '../common/graphql/relay.js';
import { Condition } from '../generated/prisma/enums.js';
import {
  SearchKind,
  SearchResultConnection,
  SearchResultEdge,
  SearchSnippet,
} from './models/search-result.model.js';
import { KIND_OF, snippetHtml, type Snippet, SearchService } from './search.service.js';

@ArgsType()
class SearchArgs extends ConnectionArgs {
  @Field({ description: '1 to 200 characters; "quotes" and -minus work as on the web.' })
  query!: string;

  @Field(() => ID, { nullable: true, description: 'Only what belongs to this werkplaats.' })
  workshopId?: string | null;

  @Field(() => [SearchKind], { nullable: true, description: 'Only these kinds (none or empty: every kind).' })
  kinds?: SearchKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only what belongs to this atelier: the atelier, its kwestie, and its lessons, insights, questions, activities and products.',
  })
  atelierId?: string | null;

  @Field(() => Condition, {
    nullable: true,
    description:
      'Only lessons and insights speaking to this condition (the other kinds carry no conditions).',
  })
  condition?: Condition | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only what is dated at or after this moment: written (lessons, insights, questions, kwesties), started (ateliers), taking place (activities) or published (products).',
  })
  from?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Only what is dated before this moment (after `from`; BAD_USER_INPUT on `to` otherwise).',
  })
  to?: Date | null;
}

@Resolver()
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Public()
  @Query(() => SearchResultConnection, {
    description:
      'Full-text search (Dutch stemming; the last word also as the start of a word) over the lessons, insights, questions, ateliers, kwesties, tribune activities and products you may read, best match first, narrowed by the filters given.',
  })
  search(@Args() args: SearchArgs, @CurrentViewer() viewer: MaybeViewer) {
    return this.searchService.search(viewer, args.query, args, {
      workshopId: args.workshopId ? fromGlobalId('Workshop', args.workshopId, 'workshopId') : null,
      atelierId: args.atelierId ? fromGlobalId('Atelier', args.atelierId, 'atelierId') : null,
      kinds: args.kinds?.map((kind) => KIND_OF[kind]) ?? null,
      condition: args.condition ?? null,
      from: args.from ?? null,
      to: args.to ?? null,
    });
  }
}

@Resolver(() => SearchResultEdge)
export class SearchResultEdgeResolver {
  /** Computed only when asked for: one statement for the whole page (see SearchService). */
  @ResolveField(() => SearchSnippet, {
    nullable: true,
    description:
      'A piece of the text (lesson, insight or question body; the description of an atelier, kwestie, activity or product) around the matching words, as plain text with the ranges of the matches. Null when there is no text.',
  })
  snippet(edge: { loadSnippet: () => Promise<Snippet | null> }): Promise<Snippet | null> {
    return edge.loadSnippet();
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The snippet as HTML: the text escaped, only the matches wrapped in <mark>…</mark>. Null when there is no text. Prefer `snippet`, which needs no HTML.',
  })
  async headline(edge: { loadSnippet: () => Promise<Snippet | null> }): Promise<string | null> {
    return snippetHtml(await edge.loadSnippet());
  }
}
