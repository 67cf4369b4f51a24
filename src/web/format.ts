import { html, type SafeHtml } from './html.js';
import { languageByScript, languageName, langAttribute, textDirection } from './lang.js';

/** A language badge: the code, with the language's name for screen readers and on hover. */
export function langBadge(lang: string): SafeHtml {
  return html`<span class="badge lang" title="${languageName(lang)}"><span aria-hidden="true">${lang || '??'}</span><span class="visually-hidden">${languageName(lang)}</span></span>`;
}

/**
 * Text in its own language and direction, so Arabic titles render right to left inside English pages
 * and screen readers switch voice. Text of no known language (`und`) is marked so instead of passing
 * for English, and takes the direction of its first strong character.
 */
export function inLang(lang: string, text: string, className = ''): SafeHtml {
  const tag = langAttribute(lang);
  const dir = tag === 'und' ? 'auto' : textDirection(lang);
  return html`<span${className ? html` class="${className}"` : ''} lang="${tag}" dir="${dir}">${text}</span>`;
}

/**
 * A name or snippet of unknown language inside an English sentence, isolated so that a right-to-left
 * name does not carry the commas and words around it along (`Kyrgyzstan, صادر جاباروف, Tajikistan`).
 * Proper names are exempt from marking their language (WCAG 3.1.2), not from bidi.
 */
export function isolate(text: string): SafeHtml {
  return html`<bdi>${text}</bdi>`;
}

/** A name in the language whose forms include it (`{ ar: ['توكاييف'] }`), else isolated. */
export function nameIn(name: string, forms: Readonly<Record<string, readonly string[]>>): SafeHtml {
  const lang = Object.keys(forms).find((key) => forms[key].includes(name));
  return lang ? inLang(lang, name) : isolate(name);
}

/** Text written in one of `langs`: in that language where its script tells which, else isolated. */
export function inOneOf(langs: readonly string[], text: string): SafeHtml {
  const lang = languageByScript(text, langs);
  return lang ? inLang(lang, text) : isolate(text);
}

/**
 * `100 ألف / 98.000`, two articles' wordings of one thing: each side on its own, so the pair reads A,
 * then B, in its language where the script tells which of the two articles' languages it is.
 */
export function isolatedPair(text: string, langs: readonly string[] = []): SafeHtml {
  return html`${text.split(' / ').map((part, i) => html`${i ? ' / ' : ''}${inOneOf(langs, part)}`)}`;
}

/** A link to a page outside Storyweave, opened in a new tab, saying so to screen readers. */
export function externalLink(href: string, label: string): SafeHtml {
  return html`<a href="${href}" rel="noopener noreferrer nofollow" target="_blank">${label}<span aria-hidden="true"> ↗</span><span class="visually-hidden"> (opens in a new tab)</span></a>`;
}

/** `2022-09-27` (or the ISO prefix that is known); dates are shown in ISO to stay unambiguous across locales. */
export function shortDate(iso: string | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return match ? match[1] : iso;
}

export function dateSpan(first: string, last: string): string {
  const a = shortDate(first);
  const b = shortDate(last);
  return !a ? b : !b || a === b ? a : `${a} → ${b}`;
}

export { plural } from '../core/plural.js';
