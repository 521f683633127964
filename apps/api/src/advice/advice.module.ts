import { Module } from '@nestjs/common';
import { AdviceResolver, AtelierAdviceResolver, ProductResolver } from './advice.resolver.js';
import { AdviceService } from './advice.service.js';
import { AtelierModule } from '../atelier/atelier.module.js';
import { UserModule } from '../user/user.module.js';

@Module({
  imports: [AtelierModule, UserModule],
  providers: [AdviceService, AdviceResolver, ProductResolver, AtelierAdviceResolver],
  // Products read by their reader (productsForAtelier) for the report and open data.
  exports: [AdviceService],
})
export class AdviceModule {}
