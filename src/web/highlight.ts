import type { ResolvedEntity } from '../core/model.js';
import { html, type SafeHtml } from './html.js';

interface Span {
  start: number;
  end: number;
  entity: ResolvedEntity;
}

/** Non-overlapping mention spans in text order (the first, longest mention wins an overlap). */
function mentionSpans(entities: readonly ResolvedEntity[], textLength: number): Span[] {
  const spans = entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity })))
    .filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= textLength)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (kept.length === 0 || span.start >= kept[kept.length - 1].end) kept.push(span);
  return kept;
}

/** Renders text[from, to) with the mentions inside it marked. */
function markRange(text: string, spans: readonly Span[], from: number, to: number): SafeHtml {
  const parts: SafeHtml[] = [];
  let at = from;
  for (const span of spans) {
    if (span.end <= from || span.start >= to) continue;
    const start = Math.max(span.start, from);
    const end = Math.min(span.end, to);
    if (start > at) parts.push(html`${text.slice(at, start)}`);
    parts.push(
      html`<mark class="ent ent-${span.entity.type}" data-entity="${span.entity.id}" title="${span.entity.canonical} (${span.entity.type})">${text.slice(start, end)}</mark>`,
    );
    at = end;
  }
  if (at < to) parts.push(html`${text.slice(at, to)}`);
  return html`${parts}`;
}

export interface HighlightedArticle {
  title: SafeHtml;
  paragraphs: SafeHtml[];
}

/**
 * Marks entity mentions in an article. Offsets address the analysed text: the title, a blank line,
 * then the body (just the body when there is no title).
 */
export function highlightArticle(title: string, body: string, entities: readonly ResolvedEntity[]): HighlightedArticle {
  const full = title ? `${title}\n\n${body}` : body;
  const bodyStart = title ? title.length + 2 : 0;
  const spans = mentionSpans(entities, full.length);
  const paragraphs: SafeHtml[] = [];
  const separator = /\n\s*\n/g;
  let from = 0;
  for (;;) {
    const match = separator.exec(body);
    const to = match ? match.index : body.length;
    if (body.slice(from, to).trim()) paragraphs.push(markRange(full, spans, bodyStart + from, bodyStart + to));
    if (!match) break;
    from = match.index + match[0].length;
  }
  return { title: markRange(full, spans, 0, title.length), paragraphs };
}
