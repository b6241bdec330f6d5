/**
 * A page's metadata: title, outlet, canonical URL, author and publication date.
 *
 * Sources, most trusted first:
 *  - outlet: `og:site_name`, `application-name`, JSON-LD `publisher.name`, the `<title>` suffix;
 *  - URL: `<link rel=canonical>`, `og:url`, the URL the caller fetched (relative ones resolved);
 *  - title: `og:title`, the first `<h1>`, JSON-LD `headline`, `<title>`; an outlet prefix or suffix
 *    (`Headline - Outlet`, `Outlet | Headline`) is stripped;
 *  - author: `author`-like meta tags (not URLs), JSON-LD `author` (names joined);
 *  - published: publication meta tags, then JSON-LD `datePublished` of an article (also inside
 *    `@graph`), then a `<time datetime>`, then a date in the URL path.
 */
import { dateFromUrl, parseDateValue } from './dates.js';
import { classTokens, type Element, type IndexedPage, rawTextOf, textOf } from './dom.js';
import { readJsonLd } from './json-ld.js';
import { RELATED_TOKENS } from './vocabulary.js';

export type PublishedBasis = 'metadata' | 'json-ld' | 'time-element' | 'url';

export interface PageMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
}

/** Meta keys (name, property or itemprop, lowercased) that state the publication date. */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'article.published',
  'article_date_original',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'og:pubdate',
  'cxenseparse:recs:publishtime',
];

const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

const TITLE_SEPARATOR = /\s+[|\-–—·•»«~]\s+|\s+::\s+/;

interface Collected {
  meta: Map<string, string>;
  canonical: string | null;
  documentTitle: string | null;
  firstH1: string | null;
  timeValue: string | null;
  jsonLdTexts: string[];
}

export function readMetadata(page: IndexedPage, givenUrl: string | undefined): PageMetadata {
  const found = collect(page);
  const jsonLd = readJsonLd(found.jsonLdTexts);
  const meta = (key: string) => found.meta.get(key) ?? null;

  const ogUrl = absoluteUrl(meta('og:url'), givenUrl);
  const url = absoluteUrl(found.canonical, givenUrl ?? ogUrl ?? undefined) ?? ogUrl ?? givenUrl ?? null;
  const outlet =
    clean(meta('og:site_name')) ??
    clean(meta('application-name')) ??
    clean(jsonLd.publisher) ??
    outletFromTitle(found.documentTitle);
  const title =
    stripOutlet(clean(meta('og:title')) ?? clean(meta('twitter:title')), outlet, false) ??
    found.firstH1 ??
    stripOutlet(clean(jsonLd.headline), outlet, false) ??
    stripOutlet(found.documentTitle, outlet, true);
  const author =
    AUTHOR_KEYS.map((key) => authorName(meta(key))).find((name) => name !== null) ?? clean(jsonLd.author);

  let published: string | null = null;
  let publishedBasis: PublishedBasis | null = null;
  const fromMeta = PUBLISHED_KEYS.map((key) => meta(key))
    .map((value) => (value ? parseDateValue(value) : null))
    .find((value) => value !== null);
  const fromJsonLd = jsonLd.datePublished ? parseDateValue(jsonLd.datePublished) : null;
  const fromTime = found.timeValue ? parseDateValue(found.timeValue) : null;
  const fromUrl = (url ? dateFromUrl(url) : null) ?? (givenUrl ? dateFromUrl(givenUrl) : null);
  if (fromMeta) [published, publishedBasis] = [fromMeta, 'metadata'];
  else if (fromJsonLd) [published, publishedBasis] = [fromJsonLd, 'json-ld'];
  else if (fromTime) [published, publishedBasis] = [fromTime, 'time-element'];
  else if (fromUrl) [published, publishedBasis] = [fromUrl, 'url'];

  return { title, outlet, url, author, published, publishedBasis };
}

function collect(page: IndexedPage): Collected {
  const found: Collected = {
    meta: new Map(),
    canonical: null,
    documentTitle: null,
    firstH1: null,
    timeValue: null,
    jsonLdTexts: [],
  };
  let preferredTime: string | null = null;
  let anyTime: string | null = null;
  for (const element of page.elements) {
    const attribs = element.attribs;
    switch (element.name) {
      case 'meta': {
        const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase().trim();
        const content = attribs.content ?? attribs.datetime;
        if (key && content && !found.meta.has(key)) found.meta.set(key, content);
        break;
      }
      case 'link':
        if (found.canonical === null && /(^|\s)canonical(\s|$)/i.test(attribs.rel ?? '')) {
          found.canonical = attribs.href ?? null;
        }
        break;
      case 'title':
        if (found.documentTitle === null && !insideTag(element, 'svg'))
          found.documentTitle = clean(textOf(element));
        break;
      case 'h1':
        if (found.firstH1 === null) found.firstH1 = clean(textOf(element));
        break;
      case 'script':
        if ((attribs.type ?? '').toLowerCase().includes('ld+json'))
          found.jsonLdTexts.push(rawTextOf(element));
        break;
      case 'time': {
        const value = attribs.datetime;
        if (!value) break;
        const says = `${attribs.itemprop ?? ''} ${attribs.class ?? ''}`.toLowerCase();
        if (preferredTime === null && ('pubdate' in attribs || /publish|posted|created/.test(says))) {
          preferredTime = value;
        } else if (anyTime === null && !inFurniture(element)) anyTime = value;
        break;
      }
    }
  }
  found.timeValue = preferredTime ?? anyTime;
  return found;
}

/** A `<time>` inside a footer, aside, nav or related box belongs to another article. */
function inFurniture(element: Element): boolean {
  for (let node = element.parent; node && node.type !== 'root'; node = node.parent) {
    const parent = node as Element;
    if (parent.name === 'aside' || parent.name === 'footer' || parent.name === 'nav') return true;
    if (classTokens(parent).some((token) => RELATED_TOKENS.has(token))) return true;
  }
  return false;
}

function insideTag(element: Element, tag: string): boolean {
  for (let node = element.parent; node && node.type !== 'root'; node = node.parent) {
    if ((node as Element).name === tag) return true;
  }
  return false;
}

function clean(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function authorName(value: string | null): string | null {
  const name = clean(value);
  if (!name || /^https?:\/\//i.test(name) || name.length > 120) return null;
  return name.replace(/^(by|بقلم)\s*:?\s+/i, '');
}

function absoluteUrl(href: string | null, base: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The site name a `<title>` ends with (`Headline - Outlet`), if it has that shape. */
function outletFromTitle(title: string | null): string | null {
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATOR);
  const last = parts[parts.length - 1]?.trim();
  if (parts.length < 2 || !last || last.length > 40) return null;
  return last;
}

/**
 * A title without the outlet's name before or after it. When the outlet is unknown and `loose`
 * holds (a `<title>`), a short last part is taken for the site name.
 */
export function stripOutlet(title: string | null, outlet: string | null, loose: boolean): string | null {
  if (!title) return null;
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2) return title;
  const isOutlet = (part: string | undefined) =>
    part !== undefined && outlet !== null && sameName(part, outlet);
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isOutlet(parts[to - 1])) to--;
  while (to - from > 1 && isOutlet(parts[from])) from++;
  if (to === parts.length && from === 0 && loose) {
    const last = parts[to - 1] ?? '';
    if (last.length <= 40 && last.length < (parts.slice(0, to - 1).join(' ').length ?? 0)) to--;
  }
  if (to === parts.length && from === 0) return title;
  // Rejoin the kept parts with the separators the title used between them.
  const kept = parts.slice(from, to);
  const start = title.indexOf(kept[0] ?? '');
  const lastPart = kept[kept.length - 1] ?? '';
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end) : kept.join(' - ');
}

function sameName(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const x = fold(a);
  const y = fold(b);
  return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x));
}
