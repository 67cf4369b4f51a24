import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerNamesCommand(_program: Command): void {}
