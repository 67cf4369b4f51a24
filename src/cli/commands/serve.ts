import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerServeCommands(_program: Command): void {}
