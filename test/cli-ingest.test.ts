// End-to-end tests of reading sources: feeds, URLs, JSON Lines, encodings and every kind of bad
// input, each bad one a single stderr line while the batch goes on. URL cases use a local server
// on 127.0.0.1, so the CLI runs asynchronously (the server must keep answering while it runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireFreshBuild } from '../src/test-support/fresh-build.js';
import { type LoopbackServer, startLoopbackServer } from './support/loopback-server.js';
import { jsonLines } from './support/run-cli.js';

const BIN = fileURLToPath(new URL('../bin/rasd.js', import.meta.url));

// It runs the compiled code: fail, saying why, when that is not a build of these sources.
beforeAll(requireFreshBuild);
const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-'));
const ARTICLE =
  'عنوان تجريبي عن افتتاح جسر جديد\n\nافتتحت السلطات في عمّان جسراً جديداً يربط شرق المدينة بغربها.\n';

function rasd(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const errorLines = (stderr: string) => stderr.trim().split('\n').filter(Boolean);

let server: LoopbackServer;
let base = '';
const seenAgents: string[] = [];

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    seenAgents.push(String(req.headers['user-agent']));
    const path = req.url ?? '/';
    if (path === '/article.txt') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(ARTICLE);
    } else if (path === '/hop') {
      res.writeHead(302, { Location: '/article.txt' }).end();
    } else if (path === '/to-private') {
      res.writeHead(301, { Location: 'http://10.0.0.7/secret' }).end();
    } else if (path === '/hang') {
      // Never answers: the client's deadline must end it.
    } else if (path === '/huge') {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('error', () => {});
      pump();
    } else {
      res.writeHead(404).end('not here');
    }
  });
  base = server.base;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('rasd extract / analyze: sources', () => {
  it('reads a feed item by item, outlet from the channel; an item with only a link is one error line', async () => {
    const feed = join(dir, 'feed.xml');
    writeFileSync(
      feed,
      `<?xml version="1.0"?><rss><channel><title>نشرة الساحل</title>
<item><title>أمطار غزيرة في نواكشوط</title><link>https://example.org/1</link><pubDate>Mon, 05 Aug 2024 09:00:00 GMT</pubDate>
<description><![CDATA[<p>هطلت أمطار غزيرة على العاصمة الموريتانية وغمرت عدداً من الأحياء.</p>]]></description></item>
<item><title>رابط فقط</title><link>${base}/article.txt</link></item>
<item><title>ارتفاع صادرات الحديد</title><description>&lt;p&gt;ارتفعت صادرات الحديد الموريتاني خلال النصف الأول.&lt;/p&gt;</description></item>
</channel></rss>`,
    );
    const result = await rasd(['extract', feed, '--format', 'jsonl']);
    expect(result.status).toBe(1);
    expect(errorLines(result.stderr)).toEqual([expect.stringMatching(/feed\.xml#2: .*--fetch-links/)]);
    const items = jsonLines(result.stdout);
    expect(items.map((i) => i.source)).toEqual([`${feed}#1`, `${feed}#3`]);
    expect(items[0]).toMatchObject({
      title: 'أمطار غزيرة في نواكشوط',
      outlet: 'نشرة الساحل',
      url: 'https://example.org/1',
      published: '2024-08-05',
    });
    expect(items[0].text).toContain('هطلت أمطار غزيرة');
    expect(items[0].segments[0].kind).toBe('title');

    const fetched = await rasd(['extract', feed, '--fetch-links', '--allow-private', '--format', 'jsonl']);
    expect(fetched.status).toBe(0);
    const second = jsonLines(fetched.stdout)[1];
    expect(second.text).toBe(ARTICLE);
    expect(second.outlet).toBe('نشرة الساحل');
  });

  it('fetches a URL, following redirects, with an honest User-Agent', async () => {
    const result = await rasd(['extract', `${base}/hop`, '--allow-private']);
    expect(result.status).toBe(0);
    const extraction = JSON.parse(result.stdout);
    expect(extraction.text).toBe(ARTICLE);
    expect(extraction.url).toBe(`${base}/article.txt`);
    expect(seenAgents.at(-1)).toMatch(/^Rasd\/[\d.]+ \(Arabic news analysis\)/);
  });

  it('reads JSON Lines: a bad line is one error, the other lines go on', async () => {
    const jsonl = join(dir, 'batch.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({
          text: 'أعلنت وزارة النقل تشغيل خط قطارات جديد.',
          outlet: 'جريدة الصباح',
          published: '2024-02-03',
        }),
        '{"text": "سطر مقطوع',
        JSON.stringify({ title: 'بلا نص' }),
        JSON.stringify({ url: `${base}/article.txt`, published: '2024-02-04T10:00:00Z' }),
      ].join('\n'),
    );
    const result = await rasd(['extract', jsonl, '--allow-private']);
    expect(result.status).toBe(1);
    const errors = errorLines(result.stderr);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/batch\.jsonl:2: not valid JSON/);
    expect(errors[1]).toMatch(/batch\.jsonl:3: .*"text", "html" or "url"/);
    const docs = jsonLines(result.stdout);
    expect(docs.map((d) => [d.outlet, d.published])).toEqual([
      ['جريدة الصباح', '2024-02-03'],
      // A page naming no outlet is credited to its URL's site (here the local test server).
      ['127.0.0.1', '2024-02-04'],
    ]);
    expect(docs[1].text).toBe(ARTICLE);
  });

  it('decodes windows-1256 and UTF-16 files, and obeys --encoding', async () => {
    const cp1256 = join(dir, 'legacy.txt');
    const utf16 = join(dir, 'utf16.txt');
    writeFileSync(cp1256, iconv.encode(ARTICLE, 'windows-1256'));
    writeFileSync(utf16, iconv.encode(ARTICLE, 'utf-16le'));
    const result = await rasd(['extract', cp1256, utf16, '--format', 'jsonl']);
    expect(result.status).toBe(0);
    expect(jsonLines(result.stdout).map((d) => d.text)).toEqual([ARTICLE, ARTICLE]);
    const forced = await rasd(['extract', cp1256, '--encoding', 'iso-8859-6']);
    expect(JSON.parse(forced.stdout).text).not.toBe(ARTICLE);
    expect((await rasd(['extract', cp1256, '--encoding', 'no-such-code'])).status).toBe(2);
  });

  it('extracts the article of an HTML page (found by content, declared windows-1256) with its metadata', async () => {
    const page = join(dir, 'saved-page.txt');
    const html = `<!doctype html><html lang="ar"><head><meta charset="windows-1256">
<title>وزراء الزراعة العرب يجتمعون في الرياض | صحيفة المشرق</title>
<meta property="og:site_name" content="صحيفة المشرق">
<meta property="article:published_time" content="2024-10-14T09:00:00+03:00"></head><body>
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a></nav><article>
<h1>وزراء الزراعة العرب يجتمعون في الرياض</h1>
<p>الرياض - بدأ وزراء الزراعة العرب اجتماعاً يستمر يومين لبحث الأمن الغذائي في ظل ارتفاع أسعار الحبوب في الأسواق العالمية.</p>
<p>وقال مسؤول في المنظمة العربية للتنمية الزراعية إن الفجوة الغذائية تتسع عاماً بعد عام، داعياً إلى الاستثمار في الري الحديث.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>`;
    writeFileSync(page, iconv.encode(html, 'windows-1256'));
    const result = await rasd(['extract', page]);
    expect(result.status).toBe(0);
    const extraction = JSON.parse(result.stdout);
    expect(extraction).toMatchObject({ outlet: 'صحيفة المشرق', published: '2024-10-14' });
    expect(extraction.text).toContain('بدأ وزراء الزراعة العرب');
    expect(extraction.text).not.toContain('<p>');
    expect(extraction.text).not.toContain('جميع الحقوق محفوظة');
    expect(extraction.segments.some((s: { kind: string }) => s.kind === 'body')).toBe(true);
  });

  it('prints the structure as text with --format text', async () => {
    const page = join(dir, 'page.txt');
    writeFileSync(page, `${ARTICLE}\nنشر في: جريدة الغد\n`);
    const result = await rasd(['extract', page, '--format', 'text']);
    expect(result.stdout).toMatch(/^\[title\] +عنوان تجريبي/m);
    expect(result.stdout).toMatch(/^\[body\] +افتتحت السلطات/m);
    expect(result.stdout).toMatch(/outlet: جريدة الغد/);
  });
});

describe('bad input: one line each, the batch goes on, exit 1', () => {
  it('refuses each bad input in one line and still reads the good one', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    const truncated = join(dir, 'truncated.html');
    writeFileSync(
      truncated,
      '<!doctype html><html><head><title>خبر</title></head><body><article><p>بدأ النص ثم انقطع <a hr',
    );
    const empty = join(dir, 'menu-only.html');
    writeFileSync(empty, '<!doctype html><html><body><nav><a href="/">الرئيسية</a></nav></body></html>');
    const bomb = join(dir, 'bomb.xml');
    const entities = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`,
    ).join('');
    writeFileSync(
      bomb,
      `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "ha">${entities}]><rss><channel><item><title>&l9;</title><description>&l9;</description></item></channel></rss>`,
    );
    const mojibake = join(dir, 'mojibake.txt');
    writeFileSync(mojibake, iconv.decode(Buffer.from(ARTICLE), 'windows-1252'));
    const sources = [
      truncated,
      empty,
      bomb,
      mojibake,
      `${base}/hang`,
      `${base}/to-private`,
      `${base}/huge`,
      good,
    ];
    const result = await rasd([
      'extract',
      ...sources,
      '--allow-address',
      '127.0.0.1',
      '--timeout',
      '1',
      '--format',
      'jsonl',
    ]);
    expect(result.status).toBe(1);
    const errors = errorLines(result.stderr);
    expect(errors).toHaveLength(7);
    expect(errors[0]).toMatch(/truncated\.html: truncated HTML/);
    expect(errors[1]).toMatch(/menu-only\.html: no article text found/);
    expect(errors[2]).toMatch(/bomb\.xml: feed declares XML entities/);
    expect(errors[3]).toMatch(/mojibake\.txt: mojibake/);
    expect(errors[4]).toMatch(/\/hang: timed out after 1 s/);
    expect(errors[5]).toMatch(
      /redirect to http:\/\/10\.0\.0\.7\/secret refused: 10\.0\.0\.7 is a private address/,
    );
    expect(errors[6]).toMatch(/\/huge: too large \(over 32\.0 MB\)/);
    expect(jsonLines(result.stdout).map((d) => d.source)).toEqual([good]);
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    const result = await rasd(['analyze', `${base}/article.txt`, 'http://169.254.169.254/latest/']);
    expect(result.status).toBe(1);
    const errors = errorLines(result.stderr);
    expect(errors[0]).toMatch(/127\.0\.0\.1 is a loopback address, not public \(--allow-private allows it\)/);
    expect(errors[1]).toMatch(/169\.254\.169\.254 is a linkLocal address/);
  });
});
