import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerExtractCommand(_program: Command): void {}
