/** Longest opening shown in place of a missing title. */
export const OPENING_CHARS = 120;

/**
 * What to call an article: its title, or when it has none (feed items and JSONL records often have
 * none) the opening words of its text, cut at a word boundary.
 */
export function titleOrOpening(title: string | null | undefined, text: string, maxChars = OPENING_CHARS): string {
  const trimmed = title?.trim();
  if (trimmed) return trimmed;
  const firstLine = text.trim().split('\n', 1)[0]!.replace(/\s+/g, ' ').trim();
  if (firstLine.length <= maxChars) return firstLine;
  const cut = firstLine.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
