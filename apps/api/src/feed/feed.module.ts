import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { InsightModule } from '../insight/insight.module.js';
import { ReactionModule } from '../reaction/reaction.module.js';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { FeedResolver } from './feed.resolver.js';
import { FeedService } from './feed.service.js';

@Module({
  imports: [AtelierModule, InsightModule, ReactionModule, UserModule, WerkgebiedModule],
  providers: [FeedService, FeedResolver],
})
export class FeedModule {}
