const separators = new Map<string, { group: string; decimal: string }>();

/** The locale's digit-group and decimal separators (`98.000` is 98000 in Vietnamese, 98 in English). */
export function numberSeparators(lang: string): { group: string; decimal: string } {
  let seps = separators.get(lang);
  if (seps) return seps;
  seps = { group: ',', decimal: '.' };
  try {
    for (const part of new Intl.NumberFormat(lang).formatToParts(1234567.5)) {
      if (part.type === 'group') seps.group = /\s/.test(part.value) ? ' ' : part.value;
      if (part.type === 'decimal') seps.decimal = part.value;
    }
  } catch {
    // Unknown locale: English conventions.
  }
  if (!/[.,\s]/.test(seps.group)) seps.group = ',';
  if (!/[.,]/.test(seps.decimal)) seps.decimal = '.';
  separators.set(lang, seps);
  return seps;
}

/**
 * Value of a digit string with group/decimal separators as written in the language
 * (`98.000`, `2 500`, `1,5`, `1,234.5`); undefined when the grouping is not a number's (`1.2.3`).
 */
export function parseNumeral(raw: string, lang: string): number | undefined {
  const s = raw.replace(/[\s\u00a0\u202f]/g, (m) => (m ? ' ' : m));
  if (/^\d+$/.test(s)) return Number(s);
  const groups = s.split(/[.,\s]/);
  const seps = s.match(/[.,\s]/g) ?? [];
  const { group, decimal } = numberSeparators(lang);
  const kinds = new Set(seps);
  let decimalSep: string | undefined;
  if (kinds.has(' ')) {
    // Space groups thousands; a final , or . is then the decimal mark.
    const last = seps[seps.length - 1];
    if (last !== ' ') decimalSep = last;
  } else if (kinds.size === 2) {
    decimalSep = seps[seps.length - 1];
  } else if (seps.length === 1) {
    const c = seps[0];
    const tail = groups[1];
    if (tail.length === 3 && (c === group || c !== decimal)) decimalSep = undefined;
    else decimalSep = c;
  }
  const intGroups = decimalSep ? groups.slice(0, -1) : groups;
  if (intGroups.length > 1 && (intGroups[0].length > 3 || intGroups.slice(1).some((g) => g.length !== 3))) return undefined;
  if (decimalSep && seps.filter((c) => c === decimalSep).length > 1) return undefined;
  const value = Number(`${intGroups.join('')}${decimalSep ? `.${groups[groups.length - 1]}` : ''}`);
  return Number.isFinite(value) ? value : undefined;
}
