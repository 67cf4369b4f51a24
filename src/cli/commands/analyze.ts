import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerAnalyzeCommands(_program: Command): void {}
