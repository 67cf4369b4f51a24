import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { StoryweaveError } from '../../core/errors.js';
import { writeOutputFile } from '../../core/output-file.js';
import { EXIT_OK, EXIT_SOME_FAILED } from '../exit-codes.js';

interface NamesFlags {
  pairs: string;
  out?: string;
  aliases?: string;
}

const COLUMNS = ['name1', 'lang1', 'name2', 'lang2'] as const;

export function registerNamesCommand(program: Command): void {
  program
    .command('names')
    .description('decide whether pairs of names (any scripts) name the same entity')
    .requiredOption('--pairs <file>', 'tab-separated rows: name1, lang1, name2, lang2 (header line; extra columns ignored)')
    .option('--out <file>', 'write the rows with `same` (0/1) and `score` (0-1) here instead of stdout')
    .option('--aliases <file>', 'alias table (JSON) of name pairs known to co-refer')
    .action(async (flags: NamesFlags) => {
      const { matchNames } = await import('../../analyze/entities/match-names.js');
      const { AliasTable } = await import('../../analyze/entities/alias-table.js');
      let input: string;
      try {
        input = readFileSync(flags.pairs, 'utf8');
      } catch (error) {
        throw new StoryweaveError('SW_INPUT_UNREADABLE', (error as NodeJS.ErrnoException).code ?? String(error), flags.pairs);
      }
      let aliases: InstanceType<typeof AliasTable> | undefined;
      if (flags.aliases) {
        try {
          aliases = AliasTable.load(flags.aliases);
        } catch (error) {
          throw new StoryweaveError('SW_INPUT_UNREADABLE', error instanceof Error ? error.message : String(error), flags.aliases);
        }
      }
      const lines = input.replace(/^\ufeff/, '').split(/\r?\n/);
      const header = lines[0]!.split('\t').map((cell) => cell.trim().toLowerCase());
      const hasHeader = COLUMNS.every((name) => header.includes(name));
      const index = COLUMNS.map((name, i) => (hasHeader ? header.indexOf(name) : i));
      const out: string[] = [[...COLUMNS, 'same', 'score'].join('\t')];
      let failed = 0;
      for (let n = hasHeader ? 1 : 0; n < lines.length; n++) {
        const line = lines[n]!;
        if (!line.trim()) continue;
        const cells = line.split('\t').map(unquote);
        const [name1, lang1, name2, lang2] = index.map((i) => cells[i] ?? '');
        if (!name1 || !name2) {
          failed++;
          process.stderr.write(`${flags.pairs}:${n + 1}: SW_INPUT_UNREADABLE expected name1, lang1, name2, lang2 separated by tabs\n`);
          continue;
        }
        const match = matchNames(name1, lang1 ?? '', name2, lang2 ?? '', aliases ? { aliases } : {});
        out.push([name1, lang1, name2, lang2].map(cleanCell).concat(match.same ? '1' : '0', match.score.toFixed(3)).join('\t'));
      }
      const body = `${out.join('\n')}\n`;
      if (flags.out) writeOutputFile(flags.out, body);
      else process.stdout.write(body);
      process.exitCode = failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    });
}

function unquote(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1).replace(/""/g, '"') : trimmed;
}

function cleanCell(cell: string | undefined): string {
  return (cell ?? '').replace(/[\t\r\n]+/g, ' ');
}
