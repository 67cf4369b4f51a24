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
