// Common Chinese family names and how they are romanised outside Mandarin pinyin: Hong Kong
// Cantonese (Lau, Leung, Ip), Hokkien, Teochew and Hakka in Singapore and Malaysia (Tan, Lim, Goh),
// Wade-Giles and Taiwanese spellings (Hsu, Chiang), and the Korean readings of the same characters
// (Kim, Pak, Choe, Ri). Written for this project from common usage.
// Pinyin readings are left to the transliterator; these are the spellings it cannot derive.
const RAW = `
陳陈|chan|chen|tan|chin|ting|jin
林|lam|lim|lin|lum|ling|im
黃黄|wong|huang|ng|wee|ooi|oei|vong|hwang|bong
李|lee|li|lei|ri|yi|rhee|lie|lay|i
張张|cheung|chang|zhang|teo|teoh|tiong|chong|cheong|chiong|jang
梁|leung|liang|leong|neo|nio|liong|yang|ryang
劉刘|lau|liu|low|lew|lao|lowe|liew
吳吴|ng|wu|goh|woo|ung|ngo|go|ngoh|oh|o
王|wong|wang|ong|heng|vong|bong
何|ho|he|hoe|hor
楊杨|yeung|yang|yong|yeo|yeoh|young|yeong|iong
周|chow|chau|zhou|chou|chew|jow|chiew
徐|tsui|xu|hsu|chee|tsi|swee|hsui|seo|suh
葉叶|ip|yip|ye|yeh|yap|yeap|iap|yeop
胡|wu|hu|woo|oh|ou|foo|hoo
符|foo|fu|phu|hu|poo
區区|au|ou|ow
鄧邓|tang|deng|teng|tung|thung
鄭郑|cheng|zheng|tay|teh|cheang|tee|chung|jung|jeong|chong
曾|tsang|zeng|tseng|chan|tsen|tzeng|zen
謝谢|tse|xie|hsieh|chia|seah|sia|tsia|che
鍾钟|chung|zhong|chong|choong
蔡|choi|tsoi|cai|tsai|chua|chuah|choy|chai|tsay|chae
羅罗|law|lo|luo|loh|lor|lowe|na|ra
郭|kwok|guo|kuo|kok|quek|kuok|kwek|koay|kwak
許许|hui|xu|hsu|koh|khor|hii|hoi|kho|heo|hur
馮冯|fung|feng|phang|foong|pang
蘇苏|so|su|soh|soo|sou
盧卢|lo|lu|loh|lou|lor|low|lo|noh|roh|ro|no
霍|fok|huo|hok
潘|poon|pan|phua|phoon|pun|pang
袁|yuen|yuan|wan|yan
麥麦|mak|mai|meh|mock|mark
余|yu|yue|ee|yee|ue|u
彭|pang|peng|phang|phang
譚谭|tam|tan|tham|hom
湯汤|tong|tang|tung|thong
范範|fan|phan|huan
容|yung|rong|yong
鄺邝|kwong|kuang|fong
岑|shum|cen|sum|sam|tsen
江|kong|jiang|kang|chiang
莫|mok|mo|mock
孔|hung|kong|khong|gong
洪|hung|hong|ang|ung|foong
簡简|kan|jian|kan|chien
馬马|ma|mah|beh|mar
高|ko|gao|kao|koh|kou|kow|go
沈|shum|shen|sim|sham|sum|shim
朱|chu|zhu|chow|choo|chue|gee|chee|joo|ju
侯|hau|hou|hew|how
姚|yiu|yao|yau|yeow|iu
梅|mui|mei|moy|bui|mooi
方|fong|fang|hong|png|phang|bang
孫孙|suen|sun|soon|sng|sen|swan|son
唐|tong|tang|tung|teng|thong
韋韦|wai|wei|wee|way
田|tin|tian|tien|chan
程|ching|cheng|tia|chung
蔣蒋|cheung|jiang|chiang|chiong|tsiang
黎|lai|li|lay|le
賴赖|lai|lie|lua|nai
廖|liu|liao|leow|liew|liaw|lew
易|yik|yi|ik
姜|keung|jiang|kiang|kang|keong
戴|tai|dai|tay|dye|tye|dai
涂|to|tu|tou|thoo|doo
施|sze|shi|see|si|sy|shih
葛|kot|ge|kat|koh|ko
鄒邹|chau|zou|chow|chew|tsau|tsou
雷|lui|lei|looi|lai|loi
白|pak|bai|pai|peh|pek|bak|baek|paek
龍龙|lung|long|loong|yong|ryong
陸陆|luk|lu|liok|look|lok|yook|yuk|ryuk
夏|ha|xia|hsia|hah
毛|mo|mao|mou
顏颜|ngan|yan|gan|yen|nyan|gun
金|kam|jin|kim|chin|kum|gum|gim
游|yau|you|yu|iu|yiu
魏|ngai|wei|gwee|wee|ngui|gui
蕭萧|siu|xiao|hsiao|seow|siow|sio|shaw|siaw
宋|sung|song|soong|sang
杜|to|du|too|doo|tu|tow
曹|tso|cao|tsao|cho|chow|chou
任|yam|ren|jen|yum|yim
關关|kwan|guan|kuan|kwang|quan|kuan
凌|ling|leng
歐欧|au|ou|ow|aw
呂吕|lui|lu|loi|lee|lue|yeo|ryo
翁|yung|weng|ong|eng|yong
伍|ng|wu|goh|ngo|woo
邱丘|yau|qiu|chiu|khoo|hew|hiew|kiu|yow|khew|hiu
莊庄|chong|zhuang|chuang|chng|cheng|chuan
薛|sit|xue|hsueh|seet|sih|sieh|seol|sol
喬乔|kiu|qiao|chiao
汪|wong|wang|ong
古|ku|gu|koo|goo
尹|wan|yin|yoon|wun|yun
文|man|wen|boon|mun|vun|moon
屈|wat|qu|chu|wut
卓|cheuk|zhuo|toh|cheok|tok
車车|che|ku|chia|cheh|cha
韓韩|hon|han|hann
鮑鲍|pau|bao|pao|bau
賀贺|ho|he|hor
嚴严|yim|yan|gim|yen|giam|eom|um
紀纪|kei|ji|kee|ki
祝|chuk|zhu|chok
蒙|mung|meng|mong
詹|chim|zhan|chan|jim|chiam
溫温|wan|wen|woon|voon|boon|oon|won
甘|kam|gan|kum|gam
崔|tsui|cui|chui|choi|tsuei|tsoi|choe
董|tung|dong|tong
熊|hung|xiong|hsiung|heng
萬万|man|wan|ban
邵|shiu|shao|siu|sio
倪|ngai|ni|gay
魯鲁|lo|lu|lou
包|pau|bao|pao|pow
左|cho|zuo|tso
錢钱|chin|qian|chien|chee
秦|chun|qin|chin|tsin
尤|yau|you|yu|iu
童|tung|tong|dong
康|hong|kang|khong
向|heung|xiang|hiang
常|sheung|chang|siong
聶聂|nip|nie|nieh
阮|yuen|ruan|nguyen|juan
衛卫|wai|wei|wee
章|cheung|zhang|chang|chong
谷|kuk|gu|ku|kok
龐庞|pong|pang|phang
于|yu|yue|ee
傅|fu|foo|hu|poh
史|sze|shi|see|su
司徒|szeto|seto|situ|sito|szto
歐陽欧阳|auyeung|ouyang|owyang|auyong|auyang
上官|sheungkoon|shangguan
司馬司马|szema|sima|sema
朴|park|pak|bak|piao|pok
趙|cho|jo|zhao|chao|chiu|chiew
申|shin|sin|shen|san
權|kwon|gwon|quan|kuen
安|ahn|an|on|ngon
柳|ryu|yu|yoo|liu|lau
全|jeon|chon|jun|quan|chuen
裵|bae|pae|pei
南|nam|nan|naam
河|ha|he|ho
成|sung|seong|song|cheng|shing
禹|woo|u|yu
閔|min
池|ji|chi
元|won|yuen|yuan
千|cheon|chun|qian
玄|hyun|hyon|xuan|yuen
咸|ham|xian
卞|byun|byeon|bian|pin
秋|chu|choo|qiu|chau
都|do|to|du
石|seok|sok
吉|gil|kil|ji|kat
明|myung|myong|ming
奇|ki|gi|qi|kei
玉|ok|yu|yuk
孟|maeng|meng|mang
殷|eun|yin|yan
`;

let bySurname: Map<string, Set<string>> | undefined;

function surnames(): Map<string, Set<string>> {
  if (bySurname) return bySurname;
  bySurname = new Map();
  for (const line of RAW.trim().split('\n')) {
    const [chars, ...spellings] = line.split('|');
    // A line gives the traditional and simplified forms of a one- or two-character name together.
    const forms = chars!.length === 4 ? [chars!.slice(0, 2), chars!.slice(2)] : chars!.length === 2 && !/^(司徒|上官)$/.test(chars!) ? [...chars!] : [chars!];
    for (const form of forms) {
      const set = bySurname.get(form) ?? new Set<string>();
      for (const s of spellings) set.add(s);
      bySurname.set(form, set);
    }
  }
  return bySurname;
}

/** Romanisations of the family name a native Chinese name starts with (two-character family names first). */
export function surnameSpellings(han: string): Set<string> {
  const table = surnames();
  return table.get(han.slice(0, 2)) ?? table.get(han.slice(0, 1)) ?? new Set();
}

// One syllable as Chinese romanisations write it: up to three initial consonants, one vowel group, a final
// nasal or stop. Western given names (`Carrie`, `Donald`, `Martin`) do not fit.
const SYLLABLE = /^[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h)?$/;
// Pinyin syllables, for given names written as one word (`Keqiang`, `Jinping`): initials and finals, with
// the palatal initials only before i and u and the velar and dental ones never before an i final.
const PINYIN = /^(?:(?:[jqx])(?:i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ue|uan|un)|(?:zh|ch|sh|[zcsr])(?:i|a|e|u|ai|ei|ao|ou|an|en|ang|eng|ong|ua|uo|uai|ui|uan|un|uang)|(?:[gkh])(?:a|e|u|ai|ei|ao|ou|an|en|ang|eng|ong|ua|uo|uai|ui|uan|un|uang)|(?:[bpmfdtnl])?(?:a|o|e|i|u|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|uo|ui|uan|un)|[yw](?:a|o|e|i|u|ai|ao|ou|an|en|ang|eng|ong|in|ing|uan|un|ue|ei|ei))$/;
// Letters and finals Western given names rarely have (`q`, `x`, `zh`, `-ng`, `ao`): a one-word pinyin name.
const PINYIN_MARK = /q|x|zh|ng|ao|ou|ui|iu|uo|ei|ua/;

function pinyinWord(word: string, from = 0, parts = 0): boolean {
  if (from === word.length) return parts >= 2;
  if (parts >= 3) return false;
  for (let end = Math.min(word.length, from + 6); end > from; end--) {
    if (PINYIN.test(word.slice(from, end)) && pinyinWord(word, end, parts + 1)) return true;
  }
  return false;
}

/** A word that reads as a Chinese given name rather than a Western one. */
function chineseGivenName(word: string): boolean {
  return SYLLABLE.test(word) || (PINYIN_MARK.test(word) && pinyinWord(word));
}

/**
 * Whether a Latin name made of Western given names and a Chinese family name (`Carrie Lam`, `Donald Tsang`)
 * names the bearer of a native Chinese name (`林鄭月娥`, `曾蔭權`): Hong Kong and Singapore usage pairs an
 * English given name with the family name in Cantonese or Hokkien spelling, and keeps no trace of the
 * Chinese given name.
 */
export function westernNameWithChineseFamily(latin: string, han: string): boolean {
  const native = han.replace(/\s+/g, '');
  if (!/^[\u3400-\u9fff]{2,4}$/u.test(native)) return false;
  if (!/^[\p{Script=Latin}\s.'\-]+$/u.test(latin)) return false;
  const words = latin.toLowerCase().split(/[\s\-]+/).map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
  if (words.length < 2 || words.length > 3) return false;
  const spellings = surnameSpellings(native);
  if (spellings.size === 0) return false;
  // The family name comes last in the English order and first in the Chinese one.
  for (const index of [words.length - 1, 0]) {
    if (!spellings.has(words[index]!)) continue;
    const given = words.filter((_, i) => i !== index);
    if (given.every((w) => w.length >= 3 && !chineseGivenName(w))) return true;
  }
  return false;
}

// Mandarin initials and the initials Cantonese, Hokkien and Wade-Giles spellings give the same characters:
// Mandarin j, q, x come from k and ts sounds that those keep (`介石` jieshi, Kai-shek; `作棟` zuodong, Chok Tong).
const INITIAL_READINGS: Record<string, string[]> = {
  j: ['k', 'ch', 'ts', 'tz', 'j', 'g'], q: ['k', 'ch', 'ts', 'tz', 'kh'], x: ['h', 's', 'sh', 'hs'], zh: ['ch', 'j', 'ts', 'tz', 'z'],
  ch: ['ch', 'ts', 'tz'], sh: ['s', 'sh'], z: ['ch', 'ts', 'tz', 'z', 'j'], c: ['ch', 'ts', 'tz'], s: ['s', 'sh', 'hs'],
  h: ['h', 'f', 'w'], w: ['w', 'm', 'v', ''], y: ['y', 'j', 'i', ''], r: ['y', 'j', 'l', ''], g: ['k', 'g', 'kw'], k: ['k', 'h', 'kw', 'g'],
  b: ['p', 'b'], p: ['p', 'b'], d: ['t', 'd'], t: ['t', 'd'], f: ['f', 'h', 'p', 'b'], m: ['m', 'b'], n: ['n', 'l', 'ng', 'y'], l: ['l', 'n', 'r', 'y', ''],
  '': ['', 'ng', 'w', 'y', 'h'],
};

// A syllable of a romanised Chinese or Korean name; Korean ones may end in l (`Chol`).
// Cantonese `Ng` and `M` are syllables without a vowel; Hokkien and Cantonese spellings end in w (`Yew`, `Chow`).
const ROMANISED_SYLLABLE = /^(?:[bcdfghjklmnpqrstvwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|l|w)?|ng|m)$/;

function pinyinInitial(syllable: string): string {
  return /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/.exec(syllable)?.[0] ?? '';
}

function latinInitial(syllable: string): string {
  return /^(ts|tz|ch|sh|hs|kw|kh|ng|[bcdfghjklmnpqrstvwxyz])?/.exec(syllable)?.[0] ?? '';
}

/**
 * Whether a Latin name in Cantonese, Hokkien, Wade-Giles or Korean spelling (`Chiang Kai-shek`, `Goh Chok Tong`,
 * `Choe Ryong-hae`) is the name in Chinese characters (`蔣介石`, `吳作棟`, `崔龍海`): the family name by the table, each given-name syllable by
 * how its initial corresponds to the character's Mandarin initial.
 */
export function romanisedChineseName(latin: string, han: string, readings: (ch: string) => string): boolean {
  const native = han.replace(/\s+/g, '');
  if (!/^[\u3400-\u9fff]{2,4}$/u.test(native) || !/^[\p{Script=Latin}\s\-‐‑']+$/u.test(latin)) return false;
  const syllables = latin.toLowerCase().split(/[\s\-‐‑]+/).map((w) => w.replace(/[^a-z]/g, '')).filter(Boolean);
  const spellings = surnameSpellings(native);
  const familyLength = surnames().has(native.slice(0, 2)) ? 2 : 1;
  const given = [...native.slice(familyLength)];
  if (spellings.size === 0 || syllables.length !== given.length + 1 || !syllables.every((s) => ROMANISED_SYLLABLE.test(s))) return false;
  for (const index of [0, syllables.length - 1]) {
    if (!spellings.has(syllables[index]!)) continue;
    const rest = syllables.filter((_, i) => i !== index);
    const fits = rest.every((syllable, i) => {
      const allowed = INITIAL_READINGS[pinyinInitial(readings(given[i]!))] ?? [];
      return allowed.includes(latinInitial(syllable));
    });
    if (fits) return true;
  }
  return false;
}

export interface JoinedName {
  /** The name with its given-name syllables as one word. */
  text: string;
  familyFirst: boolean;
  family: string;
  /** Given-name syllables, lower case. */
  given: string[];
}

const NATIVE_NAME = /^(?:[\u3400-\u9fff]{2,4}|[\uac00-\ud7af]{2,4})$/u;

/**
 * A Latin romanisation of a Chinese or Korean name with its given-name syllables written as one word
 * (`Leung Chun-ying` -> `Leung Chunying`, `Kim Dae Jung` -> `Kim Daejung`), for comparing against the name in
 * native script (`梁振英`, `김대중`), whose given name is one part: otherwise a syllable the other name
 * lacks passes for a dropped middle name. Undefined when the name is not of that shape.
 */
export function withJoinedGivenName(latin: string, native: string): JoinedName | undefined {
  if (!NATIVE_NAME.test(native.trim()) || !/^[\p{Script=Latin}\s\-\u2010\u2011']+$/u.test(latin)) return undefined;
  const words = latin.trim().split(/\s+/);
  const syllables = words.flatMap((w) => w.split(/[-\u2010\u2011]/)).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  if (syllables.length < 3 || syllables.length > 4 || !syllables.every((s) => ROMANISED_SYLLABLE.test(s))) return undefined;
  const pieces = words.flatMap((w) => w.split(/[-\u2010\u2011]/)).filter(Boolean);
  const family = (s: string) => surnameSpelled(s);
  if (family(syllables[0]!)) return { text: `${pieces[0]} ${pieces.slice(1).join('')}`, familyFirst: true, family: syllables[0]!, given: syllables.slice(1) };
  if (family(syllables[syllables.length - 1]!)) return { text: `${pieces.slice(0, -1).join('')} ${pieces[pieces.length - 1]}`, familyFirst: false, family: syllables[syllables.length - 1]!, given: syllables.slice(0, -1) };
  return undefined;
}

let allSpellings: Set<string> | undefined;

function surnameSpelled(syllable: string): boolean {
  if (!allSpellings) {
    allSpellings = new Set();
    for (const set of surnames().values()) for (const s of set) allSpellings.add(s);
  }
  return allSpellings.has(syllable);
}
