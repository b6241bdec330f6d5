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
  {
    name: 'extract',
    summary: 'read sources (files, folders, URLs, feeds, JSON Lines) into article text with its structure',
    load: async () => (await import('./commands/extract.js')).extractCommand,
  },
  {
    name: 'ingest',
    summary: 'analyse sources and keep them in the store, grouped into stories',
    load: async () => (await import('./commands/ingest.js')).ingestCommand,
  },
  {
    name: 'search',
    summary: 'search the stored articles in Arabic, whatever clitics or spelling a word has',
    load: async () => (await import('./commands/search.js')).searchCommand,
  },
  {
    name: 'stories',
    summary: 'list stories: articles about one event grouped across outlets',
    load: async () => (await import('./commands/stories.js')).storiesCommand,
  },
  {
    name: 'entity',
    summary: 'one person, organisation or place across the corpus: spellings, outlets, timeline',
    load: async () => (await import('./commands/entity.js')).entityCommand,
  },
  {
    name: 'conflicts',
    summary: 'figures and dates that disagree inside a story: updates and contradictions',
    load: async () => (await import('./commands/conflicts.js')).conflictsCommand,
  },
  {
    name: 'dossier',
    summary: 'the chronology between two actors, each line dated and citing its sentence and outlet',
    load: async () => (await import('./commands/dossier.js')).dossierCommand,
  },
  {
    name: 'export',
    summary: 'write the store out as JSON Lines, CSV or PLOVER event records',
    load: async () => (await import('./commands/export.js')).exportCommand,
  },
  {
    name: 'watch',
    summary: 'poll a list of feeds and pages on a schedule; new articles analysed into the store',
    load: async () => (await import('./commands/watch.js')).watchCommand,
  },
  {
    name: 'worker',
    summary: 'take ingestion jobs from the PostgreSQL queue: analyse and store each document',
    load: async () => (await import('./commands/worker.js')).workerCommand,
  },
  {
    name: 'refresh',
    summary: 'recompute identities, stories and conflicts from every stored document',
    load: async () => (await import('./commands/refresh.js')).refreshCommand,
  },
  {
    name: 'serve',
    summary: 'serve the HTTP API (OpenAPI at /openapi.json) and the Arabic web UI',
    load: async () => (await import('./commands/serve.js')).serveCommand,
  },
];
