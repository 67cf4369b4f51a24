import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerArticleCommands(_program: Command): void {}
