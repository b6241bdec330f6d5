import { describe, expect, it } from 'vitest';
import { seededRandom } from '../core/seeded-random.js';
import { minhashOf } from './features.js';
import {
  blockingKeys,
  type ClusterDocument,
  clusterStories,
  comparedPairs,
  DEFAULT_CLUSTER_OPTIONS,
} from './stories.js';
import { blockedPairs } from './story-blocking.js';

const OPTIONS = {
  maxDays: 10,
  maxPosting: 3,
  undatedMinShared: 2,
  uncapped: (k: string) => k.startsWith('m:'),
};

describe('blockedPairs', () => {
  it('pairs documents that share a key', () => {
    const docs = [
      { day: 100, keys: ['زلزال'] },
      { day: 101, keys: ['زلزال'] },
      { day: 101, keys: ['انتخابات'] },
    ];
    expect(blockedPairs(docs, OPTIONS)).toEqual([[0, 1]]);
  });

  it('date window: maxDays apart is compared, one day more is not', () => {
    const docs = [
      { day: 100, keys: ['زلزال'] },
      { day: 110, keys: ['زلزال'] },
      { day: 121, keys: ['زلزال'] },
    ];
    expect(blockedPairs(docs, OPTIONS)).toEqual([[0, 1]]);
  });

  it('undated documents need enough shared keys, whatever the dates', () => {
    const docs = [
      { day: 100, keys: ['زلزال', 'الحوز'] },
      { day: null, keys: ['زلزال', 'الحوز'] },
      { day: 900, keys: ['زلزال'] },
    ];
    expect(blockedPairs(docs, OPTIONS)).toEqual([[0, 1]]);
  });

  it('a key held by too many documents proposes no pairs, unless uncapped', () => {
    const common = Array.from({ length: 4 }, () => ({ day: 100, keys: ['قال', 'm:0:1'] }));
    expect(blockedPairs(common, { ...OPTIONS, uncapped: () => false })).toEqual([]);
    expect(blockedPairs(common, OPTIONS)).toHaveLength(6);
  });
});

const TOPICS = [
  { day: 5, words: 'زلزال الحوز مراكش انقاذ قرى جبلية ضحايا حصيلة هزات', entities: ['المغرب', 'مراكش'] },
  { day: 9, words: 'زلزال هرات افغانستان طالبان زنده جان منازل طينية جرحى', entities: ['افغانستان', 'هرات'] },
  { day: 30, words: 'انتخابات رئاسية صناديق اقتراع مرشح نتائج لجنة فرز ناخبين', entities: ['تونس'] },
  { day: 33, words: 'مفاوضات هدنة وفد الدوحة وسطاء اسرى تبادل معابر مساعدات', entities: ['قطر', 'مصر'] },
];
const COMMON = 'قال اعلن اكد اضاف مصدر رسمي يوم مساء بيان مسؤول'.split(' ');

function generatedCorpus(size: number): ClusterDocument[] {
  const next = seededRandom(11);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: size }, (_, n) => {
    const topic = pick(TOPICS);
    const own = topic.words.split(' ');
    const words = Array.from({ length: 30 }, () => (next() < 0.6 ? pick(own) : pick(COMMON)));
    const terms: Record<string, number> = {};
    // Reporting verbs and newsroom formulae are stopwords: in the shingles, never in the terms.
    for (const w of words) if (!COMMON.includes(w)) terms[w] = (terms[w] ?? 0) + 1;
    const day = topic.day + Math.floor(next() * 12);
    const date = next() < 0.15 ? null : new Date(Date.UTC(2023, 4, day)).toISOString().slice(0, 10);
    return {
      id: `d${String(n).padStart(3, '0')}`,
      features: {
        terms,
        minhash: minhashOf(words),
        entities: topic.entities.filter(() => next() < 0.7),
        date,
      },
    };
  });
}

describe('blocking against the full comparison', () => {
  const docs = generatedCorpus(60);
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

  it('never drops a pair the full comparison would join, but for undated pairs sharing one key', () => {
    const joinable = comparedPairs(docs, DEFAULT_CLUSTER_OPTIONS, true).filter(
      (p) => p.sim >= DEFAULT_CLUSTER_OPTIONS.threshold,
    );
    const byId = new Map(docs.map((d) => [d.id, d]));
    const keysOf = (id: string) => new Set(blockingKeys(byId.get(id) as ClusterDocument));
    const undated = new Set(docs.filter((d) => d.features.date === null).map((d) => d.id));
    // Rule 4: with no date to bound it, one shared key is not enough to compare a pair.
    const mustMeet = joinable.filter((p) => {
      if (!undated.has(p.a) && !undated.has(p.b)) return true;
      const b = keysOf(p.b);
      return [...keysOf(p.a)].filter((k) => b.has(k)).length >= DEFAULT_CLUSTER_OPTIONS.undatedMinShared;
    });
    expect(mustMeet.some((p) => undated.has(p.a) || undated.has(p.b))).toBe(true);
    const blocked = new Set(comparedPairs(docs).map((p) => key(p.a, p.b)));
    expect(mustMeet.filter((p) => !blocked.has(key(p.a, p.b)))).toEqual([]);
  });

  it('compares fewer pairs than the full comparison', () => {
    const full = comparedPairs(docs, DEFAULT_CLUSTER_OPTIONS, true);
    expect(comparedPairs(docs).length).toBeLessThan(full.length);
  });

  it('does not depend on the order documents come in', () => {
    const partition = (groups: ReturnType<typeof clusterStories>) => groups.map((g) => g.id).sort();
    expect(partition(clusterStories([...docs].reverse()))).toEqual(partition(clusterStories(docs)));
  });
});
