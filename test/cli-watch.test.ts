// `rasd watch` against feeds this test serves on 127.0.0.1 (hence --allow-private, the opt-in the
// address guard needs for loopback): new items are taken in the next round, a 304 is honoured, a
// failing feed backs off while the others go on, and SIGTERM ends the watcher cleanly.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from './support/loopback-server.js';
import { jsonLines } from './support/run-cli.js';

const BIN = fileURLToPath(new URL('../bin/rasd.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'rasd-watch-'));

interface Item {
  readonly title: string;
  readonly body: string;
  readonly link?: string;
}

/** Feeds the test edits between rounds; every request is logged with its headers. */
const feeds: Record<string, Item[]> = {
  '/gulf.xml': [
    {
      title: 'افتتاح ميناء جديد في صلالة',
      body: 'افتتحت سلطنة عمان ميناء جديداً في صلالة لاستقبال سفن الحاويات.',
    },
    { title: 'أمطار في مسقط', body: 'هطلت أمطار غزيرة على مسقط وأغلقت عدداً من الطرق الفرعية.' },
  ],
  '/maghreb.xml': [
    {
      title: 'معرض الكتاب في تونس',
      body: 'انطلقت الدورة الجديدة من معرض تونس الدولي للكتاب بمشاركة ناشرين من عشرين بلداً.',
    },
  ],
};
const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
const STAMP = 'Mon, 02 Dec 2024 08:00:00 GMT';

function rss(path: string): string {
  const items = (feeds[path] ?? [])
    .map(
      (item, i) =>
        `<item><title>${item.title}</title><link>${item.link ?? `https://news.example/${path.slice(1, -4)}/${i + 1}`}</link><description>${item.body}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss><channel><title>نشرة ${path}</title>${items}</channel></rss>`;
}

let server: LoopbackServer;
let base = '';

beforeAll(async () => {
  server = await startLoopbackServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    if (path === '/broken.xml') return void res.writeHead(500).end('down');
    if (path === '/hang.xml') return; // never answers: only a stop ends the fetch
    if (path === '/maghreb.xml') {
      // Last-Modified only: If-Modified-Since must come back and be answered 304.
      if (req.headers['if-modified-since'] === STAMP) return void res.writeHead(304).end();
      return void res
        .writeHead(200, { 'Content-Type': 'application/rss+xml', 'Last-Modified': STAMP })
        .end(rss(path));
    }
    if (path === '/gulf.xml') {
      const etag = `"gulf-${feeds[path]?.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      return void res.writeHead(200, { 'Content-Type': 'application/rss+xml', ETag: etag }).end(rss(path));
    }
    res.writeHead(404).end();
  });
  base = server.base;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function watch(args: readonly string[]): ChildProcess & { out: () => string; err: () => string } {
  const child = spawn(
    process.execPath,
    [BIN, 'watch', ...args, '--allow-private', '--delay', '0', '--json'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return Object.assign(child, { out: () => stdout, err: () => stderr });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const storedTitles = (store: string) => {
  const db = new Database(store, { readonly: true });
  try {
    return (db.prepare('SELECT title FROM documents ORDER BY title').all() as { title: string }[]).map(
      (r) => r.title,
    );
  } finally {
    db.close();
  }
};

describe('rasd watch', () => {
  it('takes new items in the next round, honours 304, and backs off a failing feed while the others go on', async () => {
    const list = join(dir, 'feeds.txt');
    const store = join(dir, 'rounds.db');
    writeFileSync(
      list,
      `# two feeds and one that fails\n${base}/gulf.xml\n${base}/broken.xml  # down\n\n${base}/maghreb.xml\n`,
    );
    const run = async () => {
      const child = watch([list, '--once', '--store', store]);
      const code = await exited(child);
      return { code, status: jsonLines(child.out()), stderr: child.err() };
    };

    const first = await run();
    expect(first.code).toBe(0);
    expect(first.status).toHaveLength(1);
    expect(first.status[0]).toMatchObject({ round: 1, urls: 3, read: 2, failed: 1, newItems: 3, added: 3 });
    expect(first.stderr).toMatch(/broken\.xml: HTTP 500.*next try in/);
    expect(storedTitles(store)).toHaveLength(3);

    requests.length = 0;
    feeds['/gulf.xml']?.push({
      title: 'وصول سفينة شحن',
      body: 'وصلت أول سفينة شحن إلى الميناء الجديد في صلالة صباح اليوم.',
    });
    const second = await run();
    expect(second.code).toBe(0);
    // Only the new gulf item is analysed; maghreb answers 304; the broken feed is not asked at all.
    expect(second.status[0]).toMatchObject({
      read: 1,
      unchanged: 1,
      failed: 0,
      backingOff: 1,
      newItems: 1,
      added: 1,
    });
    expect(requests.map((r) => r.path).sort()).toEqual(['/gulf.xml', '/maghreb.xml']);
    expect(requests.find((r) => r.path === '/maghreb.xml')?.headers['if-modified-since']).toBe(STAMP);
    expect(requests.find((r) => r.path === '/gulf.xml')?.headers['if-none-match']).toBe('"gulf-2"');
    expect(storedTitles(store)).toContain('وصول سفينة شحن');
    expect(storedTitles(store)).toHaveLength(4);

    const state = JSON.parse(readFileSync(`${list}.state.json`, 'utf8'));
    expect(state.feeds[`${base}/broken.xml`]).toMatchObject({ failures: 1 });
    expect(state.feeds[`${base}/gulf.xml`]).toMatchObject({ etag: '"gulf-3"', failures: 0 });
  });

  it('polls on its schedule, re-reads its list each round, and stops cleanly on SIGTERM even mid-fetch', async () => {
    const list = join(dir, 'live.opml');
    const store = join(dir, 'live.db');
    const opml = (urls: string[]) =>
      `<?xml version="1.0"?><opml version="2.0"><body><outline text="أخبار">${urls.map((u) => `<outline type="rss" xmlUrl="${u}"/>`).join('')}</outline></body></opml>`;
    writeFileSync(list, opml([`${base}/gulf.xml`]));
    const child = watch([list, '--every', '1s', '--timeout', '120', '--store', store]);
    await until(() => jsonLines(child.out()).length >= 1, 'the first status line');
    const before = storedTitles(store).length;
    feeds['/gulf.xml']?.push({
      title: 'رسو ناقلة نفط',
      body: 'رست ناقلة نفط في الميناء الجديد بعد رحلة من البصرة.',
    });
    await until(
      () => jsonLines(child.out()).some((s) => s.newItems === 1),
      'a later round taking the new item',
    );
    expect(storedTitles(store)).toHaveLength(before + 1);
    // The next round finds hang.xml in the list; it never answers, so only the stop ends that fetch.
    writeFileSync(list, opml([`${base}/gulf.xml`, `${base}/hang.xml`]));
    await until(() => requests.some((r) => r.path === '/hang.xml'), 'the request to hang.xml');
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(0);
    expect(jsonLines(child.out()).at(-1)).toMatchObject({ stopped: true, urls: 2 });
    expect(child.err()).toMatch(/SIGTERM: stopping/);
    expect(child.err()).not.toMatch(/\n\s+at /);
    const db = new Database(store, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
