import { describe, expect, it } from 'vitest';
import { type CopyClues, copyClues, creditedSource, originalOf } from './copy-origin.js';
import { documentFeatures } from './features.js';
import { clusterStories } from './stories.js';
import { makeAnalysis } from './testing/make-analysis.js';

const BODY =
  'أعلنت وزارة الزراعة عن خطة لإعادة تأهيل قنوات الري في ولاية ننكرهار بعد أن جرفت السيول أجزاء منها الشهر الماضي، وقال مسؤول في الوزارة إن العمل سيبدأ قبل موسم الزراعة الصيفي ويشمل ثلاثين قناة.';

const article = (outlet: string, published: string | null, opening: string, url: string) =>
  makeAnalysis({ outlet, published, url, text: `${opening} ${BODY}` });

describe('the source a dateline credits', () => {
  it('reads PLACE (SOURCE) - and PLACE - (SOURCE): at the opening of the body', () => {
    expect(creditedSource(article('x', null, 'كابل (وكالة الأنباء الأفغانية) -', 'u'))).toBe(
      'وكالة الأنباء الأفغانية',
    );
    expect(creditedSource(article('x', null, 'جلال آباد - «وكالة باختر»:', 'u'))).toBe('وكالة باختر');
    expect(creditedSource(article('x', null, 'كابل -', 'u'))).toBeNull();
    // A bracket further into the text is not a dateline.
    expect(creditedSource(makeAnalysis({ text: `${BODY} (وكالة باختر)` }))).toBeNull();
  });
});

describe('which of two near-duplicates is the original', () => {
  const clues = (outlet: string, credit: string | null, date: string | null): CopyClues => ({
    outlet,
    credit,
    date,
  });

  it('rule 1: the one the other credits, whatever the dates', () => {
    const agency = clues('وكاله انباء افغانيه', null, '2025-03-02');
    const paper = clues('صحيفه مشرق', 'وكاله انباء افغانيه', '2025-03-01');
    expect(originalOf(paper, agency)).toEqual({ original: 'b', basis: 'credit' });
    expect(originalOf(agency, paper)).toEqual({ original: 'a', basis: 'credit' });
  });

  it('rule 1: a credit names the outlet by the same key, or by a run of its words', () => {
    const a = copyClues(article('وكالة الأنباء الأفغانية', '2025-03-01', 'كابول -', 'u1'), '2025-03-01');
    const b = copyClues(
      article('صحيفة المشرق', '2025-03-01', 'كابل (الأنباء الأفغانية) -', 'u2'),
      '2025-03-01',
    );
    expect(originalOf(a, b)).toEqual({ original: 'a', basis: 'credit' });
  });

  it('rule 2: else the earlier date', () => {
    expect(originalOf(clues('أ', null, '2025-03-02'), clues('ب', null, '2025-03-01'))).toEqual({
      original: 'b',
      basis: 'earlier',
    });
  });

  it('rule 3: else neither is chosen', () => {
    expect(originalOf(clues('أ', null, '2025-03-01'), clues('ب', null, '2025-03-01'))).toBeNull();
    expect(originalOf(clues('أ', null, null), clues('ب', null, '2025-03-01'))).toBeNull();
  });
});

describe('copies inside a story', () => {
  // The agency's URL sorts after the paper's, which is how the agency used to be called the copy.
  const agency = article(
    'وكالة الأنباء الأفغانية',
    '2025-03-01',
    'كابل (وكالة الأنباء الأفغانية) -',
    'https://z-agency.example/1',
  );
  const paper = article(
    'صحيفة المشرق',
    '2025-03-01',
    'كابل (وكالة الأنباء الأفغانية) -',
    'https://a-paper.example/1',
  );
  const doc = (id: string, analysis: ReturnType<typeof makeAnalysis>) => ({
    id,
    features: documentFeatures(analysis),
  });

  it('names the credited agency the original, though its key sorts after the paper', () => {
    const [story] = clusterStories([doc('b-agency', agency), doc('a-paper', paper)]);
    expect(story?.duplicateOf.get('a-paper')).toBe('b-agency');
    expect(story?.copyBasis.get('a-paper')).toBe('credit');
    expect(story?.sameText.size).toBe(0);
  });

  it('says same text, choosing neither, when no credit and no earlier date tell them apart', () => {
    const one = article('صحيفة المشرق', '2025-03-01', 'كابل -', 'https://a.example/1');
    const two = article('شبكة الأفق', '2025-03-01', 'كابل -', 'https://b.example/1');
    const [story] = clusterStories([doc('a', one), doc('b', two)]);
    expect(story?.sameText).toEqual(new Set(['b']));
    expect(story?.copyBasis.size).toBe(0);
  });

  it('takes the earlier one when nothing is credited', () => {
    const early = article('شبكة الأفق', '2025-02-28', 'كابل -', 'https://z.example/1');
    const late = article('صحيفة المشرق', '2025-03-01', 'كابل -', 'https://a.example/1');
    const [story] = clusterStories([doc('z', early), doc('a', late)]);
    expect(story?.duplicateOf.get('a')).toBe('z');
    expect(story?.copyBasis.get('a')).toBe('earlier');
  });
});
