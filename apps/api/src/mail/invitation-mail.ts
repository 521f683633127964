import type { MailContent, MailLocale } from './template.js';

/** What an invitation by e-mail says: who invites, where to, and what the link does. */
export interface InvitationMailFacts {
  locale: MailLocale;
  /** The recipient's name when the address has an account; null for an address the app does not know. */
  name: string | null;
  inviterName: string;
  workshopName: string;
  /** The atelier's title; null for an invitation into the werkplaats itself. */
  atelierTitle: string | null;
  role: 'ARENA' | 'TRIBUNE' | null;
  /** What the one inviting wrote, quoted as written. */
  message: string | null;
  link: string;
  validDays: number;
  publicUrl: string;
}

const ROLE = {
  nl: {
    ARENA: 'de arena (waar de deelnemers samen vragen stellen, praktijken beginnen en lessen vastleggen)',
    TRIBUNE: 'de tribune (waar je volgt wat de arena deelt, reageert en naar bijeenkomsten komt)',
  },
  en: {
    ARENA: 'the arena (where participants ask questions together, start practices and record lessons)',
    TRIBUNE: 'the tribune (where you follow what the arena shares, react and come to meetings)',
  },
} as const;

export function invitationMail(f: InvitationMailFacts): MailContent {
  const where =
    f.atelierTitle && f.role
      ? f.locale === 'en'
        ? `${ROLE.en[f.role]} of the atelier “${f.atelierTitle}” at ${f.workshopName}`
        : `${ROLE.nl[f.role]} van het atelier ‘${f.atelierTitle}’ bij ${f.workshopName}`
      : f.workshopName;
  const quoted = f.message
    ? [f.locale === 'en' ? `${f.inviterName} wrote:` : `${f.inviterName} schreef:`, `“${f.message}”`]
    : [];
  if (f.locale === 'en') {
    return {
      locale: 'en',
      subject: f.atelierTitle
        ? `${f.inviterName} invites you to the atelier “${f.atelierTitle}”`
        : `${f.inviterName} invites you to ${f.workshopName}`,
      heading: f.name ? `Hello ${f.name},` : 'Hello,',
      paragraphs: [
        `${f.inviterName} invites you to ${where}.`,
        ...quoted,
        f.name
          ? 'With the button below you sign in and join in one step.'
          : 'With the button below you make an account with this address (or sign in with the one you have) and join in one step.',
        `The link works once, for ${f.validDays} days.`,
      ],
      action: { label: 'Accept the invitation', url: f.link },
      after: [
        'Did you not expect this, or do you not want to take part? Then ignore this message: nothing happens without you, and the invitation expires.',
      ],
      footer: `Sent by ${f.workshopName} (${f.publicUrl}) on behalf of ${f.inviterName}. This is an automatic message; replies are not read.`,
    };
  }
  return {
    locale: 'nl',
    subject: f.atelierTitle
      ? `${f.inviterName} nodigt je uit voor het atelier ‘${f.atelierTitle}’`
      : `${f.inviterName} nodigt je uit voor ${f.workshopName}`,
    heading: f.name ? `Hallo ${f.name},` : 'Hallo,',
    paragraphs: [
      `${f.inviterName} nodigt je uit voor ${where}.`,
      ...quoted,
      f.name
        ? 'Met de knop hieronder meld je je aan en doe je in één stap mee.'
        : 'Met de knop hieronder maak je een account met dit adres (of meld je je aan met het account dat je hebt) en doe je in één stap mee.',
      `De link werkt één keer, ${f.validDays} dagen lang.`,
    ],
    action: { label: 'Uitnodiging aannemen', url: f.link },
    after: [
      'Had je dit niet verwacht, of wil je niet meedoen? Dan kun je dit bericht negeren: zonder jou gebeurt er niets, en de uitnodiging verloopt vanzelf.',
    ],
    footer: `Verstuurd door ${f.workshopName} (${f.publicUrl}) namens ${f.inviterName}. Dit is een automatisch bericht; antwoorden worden niet gelezen.`,
  };
}
