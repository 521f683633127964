import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '../graphql/app-error.js';
import { ACCESS_KEY, requestContextOf, type AccessDeclaration } from './access.decorators.js';

/**
 * Global guard: every resolver method and controller must declare @Public() or @SignedIn();
 * an undeclared one is refused (fail closed), so a forgotten declaration can't open anything.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const declared = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (declared === 'public') return true;
    if (declared === 'signed-in') {
      if (!requestContextOf(context).viewer) throw new UnauthenticatedError();
      return true;
    }
    throw new ForbiddenError('This operation declares no access rule');
  }
}
