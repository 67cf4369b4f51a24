import type { FactConflict, FactReport, SharedFact, StoryArticle, StoryDetail, StoryEntity, TimelineEntry } from '../../stories/model.js';
import { html, localUrl, safeHref, type SafeHtml } from '../html.js';
import { dateSpan, externalLink, inLang, inOneOf, isolate, isolatedPair, langBadge, nameIn, plural, shortDate } from '../format.js';
import { languageName, langAttribute, textDirection } from '../lang.js';
import { dateLabel } from '../../stories/date-label.js';
import { renderPage } from '../layout.js';

const TIMELINE_BASIS: Record<TimelineEntry['basis'], string> = {
  published: 'published',
  ingested: 'ingested (no publication date)',
  stated: 'event reported',
  'year-from-publication': 'event reported (year from publication)',
  'year-unknown': 'event reported (year not stated)',
};

/** A dated entry as a day; an event whose year no one states as `14 Mar`. */
function timelineDate(date: string): string {
  return /^\d{4}/.test(date) ? shortDate(date) : dateLabel(date);
}

function reportChip(report: FactReport, titles: Map<string, StoryArticle>, showSite: boolean): SafeHtml {
  const article = titles.get(report.articleId);
  const site = report.site ?? article?.site;
  return html`<a class="chip" href="/articles/${encodeURIComponent(report.articleId)}" title="${[site, article?.title].filter(Boolean).join(': ')}">${langBadge(report.lang)} ${showSite && site ? html`<span class="muted"><bdi>${site}</bdi>:</span> ` : ''}${inLang(report.lang, report.text)}</a>`;
}

const KIND_ORDER: Record<string, number> = { number: 0, date: 1, entity: 2 };

/**
 * Articles named one by one under a fact; past this the rest are counted by language. A story of a
 * few hundred articles otherwise listed every member under every fact: 1.4 MB of HTML for 73 articles.
 */
const ARTICLES_LISTED = 8;

function countsByLanguage(langs: string[]): SafeHtml {
  const counts = new Map<string, number>();
  for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return html`${ordered.map(([lang, n], i) => html`${i ? ', ' : ''}${langBadge(lang)} ${n}`)}`;
}

function factList(facts: SharedFact[], titles: Map<string, StoryArticle>, showSite: boolean, empty: string): SafeHtml {
  if (facts.length === 0) return html`<p class="muted small">${empty}</p>`;
  // How many independent sources report a fact first: a figure two of eight sources give came above a
  // name seven give.
  const ordered = [...facts].sort((a, b) => b.families - a.families || (KIND_ORDER[a.kind] ?? 3) - (KIND_ORDER[b.kind] ?? 3));
  const langOf = (id: string) => titles.get(id)?.lang ?? '';
  return html`<ul>${ordered.map((fact) => {
    const listed = fact.reportedBy.slice(0, ARTICLES_LISTED);
    const unlisted = fact.reportedBy.slice(ARTICLES_LISTED);
    return html`<li class="fact"><span class="label">${inOneOf(fact.reportedBy.map((report) => report.lang), fact.label)}</span> <span class="muted small">${fact.kind} · ${plural(fact.families, 'independent source')}</span>
      <div class="sources">${listed.map((report) => reportChip(report, titles, showSite))}${unlisted.length ? html` <span class="muted small more">and ${unlisted.length} more: ${countsByLanguage(unlisted.map((report) => report.lang))}</span>` : ''}</div>
      ${missingFrom(fact.missingFrom, titles, langOf)}</li>`;
  })}</ul>`;
}

function missingFrom(ids: string[], titles: Map<string, StoryArticle>, langOf: (id: string) => string): SafeHtml | '' {
  if (ids.length === 0) return '';
  if (ids.length > ARTICLES_LISTED) return html`<div class="muted small missing">Not in ${plural(ids.length, 'article')}: ${countsByLanguage(ids.map(langOf))}</div>`;
  return html`<div class="muted small missing">Not in: ${ids.map((id) => {
    const article = titles.get(id);
    return html`<a href="/articles/${encodeURIComponent(id)}" title="${article?.title ?? id}">${article ? langBadge(article.lang) : id.slice(0, 8)}</a> `;
  })}</div>`;
}

function conflictTable(conflicts: FactConflict[], titles: Map<string, StoryArticle>, showSite: boolean): SafeHtml {
  if (conflicts.length === 0) return html`<p class="muted small">No source contradicts another on a number or date.</p>`;
  return html`<ul>${conflicts.map(
    (conflict) => html`<li class="fact"><span class="label">${inOneOf(conflict.values.flatMap((value) => value.reports.map((report) => report.lang)), conflict.label)}</span>
      <div class="table-wrap"><table class="conflict-table" aria-label="${`Values reported: ${conflict.label}`}"><thead><tr><th scope="col">Value</th><th scope="col">Reported by</th></tr></thead><tbody>
      ${conflict.values.map((value) => html`<tr><td class="value conflict">${value.value}</td><td><div class="sources">${value.reports.map((report) => reportChip(report, titles, showSite))}</div></td></tr>`)}
      </tbody></table></div></li>`,
  )}</ul>`;
}

/** Items in two languages (`التعبئة / mobilisation`), each side isolated so that right-to-left words do not reorder their neighbours. */
function isolatedList(items: string[], langs: string[]): SafeHtml[] {
  return items.map((item, i) => html`${i ? ', ' : ''}${isolatedPair(item, langs)}`);
}

function whyGrouped(article: StoryArticle, titles: Map<string, StoryArticle>, showSite: boolean): SafeHtml {
  const { evidence } = article;
  const match = evidence.bestMatch ? titles.get(evidence.bestMatch) : undefined;
  if (!match) return html`<p class="why muted">First article of this story.</p>`;
  return html`<details class="why"><summary>Why grouped: ${Math.round(evidence.probability * 100)}% likely the same event as the ${languageName(match.lang)} article${showSite && match.site ? html` from ${isolate(match.site)}` : ''}</summary>
  <ul>
    <li>Best match: <a href="/articles/${encodeURIComponent(match.articleId)}">${inLang(match.lang, match.title)}</a> · <a href="${localUrl('/compare', { a: article.articleId, b: match.articleId })}">compare side by side</a></li>
    ${evidence.sharedEntities.length ? html`<li>Shared entities: ${evidence.sharedEntities.map((entity, i) => html`${i ? ', ' : ''}${isolate(entity.canonical)}`)}</li>` : ''}
    ${evidence.sharedFacts.length ? html`<li>Shared facts: ${isolatedList(evidence.sharedFacts, [article.lang, match.lang])}</li>` : ''}
    ${evidence.sharedTerms.length ? html`<li>Shared concepts: ${isolatedList(evidence.sharedTerms.slice(0, 12), [article.lang, match.lang])}</li>` : ''}
  </ul></details>`;
}

function articleItem(article: StoryArticle, titles: Map<string, StoryArticle>, kind: string | undefined, showSite: boolean): SafeHtml {
  const href = safeHref(article.url);
  return html`<article class="article-item">
  <div class="title" lang="${langAttribute(article.lang)}" dir="${textDirection(article.lang)}"><a href="/articles/${encodeURIComponent(article.articleId)}">${article.title}</a></div>
  <div class="story-meta small">${article.site ? html`<span><bdi>${article.site}</bdi></span>` : ''}<time>${shortDate(article.published ?? article.ingestedAt)}</time>
    ${kind && kind !== 'original' ? html`<span class="badge">${kind}</span>` : ''}
    ${href ? externalLink(href, 'original') : ''}</div>
  ${whyGrouped(article, titles, showSite)}
</article>`;
}

/** The story page with nothing left out, at one of its sections. */
function wholeStoryUrl(story: StoryDetail, section: string): string {
  return `${localUrl(`/stories/${encodeURIComponent(story.id)}`, { all: '1' })}#${section}`;
}

function timelineItem(entry: TimelineEntry): SafeHtml {
  return html`<li><time>${timelineDate(entry.date)}</time> <span class="muted small">${TIMELINE_BASIS[entry.basis]}</span> ${langBadge(entry.lang)}
  <a href="/articles/${encodeURIComponent(entry.articleId)}">${inLang(entry.lang, entry.text)}</a></li>`;
}

/** The timeline, or its beginning and end with a link to the whole when it is long. */
function timeline(story: StoryDetail, options: StoryPageOptions): SafeHtml {
  const entries = story.timeline;
  if (options.allArticles || entries.length <= 2 * TIMELINE_ENDS) return html`<ol class="timeline">${entries.map(timelineItem)}</ol>`;
  const hidden = entries.length - 2 * TIMELINE_ENDS;
  return html`<ol class="timeline">${entries.slice(0, TIMELINE_ENDS).map(timelineItem)}
  <li class="muted small"><a href="${wholeStoryUrl(story, 'h-timeline')}">${plural(hidden, 'more entry', 'more entries')} between: show the whole timeline</a></li>
  ${entries.slice(-TIMELINE_ENDS).map(timelineItem)}</ol>`;
}

/** The most central articles of a language (all of them when asked), in the story's order. */
function shownArticles(articles: StoryArticle[], options: StoryPageOptions): StoryArticle[] {
  if (options.allArticles || articles.length <= ARTICLES_PER_LANGUAGE) return articles;
  const central = new Set([...articles].sort((a, b) => b.centrality - a.centrality).slice(0, ARTICLES_PER_LANGUAGE));
  return articles.filter((article) => central.has(article));
}

function entityRows(entities: StoryEntity[]): SafeHtml {
  return html`${entities.map(
    (entity) => html`<tr><th scope="row"><a class="chip ${entity.type}" href="${localUrl('/search', { entity: entity.id })}">${nameIn(entity.canonical, entity.forms)}</a> <span class="muted small">${entity.type}</span></th>
    <td>${entity.articles}</td>
    <td><div class="forms">${Object.entries(entity.forms).map(([lang, forms]) => html`<span class="form">${langBadge(lang)} <span lang="${langAttribute(lang)}" dir="${textDirection(lang)}">${forms.join(' · ')}</span></span>`)}</div></td></tr>`,
  )}`;
}

/**
 * Names shown in each of the entity tables unless every one is asked for. The 73-article story of a
 * 100,000-article store names about 500 people, places and organisations: 194 KB of its page.
 */
const ENTITIES_SHOWN = 40;

function entityTable(story: StoryDetail, options: StoryPageOptions): SafeHtml {
  const { entities, articleCount } = story;
  if (entities.length === 0) return html`<p class="muted">No named entities found.</p>`;
  const sorted = [...entities].sort((a, b) => b.articles - a.articles);
  // Names only one article mentions are mostly colour, so they wait behind a disclosure.
  const shared = articleCount > 1 ? sorted.filter((entity) => entity.articles > 1) : sorted;
  const main = shared.length > 0 ? shared : sorted.slice(0, 10);
  const rest = sorted.filter((entity) => !main.includes(entity));
  const shown = (list: StoryEntity[]) => (options.allArticles ? list : list.slice(0, ENTITIES_SHOWN));
  const head = html`<thead><tr><th scope="col">Entity</th><th scope="col">Articles</th><th scope="col">As written in each language</th></tr></thead>`;
  const hidden = entities.length - shown(main).length - shown(rest).length;
  return html`<div class="table-wrap"><table class="forms-table"><caption class="visually-hidden">People, places and organisations</caption>${head}<tbody>${entityRows(shown(main))}</tbody></table></div>
  ${rest.length ? html`<details class="more"><summary>${plural(rest.length, 'more name')} mentioned by one article</summary>
  <div class="table-wrap"><table class="forms-table"><caption class="visually-hidden">Names mentioned by one article</caption>${head}<tbody>${entityRows(shown(rest))}</tbody></table></div></details>` : ''}
  ${hidden > 0 ? html`<p class="small"><a href="${wholeStoryUrl(story, 'h-entities')}">Show all ${entities.length} names</a> (${hidden} not shown)</p>` : ''}`;
}

/** Articles shown per language unless every one is asked for: the most central first. */
const ARTICLES_PER_LANGUAGE = 25;
/** Sources whose exclusive sentences are shown unless every one is asked for. */
const EXCLUSIVES_SHOWN = 25;
/** Timeline entries shown at each end of a long timeline unless the whole is asked for. */
const TIMELINE_ENDS = 50;

export interface StoryPageOptions {
  /** Every article of every language, every source's exclusive sentences, the whole timeline and every name. */
  allArticles?: boolean;
}

export function renderStoryPage(story: StoryDetail, options: StoryPageOptions = {}): string {
  const titles = new Map(story.articles.map((article) => [article.articleId, article]));
  const kinds = new Map(story.families.flatMap((family) => family.members.map((member) => [member.articleId, member.kind] as const)));
  const byLang = new Map<string, StoryArticle[]>();
  for (const article of story.articles) byLang.set(article.lang, [...(byLang.get(article.lang) ?? []), article]);
  const main = story.headlines.find((headline) => headline.title === story.headline);
  const { coverage } = story;
  const showSite = story.sites.length > 1;
  const body = html`<p class="small"><a href="/"><span aria-hidden="true">← </span>All stories</a></p>
<h1 lang="${langAttribute(main?.lang)}" dir="${textDirection(main?.lang)}">${story.headline}</h1>
<div class="story-meta"><span class="badges">${story.languages.map(langBadge)}</span><time>${dateSpan(story.firstSeen, story.lastSeen)}</time></div>
<div class="stat-row">
  <div class="stat"><b>${story.articleCount}</b><span>${story.articleCount === 1 ? 'article' : 'articles'}</span></div>
  <div class="stat"><b>${story.familyCount}</b><span>${story.familyCount === 1 ? 'independent source' : 'independent sources'}</span></div>
  <div class="stat"><b>${story.languages.length}</b><span>${story.languages.length === 1 ? 'language' : 'languages'}</span></div>
  <div class="stat"><b>${story.sites.length}</b><span>${story.sites.length === 1 ? 'site' : 'sites'}</span></div>
</div>

<section aria-labelledby="h-coverage"><h2 id="h-coverage">What the sources say</h2>
<div class="facts">
  <div class="fact-col agree"><h3>Agreed by all</h3>${factList(coverage.agreements, titles, showSite, 'No fact is reported by every source.')}</div>
  <div class="fact-col partial"><h3>Reported by some</h3>${factList(coverage.partial, titles, showSite, 'Nothing reported by only some sources.')}</div>
  <div class="fact-col conflict"><h3>Conflicts</h3>${conflictTable(coverage.conflicts, titles, showSite)}</div>
</div></section>

<section aria-labelledby="h-articles"><h2 id="h-articles">Articles by language</h2>
<div class="lang-columns">${[...byLang].map(
  ([lang, articles]) => html`<section class="lang-group" aria-label="${languageName(lang)}"><h3>${langBadge(lang)} ${languageName(lang)} <span class="muted small">${plural(articles.length, 'article')}</span></h3>
  ${shownArticles(articles, options).map((article) => articleItem(article, titles, kinds.get(article.articleId), showSite))}
  ${!options.allArticles && articles.length > ARTICLES_PER_LANGUAGE ? html`<p class="small"><a href="${wholeStoryUrl(story, 'h-articles')}">Show all ${articles.length} ${languageName(lang)} articles</a></p>` : ''}</section>`,
)}</div></section>

${coverage.exclusives.length ? html`<section aria-labelledby="h-exclusive"><h2 id="h-exclusive">Only one source says</h2>
<div class="lang-columns">${(options.allArticles ? coverage.exclusives : coverage.exclusives.slice(0, EXCLUSIVES_SHOWN)).map((exclusive) => {
  const article = titles.get(exclusive.articleId);
  return html`<div class="lang-group"><h3>${langBadge(exclusive.lang)} <a href="/articles/${encodeURIComponent(exclusive.articleId)}">${showSite ? isolate(exclusive.site ?? article?.site ?? languageName(exclusive.lang)) : languageName(exclusive.lang)}</a></h3>
  <ul class="small" lang="${langAttribute(exclusive.lang)}" dir="${textDirection(exclusive.lang)}">${exclusive.sentences.map((sentence) => html`<li>${sentence}</li>`)}</ul></div>`;
})}</div>${!options.allArticles && coverage.exclusives.length > EXCLUSIVES_SHOWN ? html`<p class="small"><a href="${wholeStoryUrl(story, 'h-exclusive')}">Show what all ${coverage.exclusives.length} sources alone say</a></p>` : ''}</section>` : ''}

<section aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>
${story.timeline.length ? timeline(story, options) : html`<p class="muted">No dates known.</p>`}</section>

<section aria-labelledby="h-entities"><h2 id="h-entities">Who and where, as each language writes it</h2>
${entityTable(story, options)}</section>

${story.merges.length ? html`<section aria-labelledby="h-merges"><h2 id="h-merges">History</h2><ul class="small">${story.merges.map(
  (merge) => html`<li><time>${shortDate(merge.at)}</time>: merged story ${merge.from}: ${merge.reason}</li>`,
)}</ul></section>` : ''}
<p class="small muted">Story id <code>${story.id}</code> · <a href="/api/stories/${encodeURIComponent(story.id)}">JSON</a></p>`;
  return renderPage({ title: story.headline, section: 'stories', body });
}
