import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({ imports: [AuthModule], providers: [PrivacyService, PrivacyResolver] })
export class PrivacyModule {}
