import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchNames } from '../../../src/analyze/entities/match-names.js';
import { AliasTable } from '../../../src/analyze/entities/alias-table.js';
import { skeletonKey } from '../../../src/analyze/entities/skeleton.js';

function same(a: string, la: string, b: string, lb: string): boolean {
  const m = matchNames(a, la, b, lb);
  assert.ok(m.score >= 0 && m.score <= 1, `score ${m.score} out of range`);
  return m.same;
}

describe('matchNames', () => {
  it('reads Chinese -ng finals, Hebrew geresh and Latin final -ng as other scripts write them', () => {
    assert.ok(same('Sarah Connor', 'en', '莎拉·康纳', 'zh'), 'Chinese 康 for Con-');
    assert.ok(same('Jacques Chirac', 'fr', "ז'אק שיראק", 'he'), 'Hebrew ז\' is zh');
    assert.ok(same('Tsang', 'en', 'Цан', 'ru'), 'final -ng as n');
    assert.ok(same('Antonio Montero', 'es', 'Αντόνιο Μοντέρο', 'el'), 'Greek ντ after a vowel as nt');
    assert.ok(same('Linda Monti', 'it', 'Λίντα Μόντι', 'el'), 'Greek ντ after a vowel as nt');
    assert.ok(same('Park Chang Ho', 'en', 'Park Jang Ho', 'en'), 'Korean ch/j romanisations');
    assert.ok(!same('Charles Jordan', 'en', 'Jarles Chordan', 'en'), 'ch/j swaps only in East Asian names');
    assert.ok(!same('Labour Party', 'en', 'Conservative Party', 'en'));
  });

  it('matches organisations cited without a dashed addition or by their bare proper name', () => {
    assert.ok(same('Social Democratic Party - Harmony', 'en', 'Sozialdemokratische Partei', 'de'));
    assert.ok(same('Fatah', 'en', 'Fatah Movement', 'en'));
    assert.ok(!same('Likud', 'en', 'Kadima Party', 'en'));
  });

  it('matches spellings and scripts of one person', () => {
    const forms: Array<[string, string]> = [
      ['Tokaev', 'fr'], ['توكاييف', 'ar'], ['توكاجيف', 'ar'], ['K. Tokayev', 'fr'], ['Kasim-Zomart Tokaev', 'fr'],
      ['Kassym-Jomart Tokayev', 'en'], ['قاسم جومارت توكاييف', 'ar'], ['Касым-Жомарт Токаев', 'ru'],
    ];
    for (const [name, lang] of forms) assert.ok(same('Kassym-Jomart Tokayev', 'en', name, lang), name);
    assert.ok(same('Tokayev', 'en', 'Tokaev', 'fr'));
  });

  it('matches across script families', () => {
    assert.ok(same('Vladimir Putin', 'en', 'Владимир Путин', 'ru'), 'Cyrillic');
    assert.ok(same('Vladimir Putin', 'en', 'Vladimir Poutine', 'fr'), 'French spelling');
    assert.ok(same('Alexis Tsipras', 'en', 'Αλέξης Τσίπρας', 'el'), 'Greek');
    assert.ok(same('Benjamin Netanyahu', 'en', 'בנימין נתניהו', 'he'), 'Hebrew');
    assert.ok(same('Moon Jae-in', 'en', '문재인', 'ko'), 'Korean');
    assert.ok(same('Russia', 'en', '俄罗斯', 'zh'), 'Chinese place');
    assert.ok(same('NATO', 'en', 'حلف شمال الأطلسي', 'ar'), 'Arabic organisation');
  });

  it('handles Surname, Given order, dropped middle names and nicknames', () => {
    assert.ok(same('Джумблат, Валид', 'ru', 'Walid Jumblatt', 'en'));
    assert.ok(same('George Walker Bush', 'en', 'George Bush', 'en'));
    assert.ok(same('Bob Kasten', 'en', 'Robert W. Kasten', 'en'));
  });

  it('keeps apart different people who share a first name or a surname', () => {
    assert.ok(!same('Kassym-Jomart Tokayev', 'en', 'Kassym Smith', 'en'));
    assert.ok(!same('George Bush', 'en', 'Laura Bush', 'en'));
    assert.ok(!same('Frank Field', 'en', 'Frank Mossfield', 'en'));
    assert.ok(!same('Vladimir Putin', 'en', 'Владимир Зеленский', 'ru'));
  });

  it('decides places and organisations from CLDR and the curated tables', () => {
    assert.ok(same('Germany', 'en', 'Allemagne', 'fr'));
    assert.ok(same('Almaty', 'en', 'Алматы', 'ru'));
    assert.ok(!same('Austria', 'en', 'Australie', 'fr'));
    assert.ok(same('CSTO', 'en', 'ОДКБ', 'ru'));
    assert.ok(!same('NATO', 'en', 'ОДКБ', 'ru'));
  });

  it('compares organisation names by meaning words and proper names', () => {
    assert.ok(same('Democratic Party', 'en', 'Parti démocrate', 'fr'));
    assert.ok(same('Coalition for Bulgaria', 'en', 'Коалиция за България', 'bg'));
    assert.ok(!same('Democratic Party', 'en', 'Republican Party', 'en'));
    assert.ok(!same('Islamic Relief Foundation', 'en', 'Relief Foundation', 'en'));
  });

  it('consults an alias table', () => {
    const aliases = new AliasTable();
    assert.equal(matchNames('Bibi', 'en', 'Benjamin Netanyahu', 'en').same, false);
    aliases.add('Bibi', 'Benjamin Netanyahu', 'manual');
    assert.equal(matchNames('Bibi', 'en', 'Benjamin Netanyahu', 'en', { aliases }).same, true);
  });

  it('returns not-same for empty names', () => {
    assert.deepEqual(matchNames('', 'en', 'Tokayev', 'en'), { same: false, score: 0 });
  });

  it('builds skeleton keys robust to vowel loss and consonant variants', () => {
    assert.equal(skeletonKey('Tokayev'), skeletonKey('توكاييف'));
    assert.equal(skeletonKey('Tokaev'), skeletonKey('Tokayev'));
    assert.equal(skeletonKey('Putin'), skeletonKey('Poutine'));
    assert.notEqual(skeletonKey('Putin'), skeletonKey('Tokayev'));
  });
});

describe('matchNames on hostile input', () => {
  it('compares very long names on a bounded prefix', () => {
    const long = 'Tokayev '.repeat(20_000);
    const m = matchNames(long, 'en', `${long}x`, 'en');
    assert.equal(m.same, true);
    assert.equal(matchNames(`${'x'.repeat(300)} Tokayev`, 'en', 'Tokayev', 'en').same, false);
  });
});
