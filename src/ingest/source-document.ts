/**
 * What reading a source yields. These types sit apart from the readers so the readers of one kind
 * (feeds, JSONL, HTML) and the dispatcher that calls them (`read-sources.ts`) need not import each
 * other: a reader that must fetch a linked page is handed `FetchLinked` instead.
 */
import type { AnalysisInput } from '../core/layers.js';
import type { InputError } from './errors.js';

export interface SourceDocument {
  /** How the user named it: a path, a URL or `-`; an item inside it adds `#n` (feed) or `:line` (JSONL). */
  readonly source: string;
  readonly input: AnalysisInput;
}

/**
 * One result of reading: a document, a failure of one input (its line, the batch goes on), or a
 * warning about an input that was still read or deliberately passed over.
 */
export type SourceItem =
  | { readonly document: SourceDocument }
  | { readonly error: InputError }
  | { readonly warning: string };

/** Fetches the page an item links to (named `name` in messages) and reads it as any source. */
export type FetchLinked = (name: string, url: string) => AsyncIterable<SourceItem>;
