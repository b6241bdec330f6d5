/**
 * The options that say how sources are read, shared by every command that reads sources
 * (`rasd analyze`, `rasd extract`): one spec for parseArgs, one help block, one conversion.
 */
import { isIP } from 'node:net';
import { isKnownEncoding } from '../ingest/decode-text.js';
import { DEFAULT_SOURCE_OPTIONS, type SourceOptions } from '../ingest/source-options.js';
import { UsageError } from './command.js';

export const SOURCE_OPTION_SPECS = {
  encoding: { type: 'string' },
  'allow-private': { type: 'boolean' },
  'allow-address': { type: 'string', multiple: true },
  'fetch-links': { type: 'boolean' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  'all-files': { type: 'boolean' },
} as const;

export const SOURCE_OPTIONS_HELP = `Sources:
  FILE                      plain text, an HTML page, an RSS/Atom feed or JSON Lines, told apart by
                            content; text in UTF-8, UTF-16, windows-1256 or ISO-8859-6 is detected
  FOLDER                    the files inside named like articles (.txt .html .htm .xhtml .jsonl .ndjson
                            .xml .rss .atom), recursively, in sorted order; hidden and other files are
                            skipped with one warning line (--all-files reads every file)
  URL                       an http(s) page or feed, fetched (public addresses only, see below)
  -                         standard input
  JSON Lines                one object a line: {"url", "text" or "html", "title", "outlet", "published"};
                            a line with only "url" is fetched

Source options:
  --encoding NAME           decode every input as NAME (e.g. windows-1256, iso-8859-6, utf-16le)
                            instead of detecting the encoding
  --fetch-links             fetch the page of a feed item that has a link but no text
  --allow-private           allow fetching from loopback, private and link-local addresses
                            (refused by default, after DNS resolution and at every redirect)
  --allow-address IP        allow this one non-public address (repeatable), e.g. an intranet mirror
  --timeout SECONDS         give up on a URL after this long, redirects included (default ${DEFAULT_SOURCE_OPTIONS.timeoutMs / 1000})
  --max-size MB             refuse an input larger than this, checked while reading (default ${DEFAULT_SOURCE_OPTIONS.maxBytes / (1024 * 1024)})
`;

export interface SourceOptionValues {
  readonly encoding?: string | undefined;
  readonly 'allow-private'?: boolean | undefined;
  readonly 'allow-address'?: string[] | undefined;
  readonly 'fetch-links'?: boolean | undefined;
  readonly timeout?: string | undefined;
  readonly 'max-size'?: string | undefined;
  readonly 'all-files'?: boolean | undefined;
}

export function sourceOptionsFrom(values: SourceOptionValues): SourceOptions {
  if (values.encoding !== undefined && !isKnownEncoding(values.encoding)) {
    throw new UsageError(
      `--encoding: unknown encoding "${values.encoding}" (try windows-1256, iso-8859-6, utf-8)`,
    );
  }
  const timeout = positiveNumber(values.timeout, '--timeout');
  const maxSize = positiveNumber(values['max-size'], '--max-size');
  return {
    ...DEFAULT_SOURCE_OPTIONS,
    ...(values.encoding !== undefined ? { encoding: values.encoding } : {}),
    allowPrivate: values['allow-private'] === true,
    allowedAddresses: addresses(values['allow-address'] ?? []),
    fetchLinks: values['fetch-links'] === true,
    allFiles: values['all-files'] === true,
    ...(timeout !== undefined ? { timeoutMs: Math.round(timeout * 1000) } : {}),
    ...(maxSize !== undefined ? { maxBytes: Math.round(maxSize * 1024 * 1024) } : {}),
  };
}

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new UsageError(`${flag} must be a positive number (got "${value}")`);
  return number;
}

function addresses(values: readonly string[]): string[] {
  for (const value of values) {
    if (!isIP(value)) throw new UsageError(`--allow-address must be an IP address (got "${value}")`);
  }
  return [...values];
}
