import anyAscii from 'any-ascii';

// any-ascii is letter-by-letter; a few digraphs of Greek and letters of Hebrew and Persian read
// closer to how the names sound in Latin when rewritten first.
// Foreign names in Greek write b, d, g, j, h as μπ, ντ, γκ, τζ, χ.
const GREEK: Array<[RegExp, string]> = [
  [/ντ/g, 'd'], [/μπ/g, 'b'], [/γκ/g, 'g'], [/γγ/g, 'ng'], [/τζ/g, 'j'], [/τσ/g, 'ts'], [/χ/g, 'h'],
  [/ου/g, 'u'], [/αι/g, 'e'], [/ει/g, 'i'], [/οι/g, 'i'], [/αυ/g, 'av'], [/ευ/g, 'ev'],
];
// צ (ts) is one letter: written s, one consonant of the s class, so that it is never read as t then s.
const HEBREW: Record<string, string> = {
  "ז'": 'zh', "צ'": 'ch', "ץ'": 'ch', 'ב': 'b', 'ו': 'w', 'פ': 'p', 'ף': 'f', 'כ': 'k', 'ך': 'k', 'ק': 'k', 'ח': 'h', 'ש': 'sh', 'צ': 's', 'ץ': 's',
  'א': '', 'ע': '', 'ה': 'h', 'י': 'y', 'ג': 'g', "ג'": 'j', 'ז': 'z', 'ט': 't', 'ת': 't', 'ד': 'd', 'ל': 'l',
  'מ': 'm', 'ם': 'm', 'נ': 'n', 'ן': 'n', 'ס': 's', 'ר': 'r',
};

const LATIN_DIGRAPHS: Record<string, string> = { č: 'ch', ć: 'ch', ç: 's', š: 'sh', ş: 'sh', ș: 'sh', ž: 'zh', đ: 'dj', ț: 'ts', ћ: 'ch', ђ: 'dj' };

const cache = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case ASCII Latin reading of a name in any script. */
export function toLatin(text: string): string {
  // Plain ASCII only changes case: any-ascii leaves it alone and no rule below applies (cheaper than the cache).
  if (ASCII.test(text)) return text.toLowerCase();
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let s = text.normalize('NFC').toLowerCase();
  if (/[\u0370-\u03ff\u1f00-\u1fff]/.test(s)) {
    s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
    for (const [re, to] of GREEK) s = s.replace(re, to);
  }
  if (/[\u0590-\u05ff]/.test(s)) {
    s = s.replace(/[\u0591-\u05c7]/g, '').replace(/[גזצץ]['׳]|[\u05d0-\u05ea]/g, (ch) => HEBREW[ch.replace('׳', "'")] ?? ch);
  }
  if (/[\u0600-\u06ff]/.test(s)) {
    // Long a keeps consonants apart (`حبابي` is h-b-a-b-y, not h-bb-y); h-letters become a vowel, so that they
    // still part consonants but form no false digraph (`الزهراني` is z-h, not zh). Latin h is a glide for matching anyway.
    s = s.replace(/[اآأإٱى]/g, 'a').replace(/[هحةھہ]/g, 'e');
    // Ain is a consonant Latin spellings mostly write as a vowel (`معمر` Muammar, `سعيد` Saeed): it parts
    // consonants as a vowel does.
    s = s.replace(/ع/g, 'a');
  }
  // Letters any-ascii reads as a bare c, s, z or d (Latin and Serbian Cyrillic) stand for ch, sh, zh and dj in every language that writes them
  // (`Vučić` / `Вучич`, `Đukanović` / `Джуканович`); ç is s or ch, one class either way.
  if (/[čćçšşșžđțћђ]/.test(s)) s = s.replace(/[čćçšşșžđțћђ]/g, (ch) => LATIN_DIGRAPHS[ch] ?? ch);
  // CJK syllables come out capitalised and glued (`TuoKaYeFu`): keep syllable breaks as spaces-free lower case.
  const out = anyAscii(s).toLowerCase();
  if (cache.size > 12_500) cache.clear();
  cache.set(text, out);
  return out;
}

// Pinyin initials as the Latin letters foreign names written in Chinese characters stand for.
const PINYIN_INITIAL: Array<[RegExp, string]> = [[/^zh/, 'j'], [/^ch/, 'ch'], [/^sh/, 'sh'], [/^x/, 'sh'], [/^q/, 'ch'], [/^c/, 'ts'], [/^r/, 'l'], [/^w/, 'v'], [/^y/, 'j']];

// The same syllables read the other ways transliteration uses them: x for h (`休姆` Hume), j and q for
// k and g before i (`基` Key).
const PINYIN_ALTERNATES: Array<Array<[RegExp, string]>> = [
  [[/^x/, 'h']],
  [[/^j/, 'k'], [/^q/, 'k'], [/^x/, 's']],
];
// Only in foreign names (written with a middle dot, or four characters and more; Chinese given names have
// one or two): Russian soft t and d before i (`季莫申科` Timoshenko), a y glide that Latin leaves out
// (`尤利娅` Yulia, Iulia), q for tr and j (`派屈克` Patrick, `乔` Joe), r for the French j (`若斯潘` Jospin); retroflex and palatal initials for z and ts (`阿齐扎` Azizah),
// with w (but in 维 wei, the usual v) and y glides left out and x for h (`翁` Onn, `扎希` Zahid).
const FOREIGN_PINYIN_ALTERNATES: Array<Array<[RegExp, string]>> = [
  [[/^j(?=i$)/, 't'], [/^q(?=i$)/, 't'], [/^q/, 'tr'], [/^y/, '']],
  [[/^zh/, 'z'], [/^q/, 'ts'], [/^y/, ''], [/^w(?!ei)/, ''], [/^x/, 'h']],
  [[/^q/, 'j'], [/^r/, 'j']],
];

/** Other Latin readings of a name in Chinese characters (see PINYIN_ALTERNATES). */
export function pinyinAlternates(text: string, foreign = [...text].length >= 4): string[] {
  const syllables = anyAscii(text).split(/(?=[A-Z])/).map((s) => s.toLowerCase().replace(/[^a-z]/g, ''));
  // Foreign names in Chinese end syllables in -ng where the source has a plain n or nothing (`康寧` Cornyn, `麥康諾` McConnell).
  const nasal = pinyinLatin(text);
  const alternates = /ng/.test(nasal) ? [nasal.replace(/ng/g, 'n')] : [];
  const sets = foreign ? [...PINYIN_ALTERNATES, ...FOREIGN_PINYIN_ALTERNATES] : PINYIN_ALTERNATES;
  return [...alternates, ...sets.map((rules) =>
    syllables
      .map((s) => {
        for (const [re, to] of rules) if (re.test(s)) return s.replace(re, to);
        return pinyinLatin(s.toUpperCase().slice(0, 1) + s.slice(1));
      })
      .join(''),
  )];
}

/** Latin reading of a name in Chinese characters, syllable by syllable (`斯塔尼舍夫` -> `sitanishefu`). */
export function pinyinLatin(text: string): string {
  return anyAscii(text)
    .split(/(?=[A-Z])/)
    .map((syllable) => {
      let s = syllable.toLowerCase().replace(/[^a-z]/g, '');
      if (s === 'er') return 'r';
      for (const [re, to] of PINYIN_INITIAL) if (re.test(s)) {
        s = s.replace(re, to);
        break;
      }
      return s;
    })
    .join('');
}

/** Lower-case Mandarin pinyin of one Chinese character, without tones (`介` -> `jie`). */
export function pinyinOf(character: string): string {
  return anyAscii(character).toLowerCase().replace(/[^a-z]/g, '');
}
