import { Module } from '@nestjs/common';
import { MunicipalityResolver, OrganisationResolver, WorkshopResolver } from './werkgebied.resolver.js';
import { WerkgebiedService } from './werkgebied.service.js';

@Module({
  providers: [WerkgebiedService, MunicipalityResolver, OrganisationResolver, WorkshopResolver],
  exports: [WerkgebiedService],
})
export class WerkgebiedModule {}
