import type { MailContent, MailLocale } from './template.js';

/**
 * The account mails, in Dutch and English. Each says who sends it, why the reader gets it and what to do when it
 * was not expected; none says more about the account than its owner knows.
 */
export interface AccountMailContext {
  locale: MailLocale;
  /** The recipient's name, for the greeting. */
  name: string;
  /** The app's address, for the footer. */
  publicUrl: string;
}

function footer(locale: MailLocale, publicUrl: string, sender: string): string {
  return locale === 'en'
    ? `Sent by ${sender} (${publicUrl}) to the address of your account. This is an automatic message; replies are not read.`
    : `Verstuurd door ${sender} (${publicUrl}) naar het adres van je account. Dit is een automatisch bericht; antwoorden worden niet gelezen.`;
}

const PLATFORM = { nl: 'Werkplaats Sociaal Domein', en: 'Werkplaats Sociaal Domein' } as const;

export function passwordResetMail(c: AccountMailContext, link: string, validMinutes: number): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: 'Set a new password',
        heading: `Hello ${c.name},`,
        paragraphs: [
          'Someone (probably you) asked for a new password for your account. With the button below you choose one.',
          `The link works once, for ${validMinutes} minutes. Setting a password signs you out on every other device.`,
        ],
        action: { label: 'Choose a new password', url: link },
        after: ['Did you not ask for this? Then ignore this message: your password stays as it is.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.en),
      }
    : {
        locale: c.locale,
        subject: 'Nieuw wachtwoord instellen',
        heading: `Hallo ${c.name},`,
        paragraphs: [
          'Iemand (waarschijnlijk jij) vroeg een nieuw wachtwoord aan voor je account. Met de knop hieronder kies je er een.',
          `De link werkt één keer, ${validMinutes} minuten lang. Als je een wachtwoord instelt, word je op al je andere apparaten afgemeld.`,
        ],
        action: { label: 'Kies een nieuw wachtwoord', url: link },
        after: [
          'Heb je dit niet gevraagd? Dan kun je dit bericht negeren: je wachtwoord blijft zoals het is.',
        ],
        footer: footer(c.locale, c.publicUrl, PLATFORM.nl),
      };
}

export function signUpAttemptMail(c: AccountMailContext, link: string, validMinutes: number): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: 'Someone tried to make an account with your address',
        heading: `Hello ${c.name},`,
        paragraphs: [
          'Someone tried to make a new account with your e-mail address. You have an account already, so nothing was made and nothing changed.',
          `Was it you, and did you forget your password? Choose a new one with the button below (the link works once, for ${validMinutes} minutes).`,
        ],
        action: { label: 'Choose a new password', url: link },
        after: ['Was it not you? Then ignore this message: your account stays as it is.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.en),
      }
    : {
        locale: c.locale,
        subject: 'Iemand probeerde een account te maken met je adres',
        heading: `Hallo ${c.name},`,
        paragraphs: [
          'Iemand probeerde een nieuw account te maken met je e-mailadres. Je hebt al een account, dus er is niets gemaakt en niets veranderd.',
          `Was jij het, en ben je je wachtwoord vergeten? Kies met de knop hieronder een nieuw (de link werkt één keer, ${validMinutes} minuten lang).`,
        ],
        action: { label: 'Kies een nieuw wachtwoord', url: link },
        after: ['Was jij het niet? Dan kun je dit bericht negeren: je account blijft zoals het is.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.nl),
      };
}

/** An account a beheerder started (startAccount), or the first beheerder of a werkplaats (`werkplaats setup`). */
export function accountStartedMail(
  c: AccountMailContext,
  workshopName: string,
  link: string,
  validDays: number,
  asFirstBeheerder: boolean,
): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: `Your account at ${workshopName}`,
        heading: `Hello ${c.name},`,
        paragraphs: [
          asFirstBeheerder
            ? `You are the first beheerder (administrator) of ${workshopName}. Choose a password to sign in with.`
            : `A beheerder of ${workshopName} made an account for you. Choose a password to sign in with.`,
          `The link works once, for ${validDays} days.`,
        ],
        action: { label: 'Choose your password', url: link },
        after: [
          'Did you not expect this? Then ignore this message; no account is used without your password.',
        ],
        footer: footer(c.locale, c.publicUrl, workshopName),
      }
    : {
        locale: c.locale,
        subject: `Je account bij ${workshopName}`,
        heading: `Hallo ${c.name},`,
        paragraphs: [
          asFirstBeheerder
            ? `Je bent de eerste beheerder van ${workshopName}. Kies een wachtwoord om mee aan te melden.`
            : `Een beheerder van ${workshopName} heeft een account voor je gemaakt. Kies een wachtwoord om mee aan te melden.`,
          `De link werkt één keer, ${validDays} dagen lang.`,
        ],
        action: { label: 'Kies je wachtwoord', url: link },
        after: [
          'Had je dit niet verwacht? Dan kun je dit bericht negeren; zonder jouw wachtwoord wordt het account niet gebruikt.',
        ],
        footer: footer(c.locale, c.publicUrl, workshopName),
      };
}

/** After signing up: the link that confirms the address, and what the account may do until then. */
export function confirmEmailMail(c: AccountMailContext, link: string, validDays: number): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: 'Confirm your e-mail address',
        heading: `Hello ${c.name},`,
        paragraphs: [
          'Welcome. Confirm with the button below that this address is yours.',
          'Until then you can read along, follow ateliers from the tribune and accept invitations; asking to join an arena and sharing lessons beyond your practice wait for the confirmation.',
          `The link works once, for ${validDays} days.`,
        ],
        action: { label: 'Confirm my address', url: link },
        after: ['Did you not make an account? Then ignore this message; the account stays unconfirmed.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.en),
      }
    : {
        locale: c.locale,
        subject: 'Bevestig je e-mailadres',
        heading: `Hallo ${c.name},`,
        paragraphs: [
          'Welkom. Bevestig met de knop hieronder dat dit adres van jou is.',
          'Tot dan kun je meelezen, ateliers volgen vanaf de tribune en uitnodigingen aannemen; vragen om mee te doen in een arena en lessen verder delen dan je praktijk wachten op de bevestiging.',
          `De link werkt één keer, ${validDays} dagen lang.`,
        ],
        action: { label: 'Mijn adres bevestigen', url: link },
        after: [
          'Heb je geen account gemaakt? Dan kun je dit bericht negeren; het account blijft onbevestigd.',
        ],
        footer: footer(c.locale, c.publicUrl, PLATFORM.nl),
      };
}
