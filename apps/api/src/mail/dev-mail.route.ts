import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../common/config/config.js';
import { escapeHtml } from './template.js';
import { keptMail } from './transport.js';

const FILE = /^[0-9TZ-]+-[0-9a-f-]{36}$/;
// The page's own policy: its stylesheet inline; a message's HTML is shown sandboxed, without scripts.
const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; frame-src 'self'; base-uri 'none'; form-action 'none'";
const MESSAGE_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * /dev/mail: the dev mailbox (development without SMTP_URL), newest first, and one message at a time. Only in
 * that case (never in production), and only to the machine itself: its messages hold password links.
 */
export function registerDevMail(fastify: FastifyInstance, config: AppConfig): void {
  const dir = config.mail.mailDir;
  // Otherwise the paths are not found (404), rather than taken for a page of the web app.
  const open = !config.production && !config.mail.smtpUrl;
  const local = (request: FastifyRequest) => open && /^(127\.|::1$|::ffff:127\.)/.test(request.ip);

  fastify.get('/dev/mail', async (request, reply) => {
    if (!local(request)) return reply.callNotFound();
    const messages = await keptMail(dir);
    const rows = messages.map(
      (m) =>
        `<li><a href="/dev/mail/${m.file}">${escapeHtml(m.subject)}</a> — ${escapeHtml(m.to)} — <time>${escapeHtml(m.date)}</time></li>`,
    );
    return page(
      reply,
      'Dev mailbox',
      `<h1>Dev mailbox</h1><p>${messages.length} message(s) in ${escapeHtml(dir)}, newest first. Without SMTP_URL the app keeps its mail here instead of sending it.</p>` +
        (rows.length ? `<ol>${rows.join('')}</ol>` : '<p>No mail yet.</p>'),
    );
  });

  fastify.get(
    '/dev/mail/:file',
    async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
      const { file } = request.params;
      const mail = local(request) && FILE.test(file) ? await read(dir, file) : null;
      if (!mail) return reply.callNotFound();
      return page(
        reply,
        mail.subject,
        `<p><a href="/dev/mail">All mail</a></p><h1>${escapeHtml(mail.subject)}</h1>` +
          `<dl><dt>From</dt><dd>${escapeHtml(mail.from)}</dd><dt>To</dt><dd>${escapeHtml(mail.to)}</dd>` +
          `<dt>Date</dt><dd>${escapeHtml(mail.date)}</dd></dl>` +
          `<h2>Text</h2><pre>${linkify(mail.text)}</pre>` +
          `<h2>HTML</h2><iframe title="The message as HTML" src="/dev/mail/${file}/html"></iframe>` +
          `<p><a href="/dev/mail/${file}/eml">The message as sent (.eml)</a></p>`,
      );
    },
  );

  fastify.get(
    '/dev/mail/:file/html',
    async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
      const { file } = request.params;
      const mail = local(request) && FILE.test(file) ? await read(dir, file) : null;
      if (!mail) return reply.callNotFound();
      return reply
        .header('content-security-policy', MESSAGE_CSP)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(mail.html);
    },
  );

  fastify.get(
    '/dev/mail/:file/eml',
    async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
      const { file } = request.params;
      if (!local(request) || !FILE.test(file)) return reply.callNotFound();
      const raw = await readFile(join(dir, `${file}.eml`)).catch(() => null);
      if (!raw) return reply.callNotFound();
      return reply.header('cache-control', 'no-store').type('message/rfc822').send(raw);
    },
  );
}

async function read(dir: string, file: string) {
  const text = await readFile(join(dir, `${file}.json`), 'utf8').catch(() => null);
  return text ? (JSON.parse(text) as Awaited<ReturnType<typeof keptMail>>[number]) : null;
}

/** Escapes the text and makes its web addresses links (a message's links are what one comes here for). */
function linkify(text: string): string {
  return escapeHtml(text).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

function page(reply: FastifyReply, title: string, body: string) {
  return reply
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)} — Werkplaats</title><style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}iframe{width:100%;height:32rem;border:1px solid #ccc}a{color:#1d4f91}</style></head>` +
        `<body><main>${body}</main></body></html>`,
    );
}
