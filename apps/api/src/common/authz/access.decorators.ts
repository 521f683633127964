import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from '../graphql/request-context.js';
import type { MaybeViewer } from './viewer.js';

export const ACCESS_KEY = 'werkplaats:access';
export type AccessDeclaration = 'public' | 'signed-in';

/** Open to visitors; what they see is still limited by the policy inside each query. */
export const Public = () => SetMetadata(ACCESS_KEY, 'public' satisfies AccessDeclaration);

/** Needs a session; finer rules (arena, trekker, commissie) are asked of the policy in the service. */
export const SignedIn = () => SetMetadata(ACCESS_KEY, 'signed-in' satisfies AccessDeclaration);

/** The person asking (null for a visitor). */
export const CurrentViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): MaybeViewer => {
    return requestContextOf(context).viewer;
  },
);

export function requestContextOf(context: ExecutionContext): RequestContext {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<RequestContext>();
  }
  const req = context.switchToHttp().getRequest<RequestContext['req']>();
  return { req, reply: context.switchToHttp().getResponse(), viewer: req.viewer ?? null } as RequestContext;
}
