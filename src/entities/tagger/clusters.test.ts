import { describe, expect, it } from 'vitest';
import { buildWordClusters, formatWordClusters, parseWordClusters } from './clusters.js';

/** Sentences of our own: towns after `في` and before a time word, persons after `قال`. */
function corpus(): string[][] {
  const towns = ['دمشق', 'عمان', 'حمص', 'تونس'];
  const people = ['سمير', 'هالة', 'ناصر', 'ريم'];
  const times = ['أمس', 'اليوم', 'صباحا'];
  const out: string[][] = [];
  towns.forEach((town, i) => {
    for (const time of times) out.push(['اجتمع', 'الوفد', 'في', town, time, '.']);
    out.push(['وصل', 'المبعوث', 'إلى', town, times[i % 3] as string, '.']);
  });
  people.forEach((person, i) => {
    for (const verb of ['قال', 'أكد', 'أعلن']) out.push([verb, person, 'إن', 'الوفد', 'وصل', '.']);
    out.push(['وصرح', person, 'للصحفيين', times[i % 3] as string, '.']);
  });
  return out;
}

const options = { minCount: 2, contextWords: 40, dimensions: 6, granularities: [2, 4], rounds: 20 };

describe('word clusters', () => {
  it('puts words of the same contexts in one cluster and the others apart', () => {
    const { words, clusters } = buildWordClusters(corpus(), options);
    const fine = (w: string) => clusters[words.indexOf(w)]?.[1];
    expect(fine('دمشق')).toBe(fine('حمص'));
    expect(fine('عمان')).toBe(fine('تونس'));
    expect(fine('سمير')).toBe(fine('ريم'));
    expect(fine('سمير')).not.toBe(fine('دمشق'));
  });

  it('keys words by their stem, as the tagger does (conjunction and preposition off, folded)', () => {
    const { words } = buildWordClusters([['وبدمشق', 'دمشق', 'ودمشق']], { ...options, minCount: 3 });
    expect(words).toEqual(['دمشق']);
  });

  it('is deterministic and reads back what it writes', () => {
    const a = buildWordClusters(corpus(), options);
    const b = buildWordClusters(corpus(), options);
    expect(b).toEqual(a);
    const text = formatWordClusters(a.words, a.clusters, 'test');
    expect(text.startsWith('# test\n')).toBe(true);
    const read = parseWordClusters(text);
    expect([...read.keys()]).toEqual(a.words);
    expect([...read.values()]).toEqual(a.clusters);
    expect(() => parseWordClusters('دمشق\tx\n')).toThrow(/line 1/);
  });
});
