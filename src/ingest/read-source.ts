/**
 * One source read all at once, for callers that want a single document or a failure (the HTTP
 * API's "analyse this URL"). The command line uses `readSources`, which goes on past bad items.
 */
import { readSources } from './read-sources.js';
import type { SourceDocument } from './source-document.js';
import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from './source-options.js';

/** Every document of `source`; the first bad item's `InputError` is thrown. */
export async function readSource(
  source: string,
  options: SourceOptions = DEFAULT_SOURCE_OPTIONS,
): Promise<SourceDocument[]> {
  const documents: SourceDocument[] = [];
  for await (const item of readSources([source], options)) {
    if ('error' in item) throw item.error;
    if ('warning' in item) continue;
    documents.push(item.document);
  }
  return documents;
}
