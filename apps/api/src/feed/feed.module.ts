import { Module } from '@nestjs/common';
import { FeedResolver } from './feed.resolver.js';
import { FeedService } from './feed.service.js';

@Module({ providers: [FeedService, FeedResolver] })
export class FeedModule {}
