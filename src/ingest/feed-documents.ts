/**
 * A feed into one document per item.
 *
 * Rules:
 *  1. a feed that declares XML entities is refused as a whole (feed.ts rule 1);
 *  2. an item's text is its title line, a blank line, then its content read as HTML;
 *  3. an item with no content but a link is fetched when `fetchLinks` is set, and the page read as
 *     any page is; the feed's outlet and date fill what the page lacks. Without `fetchLinks` the item
 *     is one error line saying how to get it;
 *  4. items are named `SOURCE#n`, counting from 1, so an error line points at the item;
 *  5. an item `shouldRead` turns down is passed over before anything is fetched for it (`rasd
 *     watch` skips the items it has seen, so a feed of links costs one fetch a round, not one a link).
 */
import { asInputError, InputError } from './errors.js';
import { declaresEntities, type FeedItem, parseFeed } from './feed.js';
import { htmlFragmentToText } from './html-fragment.js';
import type { FetchLinked, SourceDocument, SourceItem } from './source-document.js';
import type { SourceOptions } from './source-options.js';

export async function* feedDocuments(
  source: string,
  xml: string,
  options: SourceOptions,
  fetchLinked: FetchLinked,
  shouldRead: (item: FeedItem) => boolean | Promise<boolean> = () => true,
): AsyncGenerator<SourceItem> {
  if (declaresEntities(xml)) {
    throw new InputError(source, 'feed declares XML entities (<!ENTITY>), which Rasd never expands; refused');
  }
  const feed = parseFeed(xml);
  if (feed.items.length === 0) throw new InputError(source, 'feed has no items');
  for (const [index, item] of feed.items.entries()) {
    const name = `${source}#${index + 1}`;
    try {
      if (!(await shouldRead(item))) continue;
      const body = item.html ? htmlFragmentToText(item.html) : '';
      if (body.trim()) {
        yield { document: itemDocument(name, item, feed.title, body) };
      } else if (item.link && options.fetchLinks) {
        for await (const fetched of fetchLinked(name, item.link)) {
          yield !('document' in fetched)
            ? fetched
            : { document: withFeedFacts(fetched.document, item, feed.title) };
        }
      } else if (item.link) {
        throw new InputError(name, `item has only a link (${item.link}); --fetch-links fetches it`);
      } else {
        throw new InputError(name, 'item has neither text nor a link');
      }
    } catch (error) {
      yield { error: asInputError(name, error) };
    }
  }
}

function itemDocument(source: string, item: FeedItem, outlet: string | null, body: string): SourceDocument {
  const title = item.title?.replace(/\s+/g, ' ').trim() || null;
  return {
    source,
    input: {
      text: title ? `${title}\n\n${body}` : body,
      title,
      outlet,
      url: item.link,
      published: item.published,
      ...(item.published ? { publishedBasis: 'feed' } : {}),
    },
  };
}

function withFeedFacts(document: SourceDocument, item: FeedItem, outlet: string | null): SourceDocument {
  const input = document.input;
  const published = input.published ?? item.published;
  return {
    source: document.source,
    input: {
      ...input,
      title: input.title ?? item.title,
      outlet: input.outlet ?? outlet,
      url: input.url ?? item.link,
      published,
      ...(input.published ? {} : item.published ? { publishedBasis: 'feed' } : {}),
    },
  };
}
