import type { ArticleBrief } from '../../server/services/article-brief.js';
import { html, localUrl, type SafeHtml } from '../html.js';
import { inLang, isolate, langBadge, plural, shortDate } from '../format.js';
import { languageName } from '../lang.js';
import { pager, renderPage } from '../layout.js';

export function articleRow(article: ArticleBrief, extra: SafeHtml | string = ''): SafeHtml {
  return html`<li class="result">
  <div class="title"><a href="/articles/${encodeURIComponent(article.id)}">${inLang(article.lang, article.title || article.id)}</a></div>
  <div class="story-meta small">${langBadge(article.lang)}${article.site ? html`<span>${isolate(article.site)}</span>` : ''}<time>${shortDate(article.published ?? article.ingestedAt)}</time>${extra}</div>
</li>`;
}

export interface ArticlesPageInput {
  articles: ArticleBrief[];
  total: number;
  lang?: string;
  limit: number;
  offset: number;
  languages: Record<string, number>;
}

export function renderArticlesPage(input: ArticlesPageInput): string {
  const body = html`<h1>Articles</h1>
<p class="lede">${plural(input.total, 'article')}${input.lang ? ` in ${languageName(input.lang)}` : ''}, in the order they were ingested.</p>
<form class="filters" action="/articles" method="get" aria-label="Filter articles">
  <div class="field"><label for="a-lang">Language</label><select id="a-lang" name="lang"><option value="">Any</option>${Object.entries(input.languages).map(
    ([lang, count]) => html`<option value="${lang}"${input.lang === lang ? html` selected` : ''}>${languageName(lang)} (${count})</option>`,
  )}</select></div>
  <div><button type="submit">Filter</button></div>
</form>
${input.articles.length ? html`<ul class="results">${input.articles.map((article) => articleRow(article))}</ul>` : html`<div class="empty">No articles.</div>`}
${pager(
  input.offset > 0 ? { href: localUrl('/articles', { lang: input.lang, offset: Math.max(0, input.offset - input.limit) }), label: 'Previous' } : undefined,
  input.offset + input.limit < input.total ? { href: localUrl('/articles', { lang: input.lang, offset: input.offset + input.limit }), label: 'Next' } : undefined,
)}`;
  return renderPage({ title: 'Articles', section: 'articles', body });
}
