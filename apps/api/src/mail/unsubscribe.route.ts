import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { contentChanged } from '../common/graphql/response-cache.js';
import { PrismaService, type Tx } from '../common/prisma/prisma.service.js';
import { escapeHtml, mailLocale, type MailLocale } from './template.js';
import {
  readUnsubscribeToken,
  UNSUBSCRIBE_PATH,
  UnsubscribeSettings,
  verifyUnsubscribeToken,
  type UnsubscribeHandler,
  type UnsubscribeSetting,
} from './unsubscribe.js';

// The page's own policy: its stylesheet inline, its one form posting back here.
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

type TokenRequest = FastifyRequest<{ Querystring: { t?: string } }>;

const TEXT = {
  nl: {
    title: 'Afmelden',
    ask: 'Wil je dit doen?',
    button: 'Ja, zet dit uit',
    done: 'Gelukt. Dit staat nu uit.',
    settings: 'Je instellingen voor meldingen vind je op de privacypagina, na aanmelden.',
    gone: 'Deze link werkt niet (meer). Je kunt je meldingen instellen op de privacypagina, na aanmelden.',
  },
  en: {
    title: 'Unsubscribe',
    ask: 'Do you want to do this?',
    button: 'Yes, turn this off',
    done: 'Done. This is off now.',
    settings: 'Your notification settings are on the privacy page, once signed in.',
    gone: 'This link does not work (any more). You can set your notifications on the privacy page, once signed in.',
  },
} as const;

/**
 * The one-click unsubscribe of RFC 8058 at /afmelden?t=<token>. GET shows a small page with a button and changes
 * nothing (mail scanners follow links); POST (the button, or a mail program's `List-Unsubscribe=One-Click`) turns
 * off exactly the setting the token names, without signing in.
 */
export async function registerUnsubscribe(
  fastify: FastifyInstance,
  app: NestFastifyApplication,
  pool: pg.Pool,
): Promise<void> {
  const prisma = app.get(PrismaService);
  const settings = app.get(UnsubscribeSettings);

  /** The token's person and setting once checked against their key, and the setting's handler. */
  async function resolve(tx: Tx, token: string) {
    const read = readUnsubscribeToken(token);
    if (!read) return null;
    const handler = settings.handler(read.setting.kind);
    const user = await tx.user.findUnique({
      where: { id: read.userId },
      select: { mailKey: true, locale: true, erasedAt: true },
    });
    if (!handler || !user || user.erasedAt || !verifyUnsubscribeToken(user.mailKey, read)) return null;
    return { userId: read.userId, setting: read.setting, handler, locale: mailLocale(user.locale) };
  }

  async function describe(
    tx: Tx,
    found: { userId: string; setting: UnsubscribeSetting; handler: UnsubscribeHandler; locale: MailLocale },
  ) {
    return found.handler.describe(tx, found.userId, found.setting, found.locale);
  }

  await fastify.register((scope, _options, registered) => {
    // A mail program posts `List-Unsubscribe=One-Click` as a form (urlencoded or multipart), the page's button
    // as urlencoded; the body says nothing the token does not, so it is taken and left unread.
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
      scope.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) =>
        done(null, null),
      );
    }

    scope.get(UNSUBSCRIBE_PATH, async (request: TokenRequest, reply: FastifyReply) => {
      const shown = await prisma.$transaction(async (tx) => {
        const found = await resolve(tx, String(request.query.t ?? ''));
        if (!found) return null;
        const what = await describe(tx, found);
        return what === null ? null : { what, locale: found.locale };
      });
      if (!shown) return page(reply.code(404), 'nl', `<p>${escapeHtml(TEXT.nl.gone)}</p>`);
      const t = TEXT[shown.locale];
      return page(
        reply,
        shown.locale,
        `<p>${escapeHtml(shown.what)}</p><p>${escapeHtml(t.ask)}</p>` +
          `<form method="post"><button type="submit">${escapeHtml(t.button)}</button></form>` +
          `<p>${escapeHtml(t.settings)}</p>`,
      );
    });

    scope.post(UNSUBSCRIBE_PATH, async (request: TokenRequest, reply: FastifyReply) => {
      const done = await prisma.$transaction(async (tx) => {
        const found = await resolve(tx, String(request.query.t ?? ''));
        if (!found) return null;
        const what = await describe(tx, found);
        if (what === null) return null;
        await found.handler.apply(tx, found.userId, found.setting);
        return { what, locale: found.locale };
      });
      if (!done) return page(reply.code(404), 'nl', `<p>${escapeHtml(TEXT.nl.gone)}</p>`);
      // A setting the app shows changed outside GraphQL: answers kept by the response cache are out of date.
      await contentChanged(pool);
      const t = TEXT[done.locale];
      return page(
        reply,
        done.locale,
        `<p>${escapeHtml(done.what)}</p><p role="status"><strong>${escapeHtml(t.done)}</strong></p>` +
          `<p>${escapeHtml(t.settings)}</p>`,
      );
    });
    registered();
  });
}

function page(reply: FastifyReply, locale: MailLocale, body: string) {
  const title = TEXT[locale].title;
  return reply
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
        `<title>${escapeHtml(title)} — Werkplaats</title>` +
        `<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}` +
        `button{font:inherit;padding:.6rem 1.2rem;background:#1d4f91;color:#fff;border:0;border-radius:6px;cursor:pointer}` +
        `button:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}</style></head>` +
        `<body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}
