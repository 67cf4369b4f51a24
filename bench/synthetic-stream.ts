// A reproducible synthetic multilingual news stream for the scale benchmark: many stories, six
// languages in three scripts, people and places shared across stories, syndicated copies, with the
// generator's story of every article as ground truth.
import { createHash } from 'node:crypto';
import type { RawDocument } from '../src/core/model.js';

export type Lang = 'en' | 'fr' | 'de' | 'es' | 'ru' | 'ar';
const LANGS: Lang[] = ['en', 'fr', 'de', 'es', 'ru', 'ar'];

// Event vocabularies: the same concepts in each language, so stories carry across languages.
const EVENTS: Record<Lang, string[]>[] = [
  { en: ['flood', 'river', 'rain', 'evacuated', 'rescue'], fr: ['inondation', 'rivière', 'pluie', 'évacués', 'secours'], de: ['Hochwasser', 'Fluss', 'Regen', 'evakuiert', 'Rettung'], es: ['inundación', 'río', 'lluvia', 'evacuados', 'rescate'], ru: ['наводнение', 'река', 'дождь', 'эвакуированы', 'спасатели'], ar: ['فيضان', 'نهر', 'أمطار', 'إجلاء', 'إنقاذ'] },
  { en: ['election', 'vote', 'president', 'ballot', 'turnout'], fr: ['élection', 'vote', 'président', 'scrutin', 'participation'], de: ['Wahl', 'Stimme', 'Präsident', 'Stimmzettel', 'Wahlbeteiligung'], es: ['elección', 'voto', 'presidente', 'papeleta', 'participación'], ru: ['выборы', 'голосование', 'президент', 'бюллетень', 'явка'], ar: ['انتخابات', 'تصويت', 'رئيس', 'اقتراع', 'إقبال'] },
  { en: ['earthquake', 'magnitude', 'buildings', 'collapsed', 'injured'], fr: ['séisme', 'magnitude', 'bâtiments', 'effondrés', 'blessés'], de: ['Erdbeben', 'Stärke', 'Gebäude', 'eingestürzt', 'Verletzte'], es: ['terremoto', 'magnitud', 'edificios', 'derrumbados', 'heridos'], ru: ['землетрясение', 'магнитуда', 'здания', 'обрушились', 'пострадавшие'], ar: ['زلزال', 'قوة', 'مباني', 'انهارت', 'جرحى'] },
  { en: ['strike', 'workers', 'wages', 'union', 'factory'], fr: ['grève', 'ouvriers', 'salaires', 'syndicat', 'usine'], de: ['Streik', 'Arbeiter', 'Löhne', 'Gewerkschaft', 'Fabrik'], es: ['huelga', 'trabajadores', 'salarios', 'sindicato', 'fábrica'], ru: ['забастовка', 'рабочие', 'зарплаты', 'профсоюз', 'завод'], ar: ['إضراب', 'عمال', 'أجور', 'نقابة', 'مصنع'] },
  { en: ['summit', 'leaders', 'agreement', 'trade', 'talks'], fr: ['sommet', 'dirigeants', 'accord', 'commerce', 'négociations'], de: ['Gipfel', 'Staatschefs', 'Abkommen', 'Handel', 'Gespräche'], es: ['cumbre', 'líderes', 'acuerdo', 'comercio', 'conversaciones'], ru: ['саммит', 'лидеры', 'соглашение', 'торговля', 'переговоры'], ar: ['قمة', 'قادة', 'اتفاق', 'تجارة', 'محادثات'] },
  { en: ['fire', 'forest', 'firefighters', 'hectares', 'wind'], fr: ['incendie', 'forêt', 'pompiers', 'hectares', 'vent'], de: ['Brand', 'Wald', 'Feuerwehr', 'Hektar', 'Wind'], es: ['incendio', 'bosque', 'bomberos', 'hectáreas', 'viento'], ru: ['пожар', 'лес', 'пожарные', 'гектаров', 'ветер'], ar: ['حريق', 'غابة', 'إطفاء', 'هكتار', 'رياح'] },
  { en: ['match', 'goal', 'coach', 'championship', 'fans'], fr: ['match', 'but', 'entraîneur', 'championnat', 'supporters'], de: ['Spiel', 'Tor', 'Trainer', 'Meisterschaft', 'Fans'], es: ['partido', 'gol', 'entrenador', 'campeonato', 'aficionados'], ru: ['матч', 'гол', 'тренер', 'чемпионат', 'болельщики'], ar: ['مباراة', 'هدف', 'مدرب', 'بطولة', 'مشجعين'] },
  { en: ['protest', 'police', 'crowd', 'arrested', 'square'], fr: ['manifestation', 'police', 'foule', 'arrêtés', 'place'], de: ['Protest', 'Polizei', 'Menge', 'festgenommen', 'Platz'], es: ['protesta', 'policía', 'multitud', 'detenidos', 'plaza'], ru: ['протест', 'полиция', 'толпа', 'задержаны', 'площадь'], ar: ['احتجاج', 'شرطة', 'حشد', 'اعتقال', 'ساحة'] },
];

// Function words only: general news words are in the shared vocabulary below. (Content words here,
// repeated in 40% of every sentence, made any two articles of one language look alike.)
const FILLER: Record<Lang, string[]> = {
  en: ['the', 'of', 'and', 'in', 'on', 'a', 'to', 'after', 'that', 'with', 'for', 'from', 'by', 'was', 'were', 'has', 'have', 'it', 'this', 'at'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'dans', 'sur', 'un', 'une', 'à', 'après', 'que', 'avec', 'pour', 'par', 'a', 'ont', 'est', 'ce'],
  de: ['der', 'die', 'das', 'und', 'in', 'auf', 'ein', 'eine', 'zu', 'nach', 'dass', 'mit', 'für', 'von', 'bei', 'hat', 'haben', 'ist', 'es', 'dieser'],
  es: ['el', 'la', 'los', 'las', 'de', 'y', 'en', 'un', 'una', 'a', 'tras', 'que', 'con', 'para', 'por', 'del', 'ha', 'han', 'es', 'este'],
  ru: ['и', 'в', 'на', 'по', 'с', 'к', 'после', 'что', 'это', 'как', 'для', 'от', 'из', 'за', 'был', 'была', 'были', 'его', 'их', 'также'],
  ar: ['في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'أن', 'هذا', 'التي', 'الذي', 'كان', 'قد', 'وقد', 'ما', 'هذه', 'كما', 'أو', 'ثم', 'بين'],
};

// Syllables from every consonant, vowel and coda the Cyrillic and Arabic spellings below can write
// (390): with only a few syllables, every invented word shared most letter trigrams with every
// other, and unrelated synthetic articles looked more alike in trigrams than real reports of one
// event do (see BENCHMARKS.md, Scale).
const SYLLABLES = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z'].flatMap((onset) =>
  ['a', 'e', 'i', 'o', 'u'].flatMap((vowel) => ['', 'n', 'r', 'l', 's', 'k'].map((coda) => onset + vowel + coda)),
);
const CYRILLIC: Record<string, string> = { a: 'а', b: 'б', c: 'к', y: 'и', d: 'д', e: 'е', g: 'г', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', z: 'з' };
const ARABIC: Record<string, string> = { a: 'ا', b: 'ب', c: 'ك', y: 'ي', d: 'د', e: 'ي', g: 'غ', i: 'ي', k: 'ك', l: 'ل', m: 'م', n: 'ن', o: 'و', p: 'ب', r: 'ر', s: 'س', t: 'ت', u: 'و', v: 'ف', z: 'ز' };

class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: T[]): T {
    return items[this.int(items.length)];
  }
}

function nameFrom(random: Random, parts: number): string {
  let name = '';
  for (let i = 0; i < parts; i++) name += random.pick(SYLLABLES);
  return name[0].toUpperCase() + name.slice(1);
}

function spell(name: string, lang: Lang): string {
  // Letter by letter with its case: names keep their capitals, common words stay lower case.
  if (lang === 'ru') return [...name].map((c) => (c === c.toLowerCase() ? (CYRILLIC[c] ?? c) : (CYRILLIC[c.toLowerCase()] ?? c).toUpperCase())).join('');
  if (lang === 'ar') return [...name.toLowerCase()].map((c) => ARABIC[c] ?? c).join('');
  return name;
}

// Organisations are named in each language's own words ("Совет Талки", not "Талки Коункил"): an
// English kind word spelt in Cyrillic read as a surname shared by every Russian article naming a council.
const ORG_KINDS = ['Group', 'Council', 'Bank', 'Agency'] as const;
type OrgKind = (typeof ORG_KINDS)[number];
const ORG_WORDS: Record<OrgKind, Record<Lang, string>> = {
  Group: { en: 'Group', fr: 'Groupe', de: 'Gruppe', es: 'Grupo', ru: 'Группа', ar: 'مجموعة' },
  Council: { en: 'Council', fr: 'Conseil', de: 'Rat', es: 'Consejo', ru: 'Совет', ar: 'مجلس' },
  Bank: { en: 'Bank', fr: 'Banque', de: 'Bank', es: 'Banco', ru: 'Банк', ar: 'بنك' },
  Agency: { en: 'Agency', fr: 'Agence', de: 'Agentur', es: 'Agencia', ru: 'Агентство', ar: 'وكالة' },
};

/** An organisation's name as a report in the language writes it: the kind word translated, in that language's order. */
function spellOrganisation(org: string, lang: Lang): string {
  const [name, kind] = org.split(' ') as [string, OrgKind];
  const word = ORG_WORDS[kind][lang];
  if (lang === 'en') return org;
  if (lang === 'de') return `${name}-${word}`;
  return `${word} ${spell(name, lang)}`;
}

interface Story {
  event: number;
  place: string;
  people: string[];
  org: string;
  count: number;
  day: number;
  size: number;
  /** Names only this story's reports use (a bridge, a ship, an operation): the details that make an event. */
  details: string[];
  /** Content words this story's reports use. */
  words: string[];
}

/** The stream: stories start over a year; each has 3-12 articles over its first days, some syndicated copies. */
export interface Synthetic {
  doc: RawDocument;
  /** The story the generator wrote it for: ground truth. */
  story: number;
  /** What a perfect analyzer would find: entity ids and language-neutral concepts (one per occurrence). */
  entities: [string, string, 'person' | 'place' | 'organisation'][];
  concepts: string[];
}

export interface StreamShape {
  /** Days the whole stream spans (default a year, so larger streams are denser). */
  spanDays?: number;
  /** Ends the stream early while keeping the density of its full size (for profiling). */
  stopAfter?: number;
}

const MIN_STORY_SIZE = 3;
/** Stories have 3-12 articles: the stream starts one story every 7.5 articles, so it spans its days at the density asked for. */
const MEAN_STORY_SIZE = MIN_STORY_SIZE + 4.5;
const MIN_OPEN_STORIES = 60;
const MAX_OPEN_STORIES = 120;

export function* syntheticStream(total: number, seed: number, shape: StreamShape = {}): Generator<Synthetic> {
  const spanDays = shape.spanDays ?? 365;
  const stopAfter = shape.stopAfter ?? Infinity;
  const random = new Random(seed);
  const people = Array.from({ length: 3000 }, () => `${nameFrom(random, 2)} ${nameFrom(random, 3)}`);
  const places = Array.from({ length: 2000 }, () => nameFrom(random, 3));
  const orgs = Array.from({ length: 500 }, () => `${nameFrom(random, 2)} ${random.pick([...ORG_KINDS])}`);
  // Content words beyond the event vocabulary: news is lexically broad, and each story has its own words.
  const vocabulary = Array.from({ length: 4000 }, () => nameFrom(random, 2 + random.int(2)).toLowerCase());
  const start = Date.parse('2024-01-01T00:00:00Z');
  const pending: { story: Story; id: number; left: number; last?: { lang: Lang; title: string; body: string; entities: Synthetic['entities']; concepts: string[] } }[] = [];
  let storyCount = 0;
  for (let n = 0; n < Math.min(total, stopAfter); n++) {
    // Between 60 and 120 stories are open at a time. New stories came at 0.15 an article while one
    // finished every 7.5 articles, so the open pool grew without bound: by 100,000 articles, half of
    // all articles came a month after their story's day, and a large stream was not a longer run
    // of a small one (BENCHMARKS.md, Scale, session 5).
    if (pending.length < MIN_OPEN_STORIES || (random.next() < 0.15 && pending.length < MAX_OPEN_STORIES)) {
      const story: Story = {
        event: random.int(EVENTS.length),
        place: random.pick(places),
        people: [random.pick(people), random.pick(people)],
        org: random.pick(orgs),
        count: 100 + random.int(100_000),
        day: Math.floor((storyCount++ * spanDays * MEAN_STORY_SIZE) / Math.max(1, total)),
        size: MIN_STORY_SIZE + random.int(10),
        details: [nameFrom(random, 3), nameFrom(random, 3), nameFrom(random, 2)],
        words: Array.from({ length: 8 }, () => random.pick(vocabulary)),
      };
      pending.push({ story, id: storyCount - 1, left: story.size });
    }
    const slot = random.int(pending.length);
    const entry = pending[slot];
    const { story } = entry;
    let lang: Lang;
    let title: string;
    let body: string;
    let entities: Synthetic['entities'];
    let concepts: string[];
    if (entry.last && random.next() < 0.2) {
      // A syndicated copy: the same text with a changed last sentence.
      ({ lang, title, body, entities, concepts } = entry.last);
      body = `${body.replace(/[^.]*\.$/, '')} ${random.pick(FILLER[lang])} ${random.pick(FILLER[lang])} ${n}.`;
    } else {
      lang = random.pick(LANGS);
      const words = EVENTS[story.event][lang];
      const filler = FILLER[lang];
      const place = spell(story.place, lang);
      const who = story.people.map((person) => spell(person, lang));
      const org = spellOrganisation(story.org, lang);
      const contentWords: string[] = [];
      const sentence = (extra: string[]) => {
        const parts: string[] = [];
        for (let i = 0; i < 9; i++) {
          const roll = random.next();
          // Shares of a sentence's words: the event's own vocabulary 10% (a real report names its
          // event a few times, not every fifth word), this story's words 25%, general vocabulary 25%.
          if (roll < 0.1) parts.push(random.pick(words));
          else if (roll < 0.6) {
            const word = random.pick(roll < 0.35 ? story.words : vocabulary);
            contentWords.push(word);
            parts.push(spell(word, lang));
          } else parts.push(random.pick(filler));
        }
        parts.splice(2 + random.int(5), 0, ...extra);
        return `${parts.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
      };
      title = `${place}: ${words[0]} ${random.pick(words.slice(1))} ${who[0]}`;
      const backgroundPerson = random.pick(people);
      const background = spell(backgroundPerson, lang);
      const sentences = [
        sentence([place, words[0]]),
        sentence([who[0], String(story.count)]),
        sentence([org, words[1]]),
        sentence([who[1], place]),
        sentence([words[2], spell(story.details[0], lang), words[3]]),
        sentence([spell(story.details[1], lang), String(story.count)]),
        sentence([spell(story.details[2], lang)]),
        sentence([background]),
        sentence([words[4], spell(random.pick(places), lang)]),
        sentence([]),
      ];
      body = sentences.join(' ');
      const wordIndex = new Map(words.map((word, i) => [word, i]));
      // What a perfect pivot would give: every content word as a language-neutral concept, with repeats.
      concepts = [
        ...`${title} ${body}`.split(/[\s.:]+/).filter((word) => wordIndex.has(word)).map((word) => `en:${EVENTS[story.event].en[wordIndex.get(word)!]}`),
        ...contentWords.map((word) => `w:${word}`),
      ];
      entities = [
        [`loc:${story.place}`, story.place, 'place'],
        ...story.people.map((person): Synthetic['entities'][number] => [`per:${person}`, person, 'person']),
        [`org:${story.org}`, story.org, 'organisation'],
        ...story.details.map((detail): Synthetic['entities'][number] => [`loc:${detail}`, detail, 'place']),
        [`per:${backgroundPerson}`, backgroundPerson, 'person'],
      ];
      entry.last = { lang, title, body, entities, concepts };
    }
    const published = new Date(start + (story.day + random.int(3)) * 86_400_000 + random.int(86_400_000)).toISOString();
    const raw = `${title}\n${body}\n${n}`;
    const doc: RawDocument = {
      source: `synthetic:${seed}:${n}`,
      format: 'record',
      title,
      body,
      lang,
      published,
      site: `site${random.int(300)}.test`,
      id: `n${n}`,
      rawHash: createHash('sha256').update(raw).digest('hex'),
    };
    yield { doc, story: entry.id, entities, concepts };
    if (--entry.left <= 0) pending.splice(slot, 1);
  }
}
