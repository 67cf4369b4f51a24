// Places written for this project that CLDR lacks or names only by time zone: capitals and regions in
// the news, and long official country forms. id|country|canonical|names... Regions that name parties and
// movements (Scotland, Catalonia) carry their ISO 3166-2 code in the id.

const RAW = `
loc:KZ-astana|KZ|Astana|Astana|Nur-Sultan|Nursultan|Akmola|Астана|Нур-Султан|أستانا|استانا|نور سلطان|阿斯塔纳|努尔苏丹|Astana|Αστανά|아스타나|アスタナ|آستانه
loc:KZ-almaty|KZ|Almaty|Almaty|Alma-Ata|Alma Ata|Алматы|Алма-Ата|ألماتي|الماتي|阿拉木图|Almatı|アルマトイ|آلماتی
loc:KZ-turkestan|KZ|Turkestan|Turkestan|Turkistan|Туркестан|Түркістан|تركستان|تركستان|突厥斯坦|Türkistan
loc:KZ-shymkent|KZ|Shymkent|Shymkent|Chimkent|Шымкент|Чимкент|شيمكنت|奇姆肯特
loc:US-washington|US|Washington|Washington|Washington DC|Washington D.C.|Вашингтон|واشنطن|华盛顿|華盛頓|Oa-sinh-tơn|Вашингтон|ワシントン|워싱턴|Ουάσινγκτον|וושינגטון
loc:CN-beijing|CN|Beijing|Beijing|Pékin|Pekín|Peking|Pechino|Pequim|Пекин|بكين|北京|Bắc Kinh|Pekin|베이징|Πεκίνο|پکن
loc:RU-moscow|RU|Moscow|Moscow|Moscou|Moscú|Moskau|Mosca|Moscovo|Москва|موسكو|莫斯科|Mát-xcơ-va|Matxcơva|Moskova|Moskwa|Μόσχα|מוסקבה|모스크바|モスクワ|مسکو
loc:RU-stpetersburg|RU|Saint Petersburg|Saint Petersburg|St. Petersburg|St Petersburg|Saint-Pétersbourg|San Petersburgo|Sankt Petersburg|Санкт-Петербург|Петербург|سانت بطرسبرغ|圣彼得堡|Saint Petersburg
loc:UA-kyiv|UA|Kyiv|Kyiv|Kiev|Kiew|Kijów|Киев|Київ|كييف|كيف|基辅|Kiev|Κίεβο
loc:GB-london|GB|London|London|Londres|Londra|Лондон|لندن|伦敦|Luân Đôn|Londyn|Λονδίνο
loc:FR-paris|FR|Paris|Paris|París|Parigi|Париж|باريس|巴黎|Pa-ri|Paryż|Παρίσι
loc:BE-brussels|BE|Brussels|Brussels|Bruxelles|Bruselas|Brüssel|Bruxelas|Брюссель|بروكسل|布鲁塞尔|Brúc-xen
loc:RU|RU|Russia|Russian Federation|Fédération de Russie|Federación de Rusia|Russische Föderation|Federazione Russa|Российская Федерация|РФ|روسيا الاتحادية|الاتحاد الروسي|俄罗斯联邦|Liên bang Nga|Rusya Federasyonu
loc:US|US|United States|United States of America|USA|U.S.|U.S.A.|États-Unis d'Amérique|Estados Unidos de América|Vereinigte Staaten von Amerika|Соединённые Штаты Америки|Соединенные Штаты Америки|США|الولايات المتحدة الأمريكية|الولايات المتحدة الأميركية|美利坚合众国|Hoa Kỳ
loc:KZ|KZ|Kazakhstan|Republic of Kazakhstan|République du Kazakhstan|Republik Kasachstan|Республика Казахстан|РК|جمهورية كازاخستان|哈萨克斯坦共和国|Cộng hòa Kazakhstan|Қазақстан Республикасы
loc:CN|CN|China|People's Republic of China|PRC|République populaire de Chine|República Popular China|Volksrepublik China|Китайская Народная Республика|КНР|جمهورية الصين الشعبية|中华人民共和国|Cộng hòa Nhân dân Trung Hoa
loc:GB|GB|United Kingdom|UK|Great Britain|Britain|Grande-Bretagne|Gran Bretaña|Großbritannien|Великобритания|بريطانيا|بريطانيا العظمى|英国|大不列颠|Anh|Vương quốc Anh
loc:UA|UA|Ukraine|Україна|Украина|أوكرانيا
loc:KR|KR|South Korea|Corée du Sud|Corea del Sur|Südkorea|Южная Корея|كوريا الجنوبية|韩国|Hàn Quốc|대한민국|한국
loc:KP|KP|North Korea|Corée du Nord|Corea del Norte|Nordkorea|Северная Корея|КНДР|كوريا الشمالية|朝鲜|Triều Tiên|북한|조선
loc:GB-SCT|GB|Scotland|Scotland|Scottish|Écosse|écossais|écossaise|Escocia|escocés|escocesa|Schottland|schottisch|schottische|Scozia|scozzese|Escócia|escocês|Шотландия|шотландский|шотландская|шотландской|Σκωτία|σκωτσέζικο|σκωτικό|اسكتلندا|إسكتلندا|اسكتلندي|الاسكتلندي|苏格兰|蘇格蘭|Scotland|İskoçya|İskoç|Szkocja|szkocka|szkocki|スコットランド|스코틀랜드|اسکاتلند|סקוטלנד
loc:GB-WLS|GB|Wales|Wales|Welsh|Cymru|Cymreig|Pays de Galles|gallois|galloise|País de Gales|galés|galesa|Galles|gallese|Уэльс|валлийский|валлийская|валлийской|Ουαλία|ουαλικό|ويلز|威尔士|威爾士|威爾斯|Galler|Walia|walijska|walijski|ウェールズ|웨일스|ولز|ויילס
loc:GB-ENG|GB|England|England|Angleterre|Inglaterra|Inghilterra|Англия|Αγγλία|إنجلترا|انجلترا|英格兰|英格蘭|İngiltere|Anglia|イングランド|잉글랜드|انگلستان|אנגליה
loc:GB-NIR|GB|Northern Ireland|Northern Ireland|Irlande du Nord|Irlanda del Norte|Nordirland|Irlanda del Nord|Северная Ирландия|Βόρεια Ιρλανδία|أيرلندا الشمالية|北爱尔兰|北愛爾蘭|Kuzey İrlanda|Irlandia Północna|北アイルランド|북아일랜드
loc:ES-CT|ES|Catalonia|Catalonia|Catalan|Catalunya|Cataluña|Catalogne|catalan|catalane|Katalonien|katalanisch|Catalogna|catalano|Catalunha|Каталония|каталонский|Καταλονία|كتالونيا|加泰罗尼亚|加泰羅尼亞|Katalonya|Katalonia|カタルーニャ|카탈루냐
loc:ES-PV|ES|Basque Country|Basque Country|Basque|Euskadi|Pays basque|basque|País Vasco|Baskenland|baskisch|Paesi Baschi|basco|Страна Басков|баскский|Χώρα των Βάσκων|إقليم الباسك|巴斯克|Bask|Bask Ülkesi|Kraj Basków
loc:BE-VLG|BE|Flanders|Flanders|Flemish|Vlaanderen|Vlaams|Vlaamse|Flandre|flamand|flamande|Flandes|Flandern|flämisch|Fiandre|fiammingo|Фландрия|фламандский|Φλάνδρα|فلاندرز|佛兰德|佛蘭德|Flaman|Flandria
loc:CA-QC|CA|Quebec|Quebec|Québec|Québécois|québécois|québécoise|Quebecer|Quebecois|Квебек|Κεμπέκ|كيبك|魁北克|Quebeck
loc:DE-BY|DE|Bavaria|Bavaria|Bavarian|Bayern|bayerisch|bayerische|Bavière|bavarois|Baviera|bávaro|bavarese|Бавария|баварский|Βαυαρία|بافاريا|巴伐利亚|巴伐利亞|Bavyera|Bawaria
loc:IQ-KRD|IQ|Kurdistan|Kurdistan|Kurdish|Kurdistán|kurde|kurdo|kurdisch|curdo|Курдистан|курдский|Κουρδιστάν|كردستان|كوردستان|الكردستاني|库尔德斯坦|庫爾德斯坦|库尔德|庫爾德|Kürdistan|کردستان
`;

export interface CuratedPlace {
  id: string;
  country: string;
  canonical: string;
  names: string[];
}

let parsed: CuratedPlace[] | undefined;

export function curatedPlaces(): CuratedPlace[] {
  if (parsed) return parsed;
  parsed = RAW.trim().split('\n').map((line) => {
    const [id, country, canonical, ...names] = line.split('|');
    return { id: id!, country: country!, canonical: canonical!, names: [canonical!, ...names] };
  });
  return parsed;
}
