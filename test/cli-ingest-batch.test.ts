// `rasd ingest FOLDER` as issue 18 found it: a bad file in the middle of a folder is one error
// line, the files after it are stored, the stories are recomputed and the exit status says so;
// the folder's scripts and answer keys are not read as articles unless asked.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = join(dir, 'news');
mkdirSync(folder);
writeFileSync(join(folder, 'a-first.txt'), 'افتتحت البلدية في إربد مكتبة عامة جديدة للأطفال.\n');
writeFileSync(join(folder, 'b-broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00]));
writeFileSync(join(folder, 'c-last.txt'), 'وصل وفد تجاري من تونس إلى الرباط لبحث التعاون في الزراعة.\n');
writeFileSync(join(folder, 'build.mjs'), "console.log('يبني المجلد');\n");
writeFileSync(join(folder, 'gold.json'), '{"stories": {"s1": ["a-first.txt"]}}\n');

interface Summary {
  added: number;
  duplicates: number;
  failed: number;
  failures: string[];
  corpus: { documents: number; stories: number } | null;
}

describe('rasd ingest FOLDER with a bad file in the middle', () => {
  const store = join(dir, 'batch.db');
  const first = runCli(['ingest', folder, '--store', store, '--format', 'json']);
  const summary = JSON.parse(first.stdout) as Summary;

  it('stores the files before and after the bad one, refreshes the corpus and exits 1', () => {
    expect(first.status).toBe(1);
    expect(summary.added).toBe(2);
    expect(summary.failures).toEqual([expect.stringMatching(/b-broken\.txt: .*binary/)]);
    expect(summary.corpus?.documents).toBe(2);
    expect(first.stderr).not.toMatch(/\n\s+at /);
  });

  it('says in one line which files it skipped as not articles', () => {
    const warnings = first.stderr.split('\n').filter((line) => line.includes('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/skipped 2 files .*build\.mjs, gold\.json.*--all-files/);
  });

  it('finishes again on a re-run: the same one failure, everything else known', () => {
    const again = runCli(['ingest', folder, '--store', store, '--format', 'json']);
    const second = JSON.parse(again.stdout) as Summary;
    expect(again.status).toBe(1);
    expect(second).toMatchObject({ added: 0, duplicates: 2, failed: 1 });
  });

  it('reads every file with --all-files', () => {
    const all = runCli(['ingest', folder, '--store', join(dir, 'all.db'), '--all-files', '--format', 'json']);
    expect((JSON.parse(all.stdout) as Summary).added).toBe(4);
    expect(all.stderr).not.toMatch(/skipped/);
  });
});
