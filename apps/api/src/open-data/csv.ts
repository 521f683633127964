/**
 * CSV as RFC 4180 describes it (CRLF between records, a field quoted when it holds a comma, quote or line break,
 * quotes doubled), UTF-8 with a byte order mark so Excel reads the accents right. A cell that a spreadsheet would
 * run as a formula (starting with = + - @, or a tab or carriage return that hides one) gets an apostrophe in front:
 * an open-data file must never run anything in its reader's spreadsheet.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
