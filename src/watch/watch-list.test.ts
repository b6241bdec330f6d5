import { describe, expect, it } from 'vitest';
import { readWatchList } from './watch-list.js';
import {
  feedState,
  isBackingOff,
  MAX_SEEN,
  recordFailure,
  recordSuccess,
  rememberSeen,
} from './watch-state.js';

describe('readWatchList', () => {
  it('reads a text list: comments after # at a line start or after a space, fragments kept, duplicates once', () => {
    const list = readWatchList(
      'feeds.txt',
      '# Gulf outlets\nhttps://a.example/rss\n\n  https://b.example/page#top   # the front page\nhttps://a.example/rss\nftp://old.example/feed\n',
    );
    expect(list.urls).toEqual(['https://a.example/rss', 'https://b.example/page#top']);
    expect(list.warnings).toEqual([
      expect.stringMatching(/^feeds\.txt:6: "ftp:\/\/old\.example\/feed" is not an http/),
    ]);
  });

  it('reads OPML outlines with xmlUrl, nested folders included, and link outlines by url', () => {
    const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>اشتراكاتي</title></head><body>
  <outline text="الخليج"><outline type="rss" text="أ" xmlUrl="https://a.example/rss?x=1&amp;y=2"/></outline>
  <outline type="link" text="صفحة" url="https://b.example/live"/>
  <outline text="فارغ"/>
</body></opml>`;
    expect(readWatchList('subs.opml', opml).urls).toEqual([
      'https://a.example/rss?x=1&y=2',
      'https://b.example/live',
    ]);
  });
});

describe('watch state', () => {
  it('backs a failing URL off for 1, then 3, then 7 rounds, and one success clears it', () => {
    const state = { version: 1 as const, feeds: {} };
    const feed = feedState(state, 'https://a.example/rss');
    const every = 600_000;
    const roundsSkipped = (failedAt: number) => {
      let skipped = 0;
      for (let r = 1; isBackingOff(feed, failedAt + r * every); r++) skipped++;
      return skipped;
    };
    recordFailure(feed, 'HTTP 500', 0, every);
    expect(roundsSkipped(0)).toBe(1);
    recordFailure(feed, 'HTTP 500', 2 * every, every);
    expect(roundsSkipped(2 * every)).toBe(3);
    recordFailure(feed, 'HTTP 500', 6 * every, every);
    expect(roundsSkipped(6 * every)).toBe(7);
    recordSuccess(feed);
    expect(isBackingOff(feed, 6 * every)).toBe(false);
    expect(feed.failures).toBe(0);
  });

  it('keeps the most recent item keys only', () => {
    const feed = feedState({ version: 1, feeds: {} }, 'u');
    rememberSeen(
      feed,
      Array.from({ length: MAX_SEEN + 10 }, (_, i) => `url:${i}`),
    );
    rememberSeen(feed, ['url:4000', 'url:new']);
    expect(feed.seen).toHaveLength(MAX_SEEN);
    expect(feed.seen[0]).toBe('url:11');
    expect(feed.seen.at(-1)).toBe('url:new');
  });
});
