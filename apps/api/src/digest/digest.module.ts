import { Module } from '@nestjs/common';
import { AtelierModule } from '../atelier/atelier.module.js';
import { UserModule } from '../user/user.module.js';
import { AtelierDigestResolver, DigestItemResolver, DigestResolver } from './digest.resolver.js';
import { DigestService } from './digest.service.js';

@Module({
  imports: [AtelierModule, UserModule],
  providers: [DigestService, DigestResolver, DigestItemResolver, AtelierDigestResolver],
})
export class DigestModule {}
