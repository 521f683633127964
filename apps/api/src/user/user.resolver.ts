import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../common/authz/access.decorators.js';
import { mayReadWorkshopRolesOf } from '../common/authz/policy.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import { UpdateMeInput } from './dto/update-me.input.js';
import type { User as UserRow } from '../generated/prisma/client.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import type { Loaded } from '../common/graphql/loaders.js';
import { User, WorkshopRoleGrant } from './models/user.model.js';
import { UserService } from './user.service.js';

@Resolver(() => User)
export class UserResolver {
  constructor(private readonly users: UserService) {}

  @SignedIn()
  @Mutation(() => User, {
    description:
      'Change what you say about yourself: your name, language, party kind, or whether reports may name you.',
  })
  updateMe(@Args('input') input: UpdateMeInput, @CurrentViewer() viewer: MaybeViewer) {
    return this.users.updateMe(viewer, input);
  }

  @ResolveField(() => String, { nullable: true })
  email(user: UserRow, _args: unknown, { viewer, loaders }: RequestContext): Loaded<string | null> {
    if (viewer?.userId === user.id) return user.email;
    return this.users.readableEmail(loaders, viewer, user);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether you confirmed your e-mail address (see resendEmailConfirmation); null for anyone but yourself.',
  })
  emailConfirmed(user: UserRow, _args: unknown, { viewer }: RequestContext): boolean | null {
    return viewer?.userId === user.id ? user.emailConfirmedAt !== null : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The language you chose for the interface and your mail: nl or en; null until you choose one (your mail is then in Dutch), and for anyone but yourself.',
  })
  locale(user: UserRow, _args: unknown, { viewer }: RequestContext): string | null {
    return viewer?.userId === user.id ? user.locale : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether you allow your name in atelier reports (updateMe); null for anyone but yourself: a report names a person only with it.',
  })
  nameInReports(user: UserRow, _args: unknown, { viewer }: RequestContext): boolean | null {
    return viewer?.userId === user.id ? user.nameInReports : null;
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

  @ResolveField(() => [WorkshopRoleGrant], {
    description:
      'Werkplaats-wide roles (beheerder, programmacommissie), each with its werkplaats: all of your own; for a beheerder, those in their werkplaatsen of the people of those werkplaatsen; empty otherwise.',
  })
  workshopRoles(
    user: UserRow,
    _args: unknown,
    { viewer, loaders }: RequestContext,
  ): Loaded<WorkshopRoleGrant[]> {
    // No statement where the policy says the answer is surely empty.
    if (!mayReadWorkshopRolesOf(viewer, user.id)) return [];
    return this.users.readableWorkshopRoles(loaders, viewer, user.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether a beheerder blocked the account (it cannot sign in). Read by a beheerder of a werkplaats the person is of; null for others.',
  })
  isBlocked(user: UserRow, _args: unknown, { viewer, loaders }: RequestContext): Loaded<boolean | null> {
    const managed = this.users.manages(loaders, viewer, user.id);
    const blocked = (yes: boolean) => (yes ? user.blockedAt !== null : null);
    return typeof managed === 'boolean' ? blocked(managed) : managed.then(blocked);
  }
}
