import { createRequire } from 'node:module';
import { foldName } from '../gazetteer/fold.js';

// Vietnamese titles as written: folded, they are also given names and common words (`Thu` autumn, `ba` three).
export const VIETNAMESE_TITLES = new Set(['ông', 'bà', 'tổng', 'thống', 'thủ', 'tướng', 'chủ', 'tịch']);

// Words that announce a person's name, in many languages (folded, lower case), written for this project.
export const PERSON_TITLES = new Set([
  'president', 'presidente', 'prasident', 'praesident', 'prezydent', 'prezident', 'президент', 'президента', 'президентом', 'رئيس', 'الرئيس', 'للرئيس', 'والرئيس',
  'prime', 'minister', 'ministre', 'ministro', 'minister', 'министр', 'премьер', 'вице', 'وزير', 'الوزير', 'chancellor', 'chancelier', 'kanzler', 'kanzlerin',
  'канцлер', 'king', 'queen', 'roi', 'reine', 'rey', 'reina', 'konig', 'король', 'الملك', 'prince', 'principe', 'prinz', 'принц', 'الأمير', 'الامير',
  'mr', 'mrs', 'ms', 'dr', 'm', 'mme', 'mlle', 'herr', 'frau', 'senor', 'senora', 'sr', 'sra', 'signor', 'господин', 'госпожа', 'السيد', 'السيدة',
  'senator', 'senateur', 'senador', 'сенатор', 'spokesman', 'spokeswoman', 'spokesperson', 'porte', 'parole', 'portavoz', 'sprecher', 'пресс', 'секретарь',
  'المتحدث', 'secretary', 'secretaire', 'secretario', 'general', 'gen', 'leader', 'chef', 'dirigeant', 'lider', 'лидер', 'глава', 'الزعيم', 'زعيم',
  'governor', 'gouverneur', 'gobernador', 'губернатор', 'mayor', 'maire', 'alcalde', 'мэр', 'ambassador', 'ambassadeur', 'embajador', 'посол', 'سفير', 'السفير',
  'ong', 'ba', 'tong', 'thong', 'thu', 'tuong', 'chu', 'tich', 'pope', 'pape', 'papa', 'sheikh', 'الشيخ', 'emir', 'امير', 'نائب', 'المستشار', 'مستشار',
  'judge', 'juge', 'juez', 'судья', 'colonel', 'colonel', 'полковник', 'deputy', 'depute', 'diputado', 'депутат', 'director', 'directeur', 'директор', 'مدير',
  'ceo', 'founder', 'fondateur', 'основатель', 'rais', 'قال', 'وقال', 'أكد', 'واكد', 'وأكد', 'اكد', 'اعلن', 'وأعلن', 'أعلن', 'حث', 'وحث',
  'cumhurbaskani', 'baskan', 'baskani', 'bakan', 'bakani', 'basbakan', 'basbakani', 'sozcusu', 'sindaco', 'portavoce', 'segretario',
  'председатель', 'председателя', 'руководитель', 'руководителя', 'министра', 'губернатора', 'мэра', 'тренер',
]);

// Verbs of saying that follow a person's name (folded).
export const PERSON_AFTER = new Set([
  'said', 'says', 'told', 'added', 'stated', 'noted', 'explained', 'stressed', 'wrote', 'announced', 'declared', 'insisted', 'warned', 'urged',
  'dit', 'declare', 'ajoute', 'souligne', 'estime', 'affirme', 'dijo', 'afirmo', 'declaro', 'sagte', 'erklarte', 'betonte', 'заявил', 'заявила',
  'сказал', 'сказала', 'отметил', 'отметила', 'подчеркнул', 'noi', 'cho', 'khang', 'dinh', 'disse', 'ha', 'detto', 'dichiarato',
  'dedi', 'soyledi', 'acikladi', 'vurguladi', 'belirtti',
]);

// Arabic titles after which a name follows; then words that may sit between title and name.
export const ARABIC_TITLES = new Set(['قال', 'وقال', 'أكد', 'وأكد', 'اكد', 'واكد', 'أعلن', 'وأعلن', 'اعلن', 'حث', 'وحث', 'أضاف', 'وأضاف', 'صرح', 'وصرح', 'رئيس', 'الرئيس', 'للرئيس', 'والرئيس', 'بالرئيس', 'وزير', 'الوزير', 'ووزير', 'السيد', 'والسيد', 'الزعيم', 'زعيم', 'الملك', 'الأمير', 'الامير', 'الشيخ', 'المستشار', 'نظيره', 'نظيرة', 'المتحدث', 'السفير', 'سفير', 'نائب',
  'قالت', 'وقالت', 'أكدت', 'وأكدت', 'أعلنت', 'وأعلنت', 'أوضح', 'وأوضح', 'أشار', 'وأشار', 'اللاعب', 'المدرب', 'الفنان', 'الفنانة', 'النجم', 'النجمة',
  'الدكتور', 'الدكتورة', 'اللواء', 'العميد', 'الكابتن', 'المطرب', 'المطربة', 'الممثل', 'الممثلة', 'المخرج', 'الإعلامي', 'الإعلامية', 'النائب',
  'المحافظ', 'السيدة', 'الوزيرة', 'رئيسة', 'المهندس']);
export const ARABIC_TITLE_FILLERS = new Set(['وزراء', 'الوزراء', 'الخارجية', 'الدفاع', 'الداخلية', 'جمهورية', 'الجمهورية', 'باسم', 'باسم', 'الحكومة', 'حكومة', 'الدولة', 'دولة', 'الكازاخي', 'الكازاخستاني', 'الروسي', 'الأمريكي', 'الاميركي', 'الأميركي', 'الصيني', 'الأوكراني', 'الفرنسي', 'التركي', 'الإيراني', 'السابق', 'الحالي', 'المنتخب', 'العام', 'مجلس', 'الأمن', 'الامن', 'الكازاخستانية', 'الروسية', 'الأوزبكي', 'القيرغيزي', 'الطاجيكي', 'التركماني', 'فلاديمير', 'كازاخستان', 'روسيا']);

// Common Arabic given names: followed by one more name word (`محمد صلاح`, `حمادة صدقي`), they make a
// person without a title before them. Names that are also common words (نور light, أمل hope, سعيد
// happy, عادل just, جمال beauty, دنيا world, أمين secretary, تركي Turkish) are left out. `عبد` takes the
// word after it (`عبد الفتاح`).
export const ARABIC_GIVEN_NAMES = new Set([
  'محمد', 'محمود', 'أحمد', 'علي', 'حسن', 'حسين', 'مصطفى', 'عمر', 'عمرو', 'خالد', 'إبراهيم', 'يوسف', 'سعد', 'سامي', 'سمير', 'طارق', 'عماد',
  'أيمن', 'أسامة', 'أشرف', 'وليد', 'هشام', 'هاني', 'حازم', 'حمادة', 'حماده', 'شريف', 'كريم', 'ماجد', 'مجدي', 'ناصر', 'نبيل', 'وائل', 'ياسر',
  'يحيى', 'زكريا', 'فهد', 'فيصل', 'سلمان', 'سلطان', 'عبدالله', 'عبدالرحمن', 'عبدالعزيز', 'عبدالفتاح', 'كمال', 'رامي', 'رامز', 'فرج', 'فؤاد',
  'فتحي', 'حمدي', 'راشد', 'منصور', 'مروان', 'باسم', 'بشار', 'نزار', 'نادر', 'رياض', 'زياد', 'جورج', 'ميشال', 'ميشيل', 'إلياس', 'أنور', 'تامر',
  'شادي', 'عصام', 'عاطف', 'ممدوح', 'مدحت', 'نجيب', 'هيثم', 'حاتم', 'حامد', 'خليل', 'جعفر', 'مهدي', 'موسى', 'عيسى', 'سليمان', 'داود',
  'إسماعيل', 'يونس', 'إياد', 'أنس', 'معاذ', 'بلال', 'توفيق', 'رشيد', 'قاسم', 'غسان', 'عثمان', 'طلال', 'نواف', 'بندر', 'محسن', 'منير', 'عمار',
  'ياسين', 'أكرم', 'صبري', 'رضا', 'رفعت', 'عزت', 'شوقي', 'لطفي', 'مختار', 'نصر', 'جلال', 'بهاء', 'علاء', 'ضياء', 'حسام', 'عصمت', 'شعبان',
  'فاطمة', 'عائشة', 'مريم', 'زينب', 'سارة', 'هدى', 'منى', 'ياسمين', 'ليلى', 'سلمى', 'رانيا', 'دينا', 'هالة', 'هبة', 'نادية', 'سميرة', 'سعاد',
  'نجلاء', 'غادة', 'شيماء', 'رحاب', 'ميرفت', 'نيفين', 'نسرين', 'لمياء', 'ريم', 'رشا', 'منال', 'سهير', 'إلهام', 'يسرا', 'روجينا', 'راندا',
  'نادين', 'هند', 'عبد',
]);

// Arabic words that follow a verb of saying or a given name but are no name: institutions and
// officials (`أعلنت وزارة`, `قال مصدر`), and verbs right after a name (`شوقي يكشف`).
export const ARABIC_NOT_NAMES = new Set([
  'وزارة', 'لجنة', 'شركة', 'منظمة', 'هيئة', 'مكتب', 'مطار', 'مصدر', 'مصادر', 'مسؤول', 'مسؤولو', 'محافظ', 'مراسل', 'مساعد', 'مدير', 'مديرة', 'وكيل',
  'جامعة', 'مؤسسة', 'مركز', 'بيان', 'تقرير', 'اجتماع', 'آلية', 'ضرورة', 'إعلان', 'فيديو', 'مسلسل', 'فيلم', 'تمثال', 'عمال', 'وعمال', 'إضافة', 'حال',
  'حالة', 'وكالة', 'صحيفة', 'موقع', 'قناة', 'رئاسة', 'سلطات', 'قوات', 'جيش', 'شرطة', 'نقابة', 'اتحاد', 'نادي', 'فريق', 'منتخب', 'بنك', 'مجموعة',
  'حزب', 'جمعية', 'محكمة', 'نيابة', 'مستشفى', 'خبراء', 'خبير', 'عدد', 'عدة', 'بعض', 'أحد', 'مجلس', 'برنامج', 'مشروع', 'قرار', 'مصرف', 'سفارة',
  'يكشف', 'تكشف', 'يواصل', 'تواصل', 'يعلن', 'تعلن', 'يؤكد', 'تؤكد', 'يقول', 'تقول', 'يلتقي', 'تلتقي', 'يستقبل', 'تستقبل', 'يترأس', 'يشارك',
  'تشارك', 'يطالب', 'يجيب', 'يرد', 'ترد', 'يتحدث', 'تتحدث', 'تابع', 'وتابع', 'يبحث', 'يزور', 'يفتتح', 'يهنئ', 'يوجه', 'يصل', 'يعود', 'يشيد',
  'يتفقد', 'يوضح', 'يحذر', 'ينفي', 'يرفض', 'يدعو', 'يطلب', 'يعلق', 'يصدر', 'يقرر', 'يكرم', 'يتابع',
]);

// Hebrew titles and the words that may follow them before the name.
export const HEBREW_TITLES = new Set(['נשיא', 'הנשיא', 'ראש', 'השר', 'שר', 'מר', 'גברת', 'הגנרל', 'השגריר', 'אמר', 'אמרה', 'לדברי']);
export const HEBREW_TITLE_FILLERS = new Set(['הממשלה', 'החוץ', 'הביטחון', 'לשעבר', 'המדינה', 'רוסיה', 'ארצות', 'הברית']);

// Words that make a capitalised sequence an organisation (folded).
export const ORG_HINTS = new Set([
  'times', 'news', 'post', 'press', 'agency', 'agence', 'agencia', 'novosti', 'новости', 'tass', 'journal', 'gazette', 'herald', 'tribune', 'daily', 'weekly',
  'ministry', 'ministere', 'ministerio', 'ministerium', 'министерство', 'мид', 'council', 'conseil', 'consejo', 'committee', 'comite', 'commission', 'bank',
  'banque', 'banco', 'party', 'parti', 'partido', 'partei', 'партия', 'union', 'organisation', 'organization', 'organizacion', 'организация', 'institute',
  'institut', 'university', 'universite', 'universidad', 'университет', 'company', 'corporation', 'corp', 'inc', 'ltd', 'llc', 'group', 'groupe', 'holding',
  'airlines', 'fund', 'fonds', 'foundation', 'fondation', 'association', 'federation', 'league', 'ligue', 'office', 'service', 'services', 'army', 'armee',
  'forces', 'police', 'court', 'cour', 'tribunal', 'parliament', 'parlement', 'parlamento', 'парламент', 'duma', 'дума', 'senate', 'senat', 'assembly',
  'assemblee', 'government', 'gouvernement', 'gobierno', 'правительство', 'tv', 'radio', 'channel', 'media', 'telegraph', 'guardian', 'reuters', 'bbc', 'cnn',
  'interfax', 'интерфакс', 'риа', 'ria', 'sputnik', 'спутник', 'akorda', 'акорда', 'kazinform', 'tengrinews', 'club', 'fc', 'agency', 'online',
]);
// Words that make a capitalised sequence a place (folded).
export const PLACE_HINTS = new Set([
  'region', 'province', 'oblast', 'область', 'край', 'republic', 'republique', 'city', 'ville', 'district', 'county', 'state', 'island', 'islands', 'lake',
  'river', 'mountain', 'mountains', 'valley', 'sea', 'ocean', 'gulf', 'bay', 'street', 'avenue', 'square', 'airport', 'aeroport', 'border', 'frontiere',
  'tinh', 'thanh', 'pho', 'vung',
]);

// Vietnamese words before a place's name (lower case, with their tones): province, district, commune, ward,
// city, capital, town, street, river, island; and the prepositions at and in (`tại Hà Nội`, `ở Quảng Trị`).
export const VIETNAMESE_PLACE_CUES = new Set([
  'tỉnh', 'huyện', 'quận', 'xã', 'phường', 'phố', 'sông', 'đảo', 'tại', 'ở', 'thành phố', 'thủ đô', 'thị xã', 'thị trấn',
]);
// First words of Vietnamese institutions, whose names go on in lower case (`Sở Giao thông vận tải`, `Bộ Ngoại giao`):
// a capitalised run starting with one and followed by lower case is the head of such a name, not a name of its own.
export const VIETNAMESE_INSTITUTIONS = new Set(['bộ', 'sở', 'cục', 'ban', 'viện', 'hội', 'trường', 'đài', 'báo', 'đảng', 'tòa', 'toà']);

// Lower-case words that may join the parts of a name (`Fédération de Russie`, `Bank of England`, `bin Salman`).
export const NAME_JOINERS = new Set(['de', 'du', 'des', 'la', 'le', 'of', 'the', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'della', 'dos', 'al', 'el', 'bin', 'ibn', 'for',
  // The same particles in Cyrillic (`Лула да Силва`, `Урсула фон дер Ляйен`).
  'да', 'де', 'ди', 'дос', 'ван', 'фон', 'дер', 'бин', 'ибн']);

// Russian words that open sentences and are no names, missing from the stop words: adverbs of time and
// quantifiers (`Вчера`, `Ранее Лавров заявил`, `Многие жители`). Folded (`днём` -> `днем`).
export const RUSSIAN_SENTENCE_OPENERS = new Set([
  'вчера', 'завтра', 'утром', 'днем', 'вечером', 'ночью', 'ранее', 'позднее', 'поэтому', 'напомним', 'кстати', 'помимо', 'согласно',
  'многие', 'некоторые', 'большинство', 'такие', 'сейчас',
]);

// Words that stopwords-iso lists as stop words but that are names: `Москва`, `Россия` were never found in Russian.
const NOT_STOP_WORDS: Record<string, string[]> = { ru: ['москва', 'россия'] };

type StopLists = Record<string, string[]>;
const require = createRequire(import.meta.url);
let stopLists: StopLists | undefined;
const stopSets = new Map<string, Set<string>>();

// English stop words cover English headlines, quotes and page chrome inside other languages' articles.
export const ENGLISH_IN_EVERY_LANGUAGE = ['the', 'a', 'an', 'this', 'that', 'in', 'on', 'at', 'but', 'and', 'as', 'it', 'he', 'she', 'we', 'they', 'his', 'her', 'also', 'read', 'how', 'click', 'leave', 'your', 'published', 'recent'];

const tonedStopSets = new Map<string, Set<string>>();

/**
 * Stop words in lower case with their diacritics, for Vietnamese, where tones tell words apart that folding
 * merges (`nội` inner, as in Hà Nội, is not `nói` say).
 */
export function stopWordsAsWritten(lang: string): Set<string> {
  const base = lang.split('-')[0]!.toLowerCase();
  let set = tonedStopSets.get(base);
  if (!set) {
    stopWords(base);
    set = new Set((stopLists?.[base] ?? []).map((w) => w.normalize('NFC').toLowerCase()));
    for (const w of ENGLISH_IN_EVERY_LANGUAGE) set.add(w);
    tonedStopSets.set(base, set);
  }
  return set;
}

/** Stop words of a language from `stopwords-iso` (empty when the language has none). */
export function stopWords(lang: string): Set<string> {
  const base = lang.split('-')[0]!.toLowerCase();
  let set = stopSets.get(base);
  if (set) return set;
  if (!stopLists) {
    try {
      stopLists = require('stopwords-iso') as StopLists;
    } catch {
      stopLists = {};
    }
  }
  set = new Set((stopLists[base] ?? []).map((w) => foldName(w)));
  for (const name of NOT_STOP_WORDS[base] ?? []) set.delete(name);
  if (base !== 'en') for (const w of ENGLISH_IN_EVERY_LANGUAGE) set.add(w);
  stopSets.set(base, set);
  return set;
}

/** Surname endings across languages (`Tokayev`, `Песков`, `Shevchenko`): a lone capitalised word so ending reads as a person. */
export const SURNAME_ENDING = /\p{Lu}\p{Ll}{2,}(?:ov|ova|ev|eva|yev|yeva|sky|skyy|ski|ska|skiy|enko|chuk|yan|dze|shvili|escu|oglu|ović|ovich|evich|ов|ова|ев|ева|ин|ина|ский|ская|енко|чук|ян|дзе|швили)$/u;
