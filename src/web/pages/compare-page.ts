import { DIMENSIONS, type NumberEvidence } from '../../compare/model.js';
import type { ArticleBrief } from '../../server/services/article-brief.js';
import type { ComparisonResult } from '../../server/services/compare.js';
import { html, type SafeHtml } from '../html.js';
import { inLang, isolate, langBadge } from '../format.js';
import { languageName, langAttribute, textDirection } from '../lang.js';
import { renderPage } from '../layout.js';

export interface ComparePageInput {
  a?: string;
  b?: string;
  choices: ArticleBrief[];
  result?: ComparisonResult;
  error?: string;
}

const SCORE_WORDS = ['', 'very similar', 'somewhat similar', 'somewhat different', 'very different'];

/**
 * Articles grouped by language: the group names the language in English, so each title can be read
 * in its own language (and direction) with nothing else in it.
 */
function articleSelect(name: string, label: string, selected: string | undefined, choices: ArticleBrief[]): SafeHtml {
  const byLang = new Map<string, ArticleBrief[]>();
  for (const choice of choices) byLang.set(choice.lang, [...(byLang.get(choice.lang) ?? []), choice]);
  return html`<div class="field wide"><label for="c-${name}">${label}</label><select id="c-${name}" name="${name}" required>
  <option value="">Choose an article…</option>
  ${[...byLang].map(([lang, group]) => html`<optgroup label="${languageName(lang)}">${group.map(
    (choice) => html`<option value="${choice.id}" lang="${langAttribute(lang)}" dir="${textDirection(lang)}"${choice.id === selected ? html` selected` : ''}>${(choice.title.trim() || choice.id).slice(0, 110)}</option>`,
  )}</optgroup>`)}
  </select></div>`;
}

/** `en:people` -> `people`: concept ids carry their pivot language as a prefix. */
function conceptLabel(concept: string): string {
  return concept.slice(concept.indexOf(':') + 1);
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** What a figure counts, in the words a side wrote (an English side's first), not as a concept id (`en:peopl`). */
function countedLabel(number: NumberEvidence, langA: string, langB: string): string {
  const english = langA === 'en' ? number.countsTextA : langB === 'en' ? number.countsTextB : undefined;
  const written = english ?? number.countsTextA ?? number.countsTextB;
  if (written) return written.toLowerCase();
  return number.counts ? conceptLabel(number.counts) : '';
}

function side(article: ArticleBrief): SafeHtml {
  return html`<div class="panel"><div class="story-meta small">${langBadge(article.lang)}${article.site ? html`<span>${isolate(article.site)}</span>` : ''}</div>
  <div class="title"><a href="/articles/${encodeURIComponent(article.id)}">${inLang(article.lang, article.title.trim() || article.id)}</a></div></div>`;
}

function evidence(result: ComparisonResult): SafeHtml {
  const { explanation } = result.comparison;
  const { a, b } = result;
  return html`<div class="facts">
  <div class="fact-col agree"><h3>Shared</h3><ul>
    ${explanation.sharedEntities.map((entity) => html`<li class="fact"><span class="label">${isolate(entity.canonical)}</span> <span class="muted small">${entity.type}</span>
      <div class="side-by-side small"><span>${entity.formsA.map((form, i) => html`${i ? ' · ' : ''}${inLang(a.lang, form)}`)}</span><span>${entity.formsB.map((form, i) => html`${i ? ' · ' : ''}${inLang(b.lang, form)}`)}</span></div></li>`)}
    ${explanation.sharedNumbers.map((number) => html`<li class="fact"><span class="label value">${number.valueA === number.valueB ? number.valueA.toLocaleString('en') : `${number.valueA.toLocaleString('en')} ≈ ${number.valueB.toLocaleString('en')}`}</span> ${countedLabel(number, a.lang, b.lang)}
      <div class="side-by-side small">${inLang(a.lang, number.textA)}${inLang(b.lang, number.textB)}</div></li>`)}
    ${explanation.sharedDates.map((date) => html`<li class="fact"><span class="label">${date.isoA}</span><div class="side-by-side small">${inLang(a.lang, date.textA)}${inLang(b.lang, date.textB)}</div></li>`)}
    ${explanation.sharedCountries.length ? html`<li class="fact"><span class="label">Countries</span> ${explanation.sharedCountries.map(countryName).join(', ')}</li>` : ''}
  </ul></div>
  <div class="fact-col conflict"><h3>Disagree</h3>${explanation.conflictingNumbers.length + explanation.conflictingDates.length === 0 ? html`<p class="muted small">No conflicting numbers or dates.</p>` : ''}<ul>
    ${explanation.conflictingNumbers.map((number) => html`<li class="fact"><span class="label">${countedLabel(number, a.lang, b.lang) || 'number'}</span>
      <div class="side-by-side"><span><span class="value conflict">${number.valueA.toLocaleString('en')}</span> ${inLang(a.lang, number.textA, 'small')}</span><span><span class="value conflict">${number.valueB.toLocaleString('en')}</span> ${inLang(b.lang, number.textB, 'small')}</span></div></li>`)}
    ${explanation.conflictingDates.map((date) => html`<li class="fact"><span class="label">date</span><div class="side-by-side"><span class="value conflict">${date.isoA}</span><span class="value conflict">${date.isoB}</span></div></li>`)}
  </ul></div>
  <div class="fact-col partial"><h3>Shared concepts</h3>${explanation.sharedTerms.length === 0 ? html`<p class="muted small">No shared vocabulary.</p>` : ''}
  <div class="entity-row">${explanation.sharedTerms.map((term) => {
    const wordsB = term.wordsB.filter((word) => !term.wordsA.includes(word));
    const words = [...term.wordsA.map((word) => inLang(a.lang, word)), ...wordsB.map((word) => inLang(b.lang, word))];
    return html`<span class="chip" title="${term.concept}">${words.length ? words.map((word, i) => html`${i ? ' · ' : ''}${word}`) : conceptLabel(term.concept)}</span>`;
  })}</div></div>
</div>`;
}

export function renderComparePage(input: ComparePageInput): string {
  const { result } = input;
  const body = html`<h1>Compare two articles</h1>
<p class="lede">Seven dimensions on the SemEval scale: 1 = very similar, 4 = very different.</p>
<form class="filters" action="/compare" method="get" aria-label="Choose articles">
  ${articleSelect('a', 'First article', input.a, input.choices)}
  ${articleSelect('b', 'Second article', input.b, input.choices)}
  <div><button type="submit">Compare</button></div>
</form>
${input.error ? html`<div class="notice" role="alert">${input.error}</div>` : ''}
${result ? html`<div class="side-by-side">${side(result.a)}${side(result.b)}</div>
<h2>Verdict</h2>
<p><span class="verdict ${result.comparison.sameStory ? 'same' : 'different'}">${result.comparison.sameStory ? 'Same story' : 'Different stories'}</span>
  <span class="muted">probability of the same event: ${Math.round(result.comparison.sameStoryProbability * 100)}%</span></p>
<div class="score-grid">${DIMENSIONS.map((dimension) => {
  const score = result.comparison.scores[dimension];
  const similarity = Math.max(0, Math.min(100, ((4 - score) / 3) * 100));
  return html`<div class="score"><div class="name">${dimension}</div><div class="num">${score.toFixed(1)}</div><div class="small muted">${SCORE_WORDS[Math.round(score)] ?? ''}</div>
    <div class="meter" role="img" aria-label="${Math.round(similarity)}% similar"><i class="w${Math.round(similarity / 10) * 10}"></i></div></div>`;
})}</div>
<h2>Evidence</h2>
${evidence(result)}` : ''}`;
  return renderPage({ title: 'Compare', section: 'compare', body });
}
