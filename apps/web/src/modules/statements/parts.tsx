import type { PageKey } from '@werkplaats/i18n';

/** The parts of a werkplaats's privacy statement that its beheerders write, in the order the statement shows them. */
export const STATEMENT_PARTS = [
  'controller',
  'purposes',
  'legalGrounds',
  'retention',
  'rights',
  'dpoContact',
] as const;
export type StatementPart = (typeof STATEMENT_PARTS)[number];

/** Each part's heading on the statement. */
export const PART_TITLE: Record<StatementPart, PageKey> = {
  controller: 'statement.controllerTitle',
  purposes: 'statement.purposesTitle',
  legalGrounds: 'statement.legalGroundsTitle',
  retention: 'statement.retentionTitle',
  rights: 'statement.rightsTitle',
  dpoContact: 'statement.dpoTitle',
};

/** Each part's default text: what the statement says until a beheerder writes the part ({workshop}: its name). */
export const PART_DEFAULT: Record<StatementPart, PageKey> = {
  controller: 'statement.default.controller',
  purposes: 'statement.default.purposes',
  legalGrounds: 'statement.default.legalGrounds',
  retention: 'statement.default.retention',
  rights: 'statement.default.rights',
  dpoContact: 'statement.default.dpoContact',
};

/** A text a beheerder wrote (or a default text) as paragraphs: each line its own. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line, i) => (
          <p key={i}>{line}</p>
        ))}
    </>
  );
}
