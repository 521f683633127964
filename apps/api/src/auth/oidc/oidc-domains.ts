import type { AppConfig } from '../../common/config/config.js';
import type { PrismaService } from '../../common/prisma/prisma.service.js';

/** The domain of an address, lower-case. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/**
 * Whether password sign-in is refused for this address: a provider (of any werkplaats, or the deployment's)
 * serving its domain requires itself. Told by the domain alone, so it says nothing about accounts.
 */
export async function oidcRequiredFor(
  prisma: PrismaService,
  config: AppConfig,
  email: string,
): Promise<boolean> {
  const domain = domainOf(email);
  if (!domain) return false;
  if (config.oidc.providers.some((p) => p.requiredForDomains && p.domains.includes(domain))) return true;
  const count = await prisma.oidcProvider.count({
    where: { requiredForDomains: true, domains: { has: domain } },
  });
  return count > 0;
}
