/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds into items.
 *
 * Rules:
 *  1. XML is parsed by htmlparser2 in xmlMode, which knows only the five predefined entities and
 *     numeric references: a DTD's `<!ENTITY>` declarations are never expanded, so a billion-laughs
 *     feed stays as small as its bytes. A feed that declares entities is still refused by the
 *     reader (`declaresEntities`), since its text would be wrong anyway;
 *  2. the channel's (or feed's) title is each item's outlet;
 *  3. an item's text is the fullest of `content:encoded`, Atom `content`, `description`/`summary`,
 *     each read as HTML (CDATA or escaped);
 *  4. an item's link is `link` (RSS text, Atom `href` with rel alternate or none), else a `guid`
 *     that is a URL;
 *  5. an item's date is `pubDate`, `published`, `dc:date` or `updated`, kept as written in its own
 *     time zone (a feed stamped 23:30 +0300 published on that day, not the next one in UTC).
 */
import { Parser } from 'htmlparser2';

export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  /** `YYYY-MM-DD`, or null when the item has no readable date. */
  readonly published: string | null;
  /** The item's content as HTML (possibly a fragment), or null. */
  readonly html: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly items: FeedItem[];
}

const ITEM_TAGS = new Set(['item', 'entry']);
const CONTENT_TAGS = ['content:encoded', 'content', 'description', 'summary'];
const DATE_TAGS = ['pubdate', 'published', 'dc:date', 'updated'];

export function declaresEntities(xml: string): boolean {
  return /<!ENTITY/i.test(xml.slice(0, 64 * 1024));
}

export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  return /^\s*<(rss|feed|rdf:RDF)\b/i.test(head);
}

export function parseFeed(xml: string): Feed {
  let feedTitle: string | null = null;
  const items: FeedItem[] = [];
  let item: Map<string, string> | null = null;
  const path: string[] = [];
  let text = '';

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        path.push(tag);
        text = '';
        if (ITEM_TAGS.has(tag)) item = new Map();
        if (
          item &&
          tag === 'link' &&
          attributes.href &&
          (!attributes.rel || attributes.rel === 'alternate')
        ) {
          if (!item.has('link')) item.set('link', attributes.href);
        }
      },
      ontext(chunk) {
        text += chunk;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        path.pop();
        const value = text.trim();
        text = '';
        if (ITEM_TAGS.has(tag) && item) {
          items.push(toItem(item));
          item = null;
        } else if (item && value && !item.has(tag)) {
          item.set(tag, value);
        } else if (!item && tag === 'title' && feedTitle === null && value) {
          const parent = path[path.length - 1];
          if (parent === 'channel' || parent === 'feed') feedTitle = value;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return { title: feedTitle, items };
}

function toItem(fields: Map<string, string>): FeedItem {
  const guid = fields.get('guid') ?? fields.get('id');
  const link = fields.get('link') ?? (guid && /^https?:\/\//i.test(guid) ? guid : null);
  const contents = CONTENT_TAGS.map((tag) => fields.get(tag)).filter((v): v is string => Boolean(v));
  const html = contents.sort((a, b) => b.length - a.length)[0] ?? null;
  const date = DATE_TAGS.map((tag) => fields.get(tag)).find(Boolean);
  return {
    title: fields.get('title') ?? null,
    link: link ?? null,
    published: date ? feedDate(date) : null,
    html,
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** RFC 822 (`Fri, 07 Jun 2024 10:00:00 +0300`) or ISO 8601 dates, as the day written. */
export function feedDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  if (!rfc) return null;
  const month = MONTHS.indexOf((rfc[2] ?? '').toLowerCase());
  if (month < 0) return null;
  return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${(rfc[1] ?? '').padStart(2, '0')}`;
}
