/**
 * The sub-commands. Each is imported only when it runs, so `rasd --help` stays fast however heavy
 * a command's dependencies (a model, a database driver) are.
 */
import type { Command } from './command.js';

export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'analyze',
    summary: 'analyse Arabic news articles into entities, dates, figures, quotes and events',
    load: async () => (await import('./commands/analyze.js')).analyzeCommand,
  },
];
