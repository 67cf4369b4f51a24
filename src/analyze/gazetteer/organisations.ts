// International organisations and offices, written for this project: id, canonical English name, and
// names and acronyms in many languages separated by `|`. Acronyms listed here match in any case form
// only when written in capitals in the text.

export interface CuratedEntry {
  id: string;
  canonical: string;
  names: string[];
}

const RAW = `
org:un|United Nations|UN|U.N.|UNO|Organisation des Nations unies|Nations unies|ONU|Organización de las Naciones Unidas|Naciones Unidas|Vereinte Nationen|UNO|Организация Объединённых Наций|Организация Объединенных Наций|ООН|الأمم المتحدة|منظمة الأمم المتحدة|联合国|聯合國|Liên Hợp Quốc|Liên Hiệp Quốc|Nazioni Unite|Nações Unidas|Birleşmiş Milletler|BM|Ηνωμένα Έθνη|ОН|ООН|האומות המאוחדות|국제연합|유엔|国際連合|Organizzazione delle Nazioni Unite|Организація Об'єднаних Націй|Біріккен Ұлттар Ұйымы|سازمان ملل|سازمان ملل متحد|اقوام متحدہ
org:unsc|UN Security Council|Security Council|Conseil de sécurité|Consejo de Seguridad|Sicherheitsrat|Совет Безопасности ООН|Совбез ООН|مجلس الأمن|مجلس الأمن الدولي|安理会|安全理事会|Hội đồng Bảo an
org:nato|NATO|NATO|North Atlantic Treaty Organization|OTAN|Organisation du traité de l'Atlantique nord|Alliance atlantique|Organización del Tratado del Atlántico Norte|Nordatlantikpakt|НАТО|Организация Североатлантического договора|Североатлантический альянс|الناتو|حلف الناتو|حلف شمال الأطلسي|北约|北約|北大西洋公约组织|Tổ chức Hiệp ước Bắc Đại Tây Dương|ΝΑΤΟ|נאט"ו|나토|北大西洋条約機構|ناتو|نیٹو
org:eu|European Union|EU|Union européenne|UE|Unión Europea|Europäische Union|Европейский союз|Евросоюз|ЕС|الاتحاد الأوروبي|欧盟|歐盟|欧洲联盟|Liên minh châu Âu|EU|Unione europea|União Europeia|Avrupa Birliği|AB|Ευρωπαϊκή Ένωση|ΕΕ|האיחוד האירופי|유럽 연합|欧州連合|اتحادیه اروپا|Європейський Союз|Еуропалық Одақ
org:csto|Collective Security Treaty Organization|CSTO|Collective Security Treaty Organisation|OTSC|Organisation du traité de sécurité collective|OTSC|Organización del Tratado de Seguridad Colectiva|OTSC|Organisation des Vertrags über kollektive Sicherheit|OVKS|Организация Договора о коллективной безопасности|ОДКБ|منظمة معاهدة الأمن الجماعي|معاهدة الأمن الجماعي|集体安全条约组织|集安组织|Tổ chức Hiệp ước An ninh Tập thể|CSTO|Organizzazione del Trattato di Sicurezza Collettiva|Kolektif Güvenlik Antlaşması Örgütü|Ұжымдық қауіпсіздік туралы шарт ұйымы|ҰҚШҰ|سازمان پیمان امنیت جمعی
org:eaeu|Eurasian Economic Union|EAEU|EEU|Union économique eurasiatique|UEE|Unión Económica Euroasiática|Eurasische Wirtschaftsunion|Евразийский экономический союз|ЕАЭС|الاتحاد الاقتصادي الأوراسي|الاتحاد الاقتصادي الاوراسي|欧亚经济联盟|Liên minh Kinh tế Á-Âu|Еуразиялық экономикалық одақ|ЕАЭО
org:sco|Shanghai Cooperation Organisation|SCO|Shanghai Cooperation Organization|OCS|Organisation de coopération de Shanghai|Organización de Cooperación de Shanghái|Shanghaier Organisation für Zusammenarbeit|Шанхайская организация сотрудничества|ШОС|منظمة شنغهاي للتعاون|上海合作组织|上合组织|Tổ chức Hợp tác Thượng Hải|Шанхай ынтымақтастық ұйымы|سازمان همکاری شانگهای
org:cis|Commonwealth of Independent States|CIS|Communauté des États indépendants|CEI|Comunidad de Estados Independientes|Gemeinschaft Unabhängiger Staaten|GUS|Содружество Независимых Государств|СНГ|رابطة الدول المستقلة|独联体|独立国家联合体|Cộng đồng các Quốc gia Độc lập|Тәуелсіз Мемлекеттер Достастығы|ТМД
org:who|World Health Organization|WHO|World Health Organisation|OMS|Organisation mondiale de la santé|Organización Mundial de la Salud|Weltgesundheitsorganisation|Всемирная организация здравоохранения|ВОЗ|منظمة الصحة العالمية|世界卫生组织|世卫组织|Tổ chức Y tế Thế giới|Organizzazione mondiale della sanità|Organização Mundial da Saúde|Dünya Sağlık Örgütü|Παγκόσμιος Οργανισμός Υγείας|세계보건기구|世界保健機関|سازمان جهانی بهداشت
org:imf|International Monetary Fund|IMF|FMI|Fonds monétaire international|Fondo Monetario Internacional|Internationaler Währungsfonds|IWF|Международный валютный фонд|МВФ|صندوق النقد الدولي|国际货币基金组织|Quỹ Tiền tệ Quốc tế|Fondo monetario internazionale|Fundo Monetário Internacional|Uluslararası Para Fonu|IMF|国際通貨基金|صندوق بین‌المللی پول
org:worldbank|World Bank|Banque mondiale|Banco Mundial|Weltbank|Всемирный банк|البنك الدولي|世界银行|Ngân hàng Thế giới|Banca Mondiale|Dünya Bankası|世界銀行|بانک جهانی
org:wto|World Trade Organization|WTO|OMC|Organisation mondiale du commerce|Organización Mundial del Comercio|Welthandelsorganisation|Всемирная торговая организация|ВТО|منظمة التجارة العالمية|世界贸易组织|世贸组织|Tổ chức Thương mại Thế giới
org:opec|OPEC|OPEC|Organization of the Petroleum Exporting Countries|OPEP|Organisation des pays exportateurs de pétrole|Organización de Países Exportadores de Petróleo|ОПЕК|أوبك|منظمة البلدان المصدرة للبترول|欧佩克|石油输出国组织|Tổ chức các nước xuất khẩu dầu mỏ|OPEC+|ОПЕК+|أوبك+
org:asean|ASEAN|ASEAN|Association of Southeast Asian Nations|ANASE|Association des nations de l'Asie du Sud-Est|АСЕАН|آسيان|رابطة دول جنوب شرق آسيا|东盟|東盟|东南亚国家联盟|Hiệp hội các quốc gia Đông Nam Á|ASEAN
org:au|African Union|AU|Union africaine|UA|Unión Africana|Afrikanische Union|Африканский союз|الاتحاد الأفريقي|الاتحاد الإفريقي|非洲联盟|非盟|Liên minh châu Phi
org:arableague|Arab League|League of Arab States|Ligue arabe|Liga Árabe|Arabische Liga|Лига арабских государств|ЛАГ|جامعة الدول العربية|الجامعة العربية|阿拉伯国家联盟|阿盟|Liên đoàn Ả Rập
org:g7|G7|G7|Group of Seven|G-7|Groupe des sept|Grupo de los Siete|Gruppe der Sieben|Большая семёрка|Большая семерка|مجموعة السبع|七国集团|Nhóm G7|Г7
org:g20|G20|G20|Group of Twenty|G-20|Groupe des vingt|Grupo de los Veinte|Gruppe der Zwanzig|Большая двадцатка|مجموعة العشرين|二十国集团|Nhóm G20|Г20
org:brics|BRICS|BRICS|БРИКС|بريكس|مجموعة بريكس|金砖国家|金磚國家|Khối BRICS
org:redcross|Red Cross|International Committee of the Red Cross|ICRC|CICR|Croix-Rouge|Comité international de la Croix-Rouge|Cruz Roja|Comité Internacional de la Cruz Roja|Rotes Kreuz|Internationales Komitee vom Roten Kreuz|IKRK|Красный Крест|МККК|Международный комитет Красного Креста|الصليب الأحمر|اللجنة الدولية للصليب الأحمر|红十字会|红十字国际委员会|Chữ thập đỏ|Hội Chữ thập đỏ|Croce Rossa|Kızılhaç
org:redcrescent|Red Crescent|Croissant-Rouge|Media Luna Roja|Roter Halbmond|Красный Полумесяц|الهلال الأحمر|红新月会|Kızılay
org:kremlin|Kremlin|Kremlin|Kreml|Кремль|الكرملين|克里姆林宫|Điện Kremlin|Cremlino|Kremlinul|Κρεμλίνο|הקרמלין|크렘린|クレムリン|کرملین|Кремль
org:whitehouse|White House|White House|Maison-Blanche|Maison Blanche|Casa Blanca|Weißes Haus|Белый дом|البيت الأبيض|白宫|白宮|Nhà Trắng|Casa Bianca|Casa Branca|Beyaz Saray|Λευκός Οίκος|הבית הלבן|백악관|ホワイトハウス|کاخ سفید
org:pentagon|Pentagon|Pentagon|Pentagone|Pentágono|Пентагон|البنتاغون|البنتاجون|五角大楼|Lầu Năm Góc
org:osce|OSCE|OSCE|Organization for Security and Co-operation in Europe|Organisation pour la sécurité et la coopération en Europe|Organización para la Seguridad y la Cooperación en Europa|OSZE|ОБСЕ|Организация по безопасности и сотрудничеству в Европе|منظمة الأمن والتعاون في أوروبا|欧洲安全与合作组织|欧安组织|Tổ chức An ninh và Hợp tác châu Âu
org:unhcr|UNHCR|UNHCR|UN Refugee Agency|HCR|Haut Commissariat des Nations unies pour les réfugiés|ACNUR|УВКБ ООН|المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية اللاجئين|联合国难民署|Cao ủy Liên Hợp Quốc về người tị nạn
org:unicef|UNICEF|UNICEF|ЮНИСЕФ|اليونيسف|联合国儿童基金会|Quỹ Nhi đồng Liên Hợp Quốc
org:unesco|UNESCO|UNESCO|ЮНЕСКО|اليونسكو|联合国教科文组织|Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc
org:iaea|IAEA|IAEA|International Atomic Energy Agency|AIEA|Agence internationale de l'énergie atomique|OIEA|Organismo Internacional de Energía Atómica|IAEO|Internationale Atomenergiebehörde|МАГАТЭ|الوكالة الدولية للطاقة الذرية|国际原子能机构|Cơ quan Năng lượng Nguyên tử Quốc tế
org:icc|International Criminal Court|ICC|CPI|Cour pénale internationale|Corte Penal Internacional|Internationaler Strafgerichtshof|IStGH|Международный уголовный суд|МУС|المحكمة الجنائية الدولية|国际刑事法院|Tòa án Hình sự Quốc tế
org:interpol|Interpol|Interpol|Интерпол|الإنتربول|国际刑警组织|Tổ chức Cảnh sát Hình sự Quốc tế
org:ecb|European Central Bank|ECB|BCE|Banque centrale européenne|Banco Central Europeo|Europäische Zentralbank|EZB|Европейский центральный банк|ЕЦБ|البنك المركزي الأوروبي|欧洲央行|Ngân hàng Trung ương châu Âu
org:eucommission|European Commission|Commission européenne|Comisión Europea|Europäische Kommission|Еврокомиссия|Европейская комиссия|المفوضية الأوروبية|欧盟委员会|Ủy ban châu Âu
org:oic|Organisation of Islamic Cooperation|OIC|OCI|Organisation de la coopération islamique|Организация исламского сотрудничества|ОИС|منظمة التعاون الإسلامي|伊斯兰合作组织
org:gcc|Gulf Cooperation Council|GCC|Conseil de coopération du Golfe|CCG|Совет сотрудничества арабских государств Персидского залива|مجلس التعاون الخليجي|مجلس التعاون لدول الخليج العربية|海湾合作委员会
org:ria|RIA Novosti|RIA Novosti|РИА Новости|ريا نوفوستي|俄新社|RIA
org:tass|TASS|TASS|ТАСС|تاس|塔斯社|ITAR-TASS|ИТАР-ТАСС
org:reuters|Reuters|Reuters|Рейтер|Рейтерс|رويترز|路透社|Ρόιτερς
org:afp|Agence France-Presse|AFP|Agence France-Presse|France-Presse|Франс Пресс|وكالة الصحافة الفرنسية|فرانس برس|法新社
org:ap|Associated Press|Associated Press|Ассошиэйтед Пресс|أسوشيتد برس|美联社
org:astanatimes|The Astana Times|Astana Times|The Astana Times|Астана Таймс|أستانا تايمز
org:kazinform|Kazinform|Kazinform|Казинформ|كازينفورم
`;

let parsed: CuratedEntry[] | undefined;

export function organisations(): CuratedEntry[] {
  if (parsed) return parsed;
  parsed = RAW.trim().split('\n').map((line) => {
    const [id, canonical, ...names] = line.split('|');
    return { id: id!, canonical: canonical!, names: [...new Set([canonical!, ...names])] };
  });
  return parsed;
}
