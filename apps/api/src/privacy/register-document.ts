import { Prisma } from '../generated/prisma/client.js';
import { holdsPersonalData, processingRegister, type RetentionFacts } from './processing-register.js';

/** What the register says about the werkplaats it is made for, from its privacy statement. */
export interface RegisterHeading {
  workshopName: string;
  controller: string | null;
  dpoContact: string | null;
  contactEmail: string | null;
  generatedAt: Date;
}

/** One processing (a table holding personal data), as the FG reads it. */
export interface RegisterRow {
  tabel: string;
  verwerking: string;
  persoonsgegevens: string;
  betrokkenen: string;
  doel: string;
  grondslag: string;
  opslag: string;
  bewaartermijn: string;
  lezers: string;
}

/** The CSV's column headings, in the order of RegisterRow. */
const HEADINGS: Record<keyof RegisterRow, string> = {
  tabel: 'Tabel',
  verwerking: 'Verwerking',
  persoonsgegevens: 'Persoonsgegevens (veld: omschrijving)',
  betrokkenen: 'Betrokkenen',
  doel: 'Doel',
  grondslag: 'Grondslag',
  opslag: 'Waar opgeslagen',
  bewaartermijn: 'Bewaartermijn',
  lezers: 'Wie kan het lezen',
};

const NOT_FILLED_IN = '(nog niet ingevuld in de privacyverklaring)';

/** The tables holding personal data, in the order of the data model. */
export function registerRows(facts: RetentionFacts): RegisterRow[] {
  const register = processingRegister(facts);
  const rows: RegisterRow[] = [];
  for (const model of Object.values(Prisma.ModelName)) {
    const entry = register[model];
    if (!holdsPersonalData(entry)) continue;
    const fields = Object.entries(entry.fields as Record<string, string>);
    rows.push({
      tabel: model,
      verwerking: entry.subject,
      persoonsgegevens: fields.map(([field, what]) => `${field}: ${what}`).join('; '),
      betrokkenen: entry.dataSubjects,
      doel: entry.purpose,
      grondslag: entry.legalGround,
      opslag:
        `PostgreSQL-database van het platform, tabel "${model}"` +
        (model === 'MailMessage' ? '; bij verzending de mailserver (SMTP) van de werkplaats' : ''),
      bewaartermijn: entry.retention,
      lezers: entry.readers,
    });
  }
  return rows;
}

export function registerJson(heading: RegisterHeading, facts: RetentionFacts): string {
  const document = {
    formaat: 'werkplaats-verwerkingsregister/1',
    werkplaats: heading.workshopName,
    opgesteld: heading.generatedAt.toISOString(),
    verwerkingsverantwoordelijke: heading.controller ?? NOT_FILLED_IN,
    functionarisGegevensbescherming: heading.dpoContact ?? NOT_FILLED_IN,
    contactadres: heading.contactEmail ?? NOT_FILLED_IN,
    verwerkingen: registerRows(facts),
  };
  return JSON.stringify(document, null, 2);
}

/** A CSV cell: always quoted, quotes doubled, so that semicolons and line breaks in the texts stay inside it. */
function cell(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/**
 * The register as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads the accents), semicolons
 * between cells (the list separator of Dutch spreadsheets), CRLF between rows (RFC 4180).
 */
export function registerCsv(facts: RetentionFacts): string {
  const keys = Object.keys(HEADINGS) as (keyof RegisterRow)[];
  const lines = [keys.map((k) => cell(HEADINGS[k])).join(';')];
  for (const row of registerRows(facts)) lines.push(keys.map((k) => cell(row[k])).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
