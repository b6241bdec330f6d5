import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-cli-'));
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
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.bin');
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]));
    const result = runCli(['analyze', join(dir, 'missing.txt'), empty, binary, dir, latin1, article]);
    expect(result.status).toBe(1);
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/missing\.txt: no such file/);
    expect(errors[1]).toMatch(/empty/);
    expect(errors[2]).toMatch(/binary/);
    expect(errors[3]).toMatch(/directory/);
    expect(errors[4]).toMatch(/latin1\.txt: .*(UTF-8|encoding)/);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
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

  it('explains itself with --help', () => {
    const result = runCli(['analyze', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--published/);
    expect(runCli(['--help']).stdout).toMatch(/analyze/);
  });
});
