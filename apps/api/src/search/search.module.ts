import { Module } from '@nestjs/common';
import { SearchResolver, SearchResultEdgeResolver } from './search.resolver.js';
import { SearchService } from './search.service.js';

@Module({ providers: [SearchService, SearchResolver, SearchResultEdgeResolver] })
export class SearchModule {}
