import { html, type SafeHtml } from './html.js';
import { languageName, langAttribute, textDirection } from './lang.js';

/** A language badge: the code, with the language's name for screen readers and on hover. */
export function langBadge(lang: string): SafeHtml {
  return html`<span class="badge lang" title="${languageName(lang)}"><span aria-hidden="true">${lang || '??'}</span><span class="visually-hidden">${languageName(lang)}</span></span>`;
}

/** Text in its own language and direction, so Arabic titles render right to left inside English pages. */
export function inLang(lang: string, text: string, className = ''): SafeHtml {
  return html`<span class="${className}" lang="${langAttribute(lang)}" dir="${textDirection(lang)}">${text}</span>`;
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
