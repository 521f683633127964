import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module.js';
import { AdminResolver } from './admin.resolver.js';
import { AdminService } from './admin.service.js';

@Module({ imports: [NotificationModule], providers: [AdminService, AdminResolver] })
export class AdminModule {}
