import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../../src/ingest/decode/decode-bytes.js';
import { declaredCharset } from '../../../src/ingest/decode/declared-charset.js';
import { binaryReason } from '../../../src/ingest/binary-sniff.js';

// Short texts written for these tests.
const ARABIC = 'أعلن رئيس البلدية أن الجسر القديم سيفتح من جديد يوم الاثنين بعد ستة أشهر من أعمال الصيانة. وقال إن حركة المرور ستعود تدريجيا.';
const ARABIC_SHORT = 'فتح الجسر القديم من جديد';
const RUSSIAN = 'Мэр города объявил, что старый мост снова откроется в понедельник после шести месяцев ремонта. По его словам, движение восстановится постепенно.';
const RUSSIAN_SHORT = 'Старый мост снова открыт';
const UKRAINIAN = 'Міський голова повідомив, що старий міст знову відкриють у понеділок після ремонту, який тривав пів року.';
const BULGARIAN = 'Кметът съобщи, че старият мост ще бъде отворен отново в понеделник след шест месеца ремонт.';

function page(text: string, meta = ''): string {
  return `<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><h1>News</h1><p>${text}</p></body></html>`;
}

const cases: Array<[string, string, string]> = [
  ['Arabic', 'windows-1256', ARABIC],
  ['short Arabic', 'windows-1256', ARABIC_SHORT],
  ['Russian', 'windows-1251', RUSSIAN],
  ['short Russian', 'windows-1251', RUSSIAN_SHORT],
  ['Ukrainian', 'windows-1251', UKRAINIAN],
  ['Bulgarian', 'windows-1251', BULGARIAN],
];

for (const [name, encoding, text] of cases) {
  test(`${name} HTML in ${encoding}, declared with <meta charset>`, () => {
    const html = page(text, `<meta charset="${encoding}">`);
    const decoded = decodeBytes(iconv.encode(html, encoding));
    assert.equal(decoded.via, 'declared');
    assert.equal(decoded.text, html);
  });

  test(`${name} HTML in ${encoding}, declared with <meta http-equiv>`, () => {
    const html = page(text, `<meta http-equiv="Content-Type" content="text/html; charset=${encoding}">`);
    assert.equal(decodeBytes(iconv.encode(html, encoding)).text, html);
  });

  test(`${name} HTML in ${encoding}, undeclared`, () => {
    const html = page(text);
    const decoded = decodeBytes(iconv.encode(html, encoding));
    assert.equal(decoded.via, 'sniffed');
    assert.equal(decoded.text, html);
  });

  test(`${name} plain text in ${encoding}, undeclared`, () => {
    assert.equal(decodeBytes(iconv.encode(text, encoding)).text, text);
  });
}

test('an HTTP header charset wins over the document declaration', () => {
  const html = page(RUSSIAN, '<meta charset="windows-1252">');
  const decoded = decodeBytes(iconv.encode(html, 'koi8-r'), { headerCharset: 'KOI8-R' });
  assert.equal(decoded.via, 'header');
  assert.equal(decoded.text, html);
});

test('XML declaration encoding is honoured', () => {
  const xml = `<?xml version="1.0" encoding="windows-1256"?><rss><channel><title>${ARABIC_SHORT}</title></channel></rss>`;
  assert.equal(declaredCharset(iconv.encode(xml, 'windows-1256')), 'windows-1256');
  assert.equal(decodeBytes(iconv.encode(xml, 'windows-1256')).text, xml);
});

test('BOMs decide: UTF-8, UTF-16LE, UTF-16BE', () => {
  const text = `Mixed ${RUSSIAN_SHORT} ${ARABIC_SHORT}`;
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text, text);
  assert.equal(decodeBytes(iconv.encode(text, 'utf16le', { addBOM: true })).text, text);
  assert.equal(decodeBytes(iconv.encode(text, 'utf16be', { addBOM: true })).text, text);
});

test('mislabelled pages: UTF-8 bytes labelled windows-1251, windows-1251 bytes labelled UTF-8', () => {
  const utf8Page = page(ARABIC, '<meta charset="windows-1251">');
  assert.equal(decodeBytes(Buffer.from(utf8Page)).text, utf8Page);
  assert.equal(decodeBytes(Buffer.from(utf8Page), { headerCharset: 'iso-8859-1' }).text, utf8Page);
  const legacyPage = page(RUSSIAN, '<meta charset="utf-8">');
  assert.equal(decodeBytes(iconv.encode(legacyPage, 'windows-1251')).text, legacyPage);
});

test('undeclared Western European text in windows-1252 decodes', () => {
  const text = 'Le maire a annoncé que le pont rouvrira lundi après six mois de travaux ; la circulation reprendra progressivement à partir de mardi.';
  assert.equal(decodeBytes(iconv.encode(text, 'windows-1252')).text, text);
});

test('short undeclared headlines: Arabic in windows-1256, Russian in windows-1251 and KOI8-R', () => {
  const arabic = ['قال رئيس البلدية إن الروس الفارين', 'ارتفاع أسعار الخبز في الأسواق', 'فيضانات تغلق الطريق الجبلي'];
  for (const text of arabic) assert.equal(decodeBytes(iconv.encode(`<p>${text}</p>`, 'windows-1256')).text, `<p>${text}</p>`);
  const russian = ['Наводнение закрыло горную дорогу', 'Цены на хлеб выросли'];
  for (const text of russian) {
    assert.equal(decodeBytes(iconv.encode(`<p>${text}</p>`, 'windows-1251')).text, `<p>${text}</p>`);
    assert.equal(decodeBytes(iconv.encode(`<p>${text}</p>`, 'koi8-r')).text, `<p>${text}</p>`);
  }
});

test('undeclared Central European, Greek, Hebrew, Turkish and CJK pages decode', () => {
  const cases: Array<[string, string]> = [
    ['Prezydent powiedział, że Rosjanie uciekający przed mobilizacją otrzymają pomoc; sąsiedzi są gotowi.', 'windows-1250'],
    ['Prezydent powiedział, że Rosjanie uciekający przed mobilizacją otrzymają pomoc; sąsiedzi są gotowi.', 'iso-8859-2'],
    ['Starosta oznámil, že starý most se v pondělí znovu otevře; doprava se obnoví postupně.', 'windows-1250'],
    ['Ο δήμαρχος ανακοίνωσε ότι η παλιά γέφυρα θα ανοίξει ξανά τη Δευτέρα.', 'windows-1253'],
    ['ראש העיר הודיע כי הגשר הישן ייפתח מחדש ביום שני לאחר שיפוצים.', 'windows-1255'],
    ['Belediye başkanı, eski köprünün pazartesi günü yeniden açılacağını söyledi.', 'windows-1254'],
    ['市长宣布，旧桥将在周一重新开放，交通将逐步恢复。', 'gb18030'],
    ['市長は、古い橋が月曜日に再開すると発表した。交通は徐々に回復する。', 'shift_jis'],
    ['시장은 오래된 다리가 월요일에 다시 열릴 것이라고 발표했다.', 'euc-kr'],
  ];
  for (const [text, encoding] of cases) {
    const html = page(text);
    assert.equal(decodeBytes(iconv.encode(html, encoding)).text, html, encoding);
  }
});

test('UTF-16 without a BOM is recognised by where its zero bytes fall', () => {
  const text = `Plain export without a byte order mark. ${RUSSIAN_SHORT}. ${ARABIC_SHORT}.`;
  assert.equal(decodeBytes(iconv.encode(text, 'utf16le')).text, text);
  assert.equal(decodeBytes(iconv.encode(text, 'utf16be')).text, text);
});

test('Chinese, Japanese and Korean UTF-16 without a BOM decode too (few zero bytes, but every unit is text)', () => {
  const texts = [
    '市长宣布，旧桥将在周一重新开放，交通将逐步恢复。\n一位官员说，维修花了6个月。\n',
    '市長は、古い橋が月曜日に再開すると発表した。\n交通は徐々に回復する。2024年3月5日\n',
    '시장은 오래된 다리가 월요일에 다시 열릴 것이라고 발표했다.\n2024년 3월\n',
  ];
  for (const text of texts) {
    for (const encoding of ['utf16le', 'utf16be']) {
      const bytes = iconv.encode(text, encoding);
      assert.equal(binaryReason(bytes), undefined, `${encoding}: ${text}`);
      assert.equal(decodeBytes(bytes).text, text, encoding);
    }
  }
});

test('ASCII with a stray NUL, read two bytes at a time, is not taken for CJK UTF-16', () => {
  const bytes = Buffer.from('Night trains return to the northern line\0 from the first of May, the operator said.\n');
  assert.equal(binaryReason(bytes), 'contains NUL bytes');
});
