import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { AdviceResolver, AtelierAdviceResolver } from './advice.resolver.js';
import { AdviceService } from './advice.service.js';
import { UserModule } from '../user/user.module.js';

@Module({
  imports: [UserModule, NotificationModule],
  providers: [AdviceService, AdviceResolver, AtelierAdviceResolver],
})
export class AdviceModule {}
