import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isChromeShape, shapeOf } from '../../src/extract/text/line-shape.js';

const chrome = (line: string) => isChromeShape(shapeOf(line));

test('counters and time-ago lines are chrome in many languages', () => {
  for (const line of ['118', '0', '1 204 просмотра', '2.345 lượt xem', '32 phút ago', '5 giờ trước', '3 hours ago', 'il y a 3 heures', 'vor 3 Std.', '3 小时前', 'Image 1 of 5', 'Фото 2 из 7']) {
    assert.ok(chrome(line), line);
  }
});

test('date stamps, bylines, copyright, read-also links and separators are chrome', () => {
  for (const line of [
    'Updated: Sat 8:31 PM, Feb 17, 2018',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    'By Jane Roe',
    'Par Jean Dupont',
    'Автор: Иван Петров',
    '© 2024 Example Media. All rights reserved.',
    'Also read | Some other headline about the budget',
    'Читайте также: Мэрия объявила конкурс',
    'اقرأ أيضا: عنوان آخر',
    '|',
    '* * *',
    'Advertisement',
    'Sign In',
    'Реклама',
    '广告',
  ]) {
    assert.ok(chrome(line), line);
  }
});

test('headlines, short sentences and attributions with dates are not chrome', () => {
  for (const line of [
    'Kazakhstan to ensure safety of Russians fleeing military draft, says president',
    'The 2008 crisis',
    'Share prices fell',
    'He declined to comment.',
    '— Robert Roe (@rroe) November 18, 2019',
    'The Doobie Brothers 50th Anniversary Tour 2020 dates:',
    'Par ailleurs, le gouvernement a annoncé de nouvelles mesures pour les familles.',
    'Afores estrenan 2020 con plusvalías: obtienen 52 mil 766 MDP y suben más',
  ]) {
    assert.ok(!chrome(line), line);
  }
});

test('sentence ends are recognised across scripts and closing quotes', () => {
  for (const line of ['We must take care of them.”', 'لم يكن لديهم جواز سفر.', '这是一个句子。', 'Is it?»', 'ممتاز؟']) {
    assert.ok(shapeOf(line).endsSentence, line);
  }
  assert.ok(!shapeOf('Bộ Công thương dự thảo lộ trình áp dụng xăng E10 trên toàn quốc từ…').endsSentence);
  assert.ok(shapeOf('Bộ Công thương dự thảo lộ trình áp dụng xăng E10 trên toàn quốc từ…').endsEllipsis);
});
