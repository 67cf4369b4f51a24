// Initial consonants of Hangul syllables (in Unicode order) and the Latin initials that Revised, McCune-Reischauer
// and North Korean romanisations write for them: ㄱ is g or k, ㅈ j or ch, ㄹ r or l (or n, or nothing, as a
// family name or at a word's start), ㅇ nothing (or a glide).
const INITIALS: string[][] = [
  ['g', 'k'], ['kk', 'gg', 'k'], ['n', 'r', 'l', 'y', ''], ['d', 't'], ['tt', 'dd', 't'], ['r', 'l', 'n', 'y', ''], ['m'], ['b', 'p'], ['pp', 'bb', 'p'],
  ['s', 'sh'], ['ss', 's'], ['', 'y', 'w'], ['j', 'ch', 'tch', 'tz', 'z'], ['jj', 'tch', 'ch', 'j'], ['ch', 'ts', 'j'], ['k', 'kh'], ['t', 'th'], ['p', 'ph'], ['h'],
];

// Medial vowels (in Unicode order) and the letters a romanisation may start them with (`ŏ` written o or u, `eu` u).
const MEDIALS: string[] = ['a', 'ae', 'yai', 'yae', 'oue', 'e', 'youei', 'ye', 'ou', 'woau', 'woau', 'owe', 'yo', 'uo', 'wou', 'wue', 'wui', 'yu', 'ueo', 'uie', 'iey'];
// Family names with a silent or liquid initial are spelled with l, r, n, y or nothing (`이` Lee, Yi, Rhee; `노` Roh).
const LIQUID_OR_SILENT = new Set([2, 5, 11]);

const LATIN_INITIAL = /^(tch|tts|kk|gg|tt|dd|pp|bb|ss|jj|ch|sh|ts|tz|kh|th|ph|[bcdfghjklmnpqrstvwxyz])?/;

/** Whether a romanised syllable (`jae`, `chong`) can write a Hangul syllable (`재`, `정`): its initial consonant and the start of its vowel. */
function syllableAgrees(latin: string, hangul: string, family: boolean): boolean {
  const code = hangul.charCodeAt(0) - 0xac00;
  if (code < 0 || code >= 11172) return false;
  const index = Math.floor(code / 588);
  const medial = Math.floor((code % 588) / 28);
  const initial = LATIN_INITIAL.exec(latin)?.[0] ?? '';
  const initialOk = INITIALS[index]!.includes(initial) || (family && LIQUID_OR_SILENT.has(index) && /^[lrnyw]?$/.test(initial));
  // A glide written as the initial (`yo`, `wan`) starts the vowel.
  const vowel = (/^[yw]$/.test(initial) ? latin : latin.slice(initial.length)).replace(/^h/, '');
  return initialOk && vowel.length > 0 && MEDIALS[medial]!.includes(vowel[0]!);
}

/**
 * Whether romanised syllables (`Jae`, `in`) spell a Korean name written in Hangul (`재인`): one syllable each, each
 * starting as a romanisation starts the Hangul one. Vowels are left out: romanisations spell them too differently.
 */
export function koreanSyllablesAgree(latin: string[], hangul: string, family = false): boolean {
  const syllables = [...hangul];
  return syllables.length === latin.length && syllables.every((s, i) => syllableAgrees(latin[i]!.toLowerCase(), s, family));
}
