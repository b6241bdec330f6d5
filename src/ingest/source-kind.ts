/**
 * What an input is, judged by its content first (a saved page called `article.txt` is still HTML),
 * then by what the container says (file extension, Content-Type).
 *
 * Rules, in order:
 *  1. a feed starts with `<rss`, `<feed` or `<rdf:RDF` (after an XML declaration, comments, DOCTYPE);
 *  2. HTML starts with a doctype, `<html`, `<head`, `<body` or `<meta`, or holds `<html`/`<body` in
 *     its first kilobytes, or is named `.htm(l)` / served as text/html and starts with a tag;
 *  3. JSON Lines is named `.jsonl`/`.ndjson`, or its first line is a JSON object with `url`, `text`
 *     or `html`;
 *  4. everything else is plain text.
 */
import { looksLikeFeed } from './feed.js';

export type SourceKind = 'feed' | 'html' | 'jsonl' | 'text';

export interface SourceOrigin {
  /** The file path, when the input is a file. */
  readonly path?: string;
  /** The URL the bytes came from, after redirects. */
  readonly url?: string;
  readonly contentType?: string | null;
}

export function sniffKind(text: string, origin: SourceOrigin = {}): SourceKind {
  if (looksLikeFeed(text)) return 'feed';
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const named = `${origin.path ?? ''} ${origin.url ?? ''}`.toLowerCase();
  const type = (origin.contentType ?? '').toLowerCase();
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b/i.test(head)) return 'html';
  if (/<(?:html|body)[\s>]/i.test(head)) return 'html';
  if ((/\.x?html?\b/.test(named) || type.includes('html')) && /^\s*</.test(head)) return 'html';
  if (/\.(?:jsonl|ndjson)\b/.test(named) || type.includes('ndjson') || type.includes('jsonl')) return 'jsonl';
  if (firstLineIsJsonRecord(head)) return 'jsonl';
  return 'text';
}

function firstLineIsJsonRecord(head: string): boolean {
  const first = head.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (!first.startsWith('{') || !first.endsWith('}')) return false;
  try {
    const value = JSON.parse(first) as Record<string, unknown>;
    return typeof value === 'object' && value !== null && ['url', 'text', 'html'].some((key) => key in value);
  } catch {
    return false;
  }
}

/** The charset a Content-Type header, an HTML `<meta>` or an XML declaration names, if any. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  if (fromHeader?.[1]) return fromHeader[1].toLowerCase();
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const fromMarkup =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return fromMarkup?.[1]?.toLowerCase() ?? null;
}
