import { html, type HtmlValue, type SafeHtml } from './html.js';

export type Section = 'stories' | 'search' | 'compare' | 'articles' | 'none';

export interface PageOptions {
  title: string;
  section: Section;
  /** Text to keep in the header search box. */
  query?: string;
  /** Reloads the page (as `url`, a local URL) after this many seconds: a live view without scripts. */
  refresh?: { seconds: number; url: string };
  body: HtmlValue;
}

const NAV: { section: Section; href: string; label: string }[] = [
  { section: 'stories', href: '/', label: 'Stories' },
  { section: 'articles', href: '/articles', label: 'Articles' },
  { section: 'search', href: '/search', label: 'Search' },
  { section: 'compare', href: '/compare', label: 'Compare' },
];

/** The logo's gradient square, inline: no request, and no 404 in the console for /favicon.ico. */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#4f8ff7"/><stop offset=".55" stop-color="#9b6cf0"/><stop offset="1" stop-color="#f0a500"/></linearGradient></defs><rect width="16" height="16" rx="4" fill="url(#g)"/></svg>',
)}`;

/** Longest page title kept: a browser tab or a bookmark shows far less. */
const TITLE_CHARS = 120;

function pageTitle(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > TITLE_CHARS ? `${flat.slice(0, TITLE_CHARS - 1)}…` : flat;
}

export interface PageLink {
  href: string;
  label: string;
}

/**
 * Previous and next page links, or nothing: an empty navigation landmark is still announced and
 * listed by screen readers. The arrows are decoration, not words to read out.
 */
export function pager(previous: PageLink | undefined, next: PageLink | undefined): SafeHtml | '' {
  if (!previous && !next) return '';
  return html`<nav class="pager" aria-label="Pages">
  ${previous ? html`<a class="button secondary" rel="prev" href="${previous.href}"><span aria-hidden="true">← </span>${previous.label}</a>` : ''}
  ${next ? html`<a class="button secondary" rel="next" href="${next.href}">${next.label}<span aria-hidden="true"> →</span></a>` : ''}
</nav>`;
}

/** The page shell: skip link, header with navigation and search, main landmark. */
export function renderPage(options: PageOptions): string {
  const nav = NAV.map(
    (item) => html`<a href="${item.href}"${options.section === item.section ? html` aria-current="page"` : ''}>${item.label}</a>`,
  );
  const page: SafeHtml = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
${options.refresh ? html`<meta http-equiv="refresh" content="${`${options.refresh.seconds};url=${options.refresh.url}`}">` : ''}
<title>${pageTitle(options.title)} · Storyweave</title>
<link rel="stylesheet" href="/assets/style.css">
<link rel="icon" href="${FAVICON}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <div class="bar">
    <a class="brand" href="/"><span class="logo" aria-hidden="true"></span>Storyweave</a>
    <nav class="site-nav" aria-label="Main">${nav}</nav>
    <form class="header-search" role="search" aria-label="Site search" action="/search" method="get">
      <input id="header-q" type="search" dir="auto" name="q" value="${options.query ?? ''}" placeholder="Search in any script: Токаев, توكاييف…" aria-label="Search articles in any language">
      <button type="submit">Search</button>
    </form>
  </div>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer">Storyweave runs offline. Article texts are shown as plain text; nothing from them is executed.</footer>
</body>
</html>`;
  return page.value;
}
