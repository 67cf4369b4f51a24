// Public API of the extract stage.
export { extractDocument, type ExtractDocumentOptions } from './extract-document.js';
export { extractHtml, type ExtractHtmlOptions } from './html/extract-html.js';
export { cleanPlainText, type CleanPlainTextOptions } from './text/clean-plain-text.js';
export { SiteLineStats } from './text/site-line-stats.js';
export { toIsoDate } from './published-date.js';
