/** Locales whose place and organisation names every analysis knows, whatever the article's language. */
export const BASE_LOCALES = [
  'en', 'fr', 'es', 'de', 'it', 'pt', 'nl', 'pl', 'cs', 'ro', 'hu', 'sv', 'da', 'nb', 'fi', 'tr', 'ru', 'uk', 'be', 'bg',
  'sr', 'kk', 'uz', 'az', 'ar', 'fa', 'ur', 'he', 'el', 'ka', 'hy', 'hi', 'bn', 'zh', 'zh-Hant', 'ja', 'ko', 'vi', 'th',
  'id', 'ms',
] as const;

/** The language part of a tag, lower-cased (`zh-Hant` keeps its script: CLDR names differ). */
export function localeOf(lang: string): string {
  const parts = lang.replace(/_/g, '-').split('-');
  const base = (parts[0] ?? '').toLowerCase();
  if (base === 'zh' && parts.some((p) => /^(hant|tw|hk|mo)$/i.test(p))) return 'zh-Hant';
  if (base === 'und') return 'en';
  return base;
}
