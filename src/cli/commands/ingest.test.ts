import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../analyze/analyze.js';
import type { AnalysisInput } from '../../core/layers.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { ingestSource, type Tally } from './ingest.js';

const dir = mkdtempSync(join(tmpdir(), 'rasd-ingest-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestSource', () => {
  it('turns an analysis that throws into one failure line and stores the documents after it', async () => {
    const folder = join(dir, 'news');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'افتتحت البلدية في إربد مكتبة عامة جديدة للأطفال.\n');
    writeFileSync(join(folder, 'b.txt'), 'نص يجعل المحلل يتعثر لسبب ما.\n');
    writeFileSync(join(folder, 'c.txt'), 'وصل وفد تجاري من تونس إلى الرباط لبحث التعاون في الزراعة.\n');
    const store = await openSqliteStore(join(dir, 'unit.db'));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const tally: Tally = { added: 0, duplicates: 0, failures: [], sourcesDone: 0 };
      const flaky = (input: AnalysisInput) => {
        if (input.text.includes('يتعثر')) throw new RangeError('Maximum call stack size exceeded');
        return analyzeDocument(input);
      };
      await ingestSource(store, folder, tally, undefined, flaky);
      expect(tally.added).toBe(2);
      expect(tally.failures).toEqual([
        expect.stringMatching(/b\.txt: analysis failed \(RangeError: Maximum call/),
      ]);
      expect(stderr).toHaveBeenCalledWith(expect.stringMatching(/^rasd ingest: .*b\.txt: analysis failed/));
      expect((await store.refreshCorpus()).documents).toBe(2);
    } finally {
      stderr.mockRestore();
      await store.close();
    }
  });
});
