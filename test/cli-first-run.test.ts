// What a new user meets in the first minutes: the README tour's files exist and work, a bare
// `rasd` tells a script it was called wrongly, a missing option value reads like every other
// error, and a failed first ingest leaves no empty store behind.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-first-run-'));

describe('the README tour', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

  it('names only example files that ship', () => {
    const named = [...readme.matchAll(/\bexamples\/[\w./-]+/gu)].map((m) => m[0]);
    expect(named).toContain('examples/page.html');
    for (const path of named) expect(existsSync(join(PROJECT_ROOT, path)), path).toBe(true);
  });

  it('links only documents inside the repository', () => {
    expect(readme).not.toMatch(/\.\.\/shared/u);
    for (const [, path] of readme.matchAll(/`(docs\/[\w./-]+)`/gu))
      expect(existsSync(join(PROJECT_ROOT, path as string)), path).toBe(true);
  });

  it('extracts the example page into title, byline, body, related headline and caption, without boilerplate', () => {
    const result = runCli(['extract', 'examples/page.html', '--format', 'json']);
    expect(result.status).toBe(0);
    const page = JSON.parse(result.stdout) as {
      title: string;
      outlet: string;
      segments: { kind: string; start: number; end: number }[];
      text: string;
    };
    expect(page.outlet).toBe('صحيفة الأفق');
    const kinds = new Set(page.segments.map((s) => s.kind));
    for (const kind of ['title', 'byline', 'body', 'related', 'caption']) expect(kinds).toContain(kind);
    // The cookie notice, the menu and the footer are furniture, not text to analyse.
    expect(page.text).not.toMatch(/ملفات تعريف الارتباط|جميع الحقوق محفوظة|اتصل بنا/u);
  });
});

describe('rasd with no arguments', () => {
  it('prints a short usage on stderr and exits 2, so a script can tell', () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Usage: rasd <command>/u);
    expect(result.stderr).toMatch(/rasd --help/u);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(4);
  });

  it('keeps `rasd --help` on stdout with exit 0', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Commands:\n/u);
    expect(result.stderr).toBe('');
  });
});

describe('an option given without its value', () => {
  it('is one line in the style of the other errors', () => {
    const result = runCli(['analyze', 'examples/article-ar.txt', '--published']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('rasd analyze: --published needs a value (see `rasd analyze --help`)\n');
    const unknown = runCli(['analyze', 'examples/article-ar.txt', '--publish', '2025-01-01']);
    expect(unknown.stderr).toMatch(/^rasd analyze: unknown option --publish \(see/u);
  });
});

describe('rasd ingest that stores nothing', () => {
  it('does not leave a new empty store behind', () => {
    const store = join(dir, 'never.db');
    const result = runCli(['ingest', join(dir, 'nope.txt'), '--store', store]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/nope\.txt: no such file/u);
    expect(result.stderr).toMatch(/nothing was stored, so no store was created at .*never\.db\n$/u);
    for (const suffix of ['', '-wal', '-shm']) expect(existsSync(`${store}${suffix}`)).toBe(false);
  });

  it('keeps a store that already held documents, and creates one when something was stored', () => {
    const store = join(dir, 'kept.db');
    const article = join(dir, 'bridge.txt');
    writeFileSync(article, 'افتتحت البلدية جسرا جديدا فوق النهر يربط حيين في وسط المدينة.\n');
    expect(runCli(['ingest', article, '--store', store]).status).toBe(0);
    expect(existsSync(store)).toBe(true);
    expect(runCli(['ingest', join(dir, 'nope.txt'), '--store', store]).status).toBe(1);
    expect(existsSync(store)).toBe(true);
    const search = runCli(['search', 'جسرا', '--store', store, '--format', 'json']);
    expect(JSON.parse(search.stdout).total).toBe(1);
  });
});

describe('a store where one city is spelled two ways and an agency is reprinted', () => {
  const store = join(dir, 'kabul.db');
  const body =
    'أعادت سلطات مطار كابل فتح المدرج الشمالي بعد أسبوع من الإغلاق بسبب الثلوج الكثيفة التي غطت المدينة، وقال مدير المطار إن الرحلات الداخلية عادت إلى مواعيدها.';
  const articles = [
    // The paper reprints the agency's dispatch the same day, crediting it in the dateline.
    {
      url: 'https://rafidain.example/2025/02/03/airport',
      outlet: 'الرافدين اليوم',
      text: `كابل (وكالة باختر) - ${body}`,
    },
    {
      url: 'https://bakhtar.example/2025/02/03/runway',
      outlet: 'وكالة باختر',
      text: `كابل (وكالة باختر) - ${body}`,
    },
    {
      url: 'https://nabd.example/2025/02/05/firewood',
      outlet: 'نبض الشرق',
      published: '2025-02-05',
      text: 'ارتفعت أسعار الحطب في أسواق كابول مع اشتداد موجة البرد على العاصمة الأفغانية، وقال تجار إن الطلب تضاعف خلال أسبوع.',
    },
  ];
  const corpus = join(dir, 'kabul.jsonl');
  writeFileSync(corpus, articles.map((a) => JSON.stringify({ published: '2025-02-03', ...a })).join('\n'));
  let ingested: ReturnType<typeof runCli>;
  // Analysing three articles takes seconds; more on a machine busy with other builds.
  beforeAll(() => {
    ingested = runCli(['ingest', corpus, '--store', store]);
  }, 120_000);

  it('finds every spelling the identities join, and says so in text and JSON', () => {
    expect(ingested.stderr).toBe('');
    expect(ingested.status).toBe(0);
    const text = runCli(['search', 'كابول', '--store', store]);
    expect(text.stdout).toMatch(/^also searched كابل: spellings of \S+, which "كابول" names \(--exact/u);
    expect(text.stdout).toMatch(/^3 results$/mu);
    const json = JSON.parse(runCli(['search', 'كابول', '--store', store, '--format', 'json']).stdout);
    expect(json.total).toBe(3);
    expect(json.aliases).toEqual([expect.objectContaining({ matched: 'كابول', spellings: ['كابل'] })]);
  });

  it('searches the typed spelling only with --exact', () => {
    const json = JSON.parse(
      runCli(['search', 'كابول', '--exact', '--store', store, '--format', 'json']).stdout,
    );
    expect(json.total).toBe(1);
    expect(json.aliases).toEqual([]);
    expect(runCli(['search', 'كابول', '--exact', '--store', store]).stdout).not.toMatch(/also searched/u);
  });

  it('names the credited agency as the original of the paper that reprinted it', () => {
    const stories = JSON.parse(runCli(['stories', '--store', store, '--format', 'json']).stdout) as {
      documents: { id: string; outlet: string; duplicateOf: string | null; copyBasis?: string | null }[];
    }[];
    const docs = stories.flatMap((s) => s.documents);
    const agency = docs.find((d) => d.outlet === 'وكالة باختر');
    const paper = docs.find((d) => d.outlet === 'الرافدين اليوم');
    expect(agency?.duplicateOf).toBeNull();
    expect(paper).toMatchObject({ duplicateOf: agency?.id, copyBasis: 'credit' });
    expect(runCli(['stories', '--store', store]).stdout).toMatch(
      /الرافدين اليوم: .*\(copy of وكالة باختر, which it credits\)/u,
    );
  });
});
