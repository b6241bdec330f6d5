/**
 * The list `rasd watch` polls: a text file of URLs or an OPML file (what feed readers export).
 *
 * Rules:
 *  1. OPML is recognised by its `<opml` root; every `<outline>` with an `xmlUrl` (a feed) or, for
 *     `type="link"`, a `url` (a page) is one entry, nested folders included;
 *  2. in a text list, each line is one URL; `#` starts a comment when it opens the line or follows
 *     a space (a `#` inside a URL is its fragment), and blank lines are skipped;
 *  3. only http(s) URLs are kept; any other line is one warning naming its line, the rest goes on;
 *  4. a URL listed twice is polled once.
 */
import { Parser } from 'htmlparser2';

export interface WatchList {
  readonly urls: readonly string[];
  readonly warnings: readonly string[];
}

export function readWatchList(name: string, text: string): WatchList {
  const entries = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<opml\b/i.test(text.slice(0, 4096))
    ? opmlEntries(text)
    : textEntries(text);
  const urls: string[] = [];
  const warnings: string[] = [];
  for (const { value, line } of entries) {
    if (isHttpUrl(value)) {
      if (!urls.includes(value)) urls.push(value);
    } else {
      warnings.push(
        `${name}${line ? `:${line}` : ''}: "${value.slice(0, 80)}" is not an http(s) URL; skipped`,
      );
    }
  }
  return { urls, warnings };
}

interface Entry {
  readonly value: string;
  readonly line: number | null;
}

function textEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const value = raw.replace(/(^|\s)#.*$/, '').trim();
    if (value) entries.push({ value, line: index + 1 });
  }
  return entries;
}

function opmlEntries(xml: string): Entry[] {
  const entries: Entry[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name.toLowerCase() !== 'outline') return;
        const url =
          attributes.xmlUrl ?? attributes.xmlurl ?? (attributes.type === 'link' ? attributes.url : undefined);
        if (url?.trim()) entries.push({ value: url.trim(), line: null });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return entries;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
