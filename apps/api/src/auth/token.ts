import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: the value of a session or known-browser cookie. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256, so a leaked database hands out nothing usable. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
