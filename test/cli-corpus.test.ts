import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-corpus-'));
const store = join(dir, 'corpus.db');
const CORPUS = 'examples/corpus/articles.jsonl';
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const gold = JSON.parse(readFileSync('examples/corpus/gold.json', 'utf8')) as {
  stories: Record<string, string[]>;
};

interface StoryJson {
  id: string;
  title: string;
  documents: {
    url: string | null;
    source: string | null;
    title: string | null;
    outlet: string | null;
    published: string | null;
  }[];
  events: unknown[];
  conflicts: unknown[];
}

const stories = (): StoryJson[] =>
  JSON.parse(runCli(['stories', '--store', store, '--format', 'json', '--limit', '1000']).stdout);

describe('rasd ingest and the corpus commands', () => {
  let first: ReturnType<typeof runCli>;
  beforeAll(() => {
    first = runCli(['ingest', CORPUS, '--store', store]);
  });

  it('ingests the corpus and says what it did', () => {
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/added 34, skipped 0 as duplicates, failed 0/);
  });

  it('changes nothing when the same batch is ingested again', () => {
    const before = stories();
    const again = runCli(['ingest', CORPUS, '--store', store, '--format', 'json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, duplicates: 34, failed: 0 });
    expect(stories()).toEqual(before);
  });

  it('prints stories as the contract says, every document in exactly one', () => {
    const list = stories();
    for (const s of list) {
      expect(typeof s.id).toBe('string');
      expect(typeof s.title).toBe('string');
      expect(Array.isArray(s.events)).toBe(true);
      expect(Array.isArray(s.conflicts)).toBe(true);
      for (const d of s.documents)
        expect(Object.keys(d)).toEqual(
          expect.arrayContaining(['url', 'source', 'title', 'outlet', 'published']),
        );
    }
    const urls = list.flatMap((s) => s.documents.map((d) => d.url));
    expect(urls.sort()).toEqual(Object.values(gold.stories).flat().sort());
  });

  it('keeps syndicated copies in the story of their original', () => {
    const storyOf = new Map(stories().flatMap((s) => s.documents.map((d) => [d.url, s.id] as const)));
    const lines = readFileSync(CORPUS, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { url: string; text: string });
    const copies = lines.filter((l) => /\n\([^)]+\)$/.test(l.text));
    expect(copies.length).toBeGreaterThanOrEqual(5);
    for (const copy of copies) {
      const original = lines.find((l) => l !== copy && copy.text.startsWith(l.text));
      expect(original).toBeDefined();
      expect(storyOf.get(copy.url)).toBe(storyOf.get(original?.url ?? ''));
    }
  });

  it('orders search results newest first with --sort newest, and refuses an unknown order', () => {
    const newest = JSON.parse(
      runCli(['search', 'طالبان', '--store', store, '--format', 'json', '--limit', '100', '--sort', 'newest'])
        .stdout,
    );
    const days = newest.items.map(
      (h: { document: { published: string | null } }) => h.document.published ?? '',
    );
    expect(days.length).toBeGreaterThan(5);
    expect(days).toEqual([...days].sort().reverse());
    expect(runCli(['search', 'طالبان', '--store', store, '--sort', 'oldest']).status).toBe(2);
  });

  it('searches across clitics and marks the matched words by offset', () => {
    const result = JSON.parse(
      runCli(['search', 'طالبان', '--store', store, '--format', 'json', '--limit', '100']).stdout,
    );
    expect(result.total).toBeGreaterThan(5);
    const marked = result.items.flatMap(
      (hit: { snippet: { start: number; text: string; highlights: { start: number; end: number }[] } }) =>
        hit.snippet.highlights.map((h) =>
          hit.snippet.text.slice(h.start - hit.snippet.start, h.end - hit.snippet.start),
        ),
    );
    expect(marked.every((m: string) => m.endsWith('طالبان'))).toBe(true);
    const filtered = JSON.parse(
      runCli(['search', 'طالبان', '--store', store, '--format', 'json', '--from', '2025-07']).stdout,
    );
    expect(filtered.total).toBeGreaterThan(0);
    expect(filtered.total).toBeLessThan(result.total);
  });

  it('finds a word only written with clitics, and highlights it in the original', () => {
    const own = join(dir, 'clitics.db');
    const file = join(dir, 'clitics.txt');
    writeFileSync(
      file,
      'التقى وفد روسي ممثلين لطالبان في الدوحة، وناقش الوفد وطالبان ملف الطاقة في أفغانستان.\n',
    );
    expect(runCli(['ingest', file, '--store', own]).status).toBe(0);
    const result = JSON.parse(runCli(['search', 'طالبان', '--store', own, '--format', 'json']).stdout);
    expect(result.total).toBe(1);
    const { snippet } = result.items[0];
    const marked = snippet.highlights.map((h: { start: number; end: number }) =>
      snippet.text.slice(h.start - snippet.start, h.end - snippet.start),
    );
    expect(marked).toEqual(['لطالبان', 'وطالبان']);
    expect(JSON.parse(runCli(['search', 'افغانستان', '--store', own, '--format', 'json']).stdout).total).toBe(
      1,
    );
  });

  it('writes a dossier as escaped HTML, Markdown and JSON', () => {
    const json = runCli(['dossier', 'روسيا', 'طالبان', '--store', store, '--format', 'json']);
    expect(json.status).toBe(0);
    const dossier = JSON.parse(json.stdout);
    expect(dossier.entries.length).toBeGreaterThan(0);
    const dates = dossier.entries.map((e: { date: string | null }) => e.date).filter(Boolean);
    expect([...dates].sort()).toEqual(dates);
    for (const entry of dossier.entries) {
      expect(['event', 'article', 'story', 'none']).toContain(entry.dateBasis);
      expect(entry.sources.length).toBeGreaterThan(0);
    }
    const html = runCli(['dossier', 'روسيا', 'طالبان', '--store', store, '--format', 'html']).stdout;
    expect(html).toMatch(/<h2>\d{4}<\/h2>/);
    expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(html).toMatch(/<details><summary>\d+ مصدر<\/summary>/);
    expect(html).not.toMatch(/<q>[^<]*"[^<]*<\/q>/);
    expect(runCli(['dossier', 'روسيا', 'طالبان', '--store', store, '--format', 'markdown']).stdout).toMatch(
      /^# /,
    );
  });

  it('says which actor of a dossier is not a known entity', () => {
    const result = runCli(['dossier', 'روسيا', 'زيمبابوي', '--store', store]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/"زيمبابوي" is not a known entity/);
    expect(result.stderr).not.toMatch(/"روسيا"/);
  });

  it('exports JSON Lines, CSV and PLOVER records', () => {
    const jsonl = runCli(['export', '--format', 'jsonl', '--store', store]).stdout.trim().split('\n');
    expect(jsonl).toHaveLength(34);
    expect(JSON.parse(jsonl[0] ?? '{}').version).toBe(1);
    const csv = runCli(['export', '--format', 'csv', '--store', store]).stdout;
    expect(csv.split('\r\n')[0]).toBe('id,url,source,title,outlet,published,story,entities,events');
    const plover = runCli(['export', '--format', 'plover', '--store', store]).stdout.trim();
    for (const line of plover === '' ? [] : plover.split('\n')) {
      expect(Object.keys(JSON.parse(line))).toEqual(
        expect.arrayContaining(['id', 'event', 'text', 'language']),
      );
    }
    expect(runCli(['export', '--store', store]).status).toBe(2);
  });

  it('refuses a date filter that is not a date, naming the flag, in search, stories and export', () => {
    for (const command of [['search', 'طالبان'], ['stories'], ['export', '--format', 'jsonl']]) {
      const result = runCli([...command, '--store', store, '--to', '2025-13']);
      expect(result.status, command[0]).toBe(2);
      expect(result.stderr.trim().split('\n'), command[0]).toHaveLength(1);
      expect(result.stderr, command[0]).toContain('--to');
    }
  });

  it('reports a bad source in one line, stores the rest and exits 1', () => {
    const other = join(dir, 'other.db');
    const good = join(dir, 'good.txt');
    writeFileSync(good, 'أعلنت وزارة الصحة في دمشق افتتاح مستشفى جديد لعلاج الأطفال.\n');
    const result = runCli(['ingest', join(dir, 'missing.txt'), good, '--store', other]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/added 1, skipped 0 as duplicates, failed 1/);
  });

  it('refuses a damaged store in one line', () => {
    const damaged = join(dir, 'damaged.db');
    writeFileSync(damaged, Buffer.alloc(8192, 0x41));
    const result = runCli(['ingest', CORPUS, '--store', damaged]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/damaged|not a Rasd store/);
  });

  it('refuses a store written by a newer Rasd', () => {
    const newer = join(dir, 'newer.db');
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'افتتحت البلدية حديقة عامة جديدة في وسط المدينة.\n');
    expect(runCli(['ingest', note, '--store', newer]).status).toBe(0);
    const db = new Database(newer);
    db.prepare('INSERT INTO rasd_schema (version, applied_at) VALUES (99, ?)').run('2030-01-01');
    db.close();
    const result = runCli(['stories', '--store', newer]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/newer Rasd/);
  });

  it('takes the store path from RASD_STORE', () => {
    const viaEnv = runCli(['stories', '--format', 'json'], { env: { RASD_STORE: store } });
    expect(JSON.parse(viaEnv.stdout)).toHaveLength(stories().length);
  });
});

describe('reading commands given a store that is not there', () => {
  it.each([
    ['search', 'كلمة'],
    ['stories'],
    ['entity', 'بغداد'],
    ['conflicts'],
    ['dossier', 'مصر', 'الأردن'],
    ['export', '--format', 'csv'],
    ['refresh'],
  ])('rasd %s says so in one line, exits 1 and creates nothing', (...args: string[]) => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const typo = join(empty, 'typo.db');
    const result = runCli([...args, '--store', typo]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no store there/);
    expect(readdirSync(empty)).toEqual([]);
  });

  it('a store in a folder that does not exist is one line, not a stack trace', () => {
    const nowhere = join(dir, 'no-such-folder', 'x.db');
    for (const args of [
      ['search', 'كلمة'],
      ['ingest', CORPUS],
    ]) {
      const result = runCli([...args, '--store', nowhere]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat /);
    }
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });

  it('an empty file is not taken for a store', () => {
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '');
    const result = runCli(['search', 'كلمة', '--store', blank]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not a Rasd store/);
    expect(readFileSync(blank, 'utf8')).toBe('');
  });
});
