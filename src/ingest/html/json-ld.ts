/**
 * Article facts from a page's JSON-LD blocks (schema.org).
 *
 * Rules:
 *  1. Every `<script type="application/ld+json">` is parsed; one that is not valid JSON is skipped.
 *  2. Objects are found anywhere: top-level arrays, `@graph`, nested values (walked iteratively).
 *  3. The article is the first object whose `@type` is an article type (NewsArticle, Article,
 *     BlogPosting, …); its `datePublished`, `headline` and `author` are read. A WebPage's values are
 *     used only when no article object has them.
 *  4. The publisher's name is the article's `publisher.name`, else any Organization/NewsMediaOrganization
 *     name found.
 */

export interface JsonLdFacts {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage']);
const PUBLISHER_TYPES = new Set(['organization', 'newsmediaorganization']);

type JsonObject = Record<string, unknown>;

export function readJsonLd(texts: readonly string[]): JsonLdFacts {
  const objects = texts.flatMap(parseObjects);
  const articles = objects.filter((object) => hasType(object, ARTICLE_TYPES));
  const pages = objects.filter((object) => hasType(object, PAGE_TYPES));
  const ordered = [...articles, ...pages];
  const first = <T>(pick: (object: JsonObject) => T | null): T | null => {
    for (const object of ordered) {
      const value = pick(object);
      if (value !== null) return value;
    }
    return null;
  };
  const orgName = objects
    .filter((object) => hasType(object, PUBLISHER_TYPES))
    .map((object) => stringValue(object.name))
    .find((name) => name !== null);
  return {
    headline: first((object) => stringValue(object.headline) ?? stringValue(object.name)),
    datePublished: first((object) => stringValue(object.datePublished) ?? stringValue(object.dateCreated)),
    author: first((object) => names(object.author)),
    publisher: first((object) => names(object.publisher)) ?? orgName ?? null,
  };
}

function parseObjects(text: string): JsonObject[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    try {
      // Raw line breaks and tabs inside strings are the commonest breakage.
      root = JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return [];
    }
  }
  const objects: JsonObject[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const object = value as JsonObject;
      objects.push(object);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item']) {
        if (key in object) stack.push(object[key]);
      }
    }
  }
  return objects;
}

function hasType(object: JsonObject, types: ReadonlySet<string>): boolean {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.some((t) => typeof t === 'string' && types.has(t.toLowerCase()));
}

function stringValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

/** A person or organisation value as a name: a string, `{name}`, or a list of those (joined). */
function names(value: unknown): string | null {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    const name =
      typeof item === 'string'
        ? stringValue(item)
        : item !== null && typeof item === 'object'
          ? stringValue((item as JsonObject).name)
          : null;
    if (name && !/^https?:\/\//i.test(name) && !found.includes(name)) found.push(name);
  }
  return found.length > 0 ? found.join(', ') : null;
}
