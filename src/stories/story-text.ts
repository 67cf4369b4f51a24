import { plural } from '../core/plural.js';
import { dateLabel } from './date-label.js';
import type { FactReport, StoryDetail, StorySummary, TimelineEntry } from './model.js';

function day(iso: string): string {
  return iso.slice(0, 10);
}

const DATE_NOTES: Partial<Record<TimelineEntry['basis'], string>> = {
  ingested: ' (ingested; not dated)',
  'year-from-publication': ' (year from publication)',
  'year-unknown': ' (year not stated)',
};

/** One line per story for `storyweave stories`. */
export function summaryLine(story: StorySummary): string {
  const span = day(story.firstSeen) === day(story.lastSeen) ? day(story.firstSeen) : `${day(story.firstSeen)}..${day(story.lastSeen)}`;
  const sources = story.familyCount < story.articleCount ? `${plural(story.articleCount, 'article')} / ${story.familyCount} independent` : plural(story.articleCount, 'article');
  return `${story.id}  ${span}  ${sources}  [${story.languages.join(',')}]  ${story.headline}`;
}

const KEY_ENTITY_LINES = 10;
const REPORT_FORMS = 4;
const FACT_LINES = 15;

/** A fact's reports as written, each form once with how many articles write it so (`[es] México ×3 | [en] Mexico`). */
function reportForms(reports: FactReport[]): string {
  const forms = new Map<string, number>();
  for (const report of reports) {
    const form = `[${report.lang}] ${report.text}`;
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  const shown = [...forms].slice(0, REPORT_FORMS).map(([form, count]) => (count > 1 ? `${form} ×${count}` : form));
  const more = forms.size - shown.length;
  return `${shown.join(' | ')}${more > 0 ? ` | and ${more} more` : ''}`;
}

/** Readable detail for `storyweave story <id>`. */
export function storyText(story: StoryDetail): string {
  const out: string[] = [];
  out.push(`Story ${story.id}: ${story.headline}`);
  out.push(`${plural(story.articleCount, 'article')} from ${plural(story.sites.length, 'site')} in ${story.languages.join(', ')}; ${plural(story.familyCount, 'independent version')}; ${day(story.firstSeen)} to ${day(story.lastSeen)}`);
  for (const headline of story.headlines.slice(1)) out.push(`  [${headline.lang}] ${headline.title}`);
  if (story.entities.length > 0) {
    out.push('', 'Key entities:');
    // In a story of several articles, a name only one of them uses is not what the story is about
    // (and is where a misread capitalised word shows up): those are counted, not listed.
    const key = story.articleCount > 1 ? story.entities.filter((entity) => entity.articles > 1) : story.entities;
    const listed = (key.length > 0 ? key : story.entities).slice(0, KEY_ENTITY_LINES);
    for (const entity of listed) {
      const forms = Object.entries(entity.forms).map(([lang, list]) => `${lang}: ${list.slice(0, 3).join(' / ')}`).join('; ');
      out.push(`  ${entity.canonical} (${entity.id}, ${plural(entity.articles, 'article')})  ${forms}`);
    }
    const unlisted = story.entities.length - listed.length;
    if (unlisted > 0) out.push(`  and ${unlisted} more (--json lists every name)`);
  }
  out.push('', 'Articles by language:');
  let lang = '';
  for (const article of story.articles) {
    if (article.lang !== lang) {
      lang = article.lang;
      out.push(`  ${lang}:`);
    }
    out.push(`    ${article.articleId}  ${day(article.published ?? article.ingestedAt)}  ${article.site ?? ''}  ${article.title}`);
    const evidence = article.evidence;
    if (evidence.bestMatch) {
      const why = [
        evidence.sharedEntities.length ? `entities ${evidence.sharedEntities.slice(0, 4).map((entity) => entity.canonical).join(', ')}` : '',
        evidence.sharedTerms.length ? `terms ${evidence.sharedTerms.slice(0, 5).join(', ')}` : '',
        evidence.sharedFacts.length ? `facts ${evidence.sharedFacts.slice(0, 3).join(', ')}` : '',
      ].filter(Boolean);
      out.push(`      matches ${evidence.bestMatch} (p=${evidence.probability.toFixed(2)})${why.length ? `: ${why.join('; ')}` : ''}`);
    }
  }
  const copies = story.families.filter((family) => family.members.length > 1);
  if (copies.length > 0) {
    out.push('', 'Version families (copies count once):');
    for (const family of copies) {
      out.push(`  ${family.representative}: ${family.members.slice(1).map((member) => `${member.articleId} (${member.kind}, ${member.lang})`).join(', ')}`);
    }
  }
  const { agreements, partial, conflicts, exclusives } = story.coverage;
  if (agreements.length > 0) {
    out.push('', 'All sources report:');
    for (const fact of agreements.slice(0, FACT_LINES)) out.push(`  ${fact.kind} ${fact.label}: ${reportForms(fact.reportedBy)}`);
    if (agreements.length > FACT_LINES) out.push(`  and ${agreements.length - FACT_LINES} more (--json lists every fact)`);
  }
  if (partial.length > 0) {
    out.push('', 'Some sources report:');
    for (const fact of partial.slice(0, FACT_LINES)) out.push(`  ${fact.kind} ${fact.label} (${fact.families} of ${plural(story.familyCount, 'independent version')}; not in ${plural(fact.missingFrom.length, 'article')})`);
    if (partial.length > FACT_LINES) out.push(`  and ${partial.length - FACT_LINES} more (--json lists every fact)`);
  }
  if (conflicts.length > 0) {
    out.push('', 'Conflicts:');
    for (const conflict of conflicts) {
      out.push(`  ${conflict.label}: ${conflict.values.map((value) => `${value.value} (${value.reports.map((report) => `${report.articleId} [${report.lang}] "${report.text}"`).join(', ')})`).join(' vs ')}`);
    }
  }
  if (exclusives.length > 0) {
    out.push('', 'Only this source says:');
    for (const exclusive of exclusives) {
      out.push(`  ${exclusive.articleId} [${exclusive.lang}]${exclusive.site ? ` ${exclusive.site}` : ''}:`);
      for (const sentence of exclusive.sentences) out.push(`    - ${sentence.replace(/\s+/g, ' ')}`);
    }
  }
  if (story.timeline.length > 0) {
    out.push('', 'Timeline:');
    for (const entry of story.timeline.slice(0, 40)) {
      out.push(`  ${dateLabel(entry.date).padEnd(16)}  ${entry.kind === 'event' ? 'event  ' : 'article'}  [${entry.lang}] ${entry.text}${DATE_NOTES[entry.basis] ?? ''}`);
    }
  }
  if (story.merges.length > 0) {
    out.push('', 'Merged stories:');
    for (const merge of story.merges) out.push(`  ${merge.from} -> ${merge.into} at ${merge.at}: ${merge.reason}`);
  }
  return `${out.join('\n')}\n`;
}
