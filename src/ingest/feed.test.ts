import { describe, expect, it } from 'vitest';
import { declaresEntities, feedDate, looksLikeFeed, parseFeed } from './feed.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>صحيفة الوادي</title>
    <image><title>شعار الصحيفة</title></image>
    <item>
      <title>افتتاح معرض الكتاب في الرباط</title>
      <link>https://example.org/news/1</link>
      <pubDate>Fri, 07 Jun 2024 23:30:00 +0300</pubDate>
      <description>ملخص قصير</description>
      <content:encoded><![CDATA[<p>افتتح وزير الثقافة المغربي معرض الكتاب الدولي في دورته الجديدة.</p><p>ويشارك فيه ناشرون من أربعين بلداً.</p>]]></content:encoded>
    </item>
    <item>
      <title>خبر بلا نص</title>
      <guid>https://example.org/news/2</guid>
    </item>
  </channel>
</rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom">
  <title>مدونة الاقتصاد</title>
  <entry>
    <title>تراجع التضخم في مصر</title>
    <link rel="alternate" href="https://example.org/a"/>
    <published>2024-05-02T08:00:00Z</published>
    <content type="html">&lt;p&gt;تراجع معدل التضخم السنوي للشهر الثالث.&lt;/p&gt;</content>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('rss: reads items with title, link, date as written and the fullest content', () => {
    const feed = parseFeed(RSS);
    expect(feed.title).toBe('صحيفة الوادي');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      title: 'افتتاح معرض الكتاب في الرباط',
      link: 'https://example.org/news/1',
      published: '2024-06-07',
    });
    expect(feed.items[0]?.html).toContain('<p>افتتح وزير الثقافة');
    expect(feed.items[1]).toMatchObject({ link: 'https://example.org/news/2', html: null });
  });

  it('atom: reads entries, their href links and escaped HTML content', () => {
    const feed = parseFeed(ATOM);
    expect(feed.title).toBe('مدونة الاقتصاد');
    expect(feed.items[0]).toMatchObject({ link: 'https://example.org/a', published: '2024-05-02' });
    expect(feed.items[0]?.html).toBe('<p>تراجع معدل التضخم السنوي للشهر الثالث.</p>');
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<html><body>rss</body></html>')).toBe(false);
  });

  it('billionLaughs: DTD entities are never expanded, so the parsed feed stays as small as its bytes', () => {
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY lol0 "lol">
${entities}
]>
<rss><channel><title>t</title><item><title>&lol9;</title><description>&lol9;&lol9;</description></item></channel></rss>`;
    expect(declaresEntities(bomb)).toBe(true);
    const feed = parseFeed(bomb);
    const item = feed.items[0];
    // Expanded, &lol9; would be 10^9 × "lol"; unexpanded it stays a few characters.
    expect((item?.title ?? '').length + (item?.html ?? '').length).toBeLessThan(100);
    expect(declaresEntities(RSS)).toBe(false);
  });

  it("feedDate: keeps the day written in the date's own zone", () => {
    expect(feedDate('Sun, 1 Dec 2024 00:15:00 +0300')).toBe('2024-12-01');
    expect(feedDate('2023-10-07T06:30:00+03:00')).toBe('2023-10-07');
    expect(feedDate('yesterday')).toBeNull();
  });
});
