import { Module } from '@nestjs/common';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

@Module({ providers: [NotificationService, NotificationResolver], exports: [NotificationService] })
export class NotificationModule {}
