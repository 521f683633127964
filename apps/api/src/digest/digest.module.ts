import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { UserModule } from '../user/user.module.js';
import { AtelierDigestResolver, DigestResolver } from './digest.resolver.js';
import { DigestService } from './digest.service.js';

@Module({
  imports: [AtelierModule, UserModule],
  providers: [DigestService, DigestResolver, AtelierDigestResolver],
})
export class DigestModule {}
