import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';
import {
  anyStartingWithin,
  firstStartingAtOrAfter,
  insideAny,
  overlapsAny,
  spanAt,
  spanIndexAt,
  startingWithin,
} from './span-search.js';

interface S {
  start: number;
  end: number;
}

function randomSpans(random: () => number, count: number, disjoint: boolean): S[] {
  const out: S[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const start = disjoint ? at + Math.floor(random() * 4) : Math.floor(random() * 200);
    const end = start + 1 + Math.floor(random() * (disjoint ? 6 : 30));
    out.push({ start, end });
    at = end;
  }
  return disjoint ? out : out.sort((a, b) => a.start - b.start);
}

// Each search must give exactly what the linear scan it replaced gave.
describe('span searches agree with the scans they replace', () => {
  const random = seededRandom(7);
  it('spanAt, spanIndexAt and anyStartingWithin on disjoint sorted spans', () => {
    for (let round = 0; round < 200; round++) {
      const spans = randomSpans(random, Math.floor(random() * 20), true);
      for (let offset = -1; offset < 130; offset++) {
        const found = spans.find((s) => s.start <= offset && offset < s.end);
        expect(spanAt(spans, offset)).toBe(found);
        expect(spanIndexAt(spans, offset)).toBe(found ? spans.indexOf(found) : -1);
        const to = offset + Math.floor(random() * 10);
        expect(anyStartingWithin(spans, offset, to)).toBe(
          spans.some((s) => s.start >= offset && s.start < to),
        );
      }
    }
  });

  it('insideAny and overlapsAny on overlapping spans in any order', () => {
    for (let round = 0; round < 200; round++) {
      const spans = randomSpans(random, Math.floor(random() * 15), false).reverse();
      const inside = insideAny(spans);
      const overlaps = overlapsAny(spans);
      for (let q = 0; q < 50; q++) {
        const start = Math.floor(random() * 230) - 10;
        const end = start + 1 + Math.floor(random() * 20);
        expect(inside({ start, end })).toBe(spans.some((s) => s.start <= start && end <= s.end));
        expect(overlaps(start, end)).toBe(spans.some((s) => s.start < end && start < s.end));
      }
    }
  });

  it('firstStartingAtOrAfter and startingWithin on overlapping spans sorted by start', () => {
    for (let round = 0; round < 200; round++) {
      const spans = randomSpans(random, Math.floor(random() * 15), false);
      for (let q = 0; q < 50; q++) {
        const from = Math.floor(random() * 230) - 10;
        const to = from + Math.floor(random() * 40);
        const first = spans.findIndex((s) => s.start >= from);
        expect(firstStartingAtOrAfter(spans, from)).toBe(first < 0 ? spans.length : first);
        const lo = first < 0 ? spans.length : first;
        const reaching = spans.slice(Math.max(0, lo - 1), lo).filter((s) => s.end > from);
        const within = spans.filter((s) => s.start >= from && s.start < to);
        expect(startingWithin(spans, from, to, 1)).toEqual([...reaching, ...within]);
        expect(startingWithin(spans, from, to)).toEqual(within);
      }
    }
  });
});
