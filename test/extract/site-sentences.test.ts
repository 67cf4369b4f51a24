import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withoutSharedSiteSentences } from '../../src/extract/text/site-sentences.js';

const cookie = 'Wir setzen auf unserer Website Cookies und andere Technologien ein, um Ihnen den vollen Funktionsumfang zu bieten.';

test('sentences two articles of one site share are dropped from both; other sites and short lines are untouched', () => {
  const records = [
    { id: 'a', url: 'https://www.example.de/a', text: `Trompete trifft Piano im Café Heimat in Morbach, zum ersten Mal seit drei Jahren. ${cookie} Das Konzert beginnt um acht Uhr abends, Karten gibt es an der Abendkasse.` },
    { id: 'b', url: 'https://example.de/b', text: `Wagen kollidiert mit Lkw auf der B50 bei Morbach, die Straße war stundenlang gesperrt. ${cookie}\nFünf Verletzte wurden in Kliniken in Trier und Wittlich gebracht, zwei davon schwer.` },
    { id: 'c', url: 'https://other.de/c', text: `${cookie} Ein anderer Text über das Wetter in der Eifel heute.` },
    { id: 'd', text: `${cookie} Ohne Adresse bleibt alles, wie es ist, auch hier.` },
  ];
  const cleaned = withoutSharedSiteSentences(records);
  assert.ok(!cleaned[0].text.includes('Cookies') && cleaned[0].text.includes('Trompete') && cleaned[0].text.includes('Konzert'));
  assert.ok(!cleaned[1].text.includes('Cookies') && cleaned[1].text.includes('Fünf Verletzte'));
  assert.equal(cleaned[2], records[2], 'alone on its site');
  assert.equal(cleaned[3], records[3], 'no URL');
  assert.equal(cleaned[0].id, 'a');
});

test('a sentence repeated inside one article is not shared chrome, and odd URLs are ignored', () => {
  const twice = `Der Bürgermeister hat heute den Haushalt vorgestellt. Der Bürgermeister hat heute den Haushalt vorgestellt.`;
  const records = [
    { url: 'https://news.example/1', text: twice },
    { url: 'https://news.example/2', text: 'Ganz andere Nachricht über den Sportverein und sein Jubiläum.' },
    { url: 'not a url', text: twice },
  ];
  const cleaned = withoutSharedSiteSentences(records);
  assert.equal(cleaned[0], records[0]);
  assert.equal(cleaned[2], records[2]);
});

test('an article posted twice on one site keeps its text', () => {
  const body = 'Die Stadt Trier hat heute einen neuen Radweg an der Mosel eröffnet. Er ist zwölf Kilometer lang und verbindet drei Ortsteile.';
  const records = [
    { url: 'https://zeitung.example/a', text: body },
    { url: 'https://zeitung.example/a-copy', text: body },
  ];
  assert.deepEqual(withoutSharedSiteSentences(records).map((record) => record.text), [body, body]);
});
