import { stemmerFor } from '../text/stemmers.js';
import type { EnglishFrequency } from './english-frequency.js';
import { englishConceptStem } from './english-spelling.js';

// Spanish, Italian, Portuguese and French share much of their learned vocabulary with English, under
// regular spelling changes (situación, situazione, situação -> situation; sociedad -> society). The
// FreeDict dictionaries of these languages are small (spa-eng 4,508 headwords, ita-eng 3,435), so a word
// they lack is tried as a cognate: its English spellings by these rules, kept only when English news
// uses the word (the news-frequency table), which rules out most invented spellings.

type Rule = [RegExp, string];

const SPANISH: Rule[] = [
  [/cionales$/, 'tionals'], [/cional$/, 'tional'], [/ciones$/, 'tions'], [/ción$/, 'tion'], [/siones$/, 'sions'], [/sión$/, 'sion'], [/dades$/, 'ties'], [/dad$/, 'ty'],
  [/mente$/, 'ly'], [/ías?$/, 'y'], [/ic[oa]s?$/, 'ic'], [/istas?$/, 'ist'], [/ismos?$/, 'ism'], [/encias?$/, 'ence'],
  [/ancias?$/, 'ance'], [/iv[oa]s?$/, 'ive'], [/os[oa]s?$/, 'ous'], [/ari[oa]s?$/, 'ary'], [/entes?$/, 'ent'], [/antes?$/, 'ant'],
  [/ales$/, 'al'], [/ables?$/, 'able'], [/ibles?$/, 'ible'], [/cias?$/, 'ce'], [/ulos?$/, 'le'], [/ares$/, 'ary'], [/ar$/, 'ary'],
];
const PORTUGUESE: Rule[] = [
  [/cionais$/, 'tionals'], [/cional$/, 'tional'], [/ções$/, 'tions'], [/ção$/, 'tion'], [/sões$/, 'sions'], [/são$/, 'sion'], [/dades$/, 'ties'], [/dade$/, 'ty'],
  [/mente$/, 'ly'], [/ias?$/, 'y'], [/ic[oa]s?$/, 'ic'], [/istas?$/, 'ist'], [/ismos?$/, 'ism'], [/ências?$/, 'ence'],
  [/âncias?$/, 'ance'], [/iv[oa]s?$/, 'ive'], [/os[oa]s?$/, 'ous'], [/ári[oa]s?$/, 'ary'], [/entes?$/, 'ent'], [/antes?$/, 'ant'],
  [/ais$/, 'al'], [/áveis$/, 'able'], [/ável$/, 'able'], [/cias?$/, 'ce'], [/ulos?$/, 'le'], [/ares$/, 'ary'], [/ar$/, 'ary'],
];
const ITALIAN: Rule[] = [
  [/zionali$/, 'tionals'], [/zionale$/, 'tional'], [/ezioni$/, 'ections'], [/ezione$/, 'ection'], [/zioni$/, 'tions'], [/zione$/, 'tion'], [/sioni$/, 'sions'], [/sione$/, 'sion'], [/tà$/, 'ty'],
  [/mente$/, 'ly'], [/i[ae]$/, 'y'], [/ic[oaie]$|iche$|ici$/, 'ic'], [/ist[aie]$/, 'ist'], [/ism[oi]$/, 'ism'], [/enz[ae]$/, 'ence'],
  [/anz[ae]$/, 'ance'], [/iv[oaie]$/, 'ive'], [/os[oaie]$/, 'ous'], [/ari[oa]$|ari$/, 'ary'], [/ent[ei]$/, 'ent'], [/ant[ei]$/, 'ant'],
  [/ali$/, 'al'], [/abil[ei]$/, 'able'], [/ibil[ei]$/, 'ible'], [/ci[ae]$/, 'ce'], [/ol[oi]$/, 'le'], [/ari$/, 'ary'],
];
const FRENCH: Rule[] = [
  [/ités?$/, 'ity'], [/iques?$/, 'ic'], [/istes?$/, 'ist'], [/ismes?$/, 'ism'], [/eux$|euses?$/, 'ous'], [/aires?$/, 'ary'],
  [/ives?$|ifs$|if$/, 'ive'], [/aux$/, 'al'], [/elles?$|els?$/, 'al'], [/ées?$/, 'ed'], [/ie$/, 'y'],
];

const RULES: Record<string, Rule[]> = { es: SPANISH, ca: SPANISH, gl: SPANISH, pt: PORTUGUESE, it: ITALIAN, fr: FRENCH };

/** How many English news articles of the frequency table must use a stem for a cognate to stand for it. */
const MIN_DOCUMENTS = 3;
const MIN_LENGTH = 5;
const englishStem = stemmerFor('en');

export function hasCognateRules(lang: string): boolean {
  return Object.hasOwn(RULES, lang);
}

function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** English spellings a word may have as a cognate, most specific first. */
function englishSpellings(word: string, rules: Rule[]): string[] {
  const spellings: string[] = [];
  for (const [pattern, replacement] of rules) {
    if (pattern.test(word)) spellings.push(stripAccents(word.replace(pattern, replacement)));
  }
  const plain = stripAccents(word);
  spellings.push(plain);
  const singular = plain.replace(/(?<=[aeiou])s$|es$/, '');
  // presidente -> president, forma -> form, provincia -> province
  const stem = singular.replace(/[aeoi]$/, '');
  if (stem !== singular) spellings.push(stem, `${stem}e`);
  else if (singular !== plain) spellings.push(singular);
  return spellings;
}

/**
 * The English concept stem a word of a Romance language stands for as a cognate (`situación` -> `situat`),
 * or undefined when no English spelling of it is common in English news.
 */
export function romanceCognate(lang: string, norm: string, frequency: EnglishFrequency): string | undefined {
  const rules = RULES[lang];
  if (!rules || norm.length < MIN_LENGTH || !/^\p{Script=Latin}+$/u.test(norm)) return undefined;
  for (const spelling of englishSpellings(norm, rules)) {
    if (!/^[a-z]+$/.test(spelling)) continue;
    const stem = englishConceptStem(spelling, englishStem(spelling));
    if (frequency.df(stem) >= MIN_DOCUMENTS) return stem;
  }
  return undefined;
}
