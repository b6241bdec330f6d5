import { describe, expect, it } from 'vitest';
import { loadGazetteer } from './resources.js';
import { splitFusedNames } from './split-fused.js';
import { TAG_INDEX, TAGS } from './tagger/tags.js';

const gazetteer = loadGazetteer();
const encode = (tags: readonly string[]) => Int32Array.from(tags, (t) => TAG_INDEX.get(t) ?? 0);
const decode = (tags: Int32Array) => [...tags].map((t) => TAGS[t]);

describe('splitFusedNames', () => {
  const headline = ['حماس', 'توافق', 'على', 'الهدنة'];
  const sentence = ['وقال', 'رئيس', 'المكتب', 'السياسي', 'لحماس', 'إسماعيل', 'هنية', 'إن'];
  const fused = ['O', 'O', 'O', 'O', 'B-PER', 'I-PER', 'I-PER', 'O'];

  it('cuts a body the page names alone off the person whose given name follows it', () => {
    const [, out] = splitFusedNames(
      [headline, sentence],
      [encode(['B-ORG', 'O', 'O', 'O']), encode(fused)],
      gazetteer,
    );
    expect(decode(out as Int32Array)).toEqual(['O', 'O', 'O', 'O', 'B-ORG', 'B-PER', 'I-PER', 'O']);
  });

  it('leaves the name whole when the page never names that word alone as a body', () => {
    const [, out] = splitFusedNames(
      [headline, sentence],
      [encode(['O', 'O', 'O', 'O']), encode(fused)],
      gazetteer,
    );
    expect(decode(out as Int32Array)).toEqual(fused);
  });

  it('leaves the name whole when no given name follows the first word', () => {
    const words = ['قال', 'حماس', 'الجديد', 'إن'];
    const tags = ['O', 'B-PER', 'I-PER', 'O'];
    const [, out] = splitFusedNames(
      [headline, words],
      [encode(['B-ORG', 'O', 'O', 'O']), encode(tags)],
      gazetteer,
    );
    expect(decode(out as Int32Array)).toEqual(tags);
  });
});
