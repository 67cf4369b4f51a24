import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ResolvedEntity } from '../../src/core/model.js';
import { highlightArticle } from '../../src/web/highlight.js';
import { escapeHtml, html, safeHref, SafeHtml } from '../../src/web/html.js';
import { languageByScript, langAttribute, textDirection } from '../../src/web/lang.js';

describe('html templates', () => {
  it('drops embedding, override and isolate controls from content, and keeps direction marks', () => {
    const out = html`<span>${'\u202eevil.example'}</span>: ${'\u2067x\u2069 \u200fok'}`.value;
    assert.equal(out, '<span>evil.example</span>: x \u200fok');
  });

  it('escapes every interpolation, in text and in attributes', () => {
    const hostile = `<script>alert("x")</script>' onmouseover='alert(1)` + '`';
    const out = html`<p title="${hostile}">${hostile}</p>`.value;
    assert.ok(!out.includes('<script>'), '!out.includes(<script>)');
    assert.ok(!out.includes(`'`.concat(' onmouseover')), '!out.includes(``.concat( onmouseover))');
    assert.equal(out, `<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`);
    assert.equal(escapeHtml(`&<>"'\``), '&amp;&lt;&gt;&quot;&#39;&#96;');
  });

  it('nests safe fragments without escaping them twice, and drops empty values', () => {
    const inner = html`<b>${'a&b'}</b>`;
    assert.equal(html`<i>${inner}${[inner, 'c<']}${undefined}${false}${null}</i>`.value, '<i><b>a&amp;b</b><b>a&amp;b</b>c&lt;</i>');
    assert.ok(inner instanceof SafeHtml, 'inner instanceof SafeHtml');
  });

  it('keeps only http(s) links from content', () => {
    assert.equal(safeHref('https://example.org/a?b=1'), 'https://example.org/a?b=1');
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', 'vbscript:x', '/relative', '', undefined]) {
      assert.equal(safeHref(bad), undefined, String(bad));
    }
  });

  it('knows right-to-left languages and sanitises lang attributes', () => {
    for (const lang of ['ar', 'he', 'fa', 'ur', 'ar-EG']) assert.equal(textDirection(lang), 'rtl', lang);
    for (const lang of ['en', 'ru', 'vi', 'zh', undefined]) assert.equal(textDirection(lang), 'ltr', String(lang));
    assert.equal(langAttribute('ar'), 'ar');
    assert.equal(langAttribute('" onload="x'), 'und');
  });

  it('tells which of two languages a snippet is in by its script, only when the script singles one out', () => {
    assert.equal(languageByScript('التعبئة', ['vi', 'ar']), 'ar');
    assert.equal(languageByScript('lệnh tổng động viên', ['vi', 'ar']), 'vi');
    assert.equal(languageByScript('100 ألف', ['ar', 'fr']), 'ar');
    assert.equal(languageByScript('地震', ['en', 'zh']), 'zh');
    assert.equal(languageByScript('mobilisation', ['fr', 'en']), undefined);
    assert.equal(languageByScript('98.000', ['ar', 'fr']), undefined);
    assert.equal(languageByScript('Токаев', ['ar', 'fr']), undefined);
    assert.equal(languageByScript('x', ['" onload="x']), undefined);
  });
});

describe('entity highlighting', () => {
  const entity = (id: string, mentions: [number, number, string][]): ResolvedEntity => ({
    id,
    canonical: id,
    type: 'person',
    mentions: mentions.map(([start, end, text]) => ({ start, end, text })),
  });

  it('marks mentions by offset in the title and the body paragraphs', () => {
    const title = 'Tokayev speaks';
    const body = 'Kassym-Jomart Tokayev said <b>no</b>.\n\nSecond paragraph on Tokayev.';
    const full = `${title}\n\n${body}`;
    const at = (text: string, from = 0) => {
      const start = full.indexOf(text, from);
      return [start, start + text.length, text] as [number, number, string];
    };
    const result = highlightArticle(title, body, [entity('per:tokayev', [at('Tokayev'), at('Kassym-Jomart Tokayev'), at('Tokayev', full.indexOf('Second'))])]);
    assert.equal(result.title.value, '<mark class="ent ent-person" data-entity="per:tokayev" title="per:tokayev (person)">Tokayev</mark> speaks');
    assert.equal(result.paragraphs.length, 2);
    assert.match(result.paragraphs[0].value, /^<mark[^>]*>Kassym-Jomart Tokayev<\/mark> said &lt;b&gt;no&lt;\/b&gt;\.$/);
    assert.match(result.paragraphs[1].value, /^Second paragraph on <mark[^>]*>Tokayev<\/mark>\.$/);
  });

  it('ignores overlapping and out-of-range mentions instead of breaking the text', () => {
    const body = 'Alpha Beta Gamma';
    const result = highlightArticle('', body, [entity('a', [[0, 10, 'Alpha Beta'], [6, 16, 'Beta Gamma'], [10, 99, 'x'], [-1, 2, 'y']])]);
    assert.equal(result.paragraphs.length, 1);
    const text = result.paragraphs[0].value.replace(/<[^>]+>/g, '');
    assert.equal(text, body);
    assert.equal((result.paragraphs[0].value.match(/<mark/g) ?? []).length, 1);
  });
});
