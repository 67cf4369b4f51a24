import { arabicVariants, foldName } from '../gazetteer/fold.js';
import { ownValue } from '../../core/own-value.js';

// Words that organisation names are built from, in many languages, grouped by meaning, written for
// this project. A name's meaning words are compared as concepts; what is left (proper names) is
// compared by sound. Entries are prefixes of folded words (so inflected forms match); entries for
// scripts without spaces are matched as substrings.
const RAW = `
party|party|parti|partei|partido|partito|partij|partia|partidul|partija|partiya|partei|puolue|erakond|párt|pártja|κόμμα|κομμα|партия|партии|партија|партиja|партія|партиясы|حزب|الحزب|حزب|پارٹی|党|黨|đảng|parti|partisi|partiet|stranka|strana|flokkur|alderdi|კავშირი|странка|странке|komma|kómma|κομμα|puolue|partija|партія|erakond|párt|partisi|partiyası|partai|partia|پارٹی|جماعت|पार्टी|당|პარტია|կուսակցություն|partit|partido|מפלגת|מפלגה|המפלגה|พรรค|दल|দল|партыя|plaid|hizb|hezb|hizbul|hizbut|partai|chama|pártja|partidului|нам|erakonna|puolueen|partiet|partij|strana|stranka|stranke|ҳизб|hizbi|ګوند|پارتی|partî
democratic|democrat|démocrat|demokrat|democrát|democrát|democratic|democrátic|demokraatt|demokraat|δημοκρατ|демократ|ديمقراط|ديموقراط|دموکرات|دمکرات|ڈیموکریٹ|民主|dân chủ|demokratik|dimokrat|demokratisk|लोकतांत्रिक|민주|demokratik|დემოკრატიული|ժողովրդավարական|demokratska|demokratski|demokratická|demokratyczn|demokraattinen|demokratesch|דמוקרטית|הדמוקרטית|ประชาธิปัตย์|ประชาธิปไตย|गणतांत्रिक|গণতান্ত্রিক|ардчилсан|demokrasia|демакрат|jamhoori|jamhuri|demokrasia|demokratike|democrata|democrată|democrat|demokratų|demokrātiskā|demokraatlik|دیموکرات|demokrat|демократска|демократски|дэмакратычн
people|people|popul|peopl|volk|people's|folk|narod|ludow|народ|народн|λαϊκ|λαϊκό|شعب|الشعب|شعبي|مردم|عوام|عوامی|人民|nhân dân|halk|rahva|nép|nepal|rakyat|halkın|народн|narodna|narodni|국민|인민|rakyat|halk|जनता|ժողովրդական|narodna|narodni|ludowa|lidová|populaire|popular|popolare|volks|folke|העם|ประชาชน|ардын|народн|peupl|پیپلز|پیپلزپارٹی|folkeparti|folkpart|narodn|ludowe|people's|janata|rakyat|wananchi|kansan|kansan|tautas|rahva|ludowa|lidova|lidová|néppárt|neppart|folkeparti|volkspartij|ардын|народна|народні|народний|halkın|halkin
national|national|nacional|nazional|nationaal|narodow|natsional|национал|національ|εθνικ|وطني|الوطني|قومي|ملی|قومی|国家|國家|民族|quốc gia|ulusal|milli|kansallis|nemzeti|nasional|milliyetçi|राष्ट्रीय|ეროვნული|ազգային|nacionalna|narodowy|kansallinen|nationale|nazionale|הלאומית|לאומית|ชาติ|জাতীয়|үндэсний|国民|國民|qaumi|qoumi|rashtriya|kebangsaan|kitaifa|nacionala|nacionalā|nacionalinė|kansallinen|narodowa|narodowy|nazionale|milliyetci|milliyetçi|nationella|natl|نیشتمان|nîştiman|niştiman|نیشنل|نيشنل
union|union|unión|união|unione|unie|unia|uniunea|bund|союз|савез|сојуз|съюз|спілка|ένωση|ενωση|اتحاد|الاتحاد|اتحادیه|联盟|聯盟|同盟|liên minh|birliği|birlik|liit|unionist|unionista|unioniste|연합|persatuan|savez|sojusz|unija|union|jedinstvo|egység|统一|統一|unification|unificación|vereinigung|объединени|איחוד|האיחוד|ittehad|ittihad|umoja|bersatu|sąjunga|sajunga|savienība|savieniba|szövetség|szovetseg|bashkimi|uniunea|liitto|liit|съюз|спілка|unie|uniao|união|aliança|alianta|alianța|aleanca|lidhja|lidhje|یەکێتی|yekîtî|юнионист|zajednic|заједниц|содружеств|сојуз|savez
liberal|liberal|libéral|liberál|liberaal|либерал|φιλελεύθερ|ليبرال|لیبرال|自由|tự do|liberal|자유|liberalna|liberální|liberaln|ליברלית|ליברל|liberaux|liberaal|הליברל|ליברלי|احرار|الأحرار|الاحرار|liberale|liberalna|liberalni|либерални
social|social|sozial|socjal|sociál|sosyal|социал|соціал|κοινωνικ|اجتماعي|اجتماعی|社会|社會|xã hội|사회|sosial|socijal|sociální|społeczn|סוציאל|समाज|σοσιαλ|sosial|szocial|sociaal|социјал|سوسیال|سوسيال
socialist|socialist|sozialist|socialiste|socialista|социалист|σοσιαλιστ|اشتراكي|سوسیالیست|社会主义|xã hội chủ nghĩa|समाजवादी|সমাজতান্ত্রিক|samajwadi|socialista|socialiste|socijalisticka|socijalistička|sosialistisk|szocialista|socialistická|socialistische|socjalistyczna
republican|republic|républic|republik|repubblic|repúblic|republik|республик|рэспублік|δημοκρατία|ρεπουμπλικ|جمهوري|الجمهوري|جمهوریخواه|共和|cộng hòa|cumhuriyet|공화|republik|რესპუბლიკური|հանրապետական|republikan|republikańsk|res publica|publica
labour|labour|labor|travaill|trabalh|laborist|laburist|arbeider|arbeit|arbeiter|arbete|työ|труд|трудов|робітн|εργατικ|عمال|العمال|کارگر|工党|工黨|劳动|勞動|lao động|işçi|working|work|muncitor|عامل|العامل|trabajador|trabalhador|arbeider|노동|emek|buruh|rad|радник|työväen|העבודה|עבודה|श्रमिक|лейборист|pracy|praca|pracujacych|労働|työ|tyovaen|arbeid|arbeiderparti
workers|worker|ouvrier|obrer|operai|рабоч|работни|εργαζόμεν|العامل|العاملين|工人|công nhân|robotnicz|robotnik|dělnick|delnick|radnick|работническ|робітнич
green|green|vert|verts|verde|grün|groen|zieleni|зелён|зелен|πράσιν|خضر|الخضر|سبز|绿|綠|xanh|yeşil|vihre|녹색|hijau|zelen|zielon|vihreä|הירוקים|ירוקה|緑|gron|grona|miljo|miljö|žaliųjų|zaliuju|zaļo|zalo|roheliste|groen|groenlinks
conservative|conservat|konservat|консерват|συντηρητικ|محافظ|المحافظ|محافظه|保守|bảo thủ|muhafazakar|보수|muhafazakâr|konzervativ|konserwat|conserva|konserwatyw|συντηρητ|høyre|hoyre|moderat|kokoomus
progressive|progress|progrès|progres|progresist|прогресс|προοδευτικ|تقدم|التقدمي|تقدمی|进步|進步|tiến bộ|ilerici|پیشرو|پیشروی|progresist|진보|progresif|napred|napredna|fremskritt|edistys|fremskridt|προόδ|πρόοδ|напред|напредна|прогрес|ilerleme
centre|centre|center|centro|centrum|zentrum|zentr|senter|center|keskus|keskerakond|центр|центъра|центар|κέντρ|الوسط|وسط|مرکز|中间|中間|中央|trung tâm|merkez|중도|centr|keskusta
united|united|unido|unida|unito|uni|vereinigt|vereinig|zjednocz|объединен|объединён|обединен|уједињен|ενωμέν|متحد|المتحدة|متحده|متحدہ|联合|聯合|thống nhất|birleşik|muttahida|mottahedeh|един|єдин|јединствен|موحد|الموحدة|الموحد|unie|unidos|zjednoczon|bersatu
new|new|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|neue|neu|nieuw|nowa|новая|новый|нова|ново|νέα|νέο|جديد|الجديد|نو|نیا|新|mới|yeni|uus|새|baru|nova|novi|nowa|uusi|חדשה|החדשה|baru|nowa|nová|nova|nové|uus|jauna|naujoji|új
movement|movement|mouvement|movimiento|movimento|bewegung|beweging|ruch|движени|движење|рух|κίνημα|حركة|الحركة|جنبش|تحریک|运动|運動|phong trào|hareket|gerakan|pokret|hnutí|운동|liike|harakat|harakah|harkat|tehrik|tahrik|tehreek|tahreek|lëvizja|levizja|mișcarea|miscarea|mozgalom|hnutí|hnuti|pokret|liike|rörelse|beweging|movimento|движение|рух
front|front|frente|fronte|фронт|μέτωπο|جبهة|الجبهة|جبهه|محاذ|阵线|陣線|mặt trận|cephe|jabhat|jabha|jebhe|mahaz|frontul|fronte|фронту|фронт
alliance|alliance|alianza|aliança|allianz|alleanza|альянс|союз|συμμαχία|تحالف|التحالف|ائتلاف|اتحاد|联盟|同盟|liên minh|ittifak
coalition|coalition|coalición|coligação|koalition|koalicja|коалиция|коалиција|коаліція|συνασπισμ|ائتلاف|الائتلاف|تحالف|联盟|联合|liên minh|koalisyon|koalitsioon
congress|congress|congrès|congreso|kongress|kongres|конгресс|κογκρέσο|مؤتمر|المؤتمر|کنگره|کانگریس|大会|国大党|quốc đại|kongre|kongres|국민회의|कांग्रेस|কংগ্রেস
league|league|ligue|liga|lega|лига|λίγκα|رابطة|الرابطة|جامعة|لیگ|联盟|聯盟|liên đoàn|lig|لیگ|ليغ|lig
convention|convention|convención|convenção|конвент|συνέλευση|مؤتمر|convention
rally|rally|rassemblement|agrupación|reagrupamiento|sammlung|συναγερμ|συσπείρωση|تجمع|التجمع|ائتلاف|联盟|tập hợp
ecological|ecolog|écolog|ökolog|экологи|οικολογ|الإيكولوجية|الايكولوجية|ایکولوژیک|生态|sinh thái
environmental|environment|environnement|medio ambiente|ambient|umwelt|окружающ|экологическ|περιβαλλ|البيئية|البيئة|بيئي|محیط|环境|môi trường
foundation|foundation|fondation|fundación|fundação|stiftung|fundacja|фонд|ίδρυμα|مؤسسة|المؤسسة|بنیاد|基金会|quỹ|vakıf
islamic|islam|islám|ислам|ισλαμ|إسلام|اسلام|الإسلامي|الاسلامي|اسلامی|伊斯兰|hồi giáo|islami|islami|islamiyah|islamiya|islamique
christian|christ|chrét|cristian|krześc|христиан|χριστιαν|مسيحي|مسیحی|基督|kitô|hristiyan|chrzescij|キリスト|기독교|基督教|hristiyan|christelijk|kristelig|キリスト教|kereszteny|keresztény|křesťan|krestan|kristillis|christen|krikščion|kriksc|krist
communist|communis|kommunis|komunis|коммунист|комунист|κομμουνιστ|شيوعي|الشيوعي|کمونیست|共产|共產|cộng sản|komünist|קומוניסט|कम्युनिस्ट|কমিউনিস্ট|comunis|komunist|κομμουνισ
independent|independ|indépend|unabhängig|niezależn|независим|незалежн|ανεξάρτητ|مستقل|المستقل|独立|độc lập|bağımsız|független|fuggetlen|nezávislá|nezavisla|nezavisna|бағымсыз
reform|reform|réform|реформ|μεταρρύθμ|إصلاح|الإصلاح|اصلاح|改革|cải cách
justice|justice|юстиц|justicia|justiça|giustizia|gerechtigkeit|sprawiedliw|справедлив|δικαιοσύνη|عدالة|العدالة|عدالت|正义|公正|công lý|adalet|just|juste|justo|giusto|gerecht|spraved|adalet|정의|keadilan|pravda|sprawiedliwości|insaf|adl|keadilan|adalat|انصاف
development|development|développement|desarrollo|desenvolvimento|sviluppo|entwicklung|развит|ανάπτυξ|تنمية|التنمية|توسعه|发展|phát triển|kalkınma|kalkınma|pembangunan|razvoj|rozwój|maendeleo|razvitie|развитие|развития|розвитку|развитието|razvoja|rozwoju|kalkinma
freedom|freedom|liberté|libertad|liberdade|libertà|freiheit|wolnoś|свобод|ελευθερ|حرية|الحرية|آزادی|自由|tự do|özgürlük|özgürlük|kebebasan|sloboda|svoboda|wolność|vapaus|libertà|liberta|szabadság|szabadsag|vrijheid|laisvės|laisves|brīvība|briviba|свобода|свободи
unity|unity|unité|unidad|unità|einheit|jedność|единств|єдн|ενότητα|وحدة|الوحدة|وحدت|团结|團結|đoàn kết|birlik
citizens|citizen|citoyen|ciudadan|cidadã|bürger|obywatel|гражданск|граждан|πολιτ|مواطن|المواطنين|شهروند|公民|công dân|vatandaş|građan|občan|obywatel|kansalais|občanská|obcanska|građana|gradjana|pilsoņu|pilsonu|piliečių|pilieciu|граждани
civic|civic|civique|cívic|civil|гражданск|πολιτικ|مدني|المدني|مدنی|公民|dân sự|sivil
homeland|homeland|patri|heimat|ojczyzn|отечеств|родин|πατρίδ|وطن|الوطن|میهن|祖国|tổ quốc|vatan|vatan|tanah air|domovin|ojczyzna|batkivshchyna|батьківщина|отан|isamaa|tėvynės|tevynes|fatherland|vaterland|patria|ojczyzna|отечество|отечества
bank|bank|banque|banco|banca|банк|τράπεζα|بنك|البنك|بانک|银行|銀行|ngân hàng|banka|مصرف|المصرف|banking|unhaeng|은행|eunhaeng
credit|credit|crédit|crédito|kredit|кредит|πίστ|ائتمان|الائتمان|اعتبار|信贷|信用|tín dụng
group|group|groupe|grupo|gruppo|gruppe|grupa|групп|група|όμιλος|ομάδα|مجموعة|المجموعة|گروه|集团|集團|tập đoàn|grup|jamaat|jamaah|jemaah|jamiat|jamiyat|jemaa|جماعة|الجماعة
industries|industr|индустри|промышлен|βιομηχαν|صناعات|الصناعات|صنایع|工业|工業|công nghiệp|sanayi|التصنيع|تصنيع|industrializ|industrialis|индустриализ
company|company|compagnie|compañía|companhia|gesellschaft|firma|компания|εταιρεία|شركة|الشركة|شرکت|公司|công ty|şirket|co|corp|inc|ltd|llc|plc|gmbh
establishment|establishment|établissement|establecimiento|einrichtung|учреждени|ίδρυμα|المؤسسة|مؤسسة|المصلحة|مصلحة|机构|cơ sở|est|estab
general|general|général|generale|allgemein|генеральн|общ|γενικ|العامة|عامة|العام|عام|عمومی|总|總|tổng|genel
state|state|état|estado|stato|staat|państw|государствен|державн|κρατικ|الحكومية|حكومية|الدولة|دولة|دولتی|国家|國家|国营|nhà nước|devlet|государств|держав|دولت
farms|farm|ferme|granja|fazenda|bauernhof|ферм|αγρόκτημα|المزارع|مزارع|مزرعه|农场|nông trại|çiftlik
agrarian|agrar|agrair|agrari|аграр|αγροτ|زراعي|الزراعي|کشاورز|农业|農業|nông nghiệp|tarım|country|valstiečių|valstieciu|zemnieku|farmers|ауыл|rolników|rolnikow
organization|organi|организаци|организациј|οργάνωση|οργανισμ|منظمة|المنظمة|سازمان|组织|組織|tổ chức|örgüt|tanzim|tanzeem|tashkil|pertubuhan|tashkilot|örgütü|orgutu|organizacja|organizace|organizácia|organisasi|org|pertubuhan|persatuan
committee|committee|comité|comitato|komitee|ausschuss|комитет|επιτροπή|لجنة|اللجنة|کمیته|委员会|委員會|ủy ban|komite|комиссия|комісія|επιτροπ|هيئة|الهيئة|کمیسیون|委員會|委员会|komisyon
council|council|conseil|consejo|consiglio|rat|rada|совет|савет|рада|συμβούλιο|مجلس|المجلس|شورا|理事会|委员会|hội đồng|konsey|majlis|majles|shura|shoura
ministry|ministry|ministère|ministre|ministerio|ministero|ministerium|ministerstw|министерств|міністерств|υπουργείο|وزارة|الوزارة|وزارت|部|bộ|bakanlık|bakanl|משרד|省|ministerstvo|ministarstvo
forces|forces|fuerzas|forze|kräfte|силы|δυνάμεις|قوى|القوى|قوات|نیروها|力量|lực lượng|güçler
action|action|acción|ação|azione|aktion|действи|δράση|عمل|العمل|اقدام|行动|hành động|eylem|tindakan|akcja|akce
change|change|changement|cambio|mudança|wandel|veränderung|перемен|изменени|промен|αλλαγή|تغيير|التغيير|تغییر|变革|改变|thay đổi|değişim
renewal|renew|renouve|renov|erneuer|обновл|обнов|ανανέω|تجديد|التجديد|نوسازی|革新|更新|đổi mới|yenilen|維新|维新
prosperous|prosper|prosperous|prospère|próspera|blühend|процветающ|процъфтя|ευημερ|مزدهر|المزدهر|شکوفا|繁荣|繁榮|thịnh vượng|müreffeh
radical|radical|radicale|radikal|радикал|ριζοσπαστ|راديكالي|رادیکال|激进|激進|cấp tiến
peasant|peasant|paysan|campesin|bauern|крестьян|селянськ|селяч|chłop|rolnik|农民|農民|nông dân|köylü|فلاح|الفلاحين
solidarity|solidar|солидарн|αλληλεγγύη|تضامن|التضامن|همبستگی|团结|đoàn kết|dayanışma
muslim|muslim|moslem|musulman|musulmán|muçulman|müslüman|мусульман|μουσουλμ|المسلمين|مسلمان|穆斯林|المسلمون|المسلمين|muzulman|muzułman|musulmani|muslimani|مسلم|مسلمان
revolutionary|revolution|révolution|revoluci|rivoluzion|revoluç|революци|революц|επαναστ|ثوري|الثوري|ثورة|الثورة|انقلاب|革命|cách mạng|devrim|inqilab|inquilab|rewolucyj|revolucionar|mapinduzi|inquilabi
sovereignty|sovereign|souverain|soberan|sovran|souverän|суверен|κυριαρχ|سيادة|السيادة|主权|主權|chủ quyền|egemen
federal|federal|fédéra|federa|föderal|федерал|федерац|ομοσπονδ|اتحادي|الاتحادي|联邦|聯邦|liên bang|föderation|foderation|federacj|федерации|федерація
regional|regional|régional|regionale|regionál|регионал|περιφερειακ|إقليمي|الإقليمي|地区|地區|khu vực|bölgesel|region|регион|регіон|الأقاليم|أقاليم|الاقاليم|περιφερει
platform|platform|plateforme|plataforma|piattaforma|plattform|platforma|платформ|πλατφόρμ|منصة|平台|nền tảng
bloc|bloc|bloque|blocco|block|blok|блок|μπλοκ|كتلة|الكتلة
assembly|assembl|asamblea|versammlung|zgromadz|собрани|συνέλευση|جمعية|الجمعية|meclis|议会|議會|assemblée|assemblee|assemblea|assembleia|ассамбле
community|communit|communauté|comunidad|comunità|comunidade|gemeinschaft|wspólnot|сообществ|общност|κοινότητ|مجتمع|المجتمع|共同体|cộng đồng|topluluk
association|associat|asociaci|associaç|associaz|vereinigung|stowarzysz|ассоциаци|асоціаці|σύνδεσμ|رابطة|协会|協會|hiệp hội|dernek|assn|assoc
liberation|liberation|libération|liberación|libertação|liberazione|befreiung|wyzwol|освобожд|визвол|απελευθ|تحرير|التحرير|解放|giải phóng|kurtuluş
resistance|resist|résistance|resistencia|widerstand|сопротивлени|αντίστασ|مقاومة|المقاومة|抵抗|kháng chiến|direniş
army|army|armée|ejército|esercito|armee|armia|армия|армии|στρατ|جيش|الجيش|ارتش|lashkar|jaish|quân đội|ordu
brigade|brigad|brigata|бригад|ταξιαρχ|كتائب|كتيبة|لواء|旅|tugay|kataib|katibat|kata'ib
jihad|jihad|djihad|yihad|dschihad|джихад|τζιχάντ|جهاد|الجهاد|圣战|聖戰|cihat
supporters|supporters|partisans|partidarios|sostenitori|anhänger|сторонник|υποστηρικτ|أنصار|انصار|ansar|ansaru
foreign|foreign|foreign office|quai d'orsay|étrang|extranjer|estrangeir|esteri|auswärtig|zagranicz|иностран|закордон|εξωτερ|الخارجية|خارجية|خارجه|外交|ngoại giao|dışişleri|external|extérieur|exterior|外務|외교|החוץ|hachutz
affairs|affairs|affaires|asuntos|assuntos|affari|angelegenheit|spraw|дел|справ|υποθέσ|شؤون|امور|事务|事務|sự vụ|işleri
interior|interior|intérieur|interno|innern|inneres|wewnętrzn|внутренн|внутрішн|εσωτερ|الداخلية|داخلية|内政|內政|内务|內務|nội vụ|içişleri
defence|defence|defense|défense|defensa|defesa|difesa|verteidig|obrony|оборон|άμυν|الدفاع|دفاع|国防|國防|quốc phòng|savunma|국방
finance|financ|finanz|finans|финанс|οικονομικ|المالية|مالية|财政|財政|tài chính|maliye
security|security|sécurité|seguridad|segurança|sicurezza|sicherheit|bezpieczeństw|безопасност|безпек|ασφάλει|الأمن|امنیت|安全|an ninh|güvenlik
trade|trade|trading|commerc|comercio|handel|торгов|εμπορ|تجارة|التجارة|贸易|貿易|thương mại|ticaret
construction|construct|construcci|construç|costruzion|bauunternehm|budow|строител|κατασκευ|إنشاء|الإنشاءات|建设|建設|xây dựng|inşaat
future|future|avenir|futur|futuro|zukunft|przyszło|будущ|майбут|μέλλον|مستقبل|المستقبل|آینده|未来|未來|tương lai|gelecek
hope|hope|espoir|esperanza|speranza|hoffnung|nadziej|надежд|надія|ελπίδ|أمل|الأمل|امید|希望|hy vọng|umut
women|women|femmes|mujeres|frauen|kobiet|женщин|жінок|γυναικ|نساء|المرأة|زنان|妇女|婦女|phụ nữ|kadın
youth|youth|jeunes|jeunesse|juventud|juventude|gioventù|jugend|młodzież|молодёж|молодеж|молод|νεολαία|شباب|الشباب|جوانان|青年|thanh niên|gençlik
pensioners|pensioner|retraités|jubilados|pensionati|rentner|emeryt|пенсионер|пенсіонер|συνταξιούχ|المتقاعدين|退休|hưu trí|emekli
left|left|gauche|izquierda|sinistra|linke|lewic|левы|левая|левые|лівих|αριστερ|اليسار|左翼|cánh tả|esquerda|vänster|vanster|venstre|vasemmisto|ľavica|levica|ljevica|левица|сол
pirate|pirat|pirate|пират|πειρατ|القراصنة|海盗|海盜|hải tặc|korsan
renaissance|renaiss|renacimiento|rinascimento|renascimento|wiedergeburt|odrodzen|возрожден|відродж|αναγέννησ|نهضة|النهضة|复兴|復興|phục hưng|diriliş|rebirth|revival|rifondazione|refoundation|revival|vozrozhdenie
initiative|initiativ|iniciativ|iniziativ|inicjatyw|инициатив|ініціатив|πρωτοβουλ|مبادرة|المبادرة|倡议|倡議|sáng kiến|girişim
order|order|ordre|orden|ordine|ordnung|porząd|порядок|порядк|τάξη|秩序|trật tự|düzen
law|law|loi|ley|legge|gesetz|prawo|закон|νόμος|νομιμ|قانون|القانون|luật|hukuk|legal|légal|legalit|правопоряд|право|droit|dret|recht|hukum
agency|agency|agence|agencia|agenzia|agentur|agencj|агентств|υπηρεσία|وكالة|الوكالة|cơ quan|ajans
democracy|democra|démocra|demokra|демокра|ديمقراطية|الديمقراطية|民主主义|dân chủ
brotherhood|brotherhood|brothers|frères|freres|hermanos|fratelli|bruderschaft|brüder|bractwo|братья|братство|αδελφότητ|αδελφοί|الإخوان|اخوان|الاخوان|兄弟|kardeşler|kardesler|irmandade|broederschap|兄弟会|兄弟會
international|international|internacional|internazionale|internationale|internationaal|międzynarod|miedzynarod|международн|міжнародн|διεθν|دولي|الدولي|الدولية|بین‌المللی|بين المللي|国际|國際|quốc tế|uluslararası|uluslararasi|intl
world|world|mondial|mondiale|mundial|welt|światow|swiatow|всемирн|світов|παγκόσμι|العالمي|العالمية|جهانی|世界|thế giới|dünya|global|globale|глобальн
relief|relief|secours|socorro|hilfswerk|помощ|допомог|αρωγ|إغاثة|الإغاثة|اغاثه|救济|救援|cứu trợ|yardım|yardim
charity|charit|benevolen|welfare|bienfaisance|beneficencia|wohltät|благотвор|φιλανθρωπ|خيرية|الخيرية|الخيري|خیریه|慈善|từ thiện|hayır|khayriya|khairiya
institute|institut|instituto|istituto|институт|інститут|ινστιτούτ|معهد|المعهد|مؤسسه|研究所|研究院|viện|enstitü|enstitu|inst
research|research|recherche|investigaci|ricerca|forschung|исследоват|дослідж|έρευν|بحوث|البحوث|پژوهش|研究|nghiên cứu|araştırma|arastirma
department|department|département|departamento|dipartimento|abteilung|департамент|отдел|τμήμα|دائرة|إدارة|الإدارة|اداره|部门|部門|phòng|daire|dept|bureau|бюро|مكتب|المكتب|局|总局|總局
guard|guard|garde|guardia|guarda|gwardia|гвардия|гвардії|φρουρ|حرس|الحرس|پاسداران|近卫|衛隊|vệ binh|muhafız|muhafiz
corps|corps|cuerpo|korps|korpus|корпус|σώμα|فيلق|سپاه|军团|軍團|quân đoàn|kolordu
investment|invest|инвест|інвест|επενδ|استثمار|الاستثمار|سرمایه|投资|投資|đầu tư|yatırım|yatirim
shipping|shipping|maritime|navigation|naviera|schiffahrt|schifffahrt|морск|ναυτιλ|ملاحة|الملاحة|کشتیرانی|航运|航運|hàng hải|denizcilik
petroleum|petrol|oil|нефт|нафт|πετρελ|نفط|النفط|نفت|石油|dầu khí
energy|energ|энерг|енерг|ενέργει|طاقة|الطاقة|انرژی|能源|năng lượng|enerji
engineering|engineer|ingénier|ingenier|ingegner|инженер|інженер|μηχανικ|هندسة|الهندسية|الهندسة|مهندسی|工程|kỹ thuật|mühendis|muhendis
airlines|airline|airways|aérien|aerolínea|aerolinea|fluggesellschaft|авиакомпани|авиалини|αερογραμμ|طيران|الطيران|هواپیمایی|航空|hàng không|havayolu|الجوية|جوية|الخطوط|airway
mining|mining|minier|minera|mineraria|bergbau|горнодобы|горнорудн|εξορυκ|تعدين|التعدين|معدن|矿业|礦業|khai thác|madencilik
health|health|santé|sante|salud|saúde|saude|sanità|sanita|gesundheit|zdrowi|здравоохранен|здоровья|здоров'я|υγεία|υγειας|الصحة|صحة|بهداشت|卫生|衛生|保健|y tế|sağlık|saglik|kesihatan|kesehatan|sundhed|hälso|halso|terveys
education|education|éducation|educación|educacion|educação|educacao|istruzione|bildung|edukacj|oświat|oswiat|образовани|освіт|παιδεία|παιδειας|التربية|التعليم|تعليم|آموزش|教育|giáo dục|eğitim|egitim|pendidikan|pelajaran|utbildning|opetus
court|court|cour|tribunal|corte|gericht|sąd|sad|суд|δικαστήριο|δικαστηριο|محكمة|المحكمة|دادگاه|法院|法庭|tòa án|mahkeme|mahkamah|domstol|oikeus
supreme|supreme|suprême|supremo|suprema|oberst|najwyższ|najwyzsz|верховн|ανώτατ|ανωτατ|العليا|عليا|عالی|最高|tối cao|yüksek|yuksek|agung|högsta|hogsta|høyeste|korkein
moderate|moderate|modéré|moderado|moderato|moderat|moderaterna|умерен|помірк|μετριοπαθ|معتدل|温和|穩健|ılımlı|maltillinen
alternative|alternative|alternativ|alternativa|alternatywa|альтернатив|αλλαγ|εναλλακτικ|البديل|بديل|选择|選擇|另类|alternatif
north|north|northern|nord|norte|nordic|север|північ|βόρει|الشمال|شمال|北方|北部|kuzey|pohjois
rights|rights|droits|derechos|diritti|direitos|rechte|права|prava|praw|δικαιωμ|حقوق|الحقوق|权利|權利|人权|haklar|hak
military|military|militaire|militar|militär|военн|військов|στρατιωτικ|العسكري|عسكري|العسكرية|نظامی|军事|軍事|askeri
atomic|atomic|nuclear|atomique|nucléaire|nuclear|atom|атомн|ядерн|ατομικ|πυρηνικ|الذرية|الذري|النووي|نووي|اتمی|هسته|原子|核|nükleer
fighting|fighting|fighters|combatant|combattant|combatiente|kämpfer|боев|бойц|μαχητ|المقاتلة|مقاتل|المقاتلين|战斗|戰鬥|savaşan|muqatil
pharmaceutical|pharma|drug|médicament|medicament|medicamento|arznei|фармацевт|лекарств|φαρμακ|الأدوية|ادوية|الادوية|دارو|制药|製藥|药|藥|ilaç|ilac
transport|transport|transporte|trasport|verkehr|транспорт|μεταφορ|النقل|نقل|حمل‌ونقل|运输|運輸|ulaştırma|ulastirma
constitutional|constitution|constitucion|constituição|costituzion|verfassung|konstytucyj|конституц|συνταγματ|دستور|الدستوري|立憲|立宪|宪政|憲政|hiến pháp|anayasa|입헌
`;

const STOP = new Set(['d', 'l', 'degli', 'dei', 'delle', 'dello', 'nel', 'nella', 'pro', 'υπέρ', 'υπερ', 'pour', 'par', 'per', 'por', 'para', 'pelo', 'pela', 'pel', 'le', 'in', 'to', 'on', 'at', 'with', 'aux', 'au', 'of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'del', 'y', 'e', 'i', 'di', 'della', 'der', 'die', 'das', 'und', 'für', 'fur', 'van', 'het', 'en', 'na', 'za', 'и', 'за', 'на', 'по', 'для', 'της', 'του', 'και', 'των', 'για', 'و', 'من', 'في', 'لل', 'al', 'a', 'o', 'do', 'da', 'dos', 'das', 'z', 'w', 've', 'og', 'för', 'für', 'von']);

// Near-synonyms that translations swap freely count as one concept.
const SYNONYMS: Record<string, string> = {
  alliance: 'union', coalition: 'union', league: 'union', unity: 'union', united: 'union', rally: 'union', solidarity: 'union',
  workers: 'labour', socialist: 'social', ecological: 'green', environmental: 'green', homeland: 'national',
  establishment: 'organization', company: 'organization', group: 'organization', foundation: 'organization', industries: 'organization',
  civic: 'citizens', democracy: 'democratic', association: 'union', farmers: 'agrarian', peasant: 'agrarian',
};

/** Concepts whose words are also common given names or surnames (`Christian`, `Patrick`, `Green`). */
const NAME_LIKE = new Set(['christian', 'national', 'new', 'general', 'justice', 'green', 'freedom', 'citizens', 'action', 'hope', 'law', 'jihad', 'order', 'muslim', 'left', 'future']);

/** Whether a name reads as an organisation's: two meaning words, or one that is not also a personal name. */
export function looksLikeOrganisation(words: OrgWords): boolean {
  return words.concepts.size >= 2 || [...words.concepts].some((c) => !NAME_LIKE.has(c));
}

/** Recognised but compared as nothing: `Federation` is mostly part of a country's name (`Russian Federation`). */
const IGNORED_CONCEPTS = ['federal'];

/** Generic head nouns: a name may drop them in translation (`Parti travailliste` / `Labour`). */
export const GENERIC_CONCEPTS = new Set(['party', 'organization', 'general', 'state', 'affairs']);

interface ConceptTable {
  prefixes: Array<[string, string]>;
  /** Prefixes by their first four letters (exact keys for shorter ones), for the fast path. */
  byHead: Map<string, Array<[string, string]>>;
  substrings: Array<[string, string]>;
  /** Concept of each prefix as the longest-first scan of `prefixes` meets it first. */
  firstByPrefix: Map<string, string>;
  /** Entries of several words (`dân chủ`, `medio ambiente`), padded with a space each side, matched as whole words; and their first word. */
  phrases: Array<[string, string, string]>;
  /** Positions in `phrases` of the phrases starting with each word. */
  phrasesByFirst: Map<string, number[]>;
  /** Positions in `prefixes` of each prefix, ascending. */
  prefixPositions: Map<string, number[]>;
  /** Length of the longest prefix. */
  longestPrefix: number;
}

/**
 * The concept of the first entry of the longest-first prefix list that equals `form` or, from four letters,
 * starts it: one lookup per length of `form` instead of a scan of every prefix.
 */
function longestPrefixConcept(form: string, firstByPrefix: Map<string, string>): string | undefined {
  const exact = firstByPrefix.get(form);
  if (exact !== undefined) return exact;
  for (let length = form.length - 1; length >= 4; length--) {
    const concept = firstByPrefix.get(form.slice(0, length));
    if (concept !== undefined) return concept;
  }
  return undefined;
}

let table: ConceptTable | undefined;

function concepts(): ConceptTable {
  if (table) return table;
  const prefixes: Array<[string, string]> = [];
  const substrings: Array<[string, string]> = [];
  const phrases: Array<[string, string]> = [];
  for (const line of RAW.trim().split('\n')) {
    const [name, ...words] = line.split('|');
    const concept = ownValue(SYNONYMS, name!) ?? name!;
    for (const word of words) {
      const key = foldName(word);
      if (!key) continue;
      if (/[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(key)) substrings.push([key, concept]);
      else if (key.includes(' ')) phrases.push([key, concept]);
      else prefixes.push([key, concept]);
    }
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  substrings.sort((a, b) => b[0].length - a[0].length);
  const byHead = new Map<string, Array<[string, string]>>();
  for (const entry of prefixes) {
    const head = entry[0].slice(0, 4);
    byHead.set(head, [...(byHead.get(head) ?? []), entry]);
  }
  const firstByPrefix = new Map<string, string>();
  for (const [prefix, concept] of prefixes) if (!firstByPrefix.has(prefix)) firstByPrefix.set(prefix, concept);
  const padded = phrases.map(([phrase, concept]): [string, string, string] => [` ${phrase} `, concept, phrase.split(' ')[0]!]);
  const phrasesByFirst = new Map<string, number[]>();
  padded.forEach(([, , first], k) => phrasesByFirst.set(first, [...(phrasesByFirst.get(first) ?? []), k]));
  const prefixPositions = new Map<string, number[]>();
  prefixes.forEach(([prefix], k) => prefixPositions.set(prefix, [...(prefixPositions.get(prefix) ?? []), k]));
  const longestPrefix = prefixes.reduce((longest, [prefix]) => Math.max(longest, prefix.length), 0);
  table = { prefixes, byHead, firstByPrefix, substrings, phrases: padded, phrasesByFirst, prefixPositions, longestPrefix };
  return table;
}

export interface OrgWords {
  concepts: Set<string>;
  /** Words that are no meaning word nor a function word: proper names. */
  rest: string[];
  /** Concepts found through a word that also means another one (Greek `Δημοκρατία`: republic and democracy). */
  alternatives?: Map<string, string>;
}

// Words with two meanings in names, folded: the concept the table gives and the other one.
const AMBIGUOUS: Array<[string, string, string]> = [
  ['δημοκρατια', 'republican', 'democratic'], ['自由', 'liberal', 'freedom'], ['자유', 'liberal', 'freedom'], ['tu do', 'liberal', 'freedom'],
  ['国民', 'national', 'people'], ['國民', 'national', 'people'], ['국민', 'people', 'national'],
];

// Acronyms and clipped words that news uses for ministries, spelled out so their meaning words count.
const SHORT_FORMS: Record<string, string> = {
  'МИД': 'Министерство иностранных дел', 'МВД': 'Министерство внутренних дел', 'Минобороны': 'Министерство обороны',
  'Минфин': 'Министерство финансов', 'Минюст': 'Министерство юстиции', 'МЗС': 'Міністерство закордонних справ',
  'МВС': 'Міністерство внутрішніх справ', 'Міноборони': 'Міністерство оборони', 'Мінфін': 'Міністерство фінансів',
  'MFA': 'Ministry of Foreign Affairs', 'MOFA': 'Ministry of Foreign Affairs', 'FCO': 'Foreign Office', 'FCDO': 'Foreign Office',
  'MAE': 'Ministère des Affaires étrangères', 'MAEE': 'Ministère des Affaires étrangères', 'MOD': 'Ministry of Defence',
};

function spellOut(name: string): string {
  if (!/\p{Lu}\p{Lu}|Мин|Мін/u.test(name)) return name;
  return name.split(/(\s+)/).map((word) => ownValue(SHORT_FORMS, word) ?? word).join('');
}

/**
 * Whether a name written in capitals (`КПРФ`, `SNP`) is the initials of the other name's words, function
 * words left out (`Коммунистическая партия Российской Федерации`, `African National Congress`).
 */
export function isAcronymOf(acronym: string, name: string): boolean {
  const letters = acronym.trim().replace(/\./g, '');
  if (!/^[\p{Lu}]{2,6}$/u.test(letters)) return false;
  const all = name.split(/[\s\-‐‑–—/,]+/).filter((w) => /\p{L}/u.test(w));
  const meaningful = all.filter((w) => !STOP.has(foldName(w)));
  // Initials may keep the articles (`AIAI`, Al-Itihaad al-Islamiya) or leave out a legal form (`OMM`, Ocean
  // Maritime Management Company, Limited).
  const withoutLegalForm = [...meaningful];
  while (withoutLegalForm.length > 2 && LEGAL_FORMS.has(foldName(withoutLegalForm[withoutLegalForm.length - 1]!))) withoutLegalForm.pop();
  const initials = (words: string[]) => words.map((w) => w.replace(/^[^\p{L}]+/u, '')[0] ?? '').join('').toUpperCase();
  return [meaningful, all, withoutLegalForm].some((words) => words.length >= 2 && initials(words) === letters.toUpperCase());
}

const LEGAL_FORMS = new Set(['company', 'limited', 'ltd', 'co', 'corp', 'corporation', 'inc', 'llc', 'plc', 'gmbh', 'sa', 'ag']);

const APOSTROPHES = /['ʼʻ’]/;

/**
 * Positions in `prefixes`, ascending, of the prefixes of four letters or more written somewhere in `word`: only
 * those can take part in the compound scan, and looking up the word's pieces is much faster than trying every
 * prefix on it (a search name-matches a query against thousands of spellings).
 */
function prefixesInside(word: string, positions: Map<string, number[]>, longest: number): number[] {
  const found = new Set<number>();
  for (let from = 0; from + 4 <= word.length; from++) {
    for (let end = from + 4; end <= word.length && end - from <= longest; end++) {
      const at = positions.get(word.slice(from, end));
      if (at) for (const k of at) found.add(k);
    }
  }
  return [...found].sort((a, b) => a - b);
}

/** Splits an organisation name into meaning concepts and the remaining proper-name words. */
export function orgWords(name: string, compounds = true): OrgWords {
  const { prefixes, byHead, firstByPrefix, substrings, phrases, phrasesByFirst, prefixPositions, longestPrefix } = concepts();
  const found = new Set<string>();
  const rest: string[] = [];
  // An apostrophe inside a transliterated word writes a glottal stop or ain (`Jama'at`, `Ba'ath`), not an
  // elision (`d'Allemagne`), so the word stays whole.
  const spelled = spellOut(name);
  let folded = foldName(APOSTROPHES.test(spelled) ? spelled.replace(/(\p{L}{3})['ʼʻ’](\p{Ll})/gu, '$1$2') : spelled);
  const hasUnspaced = /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(folded);
  // Japanese の links the words of a name (`緑の党`).
  if (hasUnspaced) folded = folded.replace(/の/g, ' ').trim();
  const whole = folded;
  const short = hasUnspaced && folded.replace(/\s/g, '').length < 4;
  // One character (新, 党) inside a short Chinese name is more likely part of a person's name, unless a
  // longer meaning word was found (`外交部`) or the name is all meaning words (`绿党`).
  const singlesCount = short && substrings.reduce((rest, [sub]) => rest.split(sub).join(''), folded.replace(/\s/g, '')) === '';
  for (const [sub, concept] of hasUnspaced ? substrings : []) {
    if (sub.length === 1 && short && found.size === 0 && !singlesCount) continue;
    if (folded.includes(sub)) {
      found.add(concept);
      folded = folded.split(sub).join(' ');
    }
  }
  if (folded.includes(' ')) {
    // Taking a phrase out only removes words, so a phrase whose first word the name lacks cannot match later
    // either: only phrases starting with a word of the name are tried, in table order.
    const candidates: number[] = [];
    for (const word of new Set(folded.split(' '))) {
      const at = phrasesByFirst.get(word);
      if (at) candidates.push(...at);
    }
    candidates.sort((a, b) => a - b);
    let padded = ` ${folded} `;
    for (const k of candidates) {
      const [padPhrase, concept] = phrases[k]!;
      if (padded.includes(padPhrase)) {
        found.add(concept);
        folded = padded.split(padPhrase).join(' ').trim();
        padded = ` ${folded} `;
      }
    }
  }
  for (const word of folded.split(' ')) {
    if (!word || STOP.has(word)) continue;
    let hit = false;
    const forms = /[\u0600-\u06ff]/.test(word) ? arabicVariants(word) : [word];
    for (let f = 1; f < forms.length; f++) {
      const concept = longestPrefixConcept(forms[f]!, firstByPrefix);
      if (concept !== undefined) {
        found.add(concept);
        hit = true;
        break;
      }
    }
    if (hit) continue;
    for (const [prefix, concept] of byHead.get(word.slice(0, 4)) ?? []) {
      if (word.startsWith(prefix) && (prefix.length >= 4 || word === prefix)) {
        found.add(concept);
        hit = true;
        break;
      }
    }
    if (!compounds || word.length < 9) {
      if (!hit) rest.push(word);
      continue;
    }
    // Meaning words inside a compound (`Verteidigungsministerium`), longest first; a shorter one inside a
    // longer one found (`vert` in `verteidig`, `κρατικ` overlapping `δημοκρατ`) is not another word.
    const spans: Array<[number, number]> = [];
    for (const k of prefixesInside(word, prefixPositions, longestPrefix)) {
      const [prefix, concept] = prefixes[k]!;
      const inside = prefix.length >= 5 && word.length >= prefix.length + 4 && word.includes(prefix);
      if ((prefix.length >= 4 && word.startsWith(prefix)) || word === prefix || inside) {
        const at = word.startsWith(prefix) ? 0 : word.indexOf(prefix);
        if (spans.some(([from, to]) => at < to && at + prefix.length > from)) continue;
        spans.push([at, at + prefix.length]);
        found.add(concept);
        hit = true;
      }
    }
    if (!hit) rest.push(word);
  }
  for (const concept of IGNORED_CONCEPTS) found.delete(concept);
  const alternatives = new Map<string, string>();
  for (const [word, concept, other] of AMBIGUOUS) if (found.has(concept) && whole.includes(word)) alternatives.set(concept, other);
  return alternatives.size > 0 ? { concepts: found, rest, alternatives } : { concepts: found, rest };
}
