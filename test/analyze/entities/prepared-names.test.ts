// A prepared name keeps what matching computed from it; matched again and again, against other names, in
// either position and any order, it must answer exactly as matchNames on the two strings does.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchNames, matchPrepared, prepareName, type PreparedName } from '../../../src/analyze/entities/match-names.js';
import { AliasTable } from '../../../src/analyze/entities/alias-table.js';

// Names of the matcher's own tests: persons in Latin, Cyrillic, Greek, Hebrew, Arabic, Persian, Hangul, kana
// and Chinese characters, with initials, particles, glued and compound given names; places; organisations
// with meaning words, short forms, initials, dashed additions and country adjectives (`grec` against `Greek`).
const NAMES: Array<[string, string]> = [
  ['Kassym-Jomart Tokayev', 'en'], ['Tokaev', 'fr'], ['توكاييف', 'ar'], ['توكاجيف', 'ar'], ['K. Tokayev', 'fr'],
  ['Kasim-Zomart Tokaev', 'fr'], ['Касым-Жомарт Токаев', 'ru'], ['Kassym Smith', 'en'],
  ['Vladimir Putin', 'en'], ['Владимир Путин', 'ru'], ['Vladimir Poutine', 'fr'], ['Владимир Зеленский', 'ru'],
  ['Alexis Tsipras', 'en'], ['Αλέξης Τσίπρας', 'el'], ['Benjamin Netanyahu', 'en'], ['בנימין נתניהו', 'he'],
  ['Джумблат, Валид', 'ru'], ['Walid Jumblatt', 'en'], ['Bob Kasten', 'en'], ['Robert W. Kasten', 'en'],
  ['Moon Jae-in', 'en'], ['문재인', 'ko'], ['Kim Jong-un', 'en'], ['Ким Чен Ын', 'ru'], ['김정일', 'ko'],
  ['Sergei Lavrov', 'en'], ['세르게이 라브로프', 'ko'], ['セルゲイ・ラブロフ', 'ja'], ['Xi Jinping', 'en'], ['习近平', 'zh'],
  ['Carrie Lam', 'en'], ['林鄭月娥', 'zh-hk'], ['Chiang Kai-shek', 'en'], ['蔣介石', 'zh-hant'],
  ['Abdul Rahman Dahlan', 'fr'], ['阿都拉曼达兰', 'zh'], ['Marine Le Pen', 'en'], ['玛丽娜·勒庞', 'zh'], ['Жан-Мари Ле Пен', 'ru'],
  ['Nikita Chruschtschow', 'de'], ['Nikita Khrouchtchev', 'fr'], ['Никита Хрущёв', 'ru'], ['Nikita Khrushchev', 'en'],
  ['Hassan Nasrallah', 'en'], ['حسن نصر الله', 'ar'], ['Abdel Fattah el-Sisi', 'en'], ['Абдель Фаттах ас-Сиси', 'ru'],
  ['Ali Akbar Velayati', 'en'], ['علی‌اکبر ولایتی', 'fa'],
  ['Germany', 'en'], ['Allemagne', 'fr'], ['Almaty', 'en'], ['Алматы', 'ru'], ['Russia', 'en'], ['俄罗斯', 'zh'], ['Clipperton Island', 'en'],
  ['NATO', 'en'], ['حلف شمال الأطلسي', 'ar'], ['CSTO', 'en'], ['ОДКБ', 'ru'], ['КПРФ', 'ru'], ['Коммунистическая партия Российской Федерации', 'ru'],
  ['Democratic Party', 'en'], ['Parti démocrate', 'fr'], ['Republican Party', 'en'], ['Ministry of Foreign Affairs', 'en'], ['МИД', 'ru'],
  ['外交部', 'zh'], ['Verteidigungsministerium', 'de'], ['Social Democratic Party - Harmony', 'en'], ['Sozialdemokratische Partei', 'de'],
  ['Bulgarian Socialist Party', 'en'], ['Bułgarska Partia Socjalistyczna', 'pl'], ['Parti socialiste grec', 'fr'], ['Greek Socialist Party', 'en'], ['Socialist Party', 'en'], ['Irish Labour Party', 'en'], ['Australijska Partia Pracy', 'pl'],
  ['New Democracy', 'en'], ['Νέα Δημοκρατία', 'el'], ['Kuomintang', 'en'], ['國民黨', 'zh-hant'], ['Hezbollah', 'en'], ['حزب الله', 'ar'],
  ['Scottish Green Party', 'en'], ['苏格兰绿党', 'zh'], ['Green Party', 'en'], ['緑の党', 'ja'], ['Fatah', 'en'], ['Fatah Movement', 'en'],
  ['', 'en'], ['   ', 'ru'], [`${'x'.repeat(300)} Tokayev`, 'en'],
];

describe('prepared names', () => {
  it('answer as matchNames does for every pair, each prepared name reused in both positions and in any order', () => {
    const prepared = NAMES.map(([text, lang]): [string, string, PreparedName] => [text, lang, prepareName(text, lang)]);
    const expected = new Map<string, ReturnType<typeof matchNames>>();
    for (const [a, la] of NAMES) for (const [b, lb] of NAMES) expected.set(`${a}|${la}|${b}|${lb}`, matchNames(a, la, b, lb));
    const sameCount = [...expected.values()].filter((match) => match.same).length;
    // The pairs must exercise both answers, or equality would say little.
    assert.ok(sameCount > NAMES.length && sameCount < expected.size / 2, `${sameCount} of ${expected.size} pairs the same`);
    for (const order of [prepared, [...prepared].reverse()]) {
      for (const [a, la, x] of order) {
        for (const [b, lb, y] of order) assert.deepEqual(matchPrepared(x, y), expected.get(`${a}|${la}|${b}|${lb}`), `${a} (${la}) / ${b} (${lb})`);
      }
    }
  });

  it('give the same answers as matchNames with an alias table', () => {
    const aliases = new AliasTable();
    aliases.add('Bibi', 'Benjamin Netanyahu');
    const bibi = prepareName('Bibi', 'en');
    const netanyahu = prepareName('Benjamin Netanyahu', 'en');
    assert.deepEqual(matchPrepared(bibi, netanyahu, { aliases }), matchNames('Bibi', 'en', 'Benjamin Netanyahu', 'en', { aliases }));
    assert.equal(matchPrepared(bibi, netanyahu, { aliases }).same, true);
    assert.deepEqual(matchPrepared(bibi, netanyahu), matchNames('Bibi', 'en', 'Benjamin Netanyahu', 'en'));
    assert.equal(matchPrepared(bibi, netanyahu).same, false);
  });
});
