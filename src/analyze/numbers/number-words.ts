// Scale words, spelled-out small numbers, approximation cues and units, per language. Hand-listed:
// CLDR spells out nothing. Keys are lower-case as written (Arabic in its common spelling).

export const SCALES: Record<string, Record<string, number>> = {
  en: { thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12 },
  fr: { mille: 1e3, millier: 1e3, milliers: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9 },
  es: { mil: 1e3, millón: 1e6, millones: 1e6, millon: 1e6, mdd: 1e6, 'mil millones': 1e9 },
  pt: { mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, mi: 1e6, bi: 1e9 },
  it: { mila: 1e3, mille: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9, mln: 1e6, mld: 1e9 },
  de: { tausend: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9 },
  nl: { duizend: 1e3, miljoen: 1e6, miljard: 1e9 },
  pl: { tysiąc: 1e3, tysiące: 1e3, tysięcy: 1e3, tys: 1e3, milion: 1e6, miliony: 1e6, milionów: 1e6, mln: 1e6, miliard: 1e9, miliardów: 1e9, mld: 1e9 },
  ru: { тысяча: 1e3, тысячи: 1e3, тысяч: 1e3, тыс: 1e3, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, млн: 1e6, миллиард: 1e9, миллиарда: 1e9, миллиардов: 1e9, млрд: 1e9 },
  uk: { тисяча: 1e3, тисячі: 1e3, тисяч: 1e3, тис: 1e3, мільйон: 1e6, мільйони: 1e6, мільйонів: 1e6, млн: 1e6, мільярд: 1e9, млрд: 1e9 },
  tr: { bin: 1e3, milyon: 1e6, milyar: 1e9 },
  ar: { 'ألف': 1e3, 'الف': 1e3, 'آلاف': 1e3, 'الاف': 1e3, 'مليون': 1e6, 'ملايين': 1e6, 'مليار': 1e9, 'مليارات': 1e9, 'بليون': 1e9 },
  fa: { 'هزار': 1e3, 'میلیون': 1e6, 'میلیارد': 1e9 },
  vi: { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 },
  el: { χιλιάδες: 1e3, εκατομμύρια: 1e6, εκατομμύριο: 1e6, δισεκατομμύρια: 1e9 },
  he: { 'אלף': 1e3, 'אלפים': 1e3, 'מיליון': 1e6, 'מיליארד': 1e9 },
  zh: { 千: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  ja: { 千: 1e3, 万: 1e4, 億: 1e8 },
};

export const SMALL_NUMBERS: Record<string, Record<string, number>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, a: 1 },
  fr: { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20, cent: 100 },
  es: { un: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, cien: 100 },
  de: { ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, hundert: 100 },
  ru: { один: 1, одна: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, сто: 100 },
  vi: { một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, trăm: 100 },
  ar: { 'واحد': 1, 'اثنين': 2, 'اثنان': 2, 'ثلاثة': 3, 'أربعة': 4, 'خمسة': 5, 'ستة': 6, 'سبعة': 7, 'ثمانية': 8, 'تسعة': 9, 'عشرة': 10, 'مئة': 100, 'مائة': 100 },
  zh: { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 百: 100 },
};

/** Cues written before a number that make it approximate (`about`, `khoảng`, `ما يقرب من`). */
export const APPROXIMATE: Record<string, string[]> = {
  en: ['about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'up to', 'more than', 'over', 'at least', 'less than', 'fewer than', 'close to', 'an estimated', 'estimated'],
  fr: ['environ', 'près de', 'presque', 'quelque', 'quelques', 'plus de', 'moins de', 'au moins', 'quasiment', 'jusqu\'à', 'autour de', 'une centaine de'],
  es: ['cerca de', 'casi', 'alrededor de', 'unos', 'unas', 'más de', 'menos de', 'aproximadamente', 'al menos', 'hasta'],
  pt: ['cerca de', 'quase', 'mais de', 'menos de', 'aproximadamente', 'pelo menos', 'até'],
  it: ['circa', 'quasi', 'oltre', 'più di', 'meno di', 'almeno', 'fino a'],
  de: ['etwa', 'rund', 'fast', 'knapp', 'über', 'mehr als', 'weniger als', 'ungefähr', 'circa', 'ca.', 'mindestens', 'bis zu', 'annähernd'],
  nl: ['ongeveer', 'bijna', 'ruim', 'meer dan', 'minder dan', 'zo\'n'],
  pl: ['około', 'prawie', 'ponad', 'blisko', 'co najmniej', 'niemal'],
  ru: ['около', 'почти', 'примерно', 'более', 'свыше', 'порядка', 'менее', 'не менее', 'до', 'больше'],
  uk: ['близько', 'майже', 'понад', 'приблизно', 'більше'],
  tr: ['yaklaşık', 'neredeyse', 'en az', 'civarında', 'fazla'],
  ar: ['ما يقرب من', 'يقرب من', 'نحو', 'حوالي', 'حوالى', 'قرابة', 'أكثر من', 'اكثر من', 'زهاء', 'أقل من', 'ما لا يقل عن', 'قرابة الـ'],
  vi: ['khoảng', 'gần', 'hơn', 'chừng', 'trên', 'ít nhất', 'khoảng chừng', 'xấp xỉ'],
  el: ['περίπου', 'σχεδόν', 'πάνω από'],
  zh: ['约', '近', '超过', '大约', '将近', '逾'],
};

/** Units written before or after a number. */
export const UNITS: Record<string, string> = {
  '%': '%', '٪': '%', 'percent': '%', 'per cent': '%', 'pour cent': '%', 'por ciento': '%', 'por cento': '%', 'prozent': '%',
  'процент': '%', 'процента': '%', 'процентов': '%', 'في المائة': '%', 'في المئة': '%', 'بالمئة': '%', 'بالمائة': '%', 'phần trăm': '%', 'procent': '%', 'yüzde': '%',
  '$': 'USD', 'us$': 'USD', 'usd': 'USD', 'dollars': 'USD', 'dollar': 'USD', 'dólares': 'USD', 'dollari': 'USD', 'долларов': 'USD', 'دولار': 'USD', 'đô la': 'USD', 'usd.': 'USD',
  '€': 'EUR', 'eur': 'EUR', 'euros': 'EUR', 'euro': 'EUR', 'евро': 'EUR', 'يورو': 'EUR',
  '£': 'GBP', 'gbp': 'GBP', 'pounds': 'GBP', '¥': 'JPY', 'yen': 'JPY', '₽': 'RUB', 'rub': 'RUB', 'рублей': 'RUB', 'рубля': 'RUB', 'roubles': 'RUB', 'rubles': 'RUB', 'روبل': 'RUB',
  'tenge': 'KZT', '₸': 'KZT', 'тенге': 'KZT', 'yuan': 'CNY', '元': 'CNY', 'đồng': 'VND', '₫': 'VND', 'zł': 'PLN', 'złotych': 'PLN', '₺': 'TRY', 'lira': 'TRY',
  'km': 'km', 'kilometres': 'km', 'kilometers': 'km', 'километров': 'km', 'كيلومتر': 'km',
  'kilomètres': 'km', 'kilómetros': 'km', 'quilômetros': 'km', 'chilometri': 'km', 'kilometern': 'km', 'kilometrów': 'km', 'kilometre': 'km',
  'километрах': 'km', 'километра': 'km', 'километр': 'km', 'كيلومترا': 'km', 'كيلومترات': 'km', '公里': 'km', 'cây số': 'km',
};

/** Concepts of counted words that are units of measure (`25 километрах`, `10 公里`): the figure's unit, not what it counts. */
export const UNIT_CONCEPTS: Record<string, string> = {
  'en:kilomet': 'km', 'en:percent': '%', 'en:dollar': 'USD', 'en:euro': 'EUR', 'en:hectar': 'ha', 'en:tonn': 't', 'en:ton': 't', 'en:mile': 'mi',
};

/**
 * Classifiers written between a number and the noun it counts (Vietnamese `1.200 ngôi nhà`, Chinese
 * `1200栋房屋`): the noun after them says what is counted.
 */
export const CLASSIFIERS: Record<string, ReadonlySet<string>> = {
  vi: new Set(['con', 'cái', 'chiếc', 'ngôi', 'căn', 'tòa', 'toà', 'quả', 'bức', 'cuốn', 'tấm', 'cây', 'chuyến', 'vụ']),
  zh: new Set(['个', '個', '栋', '棟', '座', '顶', '頂', '名', '位', '辆', '輛', '架', '艘', '头', '頭', '只', '隻', '条', '條', '张', '張', '间', '間', '所', '家', '套', '件', '枚', '颗', '顆', '台', '部', '本', '份', '处', '處']),
};
