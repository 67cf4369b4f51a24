// Language-independent shape of one line of text: what tells body prose from page chrome.
import { wordsOf } from './stopwords.js';

export interface LineShape {
  text: string;
  words: string[];
  /** Word count; for scripts written without spaces, about one word per two characters. */
  wordCount: number;
  endsSentence: boolean;
  endsEllipsis: boolean;
  digitRatio: number;
  /** Only digits and separators: counters, scores, dates. */
  numeric: boolean;
  /** "5 minutes ago", "vor 3 Std.", "32 phút ago", "118 views", "3 小时前". */
  countOrTimeAgo: boolean;
  /** "Also read | Some headline": segments joined by pipes, no sentence end. */
  pipeList: boolean;
  /** A short date/time stamp: "Updated: Sat 8:31 PM, Feb 17, 2018", "by Regan September 15, 2014". */
  dateStamp: boolean;
  /** "By Jane Roe", "Par Jean Dupont", "Автор: Иван Петров": a short byline. */
  byline: boolean;
  /** A lone interface word: "Advertisement", "Sign in", "Share", "Реклама", "广告". */
  uiWord: boolean;
  /** "© 2019 Example Corp.", "Copyright ⓒ Example. All rights reserved." */
  copyright: boolean;
  /** Starts with a common "read also" / "related" label in one of many languages. */
  uiLabel: boolean;
}

const SCRIPT_WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
// Closing quotes and brackets may follow the sentence mark: `...safety.”`, `...(SCO).`
const SENTENCE_END = /[.!?;:。！？；։۔؟।॥።៕]['"’”»)\]）」』]*$/u;
const ELLIPSIS_END = /(…|\.\.\.)['"’”»)\]]*$/u;
const NUMERIC = /^[\p{N}\s.,:;%/+\-–—()#×x*]+$/u;
// optional short prefix words ("il y a", "vor"), a number, one or two short words.
const LIST_LINE_MAX_WORDS = 30;
// "Image 1 of 5", "Photo 3/10", "Фото 2 из 7"
const N_OF_M = /^\p{L}{1,12}\s+\p{N}{1,3}\s*(?:\/|\p{L}{1,4})\s*\p{N}{1,3}$/u;
const COUNT_OR_AGO = /^(?:\p{L}{1,12}\s+){0,3}\p{N}{1,3}(?:[ .,\u00A0\u202F]?\p{N}{3})*(?:[.,]\p{N}+)?\s*[kKmM]?\s*\p{L}{1,12}\.?(?:\s+\p{L}{1,8}\.?)?$/u;
// Whole-line interface words; the shape rule (a lone word or two, no sentence) carries most cases,
// this short multilingual list only names the commonest.
const UI_WORDS =
  /^(advertisement|advert|ad|sponsored|sign in|sign up|log in|login|subscribe|share|share this|print|email|comments?|close|menu|search|tags:?|related|more|read more|anzeige|werbung|publicidad|publicité|pubblicità|reklama|реклама|إعلان|广告|廣告|広告|광고|quảng cáo)[\s:.!]*$/iu;
// A marker word, then a capitalised name: the shape carries it, the marker list is a supplement.
const BYLINE = /^(?:(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez|[Oo]d|[Аа]втор:?|[Оо]т|[Тт]екст:)\s+\p{Lu}|(?:بقلم|تأليف|作者[:：]|記者|글)\s*\S)/u;
const COPYRIGHT = /(^|\s)(©|ⓒ|\(c\)\s*\d{4})|^copyright\b/iu;
// Kept short on purpose: a supplement to the pipe/link-list shapes, not the rule itself.
const UI_LABEL =
  /^(also read|read also|read more|see also|related|more from|recommended|lire aussi|à lire aussi|voir aussi|lea también|lee también|leia também|leggi anche|lesen sie auch|mehr zum thema|czytaj też|czytaj także|читайте также|читайте також|смотрите также|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|xem thêm|đọc thêm|相关阅读|相關閱讀|延伸阅读|関連記事|함께 보기|daha fazla oku|ayrıca oku|baca juga)(?=$|[\s\p{P}])/iu;

export function shapeOf(text: string): LineShape {
  const words = wordsOf(text);
  const noSpaceChars = text.match(SCRIPT_WITHOUT_SPACES)?.length ?? 0;
  const wordCount = noSpaceChars > words.length ? Math.round(noSpaceChars / 2) + words.length : words.length;
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const digits = text.match(/\p{N}/gu)?.length ?? 0;
  const endsEllipsis = ELLIPSIS_END.test(text);
  return {
    text,
    words,
    wordCount,
    endsSentence: !endsEllipsis && SENTENCE_END.test(text),
    endsEllipsis,
    digitRatio: letters ? digits / letters : 0,
    numeric: NUMERIC.test(text),
    // a year is a date ("The 2008 crisis"), not a count
    countOrTimeAgo: text.length <= 32 && (COUNT_OR_AGO.test(text) || N_OF_M.test(text)) && !/(^|\D)(1[89]|20)\d{2}(\D|$)/u.test(text),
    // long lines are flattened paragraphs, whatever separators they carry
    pipeList: wordCount <= LIST_LINE_MAX_WORDS && /\s[|｜]\s?|\s?[|｜]\s/u.test(text) && !SENTENCE_END.test(text),
    uiLabel: wordCount <= LIST_LINE_MAX_WORDS && UI_LABEL.test(text) && !SENTENCE_END.test(text),
    byline: wordCount <= 6 && BYLINE.test(text) && !SENTENCE_END.test(text.replace(/\b\p{Lu}\.$/u, '')),
    uiWord: wordCount <= 3 && UI_WORDS.test(text),
    copyright: wordCount <= 25 && COPYRIGHT.test(text),
    dateStamp:
      wordCount <= 10 &&
      (!/[.!?:。！？：]$/u.test(text) || /\d{1,2}:\d{2}\s*[ap]\.?m\.?$/iu.test(text)) &&
      !/^[—–-]/u.test(text) &&
      letters > 0 &&
      digits / letters >= 0.2 &&
      isDateStamp(text),
  };
}

// a year or a clock time, plus at least one other number (day, month, minutes)
function isDateStamp(text: string): boolean {
  const numbers = text.match(/\p{N}+/gu) ?? [];
  if (numbers.length < 2) return false;
  return /(^|\D)(1[89]|20)\d{2}(\D|$)/u.test(text) || /\d{1,2}:\d{2}/.test(text);
}

/** Chrome whatever its position: counters, dates, "read also" links. */
export function isChromeShape(shape: LineShape): boolean {
  if (shape.wordCount === 0) return true; // separators, bullets, emoji rows
  if (shape.numeric || shape.countOrTimeAgo || shape.pipeList || shape.uiLabel || shape.dateStamp || shape.copyright || shape.byline || shape.uiWord) return true;
  // a short line made mostly of digits: a date stamp, a score, a phone number
  return shape.wordCount <= 6 && shape.digitRatio >= 0.45 && !shape.endsSentence;
}
