// Demonyms and country adjectives, written for this project: country code, then forms in several
// languages (English only for most). CLDR has no demonyms; these cover the countries most in the news.
// Arabic forms are given without the article (it is stripped before lookup).

const RAW = `
RU|Russian|Russians|Russe|Russes|russe|ruso|rusos|rusa|rusas|Russe|Russen|russische|russischen|russischer|russisches|russo|russi|russa|russe|русский|русская|русское|русские|русских|россиянин|россияне|россиян|российский|российская|российское|российские|российских|российского|روسي|روس|الروس|روسية|الروسية|الروسي|俄罗斯人|俄国人|俄罗斯的|người Nga|Rus|Ruslar|Rosjanie|rosyjski|Ρώσος|Ρώσοι|ρωσικός|Рослар|орыс|орыстар|ресейлік|روس‌ها|روسی
KZ|Kazakh|Kazakhs|Kazakhstani|Kazakhstanais|Kazakhstanaise|kazakhstanais|kazakhstanaise|kazakh|kazakhe|Kazakhe|Kazakhs|kazajo|kazajos|kazaja|kasachisch|kasachische|kasachischen|Kasache|Kasachen|казахский|казахская|казахские|казахстанский|казахстанская|казахстанские|казахстанцы|казахи|казах|كازاخستاني|كازاخستانية|كازاخي|كازاخية|الكازاخي|الكازاخية|الكازاخستانية|哈萨克斯坦人|哈萨克人|người Kazakhstan|Kazak|қазақ|қазақстандық
US|American|Americans|Américain|Américains|américain|américaine|américains|américaines|estadounidense|estadounidenses|norteamericano|amerikanisch|amerikanische|amerikanischen|Amerikaner|americano|americani|американский|американская|американские|американцы|американец|أمريكي|أمريكية|الأمريكي|الأمريكية|الأميركي|الأميركية|أمريكيون|美国人|người Mỹ|Mỹ|Amerikan|Amerikalı|αμερικανικός|Αμερικανοί|آمریکایی
CN|Chinese|chinois|chinoise|Chinois|chino|china|chinos|chinesisch|chinesische|chinesischen|Chinesen|cinese|cinesi|китайский|китайская|китайские|китайцы|صيني|صينية|الصيني|الصينية|中国人|người Trung Quốc|Çinli|κινεζικός|چینی
UA|Ukrainian|Ukrainians|Ukrainien|Ukrainiens|ukrainien|ukrainienne|ucraniano|ucranianos|ucraniana|ukrainisch|ukrainische|ukrainischen|Ukrainer|ucraino|ucraini|украинский|украинская|украинские|украинцы|украинец|أوكراني|أوكرانية|الأوكراني|الأوكرانية|乌克兰人|người Ukraine|Ukraynalı|ουκρανικός|اوکراینی
FR|French|Français|français|française|francés|francesa|französisch|französische|französischen|Franzosen|francese|французский|французская|французы|فرنسي|فرنسية|الفرنسي|الفرنسية|法国人|người Pháp|Fransız
DE|German|Germans|Allemand|Allemands|allemand|allemande|alemán|alemana|alemanes|deutsch|deutsche|deutschen|Deutsche|tedesco|tedeschi|немецкий|немецкая|немцы|ألماني|ألمانية|الألماني|الألمانية|德国人|người Đức|Alman
GB|British|Britons|Britannique|Britanniques|britannique|británico|británica|britisch|britische|britischen|Briten|britannico|британский|британская|британцы|بريطاني|بريطانية|البريطاني|البريطانية|英国人|người Anh|İngiliz
TR|Turkish|Turks|Turc|Turcs|turc|turque|turco|turca|türkisch|türkische|Türken|турецкий|турецкая|турки|تركي|تركية|التركي|التركية|土耳其人|người Thổ Nhĩ Kỳ|Türk
IR|Iranian|Iranians|Iranien|Iraniens|iranien|iranienne|iraní|iraníes|iranisch|iranische|Iraner|иранский|иранская|иранцы|إيراني|إيرانية|الإيراني|الإيرانية|伊朗人|người Iran|İranlı|ایرانی
UZ|Uzbek|Uzbeks|Ouzbek|Ouzbeks|ouzbek|ouzbèke|uzbeko|usbekisch|Usbeken|узбекский|узбекская|узбеки|أوزبكي|أوزبكية|乌兹别克人|người Uzbekistan
KG|Kyrgyz|Kirghize|Kirghizes|kirghize|kirguís|kirgisisch|Kirgisen|киргизский|кыргызский|киргизы|قيرغيزي|قرغيزي|吉尔吉斯人
GE|Georgian|Georgians|Géorgien|Géorgiens|géorgien|georgiano|georgisch|Georgier|грузинский|грузины|جورجي|جورجية|格鲁吉亚人|người Gruzia
BY|Belarusian|Belarusians|Biélorusse|Biélorusses|biélorusse|bielorruso|belarussisch|Belarussen|белорусский|белорусы|بيلاروسي|بيلاروسية|白俄罗斯人
IL|Israeli|Israelis|Israélien|Israéliens|israélien|israélienne|israelí|israelische|israelischen|Israelis|израильский|израильская|израильтяне|إسرائيلي|إسرائيلية|الإسرائيلي|الإسرائيلية|以色列人|người Israel|İsrailli
PS|Palestinian|Palestinians|Palestinien|Palestiniens|palestinien|palestino|palästinensisch|Palästinenser|палестинский|палестинцы|فلسطيني|فلسطينية|الفلسطيني|الفلسطينية|فلسطينيون|巴勒斯坦人|người Palestine|Filistinli
SY|Syrian|Syrians|Syrien|Syriens|syrien|sirio|syrisch|Syrer|сирийский|сирийцы|سوري|سورية|السوري|السورية|叙利亚人|người Syria|Suriyeli
IQ|Iraqi|Iraqis|Irakien|Irakiens|irakien|iraquí|irakisch|Iraker|иракский|иракцы|عراقي|عراقية|العراقي|العراقية|伊拉克人|người Iraq
EG|Egyptian|Egyptians|Égyptien|Égyptiens|égyptien|egipcio|ägyptisch|Ägypter|египетский|египтяне|مصري|مصرية|المصري|المصرية|埃及人|người Ai Cập
SA|Saudi|Saudis|Saoudien|Saoudiens|saoudien|saudí|saudisch|Saudis|саудовский|سعودي|سعودية|السعودي|السعودية|沙特人|người Ả Rập Xê Út
IN|Indian|Indians|Indien|Indiens|indien|indienne|indio|hindú|indisch|Inder|индийский|индийцы|هندي|هندية|الهندي|الهندية|印度人|người Ấn Độ|Hintli
JP|Japanese|Japonais|japonais|japonaise|japonés|japonesa|japanisch|Japaner|giapponese|японский|японцы|ياباني|يابانية|الياباني|اليابانية|日本人|người Nhật|Japon
KR|South Korean|South Koreans|Sud-Coréen|Sud-Coréens|sud-coréen|surcoreano|südkoreanisch|Südkoreaner|южнокорейский|كوري جنوبي|韩国人|người Hàn Quốc
KP|North Korean|North Koreans|Nord-Coréen|nord-coréen|norcoreano|nordkoreanisch|северокорейский|كوري شمالي|朝鲜人|người Triều Tiên
PL|Polish|Poles|Polonais|polonais|polonaise|polaco|polnisch|Polen|польский|поляки|بولندي|بولندية|波兰人|người Ba Lan
TM|Turkmen|Turkmène|turkmène|turcomano|turkmenisch|туркменский|туркмены|تركماني|土库曼人
TJ|Tajik|Tajiks|Tadjik|Tadjiks|tadjik|tayiko|tadschikisch|таджикский|таджики|طاجيكي|塔吉克人
AF|Afghan|Afghans|afghan|afghane|afgano|afghanisch|Afghanen|афганский|афганцы|أفغاني|أفغانية|阿富汗人|người Afghanistan
VN|Vietnamese|Vietnamien|Vietnamiens|vietnamien|vietnamita|vietnamesisch|вьетнамский|فيتنامي|越南人|người Việt|người Việt Nam
AL|Albanian|Albanians
DZ|Algerian|Algerians
AO|Angolan
AR|Argentine|Argentinian|Argentinians
AM|Armenian|Armenians
AU|Australian|Australians
AT|Austrian|Austrians
AZ|Azerbaijani|Azeri|Azerbaijanis
BH|Bahraini
BD|Bangladeshi
BE|Belgian|Belgians
BO|Bolivian
BA|Bosnian
BR|Brazilian|Brazilians
BG|Bulgarian|Bulgarians
MM|Burmese
KH|Cambodian
CM|Cameroonian
CA|Canadian|Canadians
CL|Chilean
CO|Colombian
CR|Costa Rican
HR|Croatian|Croat|Croats
CU|Cuban|Cubans
CY|Cypriot
CZ|Czech
DK|Danish|Danes
EC|Ecuadorian
EE|Estonian
ET|Ethiopian
FI|Finnish
GH|Ghanaian
GR|Greek|Greeks
GT|Guatemalan
HT|Haitian
HN|Honduran
HU|Hungarian|Hungarians
IS|Icelandic
ID|Indonesian|Indonesians
IE|Irish
IT|Italian|Italians
CI|Ivorian
JM|Jamaican
JO|Jordanian
KE|Kenyan
KW|Kuwaiti
LV|Latvian
LB|Lebanese
LR|Liberian
LY|Libyan
LT|Lithuanian
MK|Macedonian
MW|Malawian
MY|Malaysian
ML|Malian
MT|Maltese
MR|Mauritanian
MX|Mexican|Mexicans
MD|Moldovan
MN|Mongolian
ME|Montenegrin
MA|Moroccan
MZ|Mozambican
NA|Namibian
NP|Nepalese|Nepali
NL|Dutch
NI|Nicaraguan
NG|Nigerian|Nigerians
NO|Norwegian
OM|Omani
PK|Pakistani|Pakistanis
PA|Panamanian
PY|Paraguayan
PE|Peruvian
PH|Filipino|Philippine
PT|Portuguese
QA|Qatari
RO|Romanian|Romanians
RW|Rwandan
SN|Senegalese
RS|Serbian|Serb|Serbs
SL|Sierra Leonean
SG|Singaporean
SK|Slovak
SI|Slovenian|Slovene
SO|Somali
ZA|South African
SS|South Sudanese
ES|Spanish|Spaniards
LK|Sri Lankan
SD|Sudanese
SE|Swedish|Swedes
CH|Swiss
TW|Taiwanese
TH|Thai
TN|Tunisian
UG|Ugandan
AE|Emirati
UY|Uruguayan
VE|Venezuelan
YE|Yemeni
ZM|Zambian
ZW|Zimbabwean
`;

let parsed: Array<{ code: string; forms: string[] }> | undefined;

export function demonyms(): Array<{ code: string; forms: string[] }> {
  if (parsed) return parsed;
  parsed = RAW.trim().split('\n').map((line) => {
    const [code, ...forms] = line.split('|');
    return { code: code!, forms };
  });
  return parsed;
}
