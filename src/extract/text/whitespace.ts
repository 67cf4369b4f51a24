// Whitespace normalisation shared by the HTML and plain-text paths.

const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const HORIZONTAL_SPACE = /[\t\f\v \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** One line: invisible characters removed, runs of spaces collapsed, trimmed. */
export function normalizeLine(line: string): string {
  return line.replace(INVISIBLE, '').replace(HORIZONTAL_SPACE, ' ').trim();
}

/** Splits text into non-empty normalised lines. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(normalizeLine)
    .filter((line) => line.length > 0);
}

/** Joins paragraphs the way every extracted text is written: one blank line between paragraphs. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map(normalizeLine)
    .filter((p) => p.length > 0)
    .join('\n\n');
}
