import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const article = join(dir, 'article.txt');
writeFileSync(article, 'أعلنت وزارة الصحة أمس عن افتتاح مستشفى جديد في مدينة حلب.\n');

describe('rasd analyze', () => {
  it('prints contract JSON for one file, with the text exactly as read', () => {
    const result = runCli(['analyze', article]);
    expect(result.status).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.version).toBe(1);
    expect(analysis.text).toBe('أعلنت وزارة الصحة أمس عن افتتاح مستشفى جديد في مدينة حلب.\n');
    expect(analysis.segments.some((s: { kind: string }) => s.kind === 'body')).toBe(true);
  });

  it('the text view prints quotes in «» and reported speech apart, without marks, both with a speaker', () => {
    const speech = join(dir, 'speech.txt');
    writeFileSync(
      speech,
      'وقال وزير الزراعة خالد الراشد: «سنوزع البذور على المزارعين قبل موسم الأمطار».\n' +
        'وأضاف أن الوزارة ستفتح مراكز جديدة في الأرياف.\n',
    );
    const view = runCli(['analyze', speech, '--format', 'text', '--published', '2025-04-17']).stdout;
    const quotes = view.slice(view.indexOf('Quotes ('), view.indexOf('Reported speech ('));
    const reported = view.slice(view.indexOf('Reported speech ('), view.indexOf('Timeline ('));
    expect(quotes).toMatch(/خالد الراشد.*«سنوزع البذور/u);
    expect(quotes).not.toContain('مراكز جديدة');
    expect(reported).toMatch(/خالد الراشد.*الوزارة ستفتح مراكز جديدة/u);
    expect(reported).not.toContain('«');
  });

  it("the text view dates each event of the timeline, marking the article's date when its clause has none", () => {
    const history = join(dir, 'history.txt');
    writeFileSync(
      history,
      'وفي مارس 2019، زار وزير الخارجية القطري موسكو.\nوانتقدت روسيا الولايات المتحدة بشدة.\n',
    );
    const view = runCli(['analyze', history, '--format', 'text', '--published', '2025-04-17']).stdout;
    const timeline = view.slice(view.indexOf('Timeline ('));
    expect(timeline).toMatch(/2019-03 +CONSULT/u);
    expect(timeline).toMatch(/2025-04-17\* +DISAPPROVE/u);
    expect(timeline).not.toContain('undated');
  });

  it('takes the publication date from --published', () => {
    const analysis = JSON.parse(runCli(['analyze', article, '--published', '2025-04-17']).stdout);
    expect(analysis.document.published).toEqual({ value: '2025-04-17', inferred: false, basis: 'stated' });
  });

  it('reads standard input for -', () => {
    const result = runCli(['analyze', '-'], { input: 'خبر قصير عن دمشق.' });
    expect(JSON.parse(result.stdout).text).toBe('خبر قصير عن دمشق.');
  });

  it('prints one JSON line per source, each with its source, when given several', () => {
    const lines = runCli(['analyze', article, article]).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1] ?? '').source).toBe(article);
  });

  it('reports each bad source in one line and still analyses the others', () => {
    const bad = mkdtempSync(join(dir, 'bad-'));
    const empty = join(bad, 'empty.txt');
    const binary = join(bad, 'binary.bin');
    const latin1 = join(bad, 'latin1.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    // French in Latin-1: not UTF-8, and no Arabic encoding reads it as Arabic.
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    const result = runCli(['analyze', join(bad, 'missing.txt'), empty, binary, latin1, article]);
    expect(result.status).toBe(1);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/missing\.txt: no such file/);
    expect(errors[1]).toMatch(/empty/);
    expect(errors[2]).toMatch(/binary/);
    expect(errors[3]).toMatch(/latin1\.txt: .*(UTF-8|encoding)/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads a folder file by file: a bad file is one line, the others are analysed', () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(folder, 'b.txt'), 'وصل وفد تركي إلى بغداد لبحث ملف المياه.\n');
    writeFileSync(join(folder, 'a.txt'), 'افتتحت الحكومة الأردنية طريقاً جديداً في العقبة.\n');
    writeFileSync(join(folder, 'c.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(folder, 'd.bin'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00]));
    writeFileSync(join(folder, '.hidden.txt'), 'ملف مخفي لا يُقرأ.\n');
    const result = runCli(['analyze', folder]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/c\.txt: binary/),
      expect.stringMatching(/warning: .*skipped 1 file not named like articles \(d\.bin\)/),
    ]);
    const sources = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).source as string);
    expect(sources).toEqual([join(folder, 'a.txt'), join(folder, 'b.txt')]);
  });

  it('refuses a file over the size limit in one line', () => {
    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 0x61));
    const result = runCli(['analyze', huge]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/too large/);
  });

  it('answers a wrong command line with exit code 2', () => {
    expect(runCli(['analyze', article, '--format', 'xml']).status).toBe(2);
    expect(runCli(['analyze']).status).toBe(2);
    expect(runCli(['nonsense']).status).toBe(2);
  });

  it('names an unknown option in one line and points to --help', () => {
    const result = runCli(['analyze', article, '--bogus']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('rasd analyze: unknown option --bogus (see `rasd analyze --help`)');
  });

  it('explains itself with --help', () => {
    const result = runCli(['analyze', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--published/);
    expect(runCli(['--help']).stdout).toMatch(/analyze/);
  });
});
