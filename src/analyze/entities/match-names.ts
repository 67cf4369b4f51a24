import { countryNamesIn } from '../gazetteer/countries.js';
import { lookupName, placeOfWord, type GazetteerEntry } from '../gazetteer/gazetteer.js';
import type { AliasTable } from './alias-table.js';
import { romanisedChineseName, westernNameWithChineseFamily, withJoinedGivenName, type JoinedName } from './chinese-surnames.js';
import { cyrillicKoreanNamesAgree, koreanSyllablesAgree } from './korean-names.js';
import { editSimilarity } from './edit-distance.js';
import { englishSpelling } from './latin-conventions.js';
import { pinyinOf } from './transliterate.js';
import { nameParts, type NamePart } from './name-parts.js';
import { GENERIC_CONCEPTS, isAcronymOf, looksLikeOrganisation, orgWords, type OrgWords } from './org-words.js';
import { foldName } from '../gazetteer/fold.js';

export interface NameMatch {
  same: boolean;
  score: number;
}

export interface MatchOptions {
  /** Name pairs learned to co-refer. */
  aliases?: AliasTable;
}

const MAX_NAME_LENGTH = 200;
/** Initials of the other name: a strong sign, but initials repeat across organisations. */
const ACRONYM_SCORE = 0.85;
/** A bare proper name against a name with meaning words must sound very alike. */
const BARE_NAME_THRESHOLD = 0.85;
/** Only the family name carries over between `Carrie Lam` and `林鄭月娥`: same, but barely. */
const ENGLISH_GIVEN_NAME_SCORE = 0.82;
/** A romanised Korean name whose every syllable starts as the Hangul one does. */
const KOREAN_SYLLABLES_SCORE = 0.85;

/** Score at or above which two names are called the same. */
export const SAME_THRESHOLD = 0.8;
/** Each part of the shorter name must match a part of the longer one at least this well. */
const PART_THRESHOLD = 0.72;
/** Two Latin spellings of an organisation's proper word, letter by letter. */
const LATIN_VARIANT_THRESHOLD = 0.75;
/** A Latin word read without its closing consonants, exactly as the characters read. */
const OPEN_SYLLABLES_SCORE = 0.8;
/** Part similarity of a word and its rendering in another script that keeps all its consonants. */
const CROSS_SCRIPT_SKELETON = 0.85;

/**
 * What the name-part alignment reads from one name alone, each computed when first needed and kept:
 * the same name compared again reuses it.
 */
class SoundSide {
  private partsMemo: NamePart[] | undefined;
  private wholePartsMemo: NamePart[] | undefined;
  private gluedPartsMemo: NamePart[] | undefined;
  private particleMemo: boolean | undefined;
  private particleGluedPartsMemo: NamePart[] | undefined;
  private wordsMemo: string[] | undefined;
  private joinedPairsMemo: NamePart[][] | undefined;

  constructor(readonly text: string) {}

  get parts(): NamePart[] {
    return (this.partsMemo ??= nameParts(this.text));
  }

  /** Parts with native (Chinese, Korean) names left whole. */
  get wholeParts(): NamePart[] {
    return (this.wholePartsMemo ??= nameParts(this.text, false));
  }

  get gluedParts(): NamePart[] {
    return (this.gluedPartsMemo ??= nameParts(glue(this.text)));
  }

  get hasParticle(): boolean {
    return (this.particleMemo ??= SURNAME_PARTICLE.test(this.text));
  }

  get particleGluedParts(): NamePart[] {
    return (this.particleGluedPartsMemo ??= nameParts(this.text.replace(SURNAME_PARTICLES, '$1')));
  }

  get words(): string[] {
    return (this.wordsMemo ??= this.text.trim().split(/\s+/));
  }

  /** Parts of the name with each pair of neighbouring plain name words read as one, in order. */
  get joinedPairs(): NamePart[][] {
    if (this.joinedPairsMemo) return this.joinedPairsMemo;
    const words = this.words;
    const joined: NamePart[][] = [];
    // Only two plain name words: a particle (`Le`, `bin`) or a hyphenated name is no half of a compound.
    const plain = (word: string) => [...word].length >= 3 && !/[-‐‑]/.test(word) && nameParts(word).every((p) => !p.optional && !p.initial);
    for (let i = 0; i + 1 < words.length; i++) {
      if (!plain(words[i]!) || !plain(words[i + 1]!)) continue;
      joined.push(nameParts([...words.slice(0, i), words[i]! + words[i + 1]!, ...words.slice(i + 2)].join(' ')));
    }
    return (this.joinedPairsMemo = joined);
  }
}

/** An organisation name's words with the places among its proper words, for one language. */
class OrgSide {
  private splitMemo: { places: Set<string>; proper: string[] } | undefined;

  constructor(readonly words: OrgWords, readonly lang: string) {}

  /** A copy each time: the comparison moves words between the two. */
  split(): { places: Set<string>; proper: string[] } {
    const split = (this.splitMemo ??= splitPlaces(this.words.rest, this.lang));
    return { places: new Set(split.places), proper: [...split.proper] };
  }
}

/**
 * A name prepared for matching: what matching computes from this name alone is computed once, when first
 * needed, and kept. A query matched against thousands of stored spellings is prepared once.
 */
export class PreparedName {
  readonly text: string;
  private foldedMemo: string | undefined;
  private placesMemo: GazetteerEntry[] | undefined;
  private orgMemo: OrgSide | undefined;
  private organisationMemo: boolean | undefined;
  private headMemo: { head: string | undefined; org: OrgSide | undefined } | undefined;
  private oneWordMemo: boolean | undefined;
  private soundMemo: SoundSide | undefined;
  private withoutPlaceWordsMemo: SoundSide | undefined;
  private englishMemo: { spelling: string | undefined; sound: SoundSide | undefined } | undefined;

  constructor(text: string, readonly lang: string) {
    // Names are short; a pathological input must not make the quadratic comparisons explode.
    this.text = text.slice(0, MAX_NAME_LENGTH);
  }

  get blank(): boolean {
    return !this.text.trim();
  }

  get folded(): string {
    return (this.foldedMemo ??= foldName(this.text));
  }

  get places(): GazetteerEntry[] {
    return (this.placesMemo ??= lookupName(this.text, this.lang));
  }

  get org(): OrgSide {
    return (this.orgMemo ??= new OrgSide(orgWords(this.text), this.lang));
  }

  get looksLikeOrganisation(): boolean {
    return (this.organisationMemo ??= looksLikeOrganisation(this.org.words));
  }

  /** The part before a spaced dash, and its organisation words. */
  get head(): { head: string | undefined; org: OrgSide | undefined } {
    if (this.headMemo) return this.headMemo;
    const head = dashHead(this.text);
    return (this.headMemo = { head, org: head ? new OrgSide(orgWords(head), this.lang) : undefined });
  }

  get oneWord(): boolean {
    return (this.oneWordMemo ??= !/\s/.test(this.text.trim()) && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(this.text));
  }

  get sound(): SoundSide {
    return (this.soundMemo ??= new SoundSide(this.text));
  }

  get withoutPlaceWords(): SoundSide {
    if (this.withoutPlaceWordsMemo) return this.withoutPlaceWordsMemo;
    const text = withoutPlaceWords(this.text);
    return (this.withoutPlaceWordsMemo = text === this.text ? this.sound : new SoundSide(text));
  }

  /** The name as English spells it, when this language's conventions spell it otherwise. */
  get english(): { spelling: string | undefined; sound: SoundSide | undefined } {
    if (this.englishMemo) return this.englishMemo;
    const spelling = englishSpelling(this.text, this.lang);
    return (this.englishMemo = { spelling, sound: spelling === undefined ? undefined : new SoundSide(spelling) });
  }
}

/** A name prepared for `matchPrepared`: prepare a name once to match it against many. */
export function prepareName(text: string, lang: string): PreparedName {
  return new PreparedName(text, lang);
}

/**
 * Whether two names (any scripts, any languages) name the same entity, with a 0-1 score.
 * Places and known organisations are decided by the gazetteer; organisation names by their meaning
 * words and proper names; person-like names by aligning their parts on sound.
 */
export function matchNames(a: string, langA: string, b: string, langB: string, options: MatchOptions = {}): NameMatch {
  return matchPrepared(prepareName(a, langA), prepareName(b, langB), options);
}

/** `matchNames` on prepared names: the same answer, without computing either name's own side again. */
export function matchPrepared(x: PreparedName, y: PreparedName, options: MatchOptions = {}): NameMatch {
  const a = x.text;
  const b = y.text;
  if (x.blank || y.blank) return { same: false, score: 0 };
  if (x.folded === y.folded) return { same: true, score: 1 };
  if (options.aliases?.has(a, b)) return { same: true, score: 0.95 };

  const placesA = x.places;
  const placesB = y.places;
  if (placesA.length > 0 && placesB.length > 0) {
    const same = placesA.some((p) => placesB.some((q) => q.id === p.id));
    return same ? { same, score: 1 } : { same, score: 0.1 * soundScoreOf(x.sound, y.sound) };
  }

  // Korean names in Cyrillic and Latin letters agree syllable by syllable or not at all (`Нам` is no party here).
  const korean = cyrillicKoreanNamesAgree(a, b);
  if (korean !== undefined) return { same: korean, score: korean ? KOREAN_SYLLABLES_SCORE : 0 };
  if (isAcronymOf(a, b) || isAcronymOf(b, a)) return { same: true, score: ACRONYM_SCORE };
  const orgA = x.org;
  const orgB = y.org;
  if (x.looksLikeOrganisation || y.looksLikeOrganisation) {
    let best = orgScore(orgA, orgB);
    // A name with a dashed addition (`Turkish Republican Party - United Forces`) is often cited without it.
    const headA = x.head;
    const headB = y.head;
    if (!best.same && (headA.head || headB.head)) {
      const other = orgScore(headA.org ?? orgA, headB.org ?? orgB);
      if (other.same) best = { same: true, score: Math.min(other.score, 0.9) };
    }
    // A name with no meaning words is a proper name (`Kuomintang`, `Hezbollah`): the other may be its
    // rendering in another script (`國民黨`, `حزب الله`), whatever its words mean.
    if (!best.same && (orgA.words.concepts.size === 0 || orgB.words.concepts.size === 0 || x.oneWord || y.oneWord)) {
      const sound = Math.max(soundScoreOf(x.sound, y.sound), alignParts(x.sound.wholeParts, y.sound.wholeParts));
      if (sound >= BARE_NAME_THRESHOLD) best = { same: true, score: Math.max(sound * 0.95, SAME_THRESHOLD) };
    }
    return round(best);
  }

  // A romanised Chinese or Korean name against the native one: its given name is one part on both sides.
  const joinedA = withJoinedGivenName(a, b);
  const joinedB = joinedA ? undefined : withJoinedGivenName(b, a);
  let score = joinedA
    ? familyFirstScore(joinedA, b)
    : joinedB
      ? familyFirstScore(joinedB, a)
      : Math.max(soundScoreOf(x.sound, y.sound), soundScoreOf(x.withoutPlaceWords, y.withoutPlaceWords));
  if (score < SAME_THRESHOLD) {
    // `Chruschtschow` (de) and `Khrouchtchev` (fr) are Khrushchev spelled by other languages' rules.
    const englishA = x.english;
    const englishB = y.english;
    if (englishA.spelling || englishB.spelling) score = Math.max(score, soundScoreOf(englishA.sound ?? x.sound, englishB.sound ?? y.sound));
  }
  if (score < SAME_THRESHOLD) score = Math.max(score, undottedRendering(a, b), undottedRendering(b, a));
  if (score < SAME_THRESHOLD && (westernNameWithChineseFamily(a, b) || westernNameWithChineseFamily(b, a))) {
    return { same: true, score: ENGLISH_GIVEN_NAME_SCORE };
  }
  if (score < SAME_THRESHOLD && (romanisedChineseName(a, b, pinyinOf) || romanisedChineseName(b, a, pinyinOf))) {
    return { same: true, score: ENGLISH_GIVEN_NAME_SCORE };
  }
  return round({ same: score >= SAME_THRESHOLD, score });
}

/**
 * A romanised Chinese or Korean name (given name joined, family name first or last) against the native one
 * (family name first): family against family and given against given, never across.
 */
function familyFirstScore(joined: JoinedName, native: string): number {
  const latin = nameParts(joined.text);
  const own = nameParts(native);
  if (latin.length !== 2 || own.length !== 2) return soundScore(joined.text, native);
  const [family, given] = joined.familyFirst ? [latin[0]!, latin[1]!] : [latin[1]!, latin[0]!];
  // Hangul spells a Korean name syllable by syllable: each romanised syllable must start as its Hangul one does.
  if (HANGUL.test(native)) {
    return koreanSyllablesAgree([joined.family], own[0]!.text, true) && koreanSyllablesAgree(joined.given, own[1]!.text) ? KOREAN_SYLLABLES_SCORE : 0;
  }
  const familySim = partSimilarity(family, own[0]!);
  const givenSim = partSimilarity(given, own[1]!);
  return familySim >= PART_THRESHOLD && givenSim >= PART_THRESHOLD ? (familySim + givenSim) / 2 : 0;
}

const UNDOTTED_HAN = /^[\u3400-\u9fff]{4,12}$/u;

/**
 * A foreign name in Chinese characters written without separating dots (`阿都拉曼达兰` Abdul Rahman Dahlan, as
 * Malaysian usage does): the characters are split into as many runs as the Latin name has words, each run read
 * as the rendering of one word, the best split kept.
 */
function undottedRendering(latin: string, han: string): number {
  if (!UNDOTTED_HAN.test(han) || !/^[\p{Script=Latin}\s.'\-]+$/u.test(latin)) return 0;
  const words = nameParts(latin).filter((p) => !p.optional).map((p) => p.text);
  const characters = [...han];
  if (words.length < 2 || words.length > 4 || characters.length < words.length + 1) return 0;
  let best = 0;
  const split = (from: number, runs: string[]): void => {
    const left = words.length - runs.length;
    if (left === 1) {
      const dotted = [...runs, characters.slice(from).join('')].join('·');
      best = Math.max(best, orderedScore(words, nameParts(dotted)));
      return;
    }
    for (let end = from + 1; end <= characters.length - (left - 1); end++) split(end, [...runs, characters.slice(from, end).join('')]);
  };
  split(0, []);
  return best;
}

/** Words and parts compared in order, each at least at the part threshold. */
function orderedScore(words: string[], parts: NamePart[]): number {
  if (parts.length !== words.length) return 0;
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const sim = partSimilarity(nameParts(words[i]!)[0]!, parts[i]!);
    if (sim < PART_THRESHOLD) return 0;
    total += sim;
  }
  return total / words.length;
}

// Generic words of place names (`Clipperton-eyja`, `Klipperton adasy`, `Casey Station`), in many languages.
const PLACE_WORDS = new Set([
  'island', 'islands', 'isle', 'ile', 'iles', 'isla', 'islas', 'ilha', 'ilhas', 'isola', 'isole', 'insel', 'inseln', 'eiland', 'eilanden',
  'остров', 'острова', 'острови', 'острів', 'νησος', 'νησοι', 'νησια', 'جزيرة', 'جزر', 'جزاير', 'ada', 'adasi', 'adalari', 'adasy', 'adalary',
  'saari', 'saaret', 'sziget', 'szigetek', 'eyja', 'eyjar', 'oya', 'oyene', 'oy', 'on', 'oarna', 'wyspa', 'wyspy', 'otok', 'otoci', 'ostrvo',
  'sala', 'salos', 'salas', 'sala', 'salu', 'island', 'station', 'estacion', 'станция', 'stansiyasi', 'base', 'city', 'ciudad', 'ville', 'stadt',
  'город', 'مدينة', 'شهر', 'region', 'province', 'provincia', 'oblast', 'область', 'mount', 'mont', 'monte', 'lake', 'lac', 'lago', 'bay', 'baie',
  'cape', 'cap', 'cabo', 'saint', 'st', 'san', 'santa', 'sao',
]);

function withoutPlaceWords(name: string): string {
  const words = foldName(name).split(' ');
  const kept = words.filter((w) => !PLACE_WORDS.has(w));
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : name;
}

/** The part of a name before a spaced dash, when both sides of the dash have words. */
function dashHead(name: string): string | undefined {
  const parts = name.split(/\s[-–—]\s/);
  return parts.length >= 2 && parts[0]!.trim() && parts[1]!.trim() ? parts[0]!.trim() : undefined;
}

function round(match: NameMatch): NameMatch {
  return { same: match.same, score: Math.round(match.score * 1000) / 1000 };
}

// Name parts written as one word in some scripts and two in others: hyphenated given names
// (`Jae-in` / `재인`), `Abdul Karim` / `عبدالكريم`, `Abd Allah` / `Abdallah`, `Nasr Allah` / `Nasrallah`,
// `Ghiyath al-Din` / `Ghayasuddin`.
const GLUED = new RegExp([
  '[-‐‑]',
  '(?<!\\p{L})(abd|abdul|abdel|abdal|abu|abou|aboul|abul|abol|абд|абдул|абдель|абдаль|абу)\\s',
  '(عبد|ابو|أبو)\\s',
  '\\s(ال)?(له|دين|دین)(?!\\p{L})',
  '\\s(allah|ullah|ollah|alla|ulla|eddin|uddin|addin|aldin|eldin|eddine|аллах|улла|алла)(?!\\p{L})',
  '\\s(ud|ad|al|ed|el|ul|уд|ад|ал)[-‐\\s](din|dine|deen|дин)(?!\\p{L})',
].join('|'), 'iu');
const PARTICLE_WORDS = '(le|la|de|du|des|van|von|der|den|di|da|del|della|dos|das|ter|ten|ле|ла|де|дю|ван|фон|дер|ди|да|дель)';
const SURNAME_PARTICLE = new RegExp(`(?<!\\p{L})${PARTICLE_WORDS}\\s+\\p{L}`, 'iu');
const SURNAME_PARTICLES = new RegExp(`(?<!\\p{L})${PARTICLE_WORDS}\\s+(?=\\p{L})`, 'giu');

function glue(name: string): string {
  return name
    .replace(/(\p{L})[-‐‑](\p{L})/gu, '$1$2')
    .replace(/(?<!\p{L})(abd|abdul|abdel|abdal|abu|abou|aboul|abul|abol|абд|абдул|абдель|абдаль|абу)\s+/giu, '$1')
    .replace(/(عبد|ابو|أبو)\s+/gu, '$1')
    .replace(/\s+((?:ال)?(?:له|دين|دین))(?!\p{L})/gu, '$1')
    .replace(/\s+(allah|ullah|ollah|alla|ulla|eddin|uddin|addin|aldin|eldin|eddine|аллах|улла|алла)(?!\p{L})/giu, '$1')
    .replace(/\s+(ud|ad|al|ed|el|ul|уд|ад|ал)\s+(din|dine|deen|дин)(?!\p{L})/giu, '$1$2');
}

/** Sound similarity of two person-like names, 0-1; 0 when a part of the shorter name has no counterpart. */
export function soundScore(a: string, b: string): number {
  return soundScoreOf(new SoundSide(a), new SoundSide(b));
}

function soundScoreOf(a: SoundSide, b: SoundSide): number {
  let best = alignParts(a.parts, b.parts);
  // Hyphenated given names are one name in some scripts and two in others (`Jae-in` / `재인`, `Kassym-Jomart`).
  if (best < SAME_THRESHOLD && GLUED.test(`${a.text} ${b.text}`)) {
    best = Math.max(best, alignParts(a.gluedParts, b.gluedParts), alignParts(a.gluedParts, b.parts), alignParts(a.parts, b.gluedParts));
  }
  // A family name with a particle is one word in other scripts (`Le Pen` / `勒庞`, `de Villepin` / `德维尔潘`).
  if (best < SAME_THRESHOLD && (a.hasParticle || b.hasParticle)) {
    best = Math.max(best, alignParts(a.particleGluedParts, b.parts), alignParts(a.parts, b.particleGluedParts));
  }
  // Compound given names written as one word in one script and two in the other (`Ali Akbar` / `علی‌اکبر`).
  if (best < SAME_THRESHOLD) best = Math.max(best, joinedNeighbours(a, b), joinedNeighbours(b, a));
  return best;
}

/** The best alignment when two neighbouring words of `many` are read as one, against `few` with fewer words. */
function joinedNeighbours(many: SoundSide, few: SoundSide): number {
  const fewParts = few.parts;
  // A lone name against a joined pair would dodge the cost of matching one name against many.
  if (many.words.length < 2 || many.words.length > 5 || fewParts.length < 2 || fewParts.length >= many.parts.length) return 0;
  let best = 0;
  for (const parts of many.joinedPairs) best = Math.max(best, alignParts(parts, fewParts));
  return best;
}


export function partSimilarity(a: NamePart, b: NamePart): number {
  // One Chinese character or Hangul syllable is a syllable of the name, not an initial (`约翰·基` John Key).
  if (a.initial || b.initial) {
    const ia = a.key[0] ?? a.latin[0];
    const ib = b.key[0] ?? b.latin[0];
    if (ia === ib || a.latin[0] === b.latin[0]) return 0.9;
    // A Chinese syllable has other readings (`基` ji or ki for Key, `习` xi); only a one-syllable word can be it.
    if (!(a.syllabic || b.syllabic) || (a.syllabic ? b : a).latin.length > 4) return 0;
    const heads = (p: NamePart) => new Set([p.key[0], ...p.altKeys.map((k) => k[0])]);
    const headsB = heads(b);
    return [...heads(a)].some((h) => h !== undefined && headsB.has(h)) ? 0.9 : 0;
  }
  if (a.fine === b.fine) return 1;
  let best = readingSimilarity(a, a.key, a.fine, b, b.key, b.fine);
  if (a.altKeys.length === 0 && b.altKeys.length === 0) {
    return best >= PART_THRESHOLD ? best : Math.max(best, openSyllables(a, [[b.key, b.fine]], b), openSyllables(b, [[a.key, a.fine]], a));
  }
  const readingsA: Array<[string, string]> = [[a.key, a.fine], ...a.altKeys.map((k, i): [string, string] => [k, a.altFine[i] ?? a.fine])];
  const readingsB: Array<[string, string]> = [[b.key, b.fine], ...b.altKeys.map((k, i): [string, string] => [k, b.altFine[i] ?? b.fine])];
  for (const [ka, fa] of readingsA) for (const [kb, fb] of readingsB) best = Math.max(best, fa === fb ? 1 : readingSimilarity(a, ka, fa, b, kb, fb));
  if (best < PART_THRESHOLD) best = Math.max(best, openSyllables(a, readingsB, b), openSyllables(b, readingsA, a));
  return best;
}

/** A Latin word whose closing consonants a rendering in Chinese characters left out (`Abdul` / `阿都`, `Zahid` / `扎希`). */
function openSyllables(latin: NamePart, hanReadings: Array<[string, string]>, han: NamePart): number {
  if (!latin.openKey || !han.syllabic || !/^[\u3400-\u9fff]/.test(han.text)) return 0;
  const key = syllabicKey(latin.openKey, '');
  let best = 0;
  for (const [k, f] of hanReadings) {
    // One consonant says little: the vowels must agree too (`Abdul` / `阿都` adu, adou).
    if (syllabicKey(k, '') === key && (key.length >= 2 || editSimilarity(latin.openFine, f) >= 0.65)) best = OPEN_SYLLABLES_SCORE;
  }
  return best;
}

function readingSimilarity(a: NamePart, keyA: string, fineA: string, b: NamePart, keyB: string, fineB: string): number {
  const latinHasR = a.syllabic !== b.syllabic && (a.syllabic ? keyB : keyA).includes('r');
  if (a.syllabic || b.syllabic) {
    const text = a.text + b.text;
    keyA = syllabicKey(keyA, text);
    keyB = syllabicKey(keyB, text);
  }
  const keySim = editSimilarity(keyA, keyB);
  if (a.syllabic !== b.syllabic || silentFinal(a, keyA, b, keyB) || silentFinal(b, keyB, a, keyA)) {
    // Chinese and Korean renderings drop final consonants and split clusters: one key inside the other counts.
    const [short, long] = keyA.length <= keyB.length ? [keyA, keyB] : [keyB, keyA];
    // A rendering drops one consonant of a cluster or the end; two or more left out of a Latin name is another name.
    const syllabicShort = (short === keyA ? a : b).syllabic;
    // Chinese renderings leave out an r after a vowel as English does (`亚历山大` Alexander, `贝尔纳` Bernard): one such costs nothing.
    const liquids = (key: string) => key.match(/[rl]/g)?.length ?? 0;
    const rFree = latinHasR && syllabicShort && liquids(long) > liquids(short) ? 1 : 0;
    const dropped = long.length - short.length;
    // Renderings keep a name's first consonant: one that drops it (`Dae-jung` / `여정`) is another name.
    if (short.length >= 2 && (short[0] === long[0] || a.latin[0] === b.latin[0] || hanGlide(a) || hanGlide(b)) && isSubsequence(short, long) && !(syllabicShort && dropped - rFree >= 2 && a.syllabic !== b.syllabic)) {
      return Math.max(0.85 - 0.07 * (dropped - rFree - 1), keySim * 0.9);
    }
  }
  if (a.vowelless || b.vowelless || a.syllabic || b.syllabic) {
    // A short key shared exactly says little; a long one a lot.
    return keyA === keyB ? (keyA.length >= 3 ? 0.95 : 0.85) : keySim * 0.9;
  }
  const fineSim = editSimilarity(fineA, fineB);
  if (keyA === keyB) {
    // Across scripts vowels are spelled by other conventions (`Trudeau` / `Трюдо`, `Scholz` / `Σολτς`): three or
    // more consonants in the same order say more than the vowels between them.
    const crossScript = a.script !== b.script && keyA.length >= 3;
    return Math.max(fineSim, (fineSim + 1) / 2, crossScript ? CROSS_SCRIPT_SKELETON : 0);
  }
  // Two Latin spellings of one name differ in vowels and glides; a consonant more or less (`Azan` / `Azman`) is another name.
  // Near classes (zh/z as in `Jomart` / `Zomart`, b/v) still count as one consonant.
  if (a.script === 'latin' && b.script === 'latin' && looseKey(keyA) !== looseKey(keyB)) return Math.min(0.7, (fineSim + keySim) / 2);
  return (fineSim + keySim) / 2;
}

// Hangul has no f, v or z (`라브로프` Lavrov, `젤렌스키` Zelensky); Japanese writes v as b (`ラブロフ` raburofu).
const HANGUL = /[\uac00-\ud7af]/;
const KANA = /[\u3040-\u30ff]/;

function syllabicKey(key: string, text: string): string {
  key = key.replace(/r/g, 'l').replace(/m/g, 'n');
  if (HANGUL.test(text)) return key.replace(/f/g, 'b').replace(/j/g, 's');
  return KANA.test(text) ? key.replace(/f/g, 'b') : key;
}

/** A Latin name whose silent final letters another script left out (`Grouard` / `Груар`, `Teissier` / `Τεσσιέ`). */
function silentFinal(latin: NamePart, latinKey: string, other: NamePart, otherKey: string): boolean {
  return latin.script === 'latin' && other.script !== 'latin' && latinKey.length === otherKey.length + 1 && latinKey.startsWith(otherKey) && /(?:[dtsxz]|er|ier|ng)$/.test(latin.latin);
}

// Chinese characters write a vowel that starts a foreign name with a y or w syllable (`亚` for A-, `伊` for I-).
function hanGlide(part: NamePart): boolean {
  return part.syllabic && /^[\u3400-\u9fff]/.test(part.text) && /^[yw]/.test(pinyinOf(part.text[0]!));
}

function looseKey(key: string): string {
  return key.replace(/j/g, 's').replace(/b/g, 'f');
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

/** Like soundScore, but without the per-part floor: how alike two names sound even when one part differs a lot. */
export function softSoundScore(a: string, b: string): number {
  return alignParts(nameParts(a), nameParts(b), 0);
}

/** Greedy one-to-one alignment of name parts; dropped middle names and particles cost a little. */
export function alignParts(a: NamePart[], b: NamePart[], partThreshold = PART_THRESHOLD): number {
  const coreA = a.filter((p) => !p.optional);
  const coreB = b.filter((p) => !p.optional);
  const [short, long] = (coreA.length || a.length) <= (coreB.length || b.length) ? [coreA.length ? coreA : a, coreB.length ? coreB : b] : [coreB.length ? coreB : b, coreA.length ? coreA : a];
  if (short.length === 0 || long.length === 0) return 0;
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < short.length; i++) for (let j = 0; j < long.length; j++) pairs.push([partSimilarity(short[i]!, long[j]!), i, j]);
  pairs.sort((x, y) => y[0] - x[0]);
  const usedS = new Set<number>();
  const usedL = new Set<number>();
  let total = 0;
  for (const [sim, i, j] of pairs) {
    if (usedS.has(i) || usedL.has(j)) continue;
    if (sim < partThreshold) return 0;
    usedS.add(i);
    usedL.add(j);
    total += sim;
  }
  if (usedS.size < short.length) return 0;
  const allInitials = short.every((p) => p.initial);
  if (allInitials) return 0;
  const extra = long.length - short.length;
  // One name against three or more is weak evidence: many people share one of their names.
  const singleVsMany = short.length === 1 && long.length > 1 ? (long.length > 2 ? 0.85 : 0.9) : 1;
  return (total / short.length) * Math.pow(0.97, extra) * singleVsMany;
}

const REGION_ID = /^loc:[A-Z]{2}-[A-Z0-9]{1,3}$/;

/** Reads an ambiguous word in the sense the other name uses (`Νέα Δημοκρατία` / `New Democracy`). */
function reconciled(x: OrgWords, y: OrgWords): OrgWords {
  if (!x.alternatives) return x;
  const concepts = new Set(x.concepts);
  for (const [concept, other] of x.alternatives) {
    if (!y.concepts.has(concept) && y.concepts.has(other)) {
      concepts.delete(concept);
      concepts.add(other);
    }
  }
  return { concepts, rest: x.rest };
}

/** Place words (`Russia`, `Scottish`, `Liberia`) of an organisation name's proper words, by id, and the other words. */
function splitPlaces(rest: string[], lang: string): { places: Set<string>; proper: string[] } {
  const places = new Set<string>();
  const proper: string[] = [];
  for (const word of rest) {
    const place = placeOfWord(word, lang);
    // Regions with an ISO 3166-2 id (`Scottish`, `Welsh`) name parties apart from their country's.
    if (place) places.add(REGION_ID.test(place.id) ? place.id : (place.country ?? place.id));
    else proper.push(word);
  }
  return { places, proper };
}

function orgScore(x: OrgSide, y: OrgSide): NameMatch {
  const langA = x.lang;
  const langB = y.lang;
  const a = reconciled(x.words, y.words);
  const b = reconciled(y.words, x.words);
  const specificA = [...a.concepts].filter((c) => !GENERIC_CONCEPTS.has(c));
  const specificB = [...b.concepts].filter((c) => !GENERIC_CONCEPTS.has(c));
  const union = new Set([...specificA, ...specificB]);
  const shared = specificA.filter((c) => specificB.includes(c)).length;
  const specificSim = union.size === 0 ? 1 : shared / union.size;
  const genericA = [...a.concepts].filter((c) => GENERIC_CONCEPTS.has(c));
  const genericB = [...b.concepts].filter((c) => GENERIC_CONCEPTS.has(c));
  const genericOk = genericA.length === 0 || genericB.length === 0 || genericA.some((c) => genericB.includes(c));

  // A name may leave its country out. Reconciling changes concepts only, so each name's own split serves.
  const sideA = x.split();
  const sideB = y.split();
  // A country adjective the gazetteer lacks (`Turecka`, `Spaniol`) against a place the other name names.
  adjectivesOf(sideA, langA, sideB.places);
  adjectivesOf(sideB, langB, sideA.places);
  let placeFactor = 1;
  if (sideA.places.size > 0 && sideB.places.size > 0) placeFactor = [...sideA.places].some((p) => sideB.places.has(p)) ? 1 : 0.3;
  // One name says which country and the other does not: often a namesake party elsewhere.
  else if (sideA.places.size > 0 || sideB.places.size > 0) placeFactor = 0.78;

  let properSim: number;
  if (sideA.proper.length === 0 && sideB.proper.length === 0) properSim = 1;
  else if (sideA.proper.length === 0 || sideB.proper.length === 0) properSim = 0.5;
  else properSim = orgProperSimilarity(sideA.proper, sideB.proper);

  const score = (0.5 * specificSim + 0.2 * (genericOk ? 1 : 0.5) + 0.3 * properSim) * placeFactor;
  const same = specificSim >= 0.7 && properSim >= 0.7 && placeFactor > 0.5 && score >= SAME_THRESHOLD;
  // One name adds a qualifier to the other's (`Tamil Tigers Liberation Front` / `Tamil Tigers Front`):
  // a shared meaning word, the same proper name, and nothing in the shorter name the longer one lacks.
  const [fewer, more] = specificA.length <= specificB.length ? [specificA, specificB] : [specificB, specificA];
  if (!same && fewer.length > 0 && more.length === fewer.length + 1 && fewer.every((c) => more.includes(c)) && genericOk &&
    sideA.proper.length > 0 && sideB.proper.length > 0 && properSim >= 0.9 && placeFactor === 1) {
    return { same: true, score: Math.max(score, SAME_THRESHOLD) };
  }
  // A party known by its proper name alone (`Inkatha` / `Inkatha Freedom Party`): the bare name carries no meaning words.
  if (!same && (a.concepts.size === 0 || b.concepts.size === 0) && sideA.proper.length > 0 && sideB.proper.length > 0 && properSim >= 0.85 && placeFactor === 1) {
    return { same: true, score: Math.max(score, SAME_THRESHOLD) };
  }
  return { same, score };
}

/** Moves proper words that read as an adjective of one of the other name's countries into the places. */
function adjectivesOf(side: { places: Set<string>; proper: string[] }, lang: string, otherPlaces: Set<string>): void {
  if (side.places.size > 0 || otherPlaces.size === 0 || side.proper.length === 0) return;
  for (const word of [...side.proper]) {
    const folded = foldName(word);
    if (folded.length < 4) continue;
    for (const place of otherPlaces) {
      const code = /^[A-Z]{2}$/.test(place) ? place : undefined;
      if (!code) continue;
      const match = countryNamesIn(code, lang).some((name) => {
        const country = foldName(name);
        return country.slice(0, 3) === folded.slice(0, 3) && softSoundScore(country, folded) >= 0.7;
      });
      if (match) {
        side.places.add(code);
        side.proper.splice(side.proper.indexOf(word), 1);
        break;
      }
    }
  }
}

/** Proper-name words of two organisation names: every word of the shorter side must sound like one of the other; extra words cost. */
function orgProperSimilarity(a: string[], b: string[]): number {
  // Proper names of organisations in Chinese characters are foreign renderings, not family and given names.
  const pa = nameParts(a.join(' '), false);
  const pb = nameParts(b.join(' '), false);
  const aligned = alignParts(pa, pb) || latinVariants(pa, pb);
  if (aligned === 0) return 0;
  return aligned * Math.pow(0.85, Math.abs(pa.length - pb.length));
}

/**
 * Long proper words of organisations in two Latin transliterations (`Ryonbong` / `Yonbong`, `Amroggang` /
 * `Amnokkang`, `Rabita` / `Rabitat`): spelled alike as a whole even where a consonant differs, which for
 * people's names would mean another name. Words in the same order, each of six letters or more.
 */
function latinVariants(a: NamePart[], b: NamePart[]): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.script !== 'latin' || y.script !== 'latin' || x.fine.length < 6 || y.fine.length < 6) return 0;
    const sim = editSimilarity(x.fine, y.fine);
    if (sim < LATIN_VARIANT_THRESHOLD) return 0;
    total += sim;
  }
  return total / a.length;
}
