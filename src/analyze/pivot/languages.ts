import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ownValue } from '../../core/own-value.js';

// ISO 639-1 -> the 639-3 code FreeDict names its files with.
const FREEDICT_CODES: Record<string, string> = {
  ar: 'ara', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pl: 'pol', nl: 'nld', pt: 'por', cs: 'ces',
  hu: 'hun', sv: 'swe', tr: 'tur', ru: 'rus', fi: 'fin', da: 'dan', el: 'ell', ja: 'jpn', ga: 'gle',
  hr: 'hrv', sr: 'srp', bg: 'bul', ro: 'ron', sk: 'slk', sl: 'slv', lt: 'lit', lv: 'lav', uk: 'ukr',
  hi: 'hin', id: 'ind', ko: 'kor', fa: 'fas', he: 'heb', ca: 'cat', eo: 'epo', af: 'afr', is: 'isl',
  no: 'nor', nb: 'nob', la: 'lat', ku: 'kur', sw: 'swh', th: 'tha', zh: 'zho', vi: 'vie',
};

export interface DictionaryFiles {
  /** CC-CEDICT as shipped by the `cc-cedict` package (Chinese, simplified and traditional headwords). */
  cedict?: string;
  /** xxx-eng: headwords in the language, translations in English. */
  forward?: { index: string; dict: string };
  /** eng-xxx: inverted to get xxx -> English. */
  reverse?: { index: string; dict: string };
  /**
   * yyy-xxx for other languages yyy that have English dictionaries of their own: a word's English glosses
   * reached through several of them (`bridgedConcepts`). Only for languages without an xxx-eng dictionary.
   */
  bridges?: Bridge[];
}

export interface Bridge {
  /** The pivot language (`de` for deu-rus). */
  via: string;
  index: string;
  dict: string;
  /** The pivot's own English dictionaries, whose glosses the bridge carries over. */
  pivotDicts: string[];
}

function pair(dir: string, name: string): { index: string; dict: string } | undefined {
  const index = join(dir, `freedict-${name}.index`);
  if (!existsSync(index)) return undefined;
  for (const ext of ['.dict.dz', '.dict']) {
    const dict = join(dir, `freedict-${name}${ext}`);
    if (existsSync(dict)) return { index, dict };
  }
  return undefined;
}

/** The data file of the optional `cc-cedict` package, when it is installed. */
export function cedictPath(): string | undefined {
  try {
    const path = fileURLToPath(new URL('../data/all.js', import.meta.resolve('cc-cedict')));
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The dictionary files present for a language, if any (FreeDict; CC-CEDICT for Chinese). */
export function dictionaryFiles(lang: string, dictdDir: string): DictionaryFiles | undefined {
  if (lang === 'zh') {
    const cedict = cedictPath();
    return cedict ? { cedict } : undefined;
  }
  const code = ownValue(FREEDICT_CODES, lang);
  if (!code) return undefined;
  const forward = pair(dictdDir, `${code}-eng`);
  const reverse = pair(dictdDir, `eng-${code}`);
  const bridges = forward ? [] : bridgeFiles(lang, code, dictdDir);
  if (!forward && !reverse && bridges.length < MIN_BRIDGES) return undefined;
  return { forward, reverse, ...(bridges.length >= MIN_BRIDGES ? { bridges } : {}) };
}

/** A gloss reached through fewer languages than this is not trusted (each pivot adds its own senses). */
export const MIN_BRIDGES = 2;

function bridgeFiles(lang: string, code: string, dictdDir: string): Bridge[] {
  const out: Bridge[] = [];
  for (const [via, viaCode] of Object.entries(FREEDICT_CODES)) {
    if (via === lang) continue;
    const files = pair(dictdDir, `${viaCode}-${code}`);
    // The pivot language needs an xxx-eng dictionary of its own (so its glosses never come through bridges).
    const forward = pair(dictdDir, `${viaCode}-eng`);
    if (!files || !forward) continue;
    const reverse = pair(dictdDir, `eng-${viaCode}`);
    out.push({ via, ...files, pivotDicts: reverse ? [forward.dict, reverse.dict] : [forward.dict] });
  }
  return out;
}
