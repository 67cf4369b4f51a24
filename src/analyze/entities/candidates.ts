import type { EntityType } from '../../core/model.js';
import { arabicVariants, foldName } from '../gazetteer/fold.js';
import { baseTable, entryAsWritten, firstEntry, stemEntry, wordIndex, tablesFor, unspacedTables, type GazetteerEntry, type NameTable, type WordInfo } from '../gazetteer/gazetteer.js';
import { ARABIC_GIVEN_NAMES, ARABIC_NOT_NAMES, ARABIC_TITLE_FILLERS, ARABIC_TITLES, ENGLISH_IN_EVERY_LANGUAGE, HEBREW_TITLE_FILLERS, HEBREW_TITLES, NAME_JOINERS, ORG_HINTS, PERSON_AFTER, PERSON_TITLES, PLACE_HINTS, stopWords, stopWordsAsWritten, SURNAME_ENDING, VIETNAMESE_TITLES } from './cues.js';
import { orgWords } from './org-words.js';
import { RUSSIAN, russianOpenerTest } from './russian-openers.js';
import { afterPlaceCue, insideVietnameseName, institutionHead, loneVietnameseSyllable, VIETNAMESE_SYLLABLE, vietnameseOpener } from './vietnamese-names.js';
import { joinable, type Word } from './word-scan.js';

/** A span of the text that names something, before resolution. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  /** Type when known from the gazetteer, a cue or the words. */
  type?: EntityType;
  entry?: GazetteerEntry;
  /** Written in capitals and not a known name: an acronym. */
  acronym?: boolean;
  /** A title or a verb of saying next to it. */
  personCue?: boolean;
  /** Number of words. */
  wordCount: number;
}

const foldedSets = new Map<Set<string>, Set<string>>();
function folded(set: Set<string>): Set<string> {
  let out = foldedSets.get(set);
  if (!out) {
    out = new Set([...set].map(foldName));
    foldedSets.set(set, out);
  }
  return out;
}

const ORG_CONCEPTS = new Set(['party', 'organization', 'committee', 'council', 'ministry', 'bank', 'foundation', 'company', 'group', 'league', 'movement', 'front', 'congress', 'coalition', 'establishment', 'industries']);

const orgRunCache = new Map<string, boolean>();

/** Whether a run's meaning words make it an organisation (memoised: the same names recur across articles). */
function namesOrganisation(name: string): boolean {
  let hit = orgRunCache.get(name);
  if (hit === undefined) {
    hit = false;
    for (const c of orgWords(name, false).concepts) if (ORG_CONCEPTS.has(c)) hit = true;
    if (orgRunCache.size > 12_500) orgRunCache.clear();
    orgRunCache.set(name, hit);
  }
  return hit;
}

function span(text: string, words: Word[], from: number, to: number): { start: number; end: number; text: string } {
  const start = words[from]!.start;
  const end = words[to]!.end;
  return { start, end, text: text.slice(start, end) };
}

// Languages whose names take case endings (`Казахстана`, `Rosji`, `Kazachstanu`).
const INFLECTED = /^(ru|uk|be|bg|sr|mk|kk|ky|pl|cs|sk|sl|hr|bs|lt|lv|hu|fi|et)\b/;
const HANGUL = /^[\uac00-\ud7af]+$/;
const HANGUL_PARTICLES = ['에서는', '에서', '으로', '에게', '와의', '과의', '은', '는', '이', '가', '의', '을', '를', '에', '와', '과', '로', '도', '만'];

/** A Korean word and the word with a case particle taken off (`러시아는` -> `러시아`). */
function hangulVariants(word: string): string[] {
  const out = [word];
  for (const particle of HANGUL_PARTICLES) {
    if (word.length > particle.length + 1 && word.endsWith(particle)) out.push(word.slice(0, -particle.length));
  }
  return out;
}

const NOT_ASCII = /[^\x00-\x7f]/;
const FEATURE_BEFORE = new Set(['lake', 'lac', 'lago', 'river', 'gulf', 'bay', 'sea', 'mount', 'mountain', 'island', 'airport']);

/** Gazetteer names among the words, longest first; marks the words they cover. */
export function gazetteerCandidates(text: string, lang: string, words: Word[], covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const stops = stopWords(lang);
  const acronyms = baseTable().acronyms;
  const tables = tablesFor(lang);
  const index = wordIndex(tables);
  const inflected = INFLECTED.test(lang);
  const vietnamese = lang === 'vi';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (covered[i] || word.unspaced) continue;
    const fold = word.fold;
    const code = fold.charCodeAt(0);
    const firstForms = word.arabic ? arabicVariants(fold) : code >= 0xac00 && code <= 0xd7af && HANGUL.test(fold) ? hangulVariants(fold) : undefined;
    let found: { entry: GazetteerEntry; n: number; form?: string } | undefined;
    if (!firstForms) found = gazetteerAt(text, words, i, fold, tables, index, stops);
    else for (const first of firstForms) {
      found = gazetteerAt(text, words, i, first, tables, index, stops);
      if (found) break;
    }
    // An acronym (`RIA`, `OTSC`) when no longer name starts here (`RIA Novosti`).
    if ((!found || found.n === 1) && word.allCaps) {
      const entry = acronyms.get(word.text);
      if (entry) found = { entry, n: 1 };
    }
    if (!found && word.capitalised && inflected && !stops.has(word.fold)) {
      const entry = stemEntry(word.fold, tables);
      if (entry && entry.kind !== 'demonym') found = { entry, n: 1 };
    }
    // A Vietnamese one-syllable name next to another capitalised syllable is part of a longer name: `Mỹ Đình` (a
    // stadium, not the United States), `Nguyễn Đức Chung` (a person, not Germany).
    if (found && vietnamese && found.n === 1 && VIETNAMESE_SYLLABLE.test(fold) && insideVietnameseName(text, words, i)) found = undefined;
    // Vietnamese tones tell apart names that fold alike (`Nhà Trắng` the White House, `Nha Trang` the city).
    if (found && vietnamese && !word.allCaps) {
      const written = text.slice(word.start, words[i + found.n - 1]!.end);
      if (NOT_ASCII.test(written)) {
        const entry = entryAsWritten(written, tables);
        if (entry === null) found = undefined;
        else if (entry) found = { ...found, entry };
      }
    }
    if (!found) continue;
    // `Lake Geneva`, `Gulf of Aden`: a feature named after a city is a place of its own, left to the capitalised run.
    if (found.n === 1 && found.entry.kind !== 'country' && i > 0 && FEATURE_BEFORE.has(words[i - 1]!.fold) && words[i - 1]!.capitalised && joinable(text, words[i - 1]!, word)) continue;
    for (let k = i; k < i + found.n; k++) covered[k] = true;
    const s = span(text, words, i, i + found.n - 1);
    // A Korean particle stays outside the mention.
    if (found.n === 1 && found.form && found.form !== word.fold && HANGUL.test(word.fold)) {
      s.end = s.start + found.form.length;
      s.text = text.slice(s.start, s.end);
    }
    out.push({ ...s, type: found.entry.type, entry: found.entry, wordCount: found.n });
    i += found.n - 1;
  }
  return out;
}

/** The longest gazetteer name starting at word `i`, whose first word is read as `first`. */
function gazetteerAt(text: string, words: Word[], i: number, first: string, tables: NameTable[], index: Map<string, WordInfo>, stops: Set<string>): { entry: GazetteerEntry; n: number; form: string } | undefined {
  const word = words[i]!;
  const space = first.indexOf(' ');
  const info = index.get(space < 0 ? first : first.slice(0, space));
  const maxN = Math.min(info?.longest ?? 1, words.length - i);
  let reach = 1;
  while (reach < maxN && index.get(headOf(words[i + reach]!.fold))?.later === true && joinable(text, words[i + reach - 1]!, words[i + reach]!)) reach++;
  if (reach === 1) {
    const entry = space < 0 ? info?.entry : firstEntry(first, tables);
    if (!entry) return undefined;
    if (word.cased && !acceptCased(entry, words, i, 1, first, stops)) return undefined;
    if (!word.cased && stops.has(first)) return undefined;
    return { entry, n: 1, form: first };
  }
  const keys = [first];
  for (let k = 1; k < reach; k++) keys.push(`${keys[k - 1]} ${words[i + k]!.fold}`);
  for (let n = reach; n >= 1; n--) {
    const key = keys[n - 1]!;
    const entry = firstEntry(key, tables);
    if (!entry) continue;
    if (word.cased && !acceptCased(entry, words, i, n, key, stops)) continue;
    if (!word.cased && n === 1 && stops.has(key)) continue;
    return { entry, n, form: first };
  }
  return undefined;
}

function headOf(fold: string): string {
  const space = fold.indexOf(' ');
  return space < 0 ? fold : fold.slice(0, space);
}

/** Whether the `n` words from `from`, written with case, may be the entry. */
function acceptCased(entry: GazetteerEntry, words: Word[], from: number, n: number, key: string, stops: Set<string>): boolean {
  let capitalised = false;
  for (let k = from; k < from + n; k++) if (words[k]!.capitalised) capitalised = true;
  if (entry.kind === 'demonym' && !capitalised) return key.length >= 5 || n > 1;
  if (!capitalised) return false;
  if (n === 1 && stops.has(key) && !words[from]!.allCaps) return false;
  // A short all-lower-case name in another alphabet's table (`Man`, `Chad`) must at least not start a sentence.
  return true;
}

/** Gazetteer names inside runs of scripts written without spaces (Chinese, Japanese, Thai ...). */
export function unspacedCandidates(lang: string, words: Word[], covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const tables = unspacedTables(lang);
  const lengths = unspacedLengthsOf(tables);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.unspaced || covered[i]) continue;
    const s = word.text;
    for (let pos = 0; pos < s.length; ) {
      let hit: { entry: GazetteerEntry; len: number } | undefined;
      for (const len of lengths) {
        if (pos + len > s.length) continue;
        const sub = s.slice(pos, pos + len);
        for (const table of tables) {
          const entry = table.unspaced.get(sub)?.[0];
          if (entry) {
            hit = { entry, len };
            break;
          }
        }
        if (hit) break;
      }
      if (hit) {
        const start = word.start + pos;
        out.push({ start, end: start + hit.len, text: s.slice(pos, pos + hit.len), type: hit.entry.type, entry: hit.entry, wordCount: 1 });
        pos += hit.len;
      } else pos++;
    }
    covered[i] = true;
  }
  return out;
}

const lengthsByTables = new WeakMap<NameTable[], number[]>();

/** Key lengths of the tables' unspaced names, longest first (once per list of tables). */
function unspacedLengthsOf(tables: NameTable[]): number[] {
  let lengths = lengthsByTables.get(tables);
  if (!lengths) {
    lengths = [...new Set(tables.flatMap((t) => t.unspacedLengths))].sort((a, b) => b - a);
    lengthsByTables.set(tables, lengths);
  }
  return lengths;
}

/** Runs of capitalised words in scripts with case, and acronyms. */
export function capitalisedCandidates(text: string, lang: string, words: Word[], covered: boolean[], titleEnd: number): Candidate[] {
  const out: Candidate[] = [];
  const stops = stopWords(lang);
  const tonedStops = lang === 'vi' ? stopWordsAsWritten(lang) : undefined;
  const titles = folded(PERSON_TITLES);
  const after = folded(PERSON_AFTER);
  const lowerElsewhere = new Set<string>();
  for (const w of words) if (w.cased && !w.capitalised) lowerElsewhere.add(w.fold);
  const calendar = calendarWords(lang);
  // Vietnamese weekdays are numbers (`thứ Hai` Monday, `thứ Năm` Thursday): folded, they would cut names (`Hải Lăng`, `Quảng Nam`).
  const tonedCalendar = tonedStops ? calendarWords(lang, true) : undefined;
  const isInitial = (i: number) => {
    const w = words[i]!;
    return w.capitalised && w.text.length === 1 && text[w.end] === '.';
  };
  const isCommon = (k: number, runStart: number) => {
    const w = words[k]!;
    if (isInitial(k)) return false;
    if (NAME_JOINERS.has(w.fold) && !w.capitalised) return false;
    // Vietnamese writes common words in lower case inside a sentence: capitalised there, a stop word's syllable is
    // a name's (`Phạm Minh Chính`, `quận Thanh Xuân`); only an English word starting a run is one (`The`).
    const nameSyllable = tonedStops !== undefined && w.capitalised && !w.sentenceStart && w.start >= titleEnd;
    const stop = nameSyllable ? k === runStart && ENGLISH_STOPS.has(w.fold) : tonedStops ? tonedStops.has(w.text.normalize('NFC').toLowerCase()) : stops.has(w.fold);
    const written = tonedStops ? w.text.normalize('NFC').toLowerCase() : '';
    // English short names (`Thu`, `Sat`) are Vietnamese syllables too: only the language's own count for one.
    const month = tonedCalendar ? tonedCalendar.has(written) || (!VIETNAMESE_SYLLABLE.test(w.fold) && calendar.has(w.fold)) : calendar.has(w.fold);
    const title = tonedStops ? VIETNAMESE_TITLES.has(written) || (!VIETNAMESE_SYLLABLE.test(w.fold) && titles.has(w.fold)) : titles.has(w.fold);
    return stop || title || month || ((w.sentenceStart || w.start < titleEnd) && lowerElsewhere.has(w.fold));
  };
  const isHint = (w: Word) => ORG_HINTS.has(w.fold) || PLACE_HINTS.has(w.fold);
  const vietnamese = lang === 'vi';
  const canJoin = (i: number, j: number) => {
    const a = words[i]!;
    const b = words[j]!;
    if (isInitial(i)) return /^\. ?$/.test(text.slice(a.end, b.start));
    // Vietnamese names are syllables apart by a space: a spaced dash goes between two names (`Diễn Châu - Bãi Vọt`, `Bắc - Nam`).
    if (vietnamese && /\s-|-\s/.test(text.slice(a.end, b.start))) return false;
    return joinable(text, a, b);
  };
  const nameWord = (i: number) => {
    const w = words[i]!;
    return !covered[i] && w.cased && w.capitalised && !w.unspaced && w.text.length <= MAX_NAME_WORD;
  };

  const russianOpener = RUSSIAN.test(lang) ? russianOpenerTest(text, words, titles, after) : undefined;
  for (let i = 0; i < words.length; i++) {
    if (!nameWord(i)) continue;
    let j = i;
    while (j + 1 < words.length) {
      if (nameWord(j + 1) && canJoin(j, j + 1)) {
        j++;
        continue;
      }
      const joiner = words[j + 1]!;
      if (j + 2 < words.length && !covered[j + 1] && NAME_JOINERS.has(joiner.fold) && !joiner.capitalised && nameWord(j + 2) && canJoin(j, j + 1) && canJoin(j + 1, j + 2)) {
        j += 2;
        continue;
      }
      break;
    }
    // Vietnamese capitalises every syllable of a name (Hà Nội, Quảng Trị): a lone capitalised syllable starting a
    // sentence starts a common word (Hầu hết, Chúng tôi, Tình hình). Foreign names (Putin, Osh) are no syllable.
    if (vietnamese && j === i && (words[i]!.sentenceStart || words[i]!.start < titleEnd) && VIETNAMESE_SYLLABLE.test(words[i]!.fold)) continue;
    // Split the run at common words (stop words, titles, sentence-initial words seen in lower case).
    let from = i;
    for (let k = i; k <= j + 1; k++) {
      const end = k > j || isCommon(k, from) || (k === i && russianOpener !== undefined && russianOpener(i, j)) || (k === i && vietnamese && vietnameseOpener(words, i, j, titleEnd));
      if (!end) continue;
      let a = from;
      let b = k - 1;
      while (a <= b && NAME_JOINERS.has(words[a]!.fold) && !words[a]!.capitalised) a++;
      // A flattened heading glued after a name (`Vladimir Poutine Mobilisation`): common words at the end go.
      while (b > a + 1 && lowerElsewhere.has(words[b]!.fold) && !isHint(words[b]!)) b--;
      while (b >= a && NAME_JOINERS.has(words[b]!.fold) && !words[b]!.capitalised) b--;
      if (vietnamese && a === b && loneVietnameseSyllable(text, words, a, titles)) a = b + 1;
      if (vietnamese && a <= b && institutionHead(words, a, b)) a = b + 1;
      // Russian writes an office's acronym before the name of who holds it (`глава МИД Сергей Лавров`).
      if (russianOpener && b - a >= 2 && words[a]!.allCaps && !words[a + 1]!.allCaps && !words[a + 2]!.allCaps) {
        out.push(typeRun(text, words, a, a, titles, after, false));
        a++;
      }
      if (a <= b) {
        const candidate = typeRun(text, words, a, b, titles, after, russianOpener !== undefined);
        if (vietnamese && !candidate.acronym && candidate.type !== 'organisation' && afterPlaceCue(text, words, a)) {
          candidate.type = 'place';
          candidate.personCue = false;
        }
        out.push(candidate);
      }
      from = k + 1;
    }
    i = j;
  }
  return out;
}

const ENGLISH_STOPS = new Set(ENGLISH_IN_EVERY_LANGUAGE);

/** No word of a name is longer (Donaudampfschifffahrtsgesellschaft is 34 letters): a longer capitalised run is noise (`AAAA…`). */
const MAX_NAME_WORD = 48;

const calendarCache = new Map<string, Set<string>>();

/** Month and weekday names of a language (and English), from ICU: capitalised in many languages, never entities. */
function calendarWords(lang: string, asWritten = false): Set<string> {
  const cacheKey = asWritten ? `${lang} written` : lang;
  let set = calendarCache.get(cacheKey);
  if (set) return set;
  set = new Set<string>();
  for (const locale of asWritten ? [lang] : new Set([lang, 'en'])) {
    try {
      for (const style of ['long', 'short'] as const) {
        const months = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
        const days = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) for (const part of months.format(Date.UTC(2021, m, 15)).split(/\s+/)) set.add(asWritten ? part.normalize('NFC').toLowerCase() : foldName(part));
        for (let d = 0; d < 7; d++) for (const part of days.format(Date.UTC(2021, 0, 3 + d)).split(/\s+/)) set.add(asWritten ? part.normalize('NFC').toLowerCase() : foldName(part));
      }
    } catch {
      // Unknown locale: English names only.
    }
  }
  calendarCache.set(cacheKey, set);
  return set;
}

/** Whether a word of the run (or a part of a hyphenated one) is in the set. */
function anyFold(runWords: Word[], set: Set<string>): boolean {
  for (const w of runWords) {
    if (set.has(w.fold)) return true;
    if (w.fold.includes(' ')) for (const part of w.fold.split(' ')) if (set.has(part)) return true;
  }
  return false;
}

/** `quotesNames`: the language puts names of companies, clubs and media in «» (Russian), and a title before them is the head of a phrase (`глава «Роснефти»`, `тренер «Локомотива»`). */
function typeRun(text: string, words: Word[], a: number, b: number, titles: Set<string>, after: Set<string>, quotesNames: boolean): Candidate {
  const runWords = words.slice(a, b + 1);
  const s = span(text, words, a, b);
  const before = words[a - 1];
  const next = words[b + 1];
  const quoted = quotesNames && /«\s*$/u.test(text.slice(Math.max(0, s.start - 2), s.start));
  const personCue = (before !== undefined && !quoted && titles.has(before.fold) && before.end + 3 >= words[a]!.start) || (next !== undefined && after.has(next.fold));
  const candidate: Candidate = { start: s.start, end: s.end, text: s.text, wordCount: runWords.length, personCue };
  if (runWords.length === 1 && runWords[0]!.allCaps && runWords[0]!.text.length <= 8) {
    candidate.acronym = true;
    candidate.type = 'organisation';
  } else if (anyFold(runWords, ORG_HINTS) || namesOrganisation(s.text)) {
    candidate.type = 'organisation';
  } else if (anyFold(runWords, PLACE_HINTS)) {
    candidate.type = 'place';
  } else if (personCue || (runWords.length >= 2 && runWords.length <= 5 && runWords.every((w) => !w.allCaps || w.text.length === 1))) {
    candidate.type = 'person';
  } else if (runWords.length === 1 && SURNAME_ENDING.test(runWords[0]!.text)) {
    // A lone word with a surname ending (`Peskov`, `Zelensky`, `Shevchenko`) is a person, so that its id is the
    // same as where the full name is written.
    candidate.type = 'person';
  }
  return candidate;
}

// `عبد` (servant of) is the first half of a given name: `عبد الفتاح`, `عبد الله`.
const ABD = foldName('عبد');

let caselessCueSets: { titles: Set<string>; fillers: Set<string>; stops: Set<string> } | undefined;
function caselessCues() {
  caselessCueSets ??= {
    titles: new Set([...folded(ARABIC_TITLES), ...folded(HEBREW_TITLES)]),
    fillers: new Set([...folded(ARABIC_TITLE_FILLERS), ...folded(HEBREW_TITLE_FILLERS)]),
    stops: new Set([...stopWords('ar'), ...stopWords('he'), ...folded(ARABIC_NOT_NAMES)]),
  };
  return caselessCueSets;
}

/** Person names in caseless alphabets (Arabic, Hebrew) after a title or a verb of saying (`الرئيس ... قاسم جومارت توكاييف`). */
export function arabicPersonCandidates(text: string, words: Word[], covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const { titles, fillers, stops } = caselessCues();
  const caseless = (w: Word) => !w.cased && !w.unspaced && /\p{L}/u.test(w.text[0]!);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!caseless(w) || !titles.has(w.fold)) continue;
    let k = i + 1;
    let skipped = 0;
    while (k < words.length && skipped < 4 && joinable(text, words[k - 1]!, words[k]!) && (covered[k] || fillers.has(words[k]!.fold) || titles.has(words[k]!.fold))) {
      k++;
      skipped++;
    }
    const from = k;
    // A word with the article or a preposition glued to it (`بالحفاظ`) does not start a name.
    if (from < words.length && /^[وبلفك]?ال/.test(words[from]!.fold)) continue;
    while (
      k < words.length && k - from < 4 && caseless(words[k]!) && !covered[k] && !stops.has(words[k]!.fold) && !fillers.has(words[k]!.fold) &&
      !titles.has(words[k]!.fold) && words[k]!.fold.length >= 3 && (k === from || joinable(text, words[k - 1]!, words[k]!)) &&
      (k === from || !words[k]!.fold.startsWith('ال') || words[k - 1]!.fold === ABD)
    ) k++;
    if (k === from || !joinable(text, words[from - 1]!, words[from]!)) continue;
    // A name of four words after a title is more likely a name and a verb; keep three.
    const hebrew = /[\u0590-\u05ff]/.test(words[from]!.text);
    const to = Math.min(k - 1, from + (hebrew ? 1 : 2));
    for (let m = from; m <= to; m++) covered[m] = true;
    out.push({ ...span(text, words, from, to), type: 'person', personCue: true, wordCount: to - from + 1 });
    i = to;
  }
  out.push(...givenNameCandidates(text, words, covered));
  return out;
}

/** Two-word Arabic names that start with a common given name (`محمد صلاح`, `محمد علي`, `عبد الفتاح`), where no title announced them. */
function givenNameCandidates(text: string, words: Word[], covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const given = folded(ARABIC_GIVEN_NAMES);
  const { titles, fillers, stops } = caselessCues();
  // A father's name is a given name too (`محمد علي`, `حسن نصر`).
  const nameWord = (k: number, article: boolean) => {
    const w = words[k];
    return (
      w !== undefined && !w.cased && !w.unspaced && !covered[k] && w.fold.length >= 3 && !stops.has(w.fold) && !fillers.has(w.fold) &&
      !titles.has(w.fold) && w.fold.startsWith('ال') === article && joinable(text, words[k - 1]!, w)
    );
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i]!;
    // Folding makes some given names a stop word too (`على` on, `علي` Ali).
    if (covered[i] || w.cased || !given.has(w.fold) || stops.has(w.fold)) continue;
    let to = i;
    // `عبد` is half a given name: the word after it (`الفتاح`) completes it.
    if (w.fold === ABD) {
      if (!nameWord(i + 1, true)) continue;
      to = i + 1;
    }
    // A second word with `و` glued on is mostly the next phrase (`فتحي والنادي`), not a family name.
    if (nameWord(to + 1, false) && !words[to + 1]!.fold.startsWith('و')) to++;
    else if (to === i) continue;
    for (let m = i; m <= to; m++) covered[m] = true;
    out.push({ ...span(text, words, i, to), type: 'person', personCue: true, wordCount: to - i + 1 });
    i = to;
  }
  return out;
}

// Foreign names written in Chinese characters or katakana separate their parts with a middle dot:
// 卡瑟姆-卓马尔特·托卡耶夫, ウラジーミル・プーチン. Text around them has no spaces, so the name is cut at
// characters that end a title before it (总统, 外长 ...) or start a verb or particle after it (表示, 说, 的 ...).
const DOTTED_NAME = /[\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:[-‐][\p{Script=Han}\p{Script=Katakana}ー]{1,8})?(?:[·・•][\p{Script=Han}\p{Script=Katakana}ー]{1,8})+/gu;
const BEFORE_NAME = /^.*[统理席长相王人士生员使的和与在是对说称]/u;
const AFTER_NAME = /[表说称在的和与是对也将已于向会曾就等].*$/u;

// A Chinese title right before a name (`总统托卡耶夫表示`): the name runs to the next verb, particle or
// time word (`总统托卡耶夫周二表示`, `总统普京上周宣布`, `总统扎帕罗夫当天下午飞抵`); none of these characters is
// used to write foreign names.
const HAN_TITLED_NAME = /(?:总统|總統|总理|總理|主席|外长|外長|部长|部長|首相|发言人|發言人|国务卿|國務卿|大使|总书记|總書記)([\p{Script=Han}]{2,5}?)(?=[表说說称稱在的和与與是对對也将將已于於向会會曾就周週上今昨当當近本日星此同又再还還宣指强強认認透警呼签簽访訪抵致讲講回重否承谈談，,。、：:；;（(\s]|$)/gu;

/** Person names written with a middle dot in Chinese or Japanese text, or after a Chinese title; marks the words they cover. */
export function dottedNameCandidates(text: string, words: Word[], covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  if (/\p{Script=Han}/u.test(text)) {
    for (const match of text.matchAll(HAN_TITLED_NAME)) {
      const name = match[1]!;
      if (/[·・•]/.test(name)) continue;
      const start = match.index + match[0].length - name.length;
      out.push({ start, end: start + name.length, text: name, type: 'person', personCue: true, wordCount: 1 });
    }
  }
  if (!/[·・•]/.test(text)) return out;
  for (const match of text.matchAll(DOTTED_NAME)) {
    const parts = match[0].split(/([·・•])/);
    const first = parts[0]!.replace(BEFORE_NAME, '');
    const last = parts[parts.length - 1]!.replace(AFTER_NAME, '');
    if (!first || !last) continue;
    const name = [first, ...parts.slice(1, -1), last].join('');
    const start = match.index + parts[0]!.length - first.length;
    const end = start + name.length;
    for (let i = 0; i < words.length; i++) if (words[i]!.start >= start && words[i]!.end <= end) covered[i] = true;
    out.push({ start, end, text: name, type: 'person', personCue: true, wordCount: name.split(/[·・•]/).length });
  }
  return out;
}
