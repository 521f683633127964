import type { Tx } from '../common/prisma/prisma.service.js';
import { hashToken, newToken } from './token.js';

/** How long a link that confirms an address works. */
export const CONFIRM_TOKEN_DAYS = 7;

/** The page of the web app that takes the link's token. */
export const CONFIRM_EMAIL_PATH = '/e-mail-bevestigen';

/**
 * Issues a link that confirms `email` for the person: returns the token for the link; the database keeps only its
 * SHA-256. Earlier unused links of the person stop working: only the newest is valid.
 */
export async function issueEmailConfirmation(
  tx: Tx,
  userId: string,
  email: string,
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await tx.emailConfirmation.updateMany({ where: { userId, usedAt: null }, data: { expiresAt: now } });
  await tx.emailConfirmation.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      email,
      expiresAt: new Date(now.getTime() + CONFIRM_TOKEN_DAYS * 24 * 3_600_000),
    },
  });
  return token;
}

/** The link a person opens: `<base>/e-mail-bevestigen?token=…`. */
export function confirmEmailLink(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${CONFIRM_EMAIL_PATH}?token=${encodeURIComponent(token)}`;
}
