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
