const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date with its year: `2022-09`, `2022-09-28`. */
export const FULL_DATE = /^\d{4}-\d{2}(-\d{2})?$/;

/** A date whose year is not known: `--09-28` (month and day) or `--09` (month). */
export const YEARLESS_DATE = /^--(\d{2})(?:-(\d{2}))?$/;

/** A timeline date for reading: `2022-09-28`, `2022-09-28 14:05`, or `28 Sep` / `Sep` when no year is known (`--09-28`, `--09`). */
export function dateLabel(iso: string): string {
  const yearless = YEARLESS_DATE.exec(iso);
  if (yearless) {
    const month = MONTHS[Number(yearless[1]) - 1] ?? yearless[1];
    return yearless[2] ? `${Number(yearless[2])} ${month}` : month;
  }
  return iso.slice(0, 16).replace('T', ' ');
}
