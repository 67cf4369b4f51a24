import type { Command } from 'commander';

// Placeholder until this command lands.
export function registerStoryCommands(_program: Command): void {}
