// Served at /assets/style.css. Kept in a module so the compiled build carries it without a copy step.
export const STYLE_CSS = String.raw`
:root {
  --bg: #f7f7f5; --panel: #ffffff; --ink: #1b1d21; --muted: #5d6470; --line: #e2e3e0;
  --accent: #1f5fbf; --accent-ink: #ffffff; --focus: #c25e00;
  --agree: #1d7a46; --agree-bg: #e7f4ec; --partial: #8a6100; --partial-bg: #fbf2dc;
  --conflict: #b3261e; --conflict-bg: #fbe9e7;
  --person: #e8e1fa; --organisation: #dcecfb; --place: #dff3e4; --other: #eeeeee;
  --radius: 10px;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, "Noto Serif", Georgia, serif;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans); overflow-wrap: anywhere; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible, input:focus, input:focus-within, select:focus, textarea:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip-link { position: absolute; left: 8px; top: -60px; background: var(--ink); color: #fff; padding: 8px 14px; border-radius: 6px; z-index: 10; }
.skip-link:focus { top: 8px; }
.site-header { background: var(--ink); color: #fff; }
.site-header .bar { max-width: 1180px; margin: 0 auto; padding: 10px 20px; display: flex; gap: 18px; align-items: center; flex-wrap: wrap; }
.brand { color: #fff; font-weight: 700; font-size: 1.15rem; text-decoration: none; letter-spacing: .01em; display: flex; align-items: center; gap: 8px; }
.brand .logo { display: inline-block; width: 22px; height: 22px; border-radius: 6px; background: linear-gradient(135deg, #4f8ff7, #9b6cf0 55%, #f0a500); }
.site-nav { display: flex; gap: 4px; }
.site-nav a { color: #d9dde4; text-decoration: none; padding: 6px 10px; border-radius: 6px; }
.site-nav a:hover, .site-nav a[aria-current="page"] { background: rgba(255,255,255,.12); color: #fff; }
.header-search { margin-left: auto; display: flex; gap: 6px; flex: 1 1 240px; max-width: 420px; }
.header-search input { flex: 1; min-width: 0; border: 0; border-radius: 6px; padding: 8px 10px; font: inherit; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 20px 60px; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 6px; letter-spacing: -.01em; }
h2 { font-size: 1.2rem; margin: 32px 0 12px; }
h3 { font-size: 1.02rem; margin: 0 0 6px; }
.lede { color: var(--muted); margin: 0 0 20px; }
.muted { color: var(--muted); }
.small { font-size: .875rem; }
button, .button { font: inherit; background: var(--accent); color: var(--accent-ink); border: 0; border-radius: 6px; padding: 8px 14px; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary, .button.secondary { background: #e6e9ef; color: var(--ink); }
input, select, textarea { font: inherit; color: var(--ink); background: #fff; border: 1px solid #80858f; border-radius: 6px; padding: 7px 9px; }
label { font-size: .85rem; color: var(--muted); display: block; margin-bottom: 3px; }
.filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px; margin-bottom: 20px; }
.filters .field { display: flex; flex-direction: column; min-width: 140px; flex: 1 1 140px; }
.filters .field.wide { flex: 4 1 280px; }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 16px 18px; }
.badge { display: inline-flex; align-items: center; gap: 4px; font-size: .75rem; font-weight: 650; letter-spacing: .04em; text-transform: uppercase; padding: 2px 7px; border-radius: 999px; background: #eef1f6; color: #27406b; border: 1px solid #d6deeb; white-space: nowrap; }
.badge.lang { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
.badges { display: inline-flex; flex-wrap: wrap; gap: 4px; }
.chip { display: inline-block; font-size: .82rem; padding: 2px 9px; border-radius: 999px; background: #f0f1f3; color: var(--ink); text-decoration: none; border: 1px solid var(--line); }
a.chip:hover { border-color: var(--accent); }
.entity-row .chip, .forms-table .chip { max-width: 28ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.untitled { font-style: italic; color: var(--muted); }
.chip.person { background: var(--person); } .chip.organisation { background: var(--organisation); } .chip.place { background: var(--place); }
.story-list { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
.story-card { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 16px 18px; display: grid; gap: 8px; }
.story-card:hover { border-color: #b9c7de; box-shadow: 0 1px 3px rgba(20,30,60,.06); }
.story-card.multi { border-left: 4px solid var(--accent); }
.story-card.changed { background: #fffbea; border-color: #e8d48a; }
.story-card.multi.changed { border-left-color: var(--accent); }
.story-card > .badge.fresh { justify-self: start; }
.badge.fresh { background: #fff1c2; color: #6b4e00; border-color: #e8d48a; }
.story-card h2 { margin: 0; font-size: 1.15rem; line-height: 1.35; }
.story-card h2 a { color: var(--ink); text-decoration: none; }
.story-card h2 a:hover { color: var(--accent); text-decoration: underline; }
.story-meta { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: center; font-size: .88rem; color: var(--muted); }
.other-headlines { margin: 0; padding: 0; list-style: none; font-size: .92rem; color: #33383f; display: grid; gap: 2px; }
.other-headlines li { display: flex; gap: 8px; align-items: baseline; }
.entity-row { display: flex; flex-wrap: wrap; gap: 6px; }
.stat-row { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 4px; }
.stat { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; min-width: 110px; }
.stat b { display: block; font-size: 1.3rem; }
.stat span { color: var(--muted); font-size: .82rem; }
.lang-columns { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.lang-group { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 14px 16px; }
.lang-group > h3 { display: flex; gap: 8px; align-items: center; }
.article-item { border-top: 1px solid var(--line); padding: 10px 0 4px; }
.article-item:first-of-type { border-top: 0; }
.article-item .title { font-family: var(--serif); font-size: 1.08rem; line-height: 1.4; }
.why { font-size: .86rem; color: #3c424b; margin-top: 6px; }
.why summary { cursor: pointer; color: var(--accent); }
.why ul { margin: 6px 0; padding-inline-start: 18px; }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 12px; }
.fact-col { border-radius: var(--radius); padding: 14px 16px; border: 1px solid var(--line); background: var(--panel); }
.fact-col h3 { display: flex; align-items: center; gap: 8px; }
.fact-col.agree { border-top: 4px solid var(--agree); } .fact-col.partial { border-top: 4px solid var(--partial); } .fact-col.conflict { border-top: 4px solid var(--conflict); }
.fact-col ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.fact { padding: 8px 10px; border-radius: 8px; background: #fafafa; border: 1px solid var(--line); font-size: .93rem; }
.fact .label { font-weight: 600; }
.fact .sources { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.conflict-table { width: 100%; border-collapse: collapse; font-size: .92rem; }
.conflict-table th, .conflict-table td { text-align: start; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.conflict-table th { color: var(--muted); font-weight: 600; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; }
.value { font-variant-numeric: tabular-nums; font-weight: 650; }
.conflict-table th:first-child, .conflict-table td.value { white-space: nowrap; }
.value.conflict { color: var(--conflict); }
.timeline { list-style: none; margin: 0; padding: 0 0 0 18px; border-left: 2px solid var(--line); display: grid; gap: 12px; }
.timeline li { position: relative; }
.timeline li::before { content: ""; position: absolute; left: -25px; top: 6px; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); border: 2px solid var(--bg); }
.timeline time { font-weight: 650; font-variant-numeric: tabular-nums; display: block; font-size: .9rem; }
.forms-table { width: 100%; border-collapse: collapse; background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); overflow: hidden; }
.forms-table th, .forms-table td { padding: 8px 12px; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
.forms-table thead th { overflow-wrap: normal; background: #f3f4f6; font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.forms-table tbody th { font-weight: normal; }
.forms { display: flex; flex-wrap: wrap; gap: 4px 12px; }
.form { display: inline-flex; gap: 6px; align-items: baseline; }
details.more { margin-top: 10px; }
details.more summary { cursor: pointer; color: var(--accent); padding: 6px 0; }
.table-wrap { overflow-x: auto; position: relative; }
.article-body { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 24px 28px; max-width: 760px; }
.article-body h1 { font-family: var(--serif); font-size: 1.7rem; }
.article-body p { font-family: var(--serif); font-size: 1.08rem; line-height: 1.7; margin: 0 0 1em; }
.article-body[dir="rtl"] p, .article-body[dir="rtl"] h1 { font-family: "Noto Naskh Arabic", "Geeza Pro", "Segoe UI", "Arial", sans-serif; line-height: 1.9; }
.article-layout { display: grid; grid-template-columns: minmax(0, 1fr) 300px; gap: 20px; align-items: start; }
.side { display: grid; gap: 12px; min-width: 0; }
.article-layout > *, .panel, .result, .story-card, .fact, .lang-group { min-width: 0; overflow-wrap: anywhere; }
.side h2 { margin: 0 0 8px; font-size: 1rem; }
.side ul { margin: 0; padding-inline-start: 18px; font-size: .92rem; }
mark.ent { border-radius: 3px; padding: 0 2px; color: inherit; }
mark.ent { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; text-decoration-skip-ink: none; }
mark.ent-person { background: var(--person); text-decoration-color: #8d6fe0; text-decoration-style: solid; }
mark.ent-organisation { background: var(--organisation); text-decoration-color: #4a8ad8; text-decoration-style: dashed; }
mark.ent-place { background: var(--place); text-decoration-color: #3aa264; text-decoration-style: dotted; }
mark.ent-other { background: var(--other); text-decoration-color: #999; text-decoration-style: wavy; }
.legend { display: flex; gap: 8px; flex-wrap: wrap; font-size: .82rem; }
.results { list-style: none; margin: 0; padding: 0; display: grid; gap: 10px; }
.result { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 12px 16px; }
.result .title { font-family: var(--serif); font-size: 1.08rem; }
.score-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 10px; }
.score { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
.score .name { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.score .num { font-size: 1.4rem; font-weight: 700; }
.meter { height: 6px; background: #eceef1; border-radius: 3px; overflow: hidden; margin-top: 6px; }
.meter i { display: block; height: 100%; background: var(--accent); }
.meter i.w0 { width: 0%; } .meter i.w10 { width: 10%; } .meter i.w20 { width: 20%; } .meter i.w30 { width: 30%; } .meter i.w40 { width: 40%; } .meter i.w50 { width: 50%; } .meter i.w60 { width: 60%; } .meter i.w70 { width: 70%; } .meter i.w80 { width: 80%; } .meter i.w90 { width: 90%; } .meter i.w100 { width: 100%; } 
.verdict { display: inline-block; padding: 6px 12px; border-radius: 8px; font-weight: 650; }
.verdict.same { background: var(--agree-bg); color: var(--agree); }
.verdict.different { background: var(--conflict-bg); color: var(--conflict); }
.side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.pager { display: flex; gap: 10px; align-items: center; margin-top: 18px; }
.empty { background: var(--panel); border: 1px dashed #c9ccd2; border-radius: var(--radius); padding: 24px; text-align: center; color: var(--muted); }
.notice { background: #fff8e1; border: 1px solid #f1dc9c; border-radius: 8px; padding: 10px 14px; }
.site-footer { max-width: 1180px; margin: 0 auto; padding: 0 20px 30px; color: var(--muted); font-size: .82rem; }
[dir="rtl"] { text-align: start; }
@media (max-width: 800px) {
  .article-layout, .side-by-side { grid-template-columns: 1fr; }
  main { padding: 16px 14px 40px; }
  h1 { font-size: 1.4rem; }
  .article-body { padding: 18px 16px; }
  .header-search { order: 3; max-width: none; flex-basis: 100%; }
}
`;
