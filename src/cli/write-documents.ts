/**
 * The loop every source-reading command shares: documents to stdout as they come, each bad input
 * as one line on stderr, and the count of failures for the exit code.
 *
 * When the user gave no --format, one document prints as indented JSON and several as JSON Lines.
 * A single source can hold many documents (a folder, a feed), so the first document is held back
 * until the second arrives or the input ends, and only then is the layout chosen.
 */
import type { SourceDocument, SourceItem } from '../ingest/source-document.js';

export interface WriteSettings {
  readonly command: string;
  /** The output for one document; `asLines` says whether the JSON Lines layout was chosen. */
  readonly render: (document: SourceDocument, asLines: boolean) => string;
  /** Choose JSON Lines from the start (several sources were named). */
  readonly forceLines: boolean;
}

export async function writeDocuments(
  items: AsyncIterable<SourceItem>,
  settings: WriteSettings,
): Promise<number> {
  let failed = 0;
  let held: SourceDocument | null = null;
  let asLines = settings.forceLines;
  for await (const item of items) {
    if ('error' in item) {
      process.stderr.write(`rasd ${settings.command}: ${item.error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      failed++;
      continue;
    }
    if ('warning' in item) {
      process.stderr.write(`rasd ${settings.command}: warning: ${item.warning}\n`);
      continue;
    }
    if (asLines) {
      process.stdout.write(settings.render(item.document, true));
    } else if (held === null) {
      held = item.document;
    } else {
      asLines = true;
      process.stdout.write(settings.render(held, true));
      process.stdout.write(settings.render(item.document, true));
      held = null;
    }
  }
  if (held !== null) process.stdout.write(settings.render(held, false));
  return failed;
}
