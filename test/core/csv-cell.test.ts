import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvRow } from '../../src/core/csv-cell.js';

test('a text cell a spreadsheet would read as a formula gets a leading quote', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil.example","click")'), '"\'=HYPERLINK(""http://evil.example"",""click"")"');
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('+Evil, Site'), '"\'+Evil, Site"');
  assert.equal(csvCell('-2+3 Quake'), "'-2+3 Quake");
  assert.equal(csvCell('\tcmd'), "'\tcmd");
  assert.equal(csvCell('\rcmd'), '"\'\rcmd"');
  assert.equal(csvCell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
});

test('numbers and ordinary text are written as they are', () => {
  assert.equal(csvCell('-0.2'), '-0.2');
  assert.equal(csvCell('+1.5'), '+1.5');
  assert.equal(csvCell('1484084337'), '1484084337');
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell('Floods in Valparaiso'), 'Floods in Valparaiso');
  assert.equal(csvCell('a = b'), 'a = b');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvRow(['1484084337', '1484396422', '-0.2000', 'say "hi", then\nleave']), '1484084337,1484396422,-0.2000,"say ""hi"", then\nleave"');
});
