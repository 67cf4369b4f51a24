import type { StoryFilter, StorySummary } from '../../stories/model.js';
import { html, localUrl, type SafeHtml } from '../html.js';
import { dateSpan, inLang, langBadge, nameIn, plural } from '../format.js';
import { languageName, langAttribute, textDirection } from '../lang.js';
import { pager, renderPage } from '../layout.js';

export interface StoriesPageInput {
  stories: StorySummary[];
  filter: StoryFilter;
  hasMore: boolean;
  /** Languages in the store with article counts, for the filter. */
  languages: Record<string, number>;
  totalArticles: number;
  /** Stories matching the filter. */
  totalStories: number;
  /**
   * The live view: the page reloads itself and marks the stories created or changed since `mark` (its
   * previous load); `changed` counts them all and names the latest, on whatever page they are listed.
   */
  live?: { renderedAt: string; mark?: string; changed?: { count: number; latest: StorySummary[] } };
}

/** Seconds between reloads of the live view. */
export const LIVE_REFRESH_SECONDS = 60;

/** `new` or `updated` when the story was created or changed at or after the mark. */
function freshness(story: StorySummary, mark: number | undefined): 'new' | 'updated' | undefined {
  if (mark === undefined) return undefined;
  if (Date.parse(story.createdAt) >= mark) return 'new';
  return Date.parse(story.updatedAt) >= mark ? 'updated' : undefined;
}

function storyCard(story: StorySummary, mark?: number): SafeHtml {
  const main = story.headlines.find((headline) => headline.title === story.headline) ?? story.headlines[0];
  const others = story.headlines.filter((headline) => headline !== main).slice(0, 4);
  const fresh = freshness(story, mark);
  return html`<li class="story-card${story.languages.length > 1 ? ' multi' : ''}${fresh ? ' changed' : ''}">
  ${fresh ? html`<span class="badge fresh">${fresh}</span>` : ''}
  <h2 lang="${langAttribute(main?.lang)}" dir="${textDirection(main?.lang)}"><a href="/stories/${encodeURIComponent(story.id)}">${story.headline}</a></h2>
  <div class="story-meta">
    <span class="badges" aria-label="Languages">${story.languages.map(langBadge)}</span>
    <span>${plural(story.articleCount, 'article')}</span>
    <span>${plural(story.familyCount, 'independent source')}</span>
    <span>${plural(story.sites.length, 'site')}</span>
    <span><time>${dateSpan(story.firstSeen, story.lastSeen)}</time></span>
  </div>
  ${others.length ? html`<ul class="other-headlines" aria-label="Headlines in other languages">${others.map((headline) => html`<li>${langBadge(headline.lang)} ${inLang(headline.lang, headline.title)}</li>`)}</ul>` : ''}
  ${story.keyEntities.length ? html`<div class="entity-row" aria-label="Key entities">${story.keyEntities.slice(0, 8).map((entity) => html`<a class="chip ${entity.type}" href="${localUrl('/', { entity: entity.id })}">${nameIn(entity.canonical, entity.forms)}</a>`)}</div>` : ''}
</li>`;
}

/** How many stories changed since the previous load, and the latest of them, wherever they sort. */
function changedNote(changed: { count: number; latest: StorySummary[] }, mark: string): SafeHtml {
  if (changed.count === 0) return html`<p class="small muted" role="status">Nothing changed since the previous load.</p>`;
  return html`<div class="notice small" role="status"><p>${plural(changed.count, 'story', 'stories')} changed since the previous load${changed.count > changed.latest.length ? html`; the latest ${changed.latest.length}` : ''}:</p>
  <ul>${changed.latest.map((story) => {
    const main = story.headlines.find((headline) => headline.title === story.headline) ?? story.headlines[0];
    return html`<li><a href="/stories/${encodeURIComponent(story.id)}" lang="${langAttribute(main?.lang)}" dir="${textDirection(main?.lang)}">${story.headline}</a></li>`;
  })}</ul>
  ${changed.count > changed.latest.length ? html`<p><a href="${localUrl('/', { changedSince: mark })}">All ${changed.count} changes, oldest first</a></p>` : ''}</div>`;
}

/** The page before this one; from past the end, the last page. */
function previousOffset(offset: number, limit: number, total: number): number {
  const lastPage = Math.max(0, Math.floor((total - 1) / limit) * limit);
  return Math.max(0, Math.min(offset - limit, lastPage));
}

export function renderStoriesPage(input: StoriesPageInput): string {
  const { filter } = input;
  const limit = filter.limit ?? 20;
  const offset = filter.offset ?? 0;
  const params = { lang: filter.lang, since: filter.since, until: filter.until, entity: filter.entity, q: filter.q, changedSince: filter.changedSince };
  const [earlier, later] = filter.changedSince ? ['Earlier changes', 'Later changes'] : ['Newer', 'Older'];
  const { live } = input;
  const pageParams = { ...params, ...(offset > 0 ? { offset } : {}) };
  const mark = live?.mark !== undefined && Number.isFinite(Date.parse(live.mark)) ? Date.parse(live.mark) : undefined;
  const liveNote = live
    ? html`<p class="small live-note">Live: this page reloads every minute${mark !== undefined ? html`; stories marked <span class="badge fresh">new</span> or <span class="badge fresh">updated</span> changed since the previous load` : ''}. <a href="${localUrl('/', pageParams)}">Stop live updates</a></p>
${live.changed && live.mark ? changedNote(live.changed, live.mark) : ''}`
    : html`<p class="small"><a href="${localUrl('/', { ...pageParams, live: '1' })}">Follow live</a>: reload every minute and mark what changed.</p>`;
  const filtered = Object.values(params).some(Boolean);
  const body = html`<h1>Stories</h1>
<p class="lede">The same event, grouped across languages, spellings and scripts: ${plural(input.totalStories, filtered ? 'matching story' : 'story', filtered ? 'matching stories' : 'stories')} from ${plural(input.totalArticles, 'article')} in ${plural(Object.keys(input.languages).length, 'language')}.</p>
${filter.changedSince ? html`<p class="small">Created or changed since <time>${filter.changedSince}</time>, oldest change first.</p>` : ''}
${liveNote}
<form class="filters" action="/" method="get" aria-label="Filter stories">${filter.changedSince ? html`<input type="hidden" name="changedSince" value="${filter.changedSince}">` : ''}
  <div class="field"><label for="f-q">Headline contains</label><input id="f-q" dir="auto" name="q" value="${filter.q ?? ''}"></div>
  <div class="field"><label for="f-entity">Entity</label><input id="f-entity" dir="auto" name="entity" value="${filter.entity ?? ''}" placeholder="loc:KZ or a name"></div>
  <div class="field"><label for="f-lang">Language</label><select id="f-lang" name="lang"><option value="">Any</option>${Object.entries(input.languages).map(
    ([lang, count]) => html`<option value="${lang}"${filter.lang === lang ? html` selected` : ''}>${languageName(lang)} (${count})</option>`,
  )}</select></div>
  <div class="field"><label for="f-since">From</label><input id="f-since" type="date" name="since" value="${filter.since ?? ''}"></div>
  <div class="field"><label for="f-until">To</label><input id="f-until" type="date" name="until" value="${filter.until ?? ''}"></div>
  <div><button type="submit">Filter</button> ${filtered ? html`<a class="button secondary" href="/">Clear</a>` : ''}</div>
</form>
${input.stories.length
  ? html`<ol class="story-list" aria-label="Stories">${input.stories.map((story) => storyCard(story, mark))}</ol>`
  : html`<div class="empty">${
      offset > 0 && input.totalStories > 0
        ? html`No more stories past ${plural(input.totalStories, 'story', 'stories')}. <a href="${localUrl('/', params)}">Back to the first page</a>`
        : filtered
          ? 'No story matches these filters.'
          : html`No stories yet. Ingest articles with <code>storyweave ingest FILES</code> or <code>POST /api/ingest</code>.`
    }</div>`}
${pager(
  offset > 0 ? { href: localUrl('/', { ...params, offset: previousOffset(offset, limit, input.totalStories) }), label: earlier } : undefined,
  input.hasMore ? { href: localUrl('/', { ...params, offset: offset + limit }), label: later } : undefined,
)}`;
  const refresh = live ? { seconds: LIVE_REFRESH_SECONDS, url: localUrl('/', { ...pageParams, live: '1', mark: live.renderedAt }) } : undefined;
  return renderPage({ title: 'Stories', section: 'stories', body, ...(refresh ? { refresh } : {}) });
}
