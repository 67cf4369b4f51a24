import { RUSSIAN_SENTENCE_OPENERS, SURNAME_ENDING } from './cues.js';
import { joinable, type Word } from './word-scan.js';

export const RUSSIAN = /^ru\b/;
// Endings of Russian plurals, adjectives, participles, abstract and agent nouns and verb forms (`Эксперты`, `Подземные`,
// `Следующую`, `Строительство`, `Аналитики`, `Председатель`, `Погибли`, `Читайте`, `Возбуждено`); given names end otherwise.
const RUSSIAN_COMMON_ENDING = /(?:ы|[ыи]е|[ыи]х|[ую]ю|[ое]е|ого|ыми|ими|ый|ство|ства|ствие|ствия|ние|ния|ость|ости|тель|тели|теля|ики|ция|ции|[иыеу]ли|[бгзск]ли|йте|ите|ться|тся|тесь|ено|ано)$/u;
const MASCULINE_PAST = /^\p{Ll}+л[аи]?$/u;
const COUNTER_AFTER = /^[\s:]*\d/u;

/**
 * Russian capitalises only names and the first word of a sentence, so a capitalised word that opens a
 * sentence (or a line: headings, rubrics, page chrome such as `Просмотров: 2 418`) is a name only when the
 * article writes it capitalised elsewhere too (same first five letters: `Сбербанк` / `Сбербанка`), quotes it
 * (`«Спартак»`), or it looks like a surname said to act (`Песков прокомментировал`, `Захарова заявила`).
 * Before other capitalised words it is cut off only when it is plainly no name (`Ранее Лавров`,
 * `Аналитики Сбербанка`): `Сергей Лавров` at a sentence's start stays whole.
 */
export function russianOpenerTest(text: string, words: Word[], titles: Set<string>, after: Set<string>): (i: number, j: number) => boolean {
  const prefix = (fold: string) => fold.slice(0, 5);
  const elsewhere = new Set<string>();
  for (const w of words) if (w.capitalised && !w.sentenceStart) elsewhere.add(prefix(w.fold));
  return (i, j) => {
    const w = words[i]!;
    if (!w.sentenceStart || w.allCaps || elsewhere.has(prefix(w.fold))) return false;
    if (RUSSIAN_SENTENCE_OPENERS.has(w.fold)) return true;
    // A hyphenated title (`Вице-премьер Александр Новак`) folds to words that are titles.
    if (j > i) return RUSSIAN_COMMON_ENDING.test(w.text.toLowerCase()) || w.fold.split(' ').some((part) => titles.has(part));
    if (/[«"“„]\s*$/u.test(text.slice(Math.max(0, w.start - 2), w.start)) && /^\s*[»"”“]/u.test(text.slice(w.end, w.end + 2))) return false;
    const next = words[i + 1];
    if (SURNAME_ENDING.test(w.text) && !COUNTER_AFTER.test(text.slice(w.end, w.end + 4))) {
      if (next && joinable(text, w, next) && (after.has(next.fold) || (next.cased && !next.capitalised && MASCULINE_PAST.test(next.text)))) return false;
    }
    return true;
  };
}
