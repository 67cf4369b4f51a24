// Places written for this project that CLDR lacks or names only by time zone: capitals, cities and regions
// in the news, and long official country forms. Vietnam's provinces and main cities are here because a
// Vietnamese place of two capitalised syllables reads like a person's name (`Quảng Trị`, `Đà Nẵng`). A spelling that is also a common word or a frequent given
// name in some language is left out (Milan, Chinese 汉堡 hamburger for Hamburg, Arabic جدة grandmother). id|country|canonical|names... Regions that name parties and
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
loc:CH-geneva|CH|Geneva|Geneva|Genève|Genf|Ginebra|Ginevra|Genebra|Женева|جنيف|日内瓦|Giơ-ne-vơ|Cenevre|Genewa
loc:CH-davos|CH|Davos|Davos|Давос|دافوس|达沃斯
loc:DE-munich|DE|Munich|Munich|München|Múnich|Monaco di Baviera|Munique|Мюнхен|ميونخ|慕尼黑|Münih|Monachium
loc:DE-frankfurt|DE|Frankfurt|Frankfurt|Frankfurt am Main|Francfort|Fráncfort|Francoforte|Франкфурт|فرانكفورت|法兰克福
loc:DE-hamburg|DE|Hamburg|Hamburg|Hambourg|Hamburgo|Amburgo|Гамбург|هامبورغ
loc:DE-cologne|DE|Cologne|Cologne|Köln|Кёльн|Кельн|كولونيا|科隆|Kolonia
loc:ES-barcelona|ES|Barcelona|Barcelona|Barcelone|Barcellona|Барселона|برشلونة|巴塞罗那|Barselona
loc:IT-milan|IT|Milan|Milano|Mailand|Milán|ميلانو|米兰|Mediolan
loc:FR-marseille|FR|Marseille|Marseille|Marseilles|Marsella|Marsiglia|Марсель|مرسيليا|Marsylia
loc:FR-lyon|FR|Lyon|Lyon|Lione|Лион|里昂
loc:FR-strasbourg|FR|Strasbourg|Strasbourg|Straßburg|Estrasburgo|Strasburgo|Страсбург|ستراسبورغ|斯特拉斯堡|Strazburg|Strasburg
loc:GB-manchester|GB|Manchester|Manchester|Манчестер|مانشستر|曼彻斯特
loc:NL-the-hague|NL|The Hague|The Hague|Den Haag|La Haye|La Haya|Гаага|لاهاي|海牙|Lahey
loc:UA-kharkiv|UA|Kharkiv|Kharkiv|Kharkov|Charkiw|Járkov|Charków|Харьков|Харків|خاركيف|哈尔科夫|Harkov
loc:UA-odesa|UA|Odesa|Odesa|Odessa|Одесса|Одеса|أوديسا|敖德萨
loc:UA-donetsk|UA|Donetsk|Donetsk|Donezk|Donieck|Донецк|Донецьк|دونيتسك|顿涅茨克
loc:UA-mariupol|UA|Mariupol|Mariupol|Marioupol|Mariúpol|Мариуполь|Маріуполь|ماريوبول|马里乌波尔
loc:UA-lviv|UA|Lviv|Lviv|Lvov|Lemberg|Leópolis|Leopoli|Lwów|Львов|Львів|لفيف|利沃夫
loc:UA-kherson|UA|Kherson|Kherson|Cherson|Jersón|Херсон|خيرسون|赫尔松
loc:UA-zaporizhzhia|UA|Zaporizhzhia|Zaporizhzhia|Zaporijia|Saporischschja|Zaporiyia|Zaporoże|Запорожье|Запоріжжя|زابوريجيا|扎波罗热
loc:UA-bakhmut|UA|Bakhmut|Bakhmut|Bachmut|Bajmut|Бахмут|باخموت|巴赫穆特
loc:TR-ankara|TR|Ankara|Ankara|Анкара|أنقرة|安卡拉
loc:SA-mecca|SA|Mecca|Mecca|Makkah|La Mecque|Mekka|La Meca|Мекка|مكة|مكة المكرمة|麦加|Mekke
loc:AE-abu-dhabi|AE|Abu Dhabi|Abu Dhabi|Abou Dabi|Abu Dabi|Абу-Даби|أبوظبي|أبو ظبي|阿布扎比
loc:PK-islamabad|PK|Islamabad|Islamabad|Исламабад|إسلام آباد|اسلام آباد|伊斯兰堡
loc:PK-lahore|PK|Lahore|Lahore|Лахор|لاهور|拉合尔
loc:IN-new-delhi|IN|New Delhi|New Delhi|Delhi|Nouvelle-Delhi|Neu-Delhi|Nueva Delhi|Nuova Delhi|Нью-Дели|Дели|نيودلهي|نيو دلهي|新德里|Yeni Delhi|Nowe Delhi
loc:IN-mumbai|IN|Mumbai|Mumbai|Bombay|Бомбей|Мумбаи|مومباي|孟买|Bombaj
loc:VN-hanoi|VN|Hanoi|Hanoi|Hà Nội|Hanoï|Hanói|Ханой|هانوي|河内|Hanoj
loc:VN-haiphong|VN|Haiphong|Haiphong|Hải Phòng|Hai Phong|Haïphong|Хайфон
loc:VN-danang|VN|Da Nang|Da Nang|Đà Nẵng|Danang|Дананг|岘港
loc:VN-cantho|VN|Can Tho|Can Tho|Cần Thơ|Кантхо|芹苴
loc:VN-hue|VN|Hue|Hue|Huế|Hué|Хюэ|顺化
loc:VN-nhatrang|VN|Nha Trang|Nha Trang|Нячанг|芽庄
loc:VN-halong|VN|Ha Long|Ha Long|Hạ Long|Halong|Халонг|下龙
loc:VN-dalat|VN|Da Lat|Da Lat|Đà Lạt|Dalat|Далат|大叻
loc:VN-vungtau|VN|Vung Tau|Vung Tau|Vũng Tàu|Вунгтау|头顿
loc:VN-hoian|VN|Hoi An|Hoi An|Hội An|Хойан|会安
loc:KG-osh|KG|Osh|Osh|Ош|أوش|奥什|Oş
loc:SY-aleppo|SY|Aleppo|Aleppo|Alep|Alepo|Алеппо|Халеб|حلب|阿勒颇|Halep
loc:SY-idlib|SY|Idlib|Idlib|Идлиб|إدلب|伊德利卜
loc:SY-homs|SY|Homs|Homs|Хомс
loc:IQ-mosul|IQ|Mosul|Mosul|Mossoul|Mossul|Мосул|الموصل|摩苏尔|Musul
loc:IQ-basra|IQ|Basra|Basra|Bassora|Bassorah|Basora|Басра|البصرة|巴士拉
loc:IQ-erbil|IQ|Erbil|Erbil|Arbil|Irbil|Эрбиль|أربيل|埃尔比勒
loc:IL-tel-aviv|IL|Tel Aviv|Tel Aviv|Tel-Aviv|Тель-Авив|تل أبيب|特拉维夫|Tel Awiw
loc:PS-ramallah|PS|Ramallah|Ramallah|Рамалла|رام الله|拉姆安拉
loc:LY-benghazi|LY|Benghazi|Benghazi|Bengasi|Бенгази|بنغازي|班加西
loc:AF-kandahar|AF|Kandahar|Kandahar|Кандагар|قندهار|坎大哈
loc:NG-abuja|NG|Abuja|Abuja|Абуджа|أبوجا|阿布贾
loc:ZA-pretoria|ZA|Pretoria|Pretoria|Претория|بريتوريا|比勒陀利亚
loc:AU-canberra|AU|Canberra|Canberra|Канберра|كانبرا|堪培拉
loc:CA-ottawa|CA|Ottawa|Ottawa|Оттава|أوتاوا|渥太华|Ottava
loc:BR-rio-de-janeiro|BR|Rio de Janeiro|Rio de Janeiro|Río de Janeiro|Рио-де-Жанейро|ريو دي جانيرو|里约热内卢
loc:CN-wuhan|CN|Wuhan|Wuhan|Ухань|ووهان|武汉|Vũ Hán
loc:CN-shenzhen|CN|Shenzhen|Shenzhen|Шэньчжэнь|شنتشن|深圳|Thâm Quyến
loc:CN-guangzhou|CN|Guangzhou|Guangzhou|Гуанчжоу|قوانغتشو|广州|Quảng Châu
loc:JP-osaka|JP|Osaka|Osaka|Ōsaka|Осака|أوساكا|大阪
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

// Vietnam's other provinces and cities. Written without diacritics, their names are common words or parts of
// phrases in other languages (Spanish `Son la`, English `Long An`), so the Latin-script names apply to Vietnamese
// articles only; names in other scripts apply everywhere.
const RAW_VIETNAM = `
loc:VN-phuquoc|VN|Phu Quoc|Phu Quoc|Phú Quốc|Фукуок
loc:VN-quynhon|VN|Quy Nhon|Quy Nhon|Quy Nhơn
loc:VN-buonmathuot|VN|Buon Ma Thuot|Buon Ma Thuot|Buôn Ma Thuột
loc:VN-bienhoa|VN|Bien Hoa|Bien Hoa|Biên Hòa
loc:VN-dongha|VN|Dong Ha|Dong Ha|Đông Hà
loc:VN-sapa|VN|Sa Pa|Sa Pa|Sapa
loc:VN-hagiang|VN|Ha Giang|Ha Giang|Hà Giang
loc:VN-caobang|VN|Cao Bang|Cao Bang|Cao Bằng
loc:VN-backan|VN|Bac Kan|Bac Kan|Bắc Kạn
loc:VN-tuyenquang|VN|Tuyen Quang|Tuyen Quang|Tuyên Quang
loc:VN-laocai|VN|Lao Cai|Lao Cai|Lào Cai
loc:VN-dienbien|VN|Dien Bien|Dien Bien|Điện Biên
loc:VN-laichau|VN|Lai Chau|Lai Chau|Lai Châu
loc:VN-sonla|VN|Son La|Son La|Sơn La
loc:VN-yenbai|VN|Yen Bai|Yen Bai|Yên Bái
loc:VN-hoabinh|VN|Hoa Binh|Hoa Binh|Hòa Bình
loc:VN-thainguyen|VN|Thai Nguyen|Thai Nguyen|Thái Nguyên
loc:VN-langson|VN|Lang Son|Lang Son|Lạng Sơn
loc:VN-quangninh|VN|Quang Ninh|Quang Ninh|Quảng Ninh|Куангнинь
loc:VN-bacgiang|VN|Bac Giang|Bac Giang|Bắc Giang
loc:VN-phutho|VN|Phu Tho|Phu Tho|Phú Thọ
loc:VN-vinhphuc|VN|Vinh Phuc|Vinh Phuc|Vĩnh Phúc
loc:VN-bacninh|VN|Bac Ninh|Bac Ninh|Bắc Ninh
loc:VN-haiduong|VN|Hai Duong|Hai Duong|Hải Dương
loc:VN-hungyen|VN|Hung Yen|Hung Yen|Hưng Yên
loc:VN-thaibinh|VN|Thai Binh|Thai Binh|Thái Bình
loc:VN-hanam|VN|Ha Nam|Ha Nam|Hà Nam
loc:VN-namdinh|VN|Nam Dinh|Nam Dinh|Nam Định
loc:VN-ninhbinh|VN|Ninh Binh|Ninh Binh|Ninh Bình
loc:VN-thanhhoa|VN|Thanh Hoa|Thanh Hoa|Thanh Hóa|Тханьхоа
loc:VN-nghean|VN|Nghe An|Nghe An|Nghệ An|Нгеан
loc:VN-hatinh|VN|Ha Tinh|Ha Tinh|Hà Tĩnh
loc:VN-quangbinh|VN|Quang Binh|Quang Binh|Quảng Bình
loc:VN-quangtri|VN|Quang Tri|Quang Tri|Quảng Trị|Куангчи
loc:VN-thuathienhue|VN|Thua Thien Hue|Thua Thien Hue|Thừa Thiên Huế|Thừa Thiên-Huế
loc:VN-quangnam|VN|Quang Nam|Quang Nam|Quảng Nam
loc:VN-quangngai|VN|Quang Ngai|Quang Ngai|Quảng Ngãi
loc:VN-binhdinh|VN|Binh Dinh|Binh Dinh|Bình Định
loc:VN-phuyen|VN|Phu Yen|Phu Yen|Phú Yên
loc:VN-khanhhoa|VN|Khanh Hoa|Khanh Hoa|Khánh Hòa|Кханьхоа
loc:VN-ninhthuan|VN|Ninh Thuan|Ninh Thuan|Ninh Thuận
loc:VN-binhthuan|VN|Binh Thuan|Binh Thuan|Bình Thuận
loc:VN-kontum|VN|Kon Tum|Kon Tum|Kontum
loc:VN-gialai|VN|Gia Lai|Gia Lai
loc:VN-daklak|VN|Dak Lak|Dak Lak|Đắk Lắk|Daklak
loc:VN-daknong|VN|Dak Nong|Dak Nong|Đắk Nông
loc:VN-lamdong|VN|Lam Dong|Lam Dong|Lâm Đồng|Ламдонг
loc:VN-binhphuoc|VN|Binh Phuoc|Binh Phuoc|Bình Phước
loc:VN-tayninh|VN|Tay Ninh|Tay Ninh|Tây Ninh
loc:VN-binhduong|VN|Binh Duong|Binh Duong|Bình Dương
loc:VN-dongnai|VN|Dong Nai|Dong Nai|Đồng Nai|Донгнай
loc:VN-bariavungtau|VN|Ba Ria-Vung Tau|Ba Ria-Vung Tau|Bà Rịa - Vũng Tàu|Bà Rịa-Vũng Tàu
loc:VN-longan|VN|Long An|Long An
loc:VN-tiengiang|VN|Tien Giang|Tien Giang|Tiền Giang
loc:VN-bentre|VN|Ben Tre|Ben Tre|Bến Tre
loc:VN-travinh|VN|Tra Vinh|Tra Vinh|Trà Vinh
loc:VN-vinhlong|VN|Vinh Long|Vinh Long|Vĩnh Long
loc:VN-dongthap|VN|Dong Thap|Dong Thap|Đồng Tháp
loc:VN-angiang|VN|An Giang|An Giang
loc:VN-kiengiang|VN|Kien Giang|Kien Giang|Kiên Giang
loc:VN-haugiang|VN|Hau Giang|Hau Giang|Hậu Giang
loc:VN-soctrang|VN|Soc Trang|Soc Trang|Sóc Trăng
loc:VN-baclieu|VN|Bac Lieu|Bac Lieu|Bạc Liêu
loc:VN-camau|VN|Ca Mau|Ca Mau|Cà Mau
`;

export interface CuratedPlace {
  id: string;
  country: string;
  canonical: string;
  names: string[];
}

let parsed: CuratedPlace[] | undefined;
let parsedVietnam: CuratedPlace[] | undefined;

function parse(raw: string): CuratedPlace[] {
  return raw.trim().split('\n').map((line) => {
    const [id, country, canonical, ...names] = line.split('|');
    return { id: id!, country: country!, canonical: canonical!, names: [canonical!, ...names] };
  });
}

export function curatedPlaces(): CuratedPlace[] {
  parsed ??= parse(RAW);
  return parsed;
}

/** Vietnamese provinces and cities whose Latin-script names are for Vietnamese articles only. */
export function vietnamesePlaces(): CuratedPlace[] {
  parsedVietnam ??= parse(RAW_VIETNAM);
  return parsedVietnam;
}
