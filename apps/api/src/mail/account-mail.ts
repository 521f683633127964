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

/** A change of address asked on Mijn gegevens: the link, to the new address, that makes the change. */
export function confirmEmailChangeMail(c: AccountMailContext, link: string, validDays: number): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: 'Confirm your new e-mail address',
        heading: `Hello ${c.name},`,
        paragraphs: [
          'You asked to use this address for your account from now on. Confirm with the button below that it is yours; only then does your account change to it.',
          `The link works once, for ${validDays} days. Until then your account keeps its old address.`,
        ],
        action: { label: 'Confirm my new address', url: link },
        after: ['Did you not ask for this? Then ignore this message; no account uses this address.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.en),
      }
    : {
        locale: c.locale,
        subject: 'Bevestig je nieuwe e-mailadres',
        heading: `Hallo ${c.name},`,
        paragraphs: [
          'Je vroeg om voortaan dit adres voor je account te gebruiken. Bevestig met de knop hieronder dat het van jou is; pas dan gaat je account over op dit adres.',
          `De link werkt één keer, ${validDays} dagen lang. Tot dan houdt je account zijn oude adres.`,
        ],
        action: { label: 'Mijn nieuwe adres bevestigen', url: link },
        after: ['Heb je dit niet gevraagd? Dan kun je dit bericht negeren; geen account gebruikt dit adres.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.nl),
      };
}

/** To the old address once a change is made: no link (a link here would be what a phisher sends), what to do. */
export function emailChangedMail(c: AccountMailContext, newAddress: string): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: 'The e-mail address of your account was changed',
        heading: `Hello ${c.name},`,
        paragraphs: [
          `Your account now uses the address ${newAddress}; that address was confirmed with the link mailed to it. Mail from us goes there from now on, and you sign in with it.`,
        ],
        after: [
          'Was it not you? Then someone knows your password. Write at once to the beheerder of your werkplaats (see the contact details on its privacy statement): a beheerder can block the account and put your address back.',
        ],
        footer: footer(c.locale, c.publicUrl, PLATFORM.en),
      }
    : {
        locale: c.locale,
        subject: 'Het e-mailadres van je account is gewijzigd',
        heading: `Hallo ${c.name},`,
        paragraphs: [
          `Je account gebruikt nu het adres ${newAddress}; dat adres is bevestigd met de link die ernaartoe is gestuurd. Mail van ons gaat voortaan daarheen, en je meldt je ermee aan.`,
        ],
        after: [
          'Was jij dit niet? Dan kent iemand je wachtwoord. Schrijf meteen de beheerder van je werkplaats (zie de contactgegevens in de privacyverklaring): een beheerder kan het account blokkeren en je adres terugzetten.',
        ],
        footer: footer(c.locale, c.publicUrl, PLATFORM.nl),
      };
}

/** To the owner of an address someone asked to move another account to: nothing changed, nothing to do. */
export function emailChangeTakenMail(c: AccountMailContext): MailContent {
  return c.locale === 'en'
    ? {
        locale: c.locale,
        subject: 'Someone tried to use your address for another account',
        heading: `Hello ${c.name},`,
        paragraphs: [
          'Someone asked to change the address of another account to your e-mail address. You have an account with this address already, so nothing changed: neither your account nor the other.',
          'Was it you, with a second account? Then erase the account you no longer need, or use another address for it.',
        ],
        after: ['Was it not you? Then ignore this message: your account stays as it is.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.en),
      }
    : {
        locale: c.locale,
        subject: 'Iemand probeerde je adres te gebruiken voor een ander account',
        heading: `Hallo ${c.name},`,
        paragraphs: [
          'Iemand vroeg om het adres van een ander account te veranderen in jouw e-mailadres. Je hebt al een account met dit adres, dus er is niets veranderd: niet aan jouw account en niet aan het andere.',
          'Was jij het, met een tweede account? Verwijder dan het account dat je niet meer nodig hebt, of gebruik er een ander adres voor.',
        ],
        after: ['Was jij het niet? Dan kun je dit bericht negeren: je account blijft zoals het is.'],
        footer: footer(c.locale, c.publicUrl, PLATFORM.nl),
      };
}
