import type { Article, ArticleAnalysis } from '../../core/model.js';
import { titleOrOpening } from '../../core/display-title.js';
import { highlightArticle } from '../highlight.js';
import { html, localUrl, safeHref } from '../html.js';
import { externalLink, inLang, isolate, langBadge, nameIn, shortDate } from '../format.js';
import { languageName, langAttribute, textDirection } from '../lang.js';
import { renderPage } from '../layout.js';

export interface ArticlePageInput {
  article: Article;
  analysis?: ArticleAnalysis;
  storyId?: string;
  storyHeadline?: string;
}

export function renderArticlePage(input: ArticlePageInput): string {
  const { article, analysis } = input;
  const entities = analysis?.entities ?? [];
  const marked = highlightArticle(article.title, article.text, entities);
  const name = titleOrOpening(article.title, article.text) || article.id;
  const href = safeHref(article.url ?? article.canonicalUrl);
  const dir = textDirection(article.lang);
  const headline = input.storyHeadline || input.storyId || '';
  // A story is headlined by one of its articles' titles: this one's when it reads the same, else of unknown language.
  const storyName = headline === article.title ? inLang(article.lang, headline) : isolate(headline);
  const body = html`${input.storyId ? html`<p class="small"><a href="/stories/${encodeURIComponent(input.storyId)}"><span aria-hidden="true">← </span>Story: ${storyName}</a></p>` : ''}
<div class="article-layout">
  <article class="article-body" lang="${langAttribute(article.lang)}" dir="${dir}">
    ${article.title.trim() ? html`<h1>${marked.title}</h1>` : html`<h1 class="untitled">${name}</h1>`}
    ${marked.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
  </article>
  <aside class="side" aria-label="About this article">
    <div class="panel">
      <h2>Source</h2>
      <ul>
        <li>${langBadge(article.lang)} ${languageName(article.lang)}${article.langConfidence !== undefined ? html` <span class="muted small">(${Math.round(article.langConfidence * 100)}%)</span>` : ''}</li>
        ${article.site ? html`<li>${isolate(article.site)}</li>` : ''}
        ${article.author ? html`<li>By ${isolate(article.author)}</li>` : ''}
        <li>Published ${article.published ? html`<time>${shortDate(article.published)}</time>` : 'date unknown'}</li>
        <li class="muted small">Ingested <time>${shortDate(article.ingestedAt)}</time> from ${article.source}</li>
        ${href ? html`<li>${externalLink(href, 'Original page')}</li>` : ''}
        ${article.nearDuplicateOf ? html`<li>Near copy of <a href="/articles/${encodeURIComponent(article.nearDuplicateOf)}">${article.nearDuplicateOf}</a></li>` : ''}
      </ul>
      <p class="small"><a href="${localUrl('/compare', { a: article.id })}">Compare with another article</a> · <a href="/api/articles/${encodeURIComponent(article.id)}">JSON</a></p>
    </div>
    <div class="panel">
      <h2>Entities</h2>
      <div class="legend" aria-hidden="true"><mark class="ent ent-person">person</mark><mark class="ent ent-organisation">organisation</mark><mark class="ent ent-place">place</mark><mark class="ent ent-other">other</mark></div>
      ${entities.length ? html`<ul>${entities.map(
        (entity) => html`<li><a href="${localUrl('/search', { entity: entity.id })}">${nameIn(entity.canonical, { [article.lang]: entity.mentions.map((mention) => mention.text) })}</a> <span class="muted small">${entity.type} ×${entity.mentions.length}</span><br>
        <span class="small" lang="${langAttribute(article.lang)}" dir="${dir}">${[...new Set(entity.mentions.map((mention) => mention.text))].join(' · ')}</span></li>`,
      )}</ul>` : html`<p class="muted small">${analysis ? 'None found.' : 'Not analysed yet.'}</p>`}
    </div>
    ${analysis?.numbers.length ? html`<div class="panel"><h2>Numbers</h2><ul>${analysis.numbers.map(
      (number) => html`<li><span class="value">${number.value.toLocaleString('en')}</span>${number.unit ? ` ${number.unit}` : ''}${number.countsText ? html` ${inLang(article.lang, number.countsText)}` : ''} <span class="muted small">“<span lang="${langAttribute(article.lang)}" dir="${dir}">${number.text}</span>”</span></li>`,
    )}</ul></div>` : ''}
    ${analysis?.dates.length ? html`<div class="panel"><h2>Dates</h2><ul>${analysis.dates.map(
      (date) => html`<li><time>${date.iso}</time> <span class="muted small">“<span lang="${langAttribute(article.lang)}" dir="${dir}">${date.text}</span>”${date.relative ? ' (relative)' : ''}</span></li>`,
    )}</ul></div>` : ''}
  </aside>
</div>`;
  return renderPage({ title: name, section: 'articles', body });
}
