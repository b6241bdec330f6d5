/**
 * Reading the sources named on a command line into documents, one result or one error per item,
 * so a feed with one bad item or a folder with one binary file still yields everything else.
 *
 * A source is `-` (standard input), an http(s) URL, a folder (read recursively in sorted order,
 * hidden files and folders skipped, and only files whose extension names an article format unless
 * `allFiles`; see article-files.ts) or a file. Whatever the bytes came from, their content decides
 * what they are (source-kind.ts): plain text, an HTML page (html-document.ts), an RSS/Atom feed
 * (feed-documents.ts) or JSON Lines (jsonl-documents.ts).
 */
import type { Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describeSkipped, looksLikeArticleFile } from './article-files.js';
import { decodeTextBytes } from './decode-text.js';
import { asInputError, InputError } from './errors.js';
import type { FeedItem } from './feed.js';
import { feedDocuments } from './feed-documents.js';
import { fetchUrl } from './fetch-url.js';
import { documentFromHtml } from './html-document.js';
import { jsonlDocuments } from './jsonl-documents.js';
import type { FetchLinked, SourceItem } from './source-document.js';
import { declaredCharset, type SourceOrigin, sniffKind } from './source-kind.js';
import { formatMb, type SourceOptions } from './source-options.js';

export async function* readSources(
  sources: readonly string[],
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  for (const source of sources) yield* readOneSource(source, options);
}

async function* readOneSource(source: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  try {
    if (source === '-') {
      yield* documentsFromBytes(source, await readStdin(source, options.maxBytes), {}, options);
    } else if (/^https?:\/\//i.test(source)) {
      yield* documentsFromUrl(source, source, options);
    } else if ((await statOf(source)).isDirectory()) {
      yield* readFolder(source, options);
    } else {
      yield* documentsFromBytes(
        source,
        await readFileBytes(source, options.maxBytes),
        { path: source },
        options,
      );
    }
  } catch (error) {
    // Whatever goes wrong with one input is that input's error line: a bug met on one file must
    // not abort the files after it (and a re-run must not stop at the same file again).
    yield { error: asInputError(source, error) };
  }
}

/** Fetches `url` and reads what came back; used for URLs on the command line and inside feeds and JSONL. */
export async function* documentsFromUrl(
  source: string,
  url: string,
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  const fetched = await fetchUrl(source, url, options);
  yield* documentsFromBytes(
    source,
    fetched.bytes,
    { url: fetched.url, contentType: fetched.contentType },
    options,
  );
}

/** How feeds and JSONL records fetch the pages their items link to. */
function fetchLinked(options: SourceOptions): FetchLinked {
  return (name, url) => documentsFromUrl(name, url, options);
}

/**
 * Bytes of any kind into documents. Failures of the whole input throw; failures of one item are
 * yielded. A feed's items that `shouldReadItem` turns down are passed over (feed-documents.ts rule 5).
 */
export async function* documentsFromBytes(
  source: string,
  bytes: Uint8Array,
  origin: SourceOrigin,
  options: SourceOptions,
  shouldReadItem?: (item: FeedItem) => boolean | Promise<boolean>,
): AsyncGenerator<SourceItem> {
  const declared = declaredCharset(bytes, origin.contentType);
  const { text, warning } = decodeTextBytes(source, bytes, { encoding: options.encoding, declared });
  if (warning) yield { warning };
  const kind = sniffKind(text, origin);
  if (kind === 'feed') yield* feedDocuments(source, text, options, fetchLinked(options), shouldReadItem);
  else if (kind === 'jsonl') yield* jsonlDocuments(source, text, fetchLinked(options));
  else if (kind === 'html') yield { document: documentFromHtml(source, text, origin.url) };
  else yield { document: { source, input: { text, url: origin.url ?? null } } };
}

async function* readFolder(folder: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let found = 0;
  const skipped: string[] = [];
  for await (const path of walkFolder(folder)) {
    if (!options.allFiles && !looksLikeArticleFile(path)) {
      skipped.push(relative(folder, path));
      continue;
    }
    found++;
    yield* readOneSource(path, options);
  }
  if (skipped.length > 0) yield { warning: describeSkipped(folder, skipped) };
  if (found === 0) {
    const what = skipped.length > 0 ? 'no files named like articles' : 'no files to read';
    yield { error: new InputError(folder, `folder holds ${what}`) };
  }
}

async function* walkFolder(folder: string): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    throw new InputError(folder, describeFsError(error));
  }
  const visible = entries.filter((entry) => !entry.name.startsWith('.'));
  visible.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of visible) {
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed, so a link loop cannot walk forever.
    if (entry.isDirectory()) yield* walkFolder(path);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await statOf(path).catch(() => null))?.isFile())) {
      yield path;
    }
  }
}

async function statOf(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error));
  }
}

async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await statOf(path);
  if (info.size > maxBytes) {
    throw new InputError(path, `too large (${formatMb(info.size)}; the limit is ${formatMb(maxBytes)})`);
  }
  try {
    const handle = await open(path, 'r');
    try {
      // Read at most one byte past the cap: a file that grew since stat is still caught.
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
        if (filled === buffer.length) break;
      }
      if (filled > maxBytes) throw new InputError(path, `too large (over ${formatMb(maxBytes)})`);
      return buffer.subarray(0, filled);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(path, describeFsError(error));
  }
}

async function readStdin(source: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new InputError(source, `too large (over ${formatMb(maxBytes)})`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return error instanceof Error ? error.message : String(error);
}
