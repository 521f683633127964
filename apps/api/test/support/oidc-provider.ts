import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person with an account at the test provider. */
export interface ProviderAccount {
  sub: string;
  email: string;
  name: string;
  emailVerified?: boolean;
  /** Claims of the profile scope besides the name, as an organisation's provider adds them (groups, tid). */
  extra?: { groups?: string[]; tid?: string };
}

/** Changes the ID token the token endpoint hands out (its claims), and the key it is signed with. */
export interface Tamper {
  claims?: (claims: Record<string, unknown>) => Record<string, unknown>;
  /** Sign with this key instead of the provider's (a bad signature). */
  key?: KeyObject;
}

/**
 * A real OpenID provider (the `oidc-provider` package, certified) on loopback, for the tests. Its login screen is
 * replaced by `signInAs`: the next authorization is granted to that account (as if the person logged in and
 * consented). `tamper` changes the next ID token on its way out of the token endpoint, re-signed, to show what the
 * app refuses; everything else is the provider's own behaviour.
 */
export class TestOidcProvider {
  readonly issuer: string;
  readonly clientId = 'werkplaats-test';
  readonly clientSecret = 'test-client-secret-0123456789abcdef';
  private nextAccount: string | null = null;
  tamper: Tamper | null = null;
  private readonly accounts = new Map<string, ProviderAccount>();

  private constructor(
    private readonly server: Server,
    port: number,
    redirectUri: string,
    private readonly signingKey: KeyObject,
  ) {
    this.issuer = `http://127.0.0.1:${port}`;
    const jwk = signingKey.export({ format: 'jwk' });
    const provider = new Provider(this.issuer, {
      clients: [
        {
          client_id: this.clientId,
          client_secret: this.clientSecret,
          redirect_uris: [redirectUri],
          // The app's front page (its PUBLIC_URL), where the provider's logout sends the person back.
          post_logout_redirect_uris: [redirectUri.replace(/\/auth\/oidc\/callback$/, '')],
          grant_types: ['authorization_code'],
          response_types: ['code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      jwks: { keys: [{ ...jwk, kid: 'test-key', use: 'sig', alg: 'RS256' }] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups', 'tid'] },
      findAccount: (_ctx: unknown, sub: string) => {
        const account = this.accounts.get(sub);
        if (!account) return undefined;
        return {
          accountId: sub,
          claims: () => ({
            sub,
            email: account.email,
            email_verified: account.emailVerified ?? true,
            name: account.name,
            ...account.extra,
          }),
        };
      },
      // ID tokens carry the claims (no userinfo call needed).
      conformIdTokenClaims: false,
      ttl: {
        AccessToken: 600,
        IdToken: 600,
        AuthorizationCode: 60,
        Interaction: 600,
        Session: 600,
        Grant: 600,
      },
      pkce: { required: () => true },
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
    });
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as { id_token?: string } | undefined;
      if (ctx.path === '/token' && this.tamper && body?.id_token) {
        body.id_token = this.resign(body.id_token, this.tamper);
        this.tamper = null;
      }
    });
    const callback = provider.callback();
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (req.url?.startsWith('/interaction/')) {
        void this.grant(provider, req, res);
        return;
      }
      callback(req, res);
    });
  }

  static async start(redirectUri: string): Promise<TestOidcProvider> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return new TestOidcProvider(server, port, redirectUri, privateKey);
  }

  addAccount(account: ProviderAccount): void {
    this.accounts.set(account.sub, account);
  }

  /** The next authorization logs this account in (and consents). */
  signInAs(sub: string): void {
    this.nextAccount = sub;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async grant(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const details = await provider.interactionDetails(req, res);
      const accountId = this.nextAccount;
      if (!accountId) throw new Error('signInAs was not called');
      const grant = new provider.Grant({ accountId, clientId: String(details.params['client_id']) });
      grant.addOIDCScope('openid email profile');
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  }

  /** The ID token with changed claims, signed again (RS256) with the provider's key or the tamper's. */
  private resign(idToken: string, tamper: Tamper): string {
    const [header, payload] = idToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const changed = tamper.claims ? tamper.claims(claims) : claims;
    const head = JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const input = `${b64(JSON.stringify({ ...head, alg: 'RS256' }))}.${b64(JSON.stringify(changed))}`;
    const signature = sign('sha256', Buffer.from(input), tamper.key ?? this.signingKey).toString('base64url');
    return `${input}.${signature}`;
  }
}

function b64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/**
 * Follows the browser's way from the app's start address through the provider (keeping the provider's cookies)
 * until the provider sends it back to the app: the callback's path and query.
 */
export async function throughProvider(authorizationUrl: string, appOrigin: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(appOrigin)) {
      const back = new URL(url);
      return back.pathname + back.search;
    }
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`the provider stopped at ${url}: ${response.status} ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}
