// Entry for running the CLI from source in a child process (tests).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
