import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import { documentFeatures } from './features.js';
import { clusterStories } from './stories.js';
import { makeAnalysis } from './testing/make-analysis.js';

const doc = (id: string, published: string, text: string, title: string | null = null) => ({
  id,
  features: documentFeatures(makeAnalysis({ text, published, title })),
});

const QUAKE_MOROCCO_1 =
  'ضرب زلزال عنيف إقليم الحوز جنوب مراكش في المغرب ليلا، وقالت وزارة الداخلية المغربية إن عشرات القرى الجبلية تضررت وإن فرق الإنقاذ تبحث عن ناجين.';
const QUAKE_MOROCCO_2 =
  'ارتفعت حصيلة زلزال الحوز في المغرب، وتواصل فرق الإنقاذ عملها في القرى الجبلية جنوب مراكش بحسب وزارة الداخلية المغربية.';
const QUAKE_HERAT_1 =
  'ضرب زلزال عنيف ولاية هرات في غرب أفغانستان، وقال متحدث باسم حكومة طالبان إن فرق الإنقاذ توجهت إلى قرى زنده جان المتضررة.';
const QUAKE_HERAT_2 =
  'قالت حكومة طالبان إن قتلى زلزال هرات في أفغانستان بالمئات، وإن قرى زنده جان دمرت وتحتاج إلى مساعدات عاجلة.';

describe('stories', () => {
  const docs = [
    doc('m1', '2023-09-09', QUAKE_MOROCCO_1),
    doc('m2', '2023-09-10', QUAKE_MOROCCO_2),
    doc('m3', '2023-09-10', `${QUAKE_MOROCCO_2}\n(وكالة الأنباء)`),
    doc('h1', '2023-10-07', QUAKE_HERAT_1),
    doc('h2', '2023-10-08', QUAKE_HERAT_2),
  ];

  const partition = (groups: ReturnType<typeof clusterStories>) =>
    groups.map((g) => [...g.members].sort().join(',')).sort();

  it('groups articles about one event and keeps two earthquakes apart', () => {
    expect(partition(clusterStories(docs))).toEqual(['h1,h2', 'm1,m2,m3']);
  });

  it('marks a syndicated copy as a duplicate of its original', () => {
    const morocco = clusterStories(docs).find((g) => g.members.includes('m3'));
    const copies = [...(morocco?.duplicateOf.entries() ?? [])];
    expect(copies).toHaveLength(1);
    expect(copies[0]?.sort()).toEqual(['m2', 'm3']);
  });

  it('puts every document in exactly one story', () => {
    const members = clusterStories(docs).flatMap((g) => g.members);
    expect(members.sort()).toEqual(docs.map((d) => d.id).sort());
  });

  it('dates an undated report by nothing in its text: a past event it recalls does not take it out of its story', () => {
    const recalled = `${QUAKE_MOROCCO_2} ويعد الأقوى منذ زلزال أكادير في 29 فبراير 1960.`;
    const undated = { id: 'u1', features: documentFeatures(analyzeDocument({ text: recalled })) };
    expect(undated.features.date).toBeNull();
    const story = clusterStories([...docs, undated]).find((g) => g.members.includes('u1'));
    expect(story?.members).toContain('m1');
  });

  it('keeps same-worded events apart when published months apart', () => {
    const far = [doc('a', '2023-01-01', QUAKE_MOROCCO_1), doc('b', '2023-06-01', QUAKE_MOROCCO_1)];
    expect(clusterStories(far)).toHaveLength(2);
  });

  it('does not depend on the order documents come in', () => {
    const forward = clusterStories(docs);
    const backward = clusterStories([...docs].reverse());
    const shuffled = clusterStories(
      [docs[3], docs[0], docs[4], docs[2], docs[1]].flatMap((d) => (d ? [d] : [])),
    );
    expect(backward.map((g) => g.id).sort()).toEqual(forward.map((g) => g.id).sort());
    expect(partition(shuffled)).toEqual(partition(forward));
  });
});
