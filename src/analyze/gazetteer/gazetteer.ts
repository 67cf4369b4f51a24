import type { EntityType } from '../../core/model.js';
import { cityId, cityNames, zoneCountries } from './cities.js';
import { regionNames } from './countries.js';
import { demonyms } from './demonyms.js';
import { arabicVariants, foldName } from './fold.js';
import { BASE_LOCALES, localeOf } from './locales.js';
import { organisations } from './organisations.js';
import { curatedPlaces, vietnamesePlaces } from './places.js';

export interface GazetteerEntry {
  id: string;
  canonical: string;
  type: EntityType;
  /** ISO country code of a place, or of the country containing it. */
  country?: string;
  /** How the entry was known: a demonym may be written in lower case in cased scripts. */
  kind: 'country' | 'city' | 'place' | 'organisation' | 'demonym';
}

// Lower rank wins when one folded name means several things (a city named like its country).
const RANK: Record<GazetteerEntry['kind'], number> = { country: 0, place: 1, organisation: 2, demonym: 3, city: 4 };
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+$/u;

const SHORT_NAME_ENDINGS = ['а', 'у', 'е', 'ом', 'ем'];
const MARKED_LATIN = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A name's letters with their accents, each syllable's tone mark moved to its end: Vietnamese writes the
 * tone on either vowel (`Khánh Hòa`, `Khánh Hoà`), and the tone tells words apart (`Nhà Trắng`, `Nha Trang`).
 */
export function toneKey(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((syllable) => syllable.length > 0)
    .map((syllable) => syllable.replace(TONE_MARKS, '') + (syllable.match(TONE_MARKS) ?? []).join(''))
    .join(' ');
}

/**
 * The entry a name written with accents or tones stands for, where the tables write some name of its folded
 * key so: the entry written alike, or null when every such name is written otherwise; undefined when none is.
 */
export function entryAsWritten(name: string, tables: NameTable[]): GazetteerEntry | null | undefined {
  const key = foldName(name);
  let marked = false;
  const written = toneKey(name);
  for (const table of tables) {
    const forms = table.toned.get(key);
    if (!forms) continue;
    marked = true;
    const hit = forms.get(written);
    if (hit) return hit[0];
  }
  return marked ? null : undefined;
}

export class NameTable {
  /** Folded name -> entries, best first. */
  readonly byKey = new Map<string, GazetteerEntry[]>();
  /** Names written in capitals (`OTSC`, `ОДКБ`): matched as written. */
  readonly acronyms = new Map<string, GazetteerEntry>();
  /** Keys of scripts written without spaces, for substring search; and their lengths, longest first. */
  readonly unspaced = new Map<string, GazetteerEntry[]>();
  unspacedLengths: number[] = [];
  maxWords = 1;
  /** One-word names without their final vowel (`росси` for `россия`), for inflected forms. */
  readonly stems = new Map<string, GazetteerEntry[]>();
  /** First word of a multi-word key -> most words of a key starting with it. */
  readonly firstWords = new Map<string, number>();
  /** Every later word of a multi-word key: a name cannot run on past a word outside this set. */
  readonly laterWords = new Set<string>();
  /** Folded key -> names written with accents or tones, by toneKey: folding merges Vietnamese `Nhà Trắng` and `Nha Trang`. */
  readonly toned = new Map<string, Map<string, GazetteerEntry[]>>();

  add(name: string, entry: GazetteerEntry): void {
    const trimmed = name.trim();
    if (/^[\p{Lu}\p{N}.+&-]{2,8}$/u.test(trimmed) && /\p{Lu}.*\p{Lu}/u.test(trimmed)) {
      const key = trimmed.replace(/\./g, '');
      const old = this.acronyms.get(key);
      if (!old || RANK[entry.kind] < RANK[old.kind]) this.acronyms.set(key, entry);
      return;
    }
    const key = foldName(trimmed);
    if (key.length < 2) return;
    this.put(this.byKey, key, entry);
    if (MARKED_LATIN.test(trimmed)) {
      let forms = this.toned.get(key);
      if (!forms) this.toned.set(key, (forms = new Map()));
      this.put(forms, toneKey(trimmed), entry);
    }
    const words = key.split(' ');
    // A hyphenated Cyrillic name is one word in running text and declined as one (`Санкт-Петербурге`, `Нью-Йорка`).
    const oneCyrillicWord = words.length > 1 && /^[\p{Script=Cyrillic}-]+$/u.test(trimmed) && trimmed.includes('-');
    if ((words.length === 1 && /^[\p{Script=Cyrillic}\p{Script=Latin}]+$/u.test(key)) || oneCyrillicWord) {
      const stem = key.replace(/[aeiouyаеёиоуыэюяьйії]$/u, '');
      if (stem.length >= 4) this.put(this.stems, stem, entry);
      // Too short for stems: a Cyrillic place name ending in a consonant is declined with these endings (Ош: Оша, Ошем).
      else if (entry.type === 'place' && /^\p{Script=Cyrillic}{2,3}$/u.test(key) && stem === key) for (const ending of SHORT_NAME_ENDINGS) this.put(this.byKey, key + ending, entry);
    } else if (words.length === 1 && /^\p{Script=Greek}+$/u.test(key)) {
      // Greek declines names too (`Γερμανία`, `Γερμανίας`).
      const stem = key.replace(/(?:ος|ας|ης|[αεηιουω])$/u, '');
      if (stem.length >= 4) this.put(this.stems, stem, entry);
    }
    this.maxWords = Math.max(this.maxWords, words.length);
    if (words.length > 1) {
      this.firstWords.set(words[0]!, Math.max(this.firstWords.get(words[0]!) ?? 0, words.length));
      for (let i = 1; i < words.length; i++) this.laterWords.add(words[i]!);
    }
    if (UNSPACED.test(key) && key.length <= 12) {
      this.put(this.unspaced, key, entry);
      if (!this.unspacedLengths.includes(key.length)) this.unspacedLengths = [...this.unspacedLengths, key.length].sort((a, b) => b - a);
    }
  }

  private put(map: Map<string, GazetteerEntry[]>, key: string, entry: GazetteerEntry): void {
    const list = map.get(key);
    if (!list) {
      map.set(key, [entry]);
      return;
    }
    if (list.some((e) => e.id === entry.id)) return;
    list.push(entry);
    list.sort((a, b) => RANK[a.kind] - RANK[b.kind]);
  }
}

const countryNameCache = new Map<string, string>();
function countryCanonical(code: string): string {
  let name = countryNameCache.get(code);
  if (!name) {
    name = new Intl.DisplayNames('en', { type: 'region' }).of(code) ?? code;
    countryNameCache.set(code, name);
  }
  return name;
}

function addLocale(table: NameTable, locale: string): void {
  for (const { name, code } of regionNames(locale)) {
    if (code === 'EU' || code === 'UN') {
      table.add(name, { id: `org:${code.toLowerCase()}`, canonical: code === 'EU' ? 'European Union' : 'United Nations', type: 'organisation', kind: 'organisation' });
    } else {
      table.add(name, { id: `loc:${code}`, canonical: countryCanonical(code), type: 'place', country: code, kind: 'country' });
    }
  }
  const zones = zoneCountries();
  for (const { name, zone } of cityNames(locale)) {
    const country = zones[zone];
    table.add(name, { id: cityId(zone), canonical: zone.split('/').pop()!.replace(/_/g, ' '), type: 'place', kind: 'city', ...(country ? { country } : {}) });
  }
}

function addCurated(table: NameTable): void {
  for (const place of curatedPlaces()) {
    const kind = place.id === `loc:${place.country}` ? 'country' : 'place';
    for (const name of place.names) table.add(name, { id: place.id, canonical: place.canonical, type: 'place', country: place.country, kind });
  }
  for (const place of vietnamesePlaces()) {
    for (const name of place.names) if (!LATIN.test(name)) table.add(name, { id: place.id, canonical: place.canonical, type: 'place', country: place.country, kind: 'place' });
  }
  for (const org of organisations()) {
    for (const name of org.names) table.add(name, { id: org.id, canonical: org.canonical, type: 'organisation', kind: 'organisation' });
  }
  for (const { code, forms } of demonyms()) {
    for (const form of forms) table.add(form, { id: `loc:${code}`, canonical: countryCanonical(code), type: 'place', country: code, kind: 'demonym' });
  }
}

const LATIN = /\p{Script=Latin}/u;

/** Names one language's articles know besides the base table's (the Latin-script names of Vietnam's provinces). */
let vietnameseTable: NameTable | undefined;
function languagePlaces(locale: string): NameTable | undefined {
  if (locale !== 'vi') return undefined;
  if (!vietnameseTable) {
    vietnameseTable = new NameTable();
    for (const place of vietnamesePlaces()) {
      for (const name of place.names) if (LATIN.test(name)) vietnameseTable.add(name, { id: place.id, canonical: place.canonical, type: 'place', country: place.country, kind: 'place' });
    }
  }
  return vietnameseTable;
}

let base: NameTable | undefined;
const perLocale = new Map<string, NameTable>();

/** Names known in every language (base locales and curated tables), built on first use. */
export function baseTable(): NameTable {
  if (base) return base;
  const table = new NameTable();
  addCurated(table);
  for (const locale of BASE_LOCALES) addLocale(table, locale);
  base = table;
  return table;
}

/** Names of one more locale, for an article or a name in a language outside the base set. */
export function localeTable(lang: string): NameTable | undefined {
  const locale = localeOf(lang);
  if ((BASE_LOCALES as readonly string[]).includes(locale)) return undefined;
  let table = perLocale.get(locale);
  if (!table) {
    table = new NameTable();
    addLocale(table, locale);
    perLocale.set(locale, table);
  }
  return table;
}

/** Entries a folded name (one or more words) stands for in a language, best first. */
const tablesByLang = new Map<string, NameTable[]>();
let baseOnly: NameTable[] | undefined;

/** The tables that apply to a language: the base table, and that locale's own when outside the base set. */
export function tablesFor(lang: string): NameTable[] {
  let tables = tablesByLang.get(lang);
  if (!tables) {
    const extra = [localeTable(lang), languagePlaces(localeOf(lang))].filter((t): t is NameTable => t !== undefined);
    // Languages of the base set share one list, so that the word index over it is built once, not per language.
    baseOnly ??= [baseTable()];
    tables = extra.length > 0 ? [baseTable(), ...extra] : baseOnly;
    tablesByLang.set(lang, tables);
  }
  return tables;
}

/** Most words a gazetteer name starting with this folded word can have (1 when none is longer). */
export function longestStartingWith(word: string, tables: NameTable[]): number {
  let n = 1;
  for (const table of tables) n = Math.max(n, table.firstWords.get(word) ?? 1);
  return n;
}

/** Entry for an inflected one-word form (`Казахстана`, `России`, `Polski`): endings of one or two letters off. */
export function stemEntry(word: string, tables: NameTable[]): GazetteerEntry | undefined {
  for (const cut of [1, 2]) {
    if (word.length - cut < 4) break;
    const stem = word.slice(0, -cut);
    for (const table of tables) {
      const hit = table.stems.get(stem) ?? table.stems.get(stem.replace(/[aeiouyаеёиоуыэюяьйії]$/u, ''));
      if (hit) return hit[0];
    }
  }
  return undefined;
}

/** Whether a folded word occurs after the first word of some multi-word name. */
export function isLaterWord(word: string, tables: NameTable[]): boolean {
  for (const table of tables) if (table.laterWords.has(word)) return true;
  return false;
}

/** What the tables of a language know of one folded word, merged so that a word costs one lookup. */
export interface WordInfo {
  /** First entry for the word as a whole key (as firstEntry). */
  entry: GazetteerEntry | undefined;
  /** Most words a name starting with this word can have (as longestStartingWith). */
  longest: number;
  /** The word occurs after the first word of some multi-word name (as isLaterWord). */
  later: boolean;
}

const wordIndexes = new WeakMap<NameTable[], Map<string, WordInfo>>();

/** One map from folded word to its WordInfo for a list of tables (built once per list). */
export function wordIndex(tables: NameTable[]): Map<string, WordInfo> {
  let index = wordIndexes.get(tables);
  if (index) return index;
  index = new Map<string, WordInfo>();
  const keys = new Set<string>();
  for (const table of tables) {
    for (const key of table.byKey.keys()) keys.add(key);
    for (const key of table.firstWords.keys()) keys.add(key);
    for (const key of table.laterWords) keys.add(key);
  }
  for (const key of keys) index.set(key, { entry: firstEntry(key, tables), longest: longestStartingWith(key, tables), later: isLaterWord(key, tables) });
  wordIndexes.set(tables, index);
  return index;
}

/** First entry for a folded key in the given tables. */
export function firstEntry(key: string, tables: NameTable[]): GazetteerEntry | undefined {
  for (const table of tables) {
    const hit = table.byKey.get(key);
    if (hit) return hit[0];
  }
  return undefined;
}

/** Names of scripts written without spaces that occur as substrings: the table and key lengths to try. */
export function unspacedTables(lang: string): NameTable[] {
  return tablesFor(lang);
}

export function lookupFolded(key: string, lang: string): GazetteerEntry[] {
  const tables = tablesFor(lang);
  const found = tables[0]!.byKey.get(key);
  if (tables.length === 1) return found ?? [];
  const out = [...(found ?? [])];
  for (const table of tables.slice(1)) for (const e of table.byKey.get(key) ?? []) if (!out.some((f) => f.id === e.id)) out.push(e);
  return out;
}

/** Entries a whole name as written stands for: exact, then Arabic-script clitics stripped. */
export function lookupName(name: string, lang: string): GazetteerEntry[] {
  const acronym = baseTable().acronyms.get(name.trim().replace(/\./g, ''));
  if (acronym) return [acronym];
  const key = foldName(name);
  const direct = lookupFolded(key, lang);
  if (direct.length > 0 || !/[\u0600-\u06ff]/.test(key)) return direct;
  const words = key.split(' ');
  for (const variant of arabicVariants(words[0]!).slice(1)) {
    const hit = lookupFolded([variant, ...words.slice(1)].join(' '), lang);
    if (hit.length > 0) return hit;
  }
  return [];
}

const sortedStems = new Map<NameTable, string[]>();

function stemsOf(table: NameTable): string[] {
  let list = sortedStems.get(table);
  if (!list) {
    list = [...table.stems.keys()].sort();
    sortedStems.set(table, list);
  }
  return list;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The country or place a single word names or derives from (`Russlands`, `Испанска`, `taiwanische`):
 * exact name, inflected form, or the known one-word name sharing the longest beginning with it.
 */
export function placeOfWord(word: string, lang: string): GazetteerEntry | undefined {
  const exact = lookupName(word, lang).find((e) => e.type === 'place');
  if (exact) return exact;
  // Country abbreviations arrive folded to lower case (`uk`, `usa`).
  if (/^[a-z]{2,3}$/.test(word)) return lookupName(word.toUpperCase(), lang).find((e) => e.type === 'place');
  const key = foldName(word);
  if (key.length < 5 || key.includes(' ')) return undefined;
  let best: { entry: GazetteerEntry; length: number } | undefined;
  for (const table of tablesFor(lang)) {
    const list = stemsOf(table);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    for (let i = Math.max(0, lo - 3); i < Math.min(list.length, lo + 3); i++) {
      const stem = list[i]!;
      const length = commonPrefix(stem, key);
      if (length >= 5 && length >= stem.length - 2 && length >= 0.75 * stem.length && (!best || length > best.length)) {
        const entry = table.stems.get(stem)?.find((e) => e.type === 'place');
        if (entry) best = { entry, length };
      }
    }
  }
  return best?.entry;
}
