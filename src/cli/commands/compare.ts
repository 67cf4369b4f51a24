import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerCompareCommands(_program: Command): void {}
