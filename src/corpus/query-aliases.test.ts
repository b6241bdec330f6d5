import { describe, expect, it } from 'vitest';
import { nameKey } from '../text/name-key.js';
import { type AliasEntity, candidateNameKeys, expandQuery } from './query-aliases.js';

const KABUL: AliasEntity = { id: 'C1', name: 'كابل', aliases: ['كابول'] };
const LAVROV: AliasEntity = { id: 'C2', name: 'سيرغي لافروف', aliases: ['سيرجي لافروف', 'لافروف'] };
const AFGHANISTAN: AliasEntity = { id: 'C3', name: 'أفغانستان', aliases: ['افغانستان'] };

const known = (...entities: AliasEntity[]) => {
  const map = new Map<string, AliasEntity>();
  for (const e of entities) for (const spelling of [e.name, ...e.aliases]) map.set(nameKey(spelling), e);
  return map;
};

describe('query alias expansion', () => {
  it('rule 1: reads runs of query words as names, by their matching key', () => {
    const keys = candidateNameKeys('هجوم مطار كابول');
    expect(keys).toContain(nameKey('كابول'));
    expect(keys).toContain(nameKey('مطار كابول'));
    expect(keys).toContain(nameKey('هجوم مطار كابول'));
  });

  it('rule 2: searches the other spellings of a named identity, not those the folding joins already', () => {
    const out = expandQuery('كابول', known(KABUL));
    expect(out.variants).toEqual(['كابول', 'كابل']);
    expect(out.expansions).toEqual([{ entity: 'C1', name: 'كابل', matched: 'كابول', spellings: ['كابل'] }]);
    // أفغانستان and افغانستان have one search form: nothing to add, nothing to report.
    expect(expandQuery('أفغانستان', known(AFGHANISTAN))).toEqual({ variants: ['أفغانستان'], expansions: [] });
    // A longer spelling holding every typed word finds nothing more, so it is not reported.
    const taliban: AliasEntity = { id: 'C4', name: 'طالبان', aliases: ['حركة طالبان'] };
    expect(expandQuery('طالبان', known(taliban)).expansions).toEqual([]);
  });

  it('rule 1: the longest name wins, and its words are not read again', () => {
    const out = expandQuery('تصريحات سيرجي لافروف', known(LAVROV));
    expect(out.expansions).toHaveLength(1);
    expect(out.expansions[0]?.matched).toBe('سيرجي لافروف');
    expect(out.variants).toEqual(['تصريحات سيرجي لافروف', 'تصريحات سيرغي لافروف', 'تصريحات لافروف']);
  });

  it('rule 3: combines the spellings of several named entities, keeping the other words', () => {
    const out = expandQuery('سيرجي لافروف في كابول', known(LAVROV, KABUL));
    expect(out.expansions.map((e) => e.entity)).toEqual(['C2', 'C1']);
    expect(out.variants).toContain('سيرجي لافروف في كابول');
    expect(out.variants).toContain('سيرغي لافروف في كابل');
    expect(out.variants).toContain('لافروف في كابل');
    // The bare surname adds no variant: the full name holds it, so it would find nothing more.
    expect(expandQuery('لافروف', known(LAVROV)).expansions).toEqual([]);
    expect(out.variants.every((v) => v.includes(' في '))).toBe(true);
    expect(new Set(out.variants).size).toBe(out.variants.length);
  });

  it('leaves a query that names no known entity as it is', () => {
    expect(expandQuery('أسعار الحطب', known(KABUL))).toEqual({ variants: ['أسعار الحطب'], expansions: [] });
  });
});
