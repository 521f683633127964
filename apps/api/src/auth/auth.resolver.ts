import { Inject } from '@nestjs/common';
import { Args, Context, Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../common/config/config.js';
import { CurrentViewer, Public, SignedIn } from '../common/authz/access.decorators.js';
import type { MaybeViewer } from '../common/authz/viewer.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from '../user/models/user.model.js';
import { UserService } from '../user/user.service.js';
import { AuthService } from './auth.service.js';
import { clientOf } from './client.js';
import { SignUpInput } from './dto/sign-up.input.js';
import { KNOWN_BROWSER_MS } from './known-browser.service.js';
import { endRequestSession } from './request-session.js';
import { cookieOptions } from './session.hook.js';
import { OidcService } from './oidc/oidc.service.js';
import { SessionService } from './session.service.js';
import { InvitationService } from '../participation/invitation.service.js';
import { InvitationByLink, InvitationSignUpInput } from '../participation/models/email-invitation.model.js';

@ObjectType({ description: "Where to end the work-account provider's own session after signing out here." })
export class ProviderLogout {
  @Field({
    description: "The provider's logout address (RP-initiated logout), back to this app afterwards.",
  })
  url!: string;
  @Field({ description: "That provider's button label." })
  label!: string;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly authService: AuthService,
    private readonly userService: UserService,
    private readonly sessions: SessionService,
    private readonly invitations: InvitationService,
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in person; null for a visitor.' })
  me(@CurrentViewer() viewer: MaybeViewer) {
    return viewer ? this.userService.byId(viewer.userId) : null;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Makes an account for an address that has none; true either way (whether the address had an account is ' +
      'not told). Does not sign in: sign in with the address and password next. Input that is wrong whatever ' +
      'the address (email, password, organisation) is BAD_USER_INPUT.',
  })
  async signUp(@Args('input') input: SignUpInput, @Context() ctx: RequestContext): Promise<boolean> {
    await this.authService.signUp(input, clientOf(ctx, this.config));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Forgotten password: mails the account of this address a one-time link (/wachtwoord-instellen?token=…, ' +
      'valid one hour) to choose a new password with setPasswordWithToken. True whether or not the address has ' +
      'an account (that is not told); at most one such mail per account every five minutes. Not an e-mail ' +
      'address is BAD_USER_INPUT on "email"; too many attempts from one address TOO_MANY_REQUESTS.',
  })
  async requestPasswordReset(@Args('email') email: string, @Context() ctx: RequestContext): Promise<boolean> {
    await this.authService.requestPasswordReset(email, clientOf(ctx, this.config));
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Confirms the address of an account with the token of the link mailed after signing up ' +
      '(/e-mail-bevestigen?token=…, seven days, once). An unknown, used or expired link is BAD_USER_INPUT on "token" ' +
      'with reason UNKNOWN, USED or EXPIRED.',
  })
  async confirmEmail(@Args('token') token: string): Promise<boolean> {
    await this.authService.confirmEmail(token);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Mails your confirmation link again (at most one mail every five minutes); false when your address is ' +
      'confirmed already. Until it is, asking to join or joining an arena on your own and lifting a lesson above ' +
      'PRACTICE are FORBIDDEN with reason EMAIL_UNCONFIRMED.',
  })
  resendEmailConfirmation(@CurrentViewer() viewer: MaybeViewer): Promise<boolean> {
    return this.authService.resendEmailConfirmation(viewer);
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description:
      'Asks to move your account to another e-mail address, with your current password: a link goes to the new ' +
      'address (/e-mail-bevestigen?token=…, seven days, once), and following it (confirmEmail) makes the change and ' +
      'tells the old address. True whether or not the new address has an account (then its owner is told by mail ' +
      'instead, and nothing changes). A wrong password is BAD_USER_INPUT on "currentPassword" (rule wrongPassword); ' +
      'not an address, or your own, BAD_USER_INPUT on "email"; a second ask within five minutes TOO_MANY_REQUESTS. ' +
      'confirmEmail of a change link is CONFLICT with reason EMAIL_TAKEN when the address got an account meanwhile.',
  })
  async requestEmailChange(
    @Args('currentPassword') currentPassword: string,
    @Args('email') email: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.authService.requestEmailChange(viewer, currentPassword, email, clientOf(ctx, this.config));
    return true;
  }

  @Public()
  @Mutation(() => User, { description: 'Signs in; sets the session cookie.' })
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: RequestContext,
  ) {
    const { user, token, browserToken } = await this.authService.signIn(
      email,
      password,
      clientOf(ctx, this.config),
    );
    await this.startSession(ctx, token, browserToken);
    return user;
  }

  @Public()
  @Mutation(() => User, {
    description:
      'Sets your password with the token of a one-time link (/wachtwoord-instellen?token=…), which then stops ' +
      'working, and signs you in (sets the session cookie). The password follows the rules of signUp. An unknown, ' +
      'expired or used token is BAD_USER_INPUT with field "token" and reason UNKNOWN, EXPIRED or USED; a weak ' +
      'password is BAD_USER_INPUT with field "password".',
  })
  async setPasswordWithToken(
    @Args('token') token: string,
    @Args('password') password: string,
    @Context() ctx: RequestContext,
  ) {
    const signedIn = await this.authService.setPasswordWithToken(token, password, clientOf(ctx, this.config));
    await this.startSession(ctx, signedIn.token, signedIn.browserToken);
    return signedIn.user;
  }

  @Public()
  @Mutation(() => InvitationByLink, {
    description:
      'Accepts an invitation by e-mail with the token of its link (/uitnodiging?token=…): as the signed-in person, or ' +
      'with signUp in a new account for the invited address, which is signed in (sets the session cookie). Joins the ' +
      "atelier in the invited role, or becomes one of the werkplaats's people. An unknown, expired, answered or " +
      'withdrawn link is BAD_USER_INPUT on "token" with reason UNKNOWN, EXPIRED, USED or WITHDRAWN; signUp for an ' +
      'address that has an account is CONFLICT with reason ACCOUNT_EXISTS (sign in instead); without signUp a visitor ' +
      'is UNAUTHENTICATED; an invitation made to another account is FORBIDDEN.',
  })
  async acceptInvitation(
    @Args('token') token: string,
    @Args('signUp', { type: () => InvitationSignUpInput, nullable: true })
    signUp: InvitationSignUpInput | null,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ) {
    const client = clientOf(ctx, this.config);
    const { view, newAccountId } = await this.invitations.accept(viewer, token, signUp, client);
    if (newAccountId) {
      const session = await this.authService.openSession(newAccountId, client);
      await this.startSession(ctx, session.token, session.browserToken);
    }
    return view;
  }

  @Public()
  @Query(() => ProviderLogout, {
    nullable: true,
    description:
      "For a session that signed in through a work-account provider offering a logout: where to end that provider's session too, to be offered after signOut. Null for a visitor, a password session, or a provider without logout.",
  })
  async providerLogout(
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ): Promise<ProviderLogout | null> {
    const token = ctx.req.sessionToken;
    // Only a live session (the viewer) has a provider session worth ending.
    const session = viewer && token ? await this.sessions.providerOf(token) : null;
    return session ? this.oidc.logoutUrl(session) : null;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@Context() ctx: RequestContext): Promise<boolean> {
    await this.authService.signOut(ctx.req.sessionToken);
    endRequestSession(ctx, this.config);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end.' })
  async changePassword(
    @Args('currentPassword') currentPassword: string,
    @Args('password') password: string,
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.authService.changePassword(viewer, currentPassword, password, clientOf(ctx, this.config));
    return true;
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends all your sessions, on every device; returns how many ended.' })
  async signOutEverywhere(
    @CurrentViewer() viewer: MaybeViewer,
    @Context() ctx: RequestContext,
  ): Promise<number> {
    const count = await this.authService.signOutEverywhere(viewer, clientOf(ctx, this.config));
    endRequestSession(ctx, this.config);
    return count;
  }

  /**
   * A new token at every sign-in (no session fixation); the previous one of this browser ends. The rest of
   * this request already answers as the signed-in person (e.g. their own email address).
   */
  private async startSession(ctx: RequestContext, token: string, browserToken: string): Promise<void> {
    await this.authService.signOut(ctx.req.sessionToken);
    const viewer = (await this.sessions.resolve(token))?.viewer ?? null;
    ctx.viewer = viewer;
    ctx.req.viewer = viewer;
    ctx.req.sessionToken = token;
    ctx.reply.setCookie(this.config.session.cookieName, token, {
      ...cookieOptions(this.config),
      maxAge: Math.floor(this.config.session.absoluteMs / 1000), // seconds
    });
    // The browser is known to the account from now on (see KnownBrowserService); the cookie lives a year.
    ctx.reply.setCookie(this.config.session.browserCookieName, browserToken, {
      ...cookieOptions(this.config),
      maxAge: Math.floor(KNOWN_BROWSER_MS / 1000),
    });
  }
}
