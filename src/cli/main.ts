import { Command, CommanderError } from 'commander';
import { StoryweaveError } from '../core/errors.js';
import { limitHeapSlack } from '../core/heap-slack.js';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from './exit-codes.js';
import { registerAnalyzeCommands } from './commands/analyze.js';
import { registerArticleCommands } from './commands/articles.js';
import { registerCompareCommands } from './commands/compare.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerIngestCommand } from './commands/ingest.js';
import { registerNamesCommand } from './commands/names.js';
import { registerServeCommands } from './commands/serve.js';
import { registerStoryCommands } from './commands/stories.js';

export { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE };

export function buildProgram(): Command {
  const program = new Command('storyweave')
    .description('Find the same news story across languages, spellings and scripts, offline.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  registerIngestCommand(program);
  registerExtractCommand(program);
  registerArticleCommands(program);
  registerAnalyzeCommands(program);
  registerNamesCommand(program);
  registerCompareCommands(program);
  registerStoryCommands(program);
  registerServeCommands(program);
  return program;
}

/** Runs the CLI; resolves to the process exit code (0 ok, 1 some inputs failed, 2 usage error). */
export async function main(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  limitHeapSlack();
  exitQuietlyWhenOutputCloses();
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (error instanceof StoryweaveError) {
      process.stderr.write(`storyweave: ${error.toLine()}\n`);
      return error.code === 'SW_USAGE' || error.code === 'SW_NOT_FOUND' ? EXIT_USAGE : EXIT_SOME_FAILED;
    }
    throw error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
}

let outputGuarded = false;

/** `storyweave stories | head` closes the pipe early; that is the reader's choice, not an error. */
function exitQuietlyWhenOutputCloses(): void {
  if (outputGuarded) return;
  outputGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw error;
  });
}
