const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'sd', 'ug', 'dv', 'ckb', 'arz', 'azb', 'ku']);

/** Writing direction of a language code (BCP 47 primary subtag decides). */
export function textDirection(lang: string | undefined): 'rtl' | 'ltr' {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
}

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** English name of a language code, the code itself when unknown. */
export function languageName(lang: string): string {
  if (!lang || lang === 'und') return 'Unknown language';
  try {
    return names.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** A value safe for a lang attribute: a plausible BCP 47 tag, else `und`. */
export function langAttribute(lang: string | undefined): string {
  return lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang) ? lang : 'und';
}

/** Unicode script property names for CLDR's script codes that are writing systems mixing several scripts. */
const SCRIPT_PROPERTY: Record<string, string> = { Hans: 'Han', Hant: 'Han', Jpan: 'Han', Kore: 'Hangul' };

/** Whether a letter is in the script a language is usually written in. */
function writtenIn(letter: string, lang: string): boolean {
  try {
    const script = new Intl.Locale(lang).maximize().script;
    return script !== undefined && new RegExp(`\\p{Script=${SCRIPT_PROPERTY[script] ?? script}}`, 'u').test(letter);
  } catch {
    return false;
  }
}

/**
 * Which of a few languages a snippet is in, told by the script of its first letter (`التعبئة` of
 * Arabic and Vietnamese is Arabic); undefined when the script does not single one out (French or English).
 */
export function languageByScript(text: string, candidates: readonly string[]): string | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  if (!letter) return undefined;
  const matching = [...new Set(candidates)].filter((lang) => writtenIn(letter, lang));
  return matching.length === 1 ? matching[0] : undefined;
}
