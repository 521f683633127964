import { ResolveField, Resolver } from '@nestjs/graphql';
import type { User as UserRow } from '../generated/prisma/client.js';
import { canSeeEmail } from '../common/authz/policy.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from './models/user.model.js';

@Resolver(() => User)
export class UserResolver {
  @ResolveField(() => String, { nullable: true })
  email(user: UserRow, _args: unknown, { viewer }: RequestContext): string | null {
    return canSeeEmail(viewer, user.id) ? user.email : null;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether this is you and you sit on a programmacommissie (false for anyone else).',
  })
  isCommittee(user: UserRow, _args: unknown, { viewer }: RequestContext): boolean {
    return viewer?.userId === user.id && viewer.committeeOf.size > 0;
  }

  @ResolveField(() => Boolean, {
    description: 'Whether this is you and you are a beheerder (false for anyone else).',
  })
  isAdmin(user: UserRow, _args: unknown, { viewer }: RequestContext): boolean {
    return viewer?.userId === user.id && viewer.adminOf.size > 0;
  }
}
