import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines.js';
import { documentOutlet, documentTitle } from './document-facts.js';
import { segmentVocabulary } from './stage.js';

interface ExpectedLine {
  readonly kind: string;
  /** The start of the line, so a mismatch names the line. */
  readonly text: string;
  readonly outlet?: string;
}

interface Expected {
  readonly lines: readonly ExpectedLine[];
  readonly outlet?: string | null;
}

const FIXTURES = new URL('./fixtures/', import.meta.url);
const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));

describe('classifyLines on fixtures', () => {
  it('has fixtures to run', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of names) {
    it(name, () => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const expected = JSON.parse(
        readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), FIXTURES), 'utf8'),
      ) as Expected;
      const segments = classifyLines(text, segmentVocabulary());
      const got = segments.map((s) => ({
        kind: s.kind,
        text: text.slice(s.start, s.end).slice(0, expected.lines[segments.indexOf(s)]?.text.length ?? 20),
        ...(s.outlet ? { outlet: s.outlet } : {}),
      }));
      expect(got).toEqual(expected.lines.map((line) => ({ ...line })));
      if (expected.outlet !== undefined) expect(documentOutlet(text, segments)).toBe(expected.outlet);
    });
  }
});

describe('classifyLines invariants', () => {
  const text = readFileSync(new URL(names[0] ?? '', FIXTURES), 'utf8');
  const segments = classifyLines(text, segmentVocabulary());

  it('gives every non-blank line exactly one segment, in order, without overlap', () => {
    const nonBlank = text.split('\n').filter((line) => line.trim() !== '').length;
    expect(segments).toHaveLength(nonBlank);
    for (let i = 1; i < segments.length; i++) {
      expect(segments[i]?.start).toBeGreaterThanOrEqual(segments[i - 1]?.end ?? 0);
    }
    for (const s of segments) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
  });

  it('handles CRLF line ends and an empty text', () => {
    const crlf = 'عنوان الخبر هنا بلا نقطة\r\n\r\nفقرة أولى من نص الخبر تنتهي بنقطة.\r\n';
    const kinds = classifyLines(crlf, segmentVocabulary()).map((s) => [s.kind, crlf.slice(s.start, s.end)]);
    expect(kinds).toEqual([
      ['title', 'عنوان الخبر هنا بلا نقطة'],
      ['body', 'فقرة أولى من نص الخبر تنتهي بنقطة.'],
    ]);
    expect(classifyLines('', segmentVocabulary())).toEqual([]);
  });

  it('takes the title from the title segment without its outlet suffix', () => {
    const page =
      'ارتفاع أسعار الذهب في الأسواق العالمية | موقع الاقتصاد\n\nصعدت أسعار الذهب اليوم بنسبة اثنين في المئة.\n';
    const found = classifyLines(page, segmentVocabulary());
    expect(found[0]).toMatchObject({ kind: 'title', outlet: 'موقع الاقتصاد' });
    expect(documentTitle(page, found)).toBe('ارتفاع أسعار الذهب في الأسواق العالمية');
    expect(documentOutlet(page, found)).toBe('موقع الاقتصاد');
  });

  it('keeps a tail that says what kind of item the headline is in the title: it names no outlet', () => {
    const page =
      'الفيضانات تجتاح شرق ليبيا وفرق الإنقاذ تواصل البحث - لحظة بلحظة\n\nتواصل فرق الإنقاذ البحث عن المفقودين.\n';
    const found = classifyLines(page, segmentVocabulary());
    expect(found[0]?.kind).toBe('title');
    expect(documentTitle(page, found)).toBe(
      'الفيضانات تجتاح شرق ليبيا وفرق الإنقاذ تواصل البحث - لحظة بلحظة',
    );
    expect(documentOutlet(page, found)).not.toBe('لحظة بلحظة');
  });
});
