import type { Tx } from '../common/prisma/prisma.service.js';
import { hashToken, newToken } from './token.js';

/** How long a one-time password link works. */
export const PASSWORD_TOKEN_DAYS = 7;
const PASSWORD_TOKEN_MS = PASSWORD_TOKEN_DAYS * 24 * 3_600_000;

/** How long a link to reset a forgotten password works (it went to a mailbox, not through a beheerder). */
export const RESET_TOKEN_MINUTES = 60;

/** The page of the web app that takes the link's token. */
export const SET_PASSWORD_PATH = '/wachtwoord-instellen';

/**
 * Issues a one-time link to set the person's password: returns the token for the link; the database keeps only
 * its SHA-256. Earlier links of the person that were not used stop working: only the newest is valid.
 */
export async function issuePasswordToken(
  tx: Tx,
  userId: string,
  now = new Date(),
  validMs = PASSWORD_TOKEN_MS,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + validMs);
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: now } });
  await tx.passwordToken.create({ data: { tokenHash: hashToken(token), userId, expiresAt } });
  return { token, expiresAt };
}

/** The link a person opens: `<base>/wachtwoord-instellen?token=…`. */
export function passwordLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${SET_PASSWORD_PATH}?token=${encodeURIComponent(token)}`;
}
