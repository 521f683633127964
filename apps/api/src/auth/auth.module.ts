import { Module } from '@nestjs/common';
import { UserModule } from '../user/user.module.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { SessionMiddleware } from './session.middleware.js';
import { SessionService } from './session.service.js';

@Module({
  imports: [UserModule],
  providers: [AuthService, SessionService, SessionMiddleware, AuthResolver],
  exports: [SessionService, SessionMiddleware],
})
export class AuthModule {}
