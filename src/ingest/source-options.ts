/** How sources are read: the settings `rasd analyze` and `rasd extract` share. */
import { MAX_INPUT_BYTES } from './limits.js';

export interface SourceOptions {
  /** `--encoding`: decode every input with this encoding instead of detecting one. */
  readonly encoding?: string;
  /** `--allow-private`: fetch from loopback, private and link-local addresses too. */
  readonly allowPrivate: boolean;
  /** `--allow-address`: these addresses may be fetched though not public (an intranet mirror, a test server). */
  readonly allowedAddresses: readonly string[];
  /** `--fetch-links`: fetch the page of a feed item that carries only a link. */
  readonly fetchLinks: boolean;
  /** `--timeout`: one fetch, redirects and body included, in milliseconds. */
  readonly timeoutMs: number;
  /** `--max-size`: the largest input, in bytes, enforced while reading. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** `--all-files`: read every file of a folder, not only those named like articles (article-files.ts). */
  readonly allFiles?: boolean;
  readonly userAgent: string;
  /** Abandons every fetch in progress when aborted (`rasd watch` stopping). */
  readonly signal?: AbortSignal;
  /** Awaited before every HTTP request, redirects included (`rasd watch`'s delay per site). */
  readonly beforeRequest?: (url: URL) => Promise<void>;
}

export const DEFAULT_SOURCE_OPTIONS: SourceOptions = {
  allowPrivate: false,
  allowedAddresses: [],
  fetchLinks: false,
  timeoutMs: 20_000,
  maxBytes: MAX_INPUT_BYTES,
  maxRedirects: 5,
  userAgent: 'Rasd/0.1 (Arabic news analysis)',
};

export function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
