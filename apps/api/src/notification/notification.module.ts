import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationMail } from './notification-mail.js';
import {
  AtelierNotificationLevelResolver,
  NotificationSettingsResolver,
  UserMailDeliveryResolver,
} from './notification-settings.resolver.js';
import { NotificationService } from './notification.service.js';
import { SummarySweep } from './summary.sweep.js';

@Module({
  imports: [UserModule],
  providers: [
    NotificationService,
    NotificationResolver,
    NotificationMail,
    SummarySweep,
    NotificationSettingsResolver,
    UserMailDeliveryResolver,
    AtelierNotificationLevelResolver,
  ],
  exports: [NotificationService],
})
export class NotificationModule {}
