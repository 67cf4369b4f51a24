// Exported CSV files are opened in spreadsheets, and their cells hold untrusted text (titles,
// sites, ids from the input): a cell a spreadsheet would read as a formula is neutralised.

/** A plain number (`1.5`, `-0.2`, `1e-3`): kept as it is, so scores stay numbers. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** What starts a formula in Excel, LibreOffice or Google Sheets (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text starting like a formula gets a leading `'`; quoted when it holds `"`, `,` or a line break (RFC 4180). */
export function csvCell(value: string | number | undefined): string {
  if (typeof value === 'number') return String(value);
  let text = value ?? '';
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without its line break). */
export function csvRow(values: ReadonlyArray<string | number | undefined>): string {
  return values.map(csvCell).join(',');
}
