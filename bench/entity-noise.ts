// Precision of entity mentions in held-out languages (Russian, Vietnamese) on short news paragraphs written for
// this project (bench/entity-noise/*.txt) and the bundled examples: each mention found is right when the gold
// file (bench/entity-noise/gold.tsv) lists its text, as written, for that file; typed right when the type agrees.
// Each file's set is in the gold file: `tuned` files were looked at while the rules were written, `held-out` ones
// after a first round of rules (their errors led to a second round), `final` ones after both rounds.
// Usage: npx tsx bench/entity-noise.ts [--list]   (--list prints every wrong mention and every name not found)
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../src/analyze/entities/extract-entities.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const list = process.argv.includes('--list');
const gold = new Map<string, Map<string, string>>();
const setOf = new Map<string, string>();
for (const line of readFileSync(resolve(root, 'bench/entity-noise/gold.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [file, mention, type, set] = line.split('\t');
  if (!gold.has(file!)) gold.set(file!, new Map());
  gold.get(file!)!.set(mention!, type!);
  setOf.set(file!, set ?? 'tuned');
}

interface Tally {
  files: number;
  mentions: number;
  right: number;
  typed: number;
  names: number;
  found: number;
}
const tallies = new Map<string, Tally>();
for (const [file, names] of gold) {
  const lang = /(?:^|-)(ru|vi)[-.]/.exec(basename(file))?.[1];
  if (!lang) throw new Error(`${file}: no language in the file name`);
  const text = readFileSync(resolve(root, file), 'utf8').trim();
  const row = `${lang} ${setOf.get(file)}`;
  const t = tallies.get(row) ?? { files: 0, mentions: 0, right: 0, typed: 0, names: 0, found: 0 };
  t.files++;
  const seen = new Set<string>();
  for (const entity of extractEntities(text, lang, [])) {
    for (const m of entity.mentions) {
      t.mentions++;
      const type = names.get(m.text);
      seen.add(m.text);
      if (type === undefined) {
        if (list) console.log(`${file}\twrong\t${m.text}\t${entity.type}\t${entity.id}`);
        continue;
      }
      t.right++;
      if (type === entity.type) t.typed++;
      else if (list) console.log(`${file}\ttype\t${m.text}\t${entity.type} (gold ${type})\t${entity.id}`);
    }
  }
  t.names += names.size;
  for (const name of names.keys()) {
    if (seen.has(name)) t.found++;
    else if (list) console.log(`${file}\tmissed\t${name}`);
  }
  tallies.set(row, t);
}
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log('lang set       files  mentions  right  wrong  precision  typed right  names found');
for (const [row, t] of [...tallies].sort()) {
  console.log(`${row.padEnd(13)}  ${String(t.files).padStart(5)}  ${String(t.mentions).padStart(8)}  ${String(t.right).padStart(5)}  ${String(t.mentions - t.right).padStart(5)}  ${pct(t.right, t.mentions).padStart(8)}%  ${String(t.typed).padStart(5)} (${pct(t.typed, t.mentions)}%)  ${t.found}/${t.names}`);
}
