import type { SearchResult } from '../../server/services/search.js';
import { html, localUrl } from '../html.js';
import { inLang, isolate, plural } from '../format.js';
import { pager, renderPage } from '../layout.js';
import { articleRow } from './articles-page.js';

export function renderSearchPage(result: SearchResult | undefined, params: { q?: string; entity?: string; offset: number; limit: number }): string {
  // A search for an entity id (`loc:US`, from a chip) reads as the entity's name.
  const entityName = params.entity ? result?.entities.find((entity) => entity.id === params.entity)?.canonical : undefined;
  const shown = entityName && (!params.q || params.q === params.entity) ? entityName : params.q;
  const form = html`<form class="filters" action="/search" method="get" role="search" aria-label="Search articles">
  <div class="field wide"><label for="s-q">Words or a name, in any language or script</label><input id="s-q" type="search" dir="auto" name="q" value="${shown ?? ''}" placeholder="Токаев · Tokayev · توكاييف · mobilisation"></div>
  <div><button type="submit">Search</button></div>
</form>`;
  let results = html``;
  if (result) {
    const entityNote = result.entities.length
      ? html`<p class="small">Also searching for ${result.entities.map(
          (entity, i) => html`${i ? ', ' : ''}<a class="chip ${entity.type}" href="${localUrl('/search', { entity: entity.id })}">${isolate(entity.canonical)}</a>${entity.matchedForm && entity.matchedForm !== entity.canonical ? html` <span class="muted">(written ${isolate(entity.matchedForm)})</span>` : ''}`,
        )} in every spelling and script.</p>`
      : '';
    results = html`${entityNote}
<p class="muted" role="status">${plural(result.hits.length, 'result')}${result.hasMore ? ' on this page' : ''} for “${isolate(entityName && result.query === params.entity ? entityName : result.query)}”.</p>
${result.hits.length
  ? html`<ul class="results" aria-label="Results">${result.hits.map((hit) =>
      articleRow(
        hit.article,
        html`<span>${hit.matchedBy.map((how) => html`<span class="badge">${how}</span> `)}</span>${hit.entities.length ? html`<span>${hit.entities.map((entity) => html`${entity.forms.map((form, i) => html`${i ? ' · ' : ''}${inLang(hit.article.lang, form)}`)} `)}</span>` : ''}`,
      ),
    )}</ul>`
  : html`<div class="empty">Nothing found. Try a name in another spelling or script.</div>`}
${pager(
  params.offset > 0 ? { href: localUrl('/search', { q: params.q, entity: params.entity, offset: Math.max(0, params.offset - params.limit) }), label: 'Previous' } : undefined,
  result.hasMore ? { href: localUrl('/search', { q: params.q, entity: params.entity, offset: params.offset + params.limit }), label: 'Next' } : undefined,
)}`;
  }
  const body = html`<h1>Search</h1>
<p class="lede">Full text in every script, and names across spellings: a search for one spelling finds the others.</p>
${form}${results}`;
  return renderPage({ title: shown ? `Search: ${shown}` : 'Search', section: 'search', query: shown, body });
}
