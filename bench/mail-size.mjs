#!/usr/bin/env node
// `node bench/mail-size.mjs`: the size of a typical mail of each kind (notification, daily summary of 8 items,
// invitation, password reset), in Dutch and English: the HTML part, the text part and the whole message as
// nodemailer writes it (MIME, headers, List-Unsubscribe where the app sends it). Rendered by the built app's
// renderMail with the layout NotificationMail uses (title, excerpt of up to 280 characters, link, unsubscribe),
// so a change of the template shows here. Writes bench/results/<date>-mail-size.{json,md}. Needs
// `pnpm --filter @werkplaats/api build` first.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apiDir = join(root, 'apps', 'api');
const dist = (path) => import(pathToFileURL(join(apiDir, 'dist', path)).href);
const { createTransport } = await import(
  pathToFileURL(createRequire(join(apiDir, 'package.json')).resolve('nodemailer')).href
);
const { renderMail } = await dist('mail/template.js');
const { passwordResetMail } = await dist('mail/account-mail.js');
const { invitationMail } = await dist('mail/invitation-mail.js');
const { unsubscribeHeaders, unsubscribeUrl } = await dist('mail/unsubscribe.js');

const PUBLIC_URL = 'https://werkplaats.example.nl';
const token = 'x'.repeat(43);
const unsubscribe = unsubscribeUrl(PUBLIC_URL, `${'u'.repeat(22)}.${'s'.repeat(43)}`);
const excerpt =
  'In de buurtkamer bleek dat bewoners eerder hulp vragen als de eerste afspraak bij hen thuis is, met iemand die ze al kennen van het koffie-uur. We hebben daarom de intake verplaatst en de wachttijd gehalveerd; twee van de drie nieuwe aanmeldingen kwamen zo binnen…'.slice(
    0,
    280,
  );
const T = {
  nl: { open: 'Bekijken', all: 'Al je meldingen', unsubscribe: 'Afmelden', daily: 'Je dagelijkse overzicht' },
  en: {
    open: 'View',
    all: 'All your notifications',
    unsubscribe: 'Unsubscribe',
    daily: 'Your daily summary',
  },
};
const footer = {
  nl: 'Verstuurd door Werkplaats Sociaal Domein omdat je meldingen per e-mail ontvangt. Je stelt dit in op de privacypagina.',
  en: 'Sent by Werkplaats Sociaal Domein because you receive notifications by e-mail. You set this on the privacy page.',
};
const item = (n, locale) => ({
  title:
    locale === 'en'
      ? `A lesson shared with the tribune: what the neighbourhood room taught us (${n})`
      : `Een les gedeeld met de tribune: wat de buurtkamer ons leerde (${n})`,
  text: excerpt,
  url: `${PUBLIC_URL}/w/arnhem-nijmegen/lessen/0f8b6c1e-4a7d-4c1b-9d52-3e9a7b1c${String(n).padStart(4, '0')}`,
});

const kinds = {
  notification: (locale) => {
    const i = item(1, locale);
    return {
      mail: renderMail({
        locale,
        subject: i.title,
        heading: i.title,
        paragraphs: [i.text],
        action: { label: T[locale].open, url: i.url },
        footer: footer[locale],
        unsubscribe: { label: T[locale].unsubscribe, url: unsubscribe },
      }),
      headers: unsubscribeHeaders(PUBLIC_URL, `${'u'.repeat(22)}.${'s'.repeat(43)}`),
    };
  },
  summary: (locale) => ({
    mail: renderMail({
      locale,
      subject: T[locale].daily,
      heading: T[locale].daily,
      paragraphs: [],
      items: Array.from({ length: 8 }, (_, n) => item(n + 1, locale)),
      after: [],
      action: { label: T[locale].all, url: `${PUBLIC_URL}/meldingen` },
      footer: footer[locale],
      unsubscribe: { label: T[locale].unsubscribe, url: unsubscribe },
    }),
    headers: unsubscribeHeaders(PUBLIC_URL, `${'u'.repeat(22)}.${'s'.repeat(43)}`),
  }),
  invitation: (locale) => ({
    mail: renderMail(
      invitationMail({
        locale,
        name: null,
        inviterName: 'Tess Trekker',
        workshopName: 'Werkplaats Sociaal Domein Arnhem-Nijmegen',
        atelierTitle: 'Eenzaamheid onder ouderen',
        role: 'ARENA',
        message:
          locale === 'en'
            ? 'We meet every other Thursday; your experience with the neighbourhood teams would help us a lot.'
            : 'We komen om de week op donderdag samen; jouw ervaring met de wijkteams zou ons erg helpen.',
        link: `${PUBLIC_URL}/uitnodiging?token=${token}`,
        validDays: 14,
        publicUrl: PUBLIC_URL,
      }),
    ),
    headers: {},
  }),
  reset: (locale) => ({
    mail: renderMail(
      passwordResetMail(
        { locale, name: 'Mia de Vries', publicUrl: PUBLIC_URL },
        `${PUBLIC_URL}/wachtwoord-instellen?token=${token}`,
        60,
      ),
    ),
    headers: {},
  }),
};

const transport = createTransport({ streamTransport: true, buffer: true });
const sizes = [];
for (const [kind, make] of Object.entries(kinds)) {
  for (const locale of ['nl', 'en']) {
    const { mail, headers } = make(locale);
    const info = await transport.sendMail({
      from: '"Werkplaats Sociaal Domein" <noreply@werkplaats.example.nl>',
      to: 'mia@example.nl',
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: '<0123456789abcdef0123456789abcdef@werkplaats.example.nl>',
      headers: { 'Auto-Submitted': 'auto-generated', ...headers },
    });
    sizes.push({
      kind,
      locale,
      htmlBytes: Buffer.byteLength(mail.html),
      textBytes: Buffer.byteLength(mail.text),
      emlBytes: info.message.length,
    });
  }
}

const date = new Date().toISOString().slice(0, 10);
const dir = join(root, 'bench', 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(
  join(dir, `${date}-mail-size.json`),
  JSON.stringify({ date: new Date().toISOString(), sizes }, null, 2) + '\n',
);
const md = [
  `# Mail sizes, ${date}`,
  '',
  'A typical mail of each kind as the app renders it (bench/mail-size.mjs): a notification with an excerpt of 280',
  'characters, a daily summary of 8 such items, an invitation into an arena with a message, a password reset.',
  '',
  '| kind | language | HTML bytes | text bytes | whole message (.eml) bytes |',
  '| ---- | -------- | ---------- | ---------- | -------------------------- |',
  ...sizes.map((s) => `| ${s.kind} | ${s.locale} | ${s.htmlBytes} | ${s.textBytes} | ${s.emlBytes} |`),
  '',
].join('\n');
writeFileSync(join(dir, `${date}-mail-size.md`), md);
console.log(md);
