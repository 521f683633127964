import { Module } from '@nestjs/common';
import { AdviceResolver, AtelierAdviceResolver } from './advice.resolver.js';
import { AdviceService } from './advice.service.js';
import { UserModule } from '../user/user.module.js';

@Module({
  imports: [UserModule],
  providers: [AdviceService, AdviceResolver, AtelierAdviceResolver],
})
export class AdviceModule {}
