import { territoryCodes } from './region-codes.js';

export interface NamedCode {
  name: string;
  code: string;
}

/** Country and territory names of one locale from ICU (long and short styles); EU and UN too. */
export function regionNames(locale: string): NamedCode[] {
  let long: Intl.DisplayNames;
  let short: Intl.DisplayNames;
  try {
    long = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
    short = new Intl.DisplayNames(locale, { type: 'region', style: 'short', fallback: 'none' });
  } catch {
    return [];
  }
  const out: NamedCode[] = [];
  for (const code of [...territoryCodes(), 'EU', 'UN']) {
    for (const names of [long, short]) {
      const name = names.of(code);
      if (name && name !== code) out.push({ name, code });
    }
  }
  return out;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A country's name in one language and in English (`TR`, `pl` -> `Turcja`, `Turkey`), for adjectives CLDR lacks. */
export function countryNamesIn(code: string, lang: string): string[] {
  const out: string[] = [];
  for (const locale of [lang, 'en']) {
    let names = displayNames.get(locale);
    if (names === undefined) {
      try {
        names = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
      } catch {
        names = null;
      }
      displayNames.set(locale, names);
    }
    let name: string | undefined;
    try {
      name = names?.of(code);
    } catch {
      name = undefined;
    }
    if (name && name !== code && !out.includes(name)) out.push(name);
  }
  return out;
}
