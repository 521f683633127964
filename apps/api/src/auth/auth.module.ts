import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { ParticipationModule } from '../participation/participation.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { KnownBrowserService } from './known-browser.service.js';
import { OidcResolver } from './oidc/oidc.resolver.js';
import { OidcService } from './oidc/oidc.service.js';
import { SessionHook } from './session.hook.js';
import { SessionService } from './session.service.js';
import { SessionSweep } from './session.sweep.js';

@Module({
  imports: [UserModule, WerkgebiedModule, ParticipationModule],
  providers: [
    AuthService,
    SessionService,
    SessionSweep,
    KnownBrowserService,
    SessionHook,
    AuthResolver,
    OidcService,
    OidcResolver,
  ],
  exports: [AuthService, OidcService, SessionService, KnownBrowserService, SessionHook],
})
export class AuthModule {}
