import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../common/prisma/prisma.service.js';
import type { MailLocale } from './template.js';

/**
 * One setting that a click in a mail turns off, e.g. `{ kind: 'atelier-level', ref: <atelier id> }` (that
 * atelier's notifications to "stil") or `{ kind: 'delivery' }` (no notification mail at all). Each kind of mail
 * names the one setting it comes from; a module that sends a new kind registers its setting (UnsubscribeSettings).
 */
export interface UnsubscribeSetting {
  kind: string;
  /** What the setting is of, when it is one of many (an atelier's id). */
  ref?: string;
}

/** What a kind of setting does on a click: say what it turns off, and turn it off. */
export interface UnsubscribeHandler {
  /** A sentence for the page, e.g. "Meldingen uit het atelier Eenzaamheid op stil zetten". Null: it is gone. */
  describe(tx: Tx, userId: string, setting: UnsubscribeSetting, locale: MailLocale): Promise<string | null>;
  /** Turns it off; doing it twice changes nothing more. */
  apply(tx: Tx, userId: string, setting: UnsubscribeSetting): Promise<void>;
}

@Injectable()
export class UnsubscribeSettings {
  private readonly handlers = new Map<string, UnsubscribeHandler>();

  register(kind: string, handler: UnsubscribeHandler): void {
    if (this.handlers.has(kind)) throw new Error(`An unsubscribe setting "${kind}" exists already`);
    this.handlers.set(kind, handler);
  }

  handler(kind: string): UnsubscribeHandler | undefined {
    return this.handlers.get(kind);
  }
}

/** The path of the page a link leads to (GET shows it, POST turns the setting off); the token is its `t`. */
export const UNSUBSCRIBE_PATH = '/afmelden';

interface TokenBody {
  /** The person. */
  u: string;
  /** The setting's kind. */
  k: string;
  /** What it is of. */
  r?: string;
}

function mac(mailKey: string, body: string): string {
  return createHmac('sha256', mailKey).update(body).digest('base64url');
}

/**
 * A link's token: the person and the setting, signed with the person's own mail key (User.mailKey), so it
 * works without signing in, for that one setting of that one person, and cannot be made for anyone else.
 * It does not expire: a mail read a year later still unsubscribes (RFC 8058 asks links to keep working).
 */
export function unsubscribeToken(userId: string, mailKey: string, setting: UnsubscribeSetting): string {
  const body: TokenBody = { u: userId, k: setting.kind, ...(setting.ref ? { r: setting.ref } : {}) };
  const encoded = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${encoded}.${mac(mailKey, encoded)}`;
}

/** A token's person and setting, unchecked: check it with `verifyUnsubscribeToken` and their key. */
export function readUnsubscribeToken(
  token: string,
): { userId: string; setting: UnsubscribeSetting; encoded: string; signature: string } | null {
  const match = /^([A-Za-z0-9_-]{1,600})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, encoded, signature] = match as unknown as [string, string, string];
  try {
    const body = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<TokenBody>;
    if (typeof body.u !== 'string' || typeof body.k !== 'string') return null;
    if (body.r !== undefined && typeof body.r !== 'string') return null;
    return {
      userId: body.u,
      setting: { kind: body.k, ...(body.r ? { ref: body.r } : {}) },
      encoded,
      signature,
    };
  } catch {
    return null;
  }
}

export function verifyUnsubscribeToken(
  mailKey: string,
  read: { encoded: string; signature: string },
): boolean {
  const expected = Buffer.from(mac(mailKey, read.encoded));
  const given = Buffer.from(read.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return `${publicUrl}${UNSUBSCRIBE_PATH}?t=${token}`;
}

/**
 * The headers of RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button that POSTs
 * `List-Unsubscribe=One-Click` to the link, which turns exactly this setting off.
 */
export function unsubscribeHeaders(publicUrl: string, token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(publicUrl, token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
