import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerIngestCommand(_program: Command): void {}
