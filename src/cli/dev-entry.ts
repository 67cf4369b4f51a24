// Runs the CLI from TypeScript sources (tests and development); the installed bin runs dist/.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
