// A light Polish stemmer, written for Storyweave: Snowball has none for Polish, and without one the
// inflected forms of news text (kraju, osób, prezydenta, powiedział) never meet the dictionary's
// lemmas (kraj, osoba, prezydent, powiedzieć) nor each other. It strips one inflectional ending,
// longest first, keeping a stem of at least three letters, then folds ó to o (osób / osoba). Stems are
// keys, not words: two forms of one lemma should share one, and different lemmas rarely do.

// Endings of nouns, adjectives and verbs, tried longest first (ties keep this order).
const ENDINGS = [
  // verbal nouns in -owanie meet their verb: informowanie, informowania, poinformował -> (po)inform
  'owaniami', 'owaniach', 'owaniem', 'owaniu', 'owania', 'owanie',
  // adjectives and participles
  'owanego', 'owanemu', 'owanych', 'owanymi', 'owanej', 'owanym', 'owana', 'owane', 'owany',
  'owego', 'owemu', 'owych', 'owymi', 'owej', 'owym', 'owa', 'owe', 'owy',
  'iego', 'iemu', 'ich', 'imi', 'iej', 'ego', 'emu', 'ych', 'ymi', 'ej', 'ym', 'im',
  // verbs: infinitive, past, present
  'owała', 'owało', 'owali', 'owały', 'ował', 'ować', 'ują', 'uje', 'ujemy', 'ujecie', 'ujesz',
  'iała', 'iało', 'ieli', 'iały', 'iał', 'ieć', 'ała', 'ało', 'ali', 'ały', 'ał', 'ać', 'eć', 'ić', 'yć',
  'iła', 'iło', 'ili', 'iły', 'ił', 'yła', 'yło', 'yli', 'yły', 'ył', 'ła', 'ło', 'li', 'ły', 'ł',
  'emy', 'ecie', 'esz', 'imy', 'icie', 'isz',
  // nouns
  'ami', 'ach', 'owi', 'ów', 'om', 'em', 'ie', 'iu', 'ia', 'ii', 'ią', 'ię',
  'a', 'ą', 'e', 'ę', 'i', 'o', 'u', 'y',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

export function stemPolish(word: string): string {
  let stem = word;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      stem = word.slice(0, -ending.length);
      break;
    }
  }
  return stem.replace(/ó/g, 'o');
}
