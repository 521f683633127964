import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { ProductModule } from '../product/product.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { OpenDataResolver } from './open-data.resolver.js';
import { OpenDataService } from './open-data.service.js';

/** A werkplaats's open data, served by `registerOpenData` in createApp; its licence set by the beheerder. */
@Module({
  imports: [ActivityModule, ProductModule, WerkgebiedModule],
  providers: [OpenDataService, OpenDataResolver],
  exports: [OpenDataService],
})
export class OpenDataModule {}
