import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { AuditResolver } from './audit.resolver.js';

@Module({ imports: [UserModule], providers: [AuditResolver] })
export class AuditModule {}
