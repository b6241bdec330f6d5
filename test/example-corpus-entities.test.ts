/**
 * The entity list a new user sees first: the example corpus (`npm run demo`) analysed as `rasd
 * ingest` does. Junk there is what the issue reports were about; the corpus is Rasd's own text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../src/analyze/analyze.js';
import type { Entity } from '../src/contract/analysis.js';
import { isNationality } from '../src/entities/gazetteer/gazetteer.js';
import { loadCommonWords, loadGazetteer } from '../src/entities/resources.js';
import { analyzeWordForms } from '../src/entities/word-forms.js';

const CORPUS = new URL('../examples/corpus/articles.jsonl', import.meta.url);

function corpusEntities(): Entity[] {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .flatMap((line) => {
      const article = JSON.parse(line) as {
        text: string;
        title?: string;
        outlet?: string;
        published?: string;
      };
      return analyzeDocument(article).entities;
    });
}

describe('the example corpus entity list', () => {
  const entities = corpusEntities();
  const names = entities.map((e) => `${e.type}:${e.name}`);

  it('holds no one-word name that the training corpora use as a common word', () => {
    const common = loadCommonWords();
    const oneWord = entities.filter((e) => !/\s/u.test(e.name)).map((e) => analyzeWordForms(e.name).key);
    expect(oneWord.filter((key) => common.has(key))).toEqual([]);
  });

  it('holds no nationality adjective standing alone as a name', () => {
    const gazetteer = loadGazetteer();
    const adjectives = entities.filter((e) => {
      const forms = analyzeWordForms(e.name);
      return !/\s/u.test(e.name) && forms.prefixes.endsWith('a') && isNationality(gazetteer, forms.bare);
    });
    expect(adjectives.map((e) => e.name)).toEqual([]);
  });

  it('holds none of the junk reported on it, nor fragments of its names', () => {
    const junk = [
      'السيول',
      'منكوبة',
      'المنكوبة',
      'الليبي',
      'أودى',
      'تأمر',
      'الله',
      'نيوز',
      'اندور',
      'المغرب الحداد',
      'جان',
    ];
    expect(entities.filter((e) => junk.includes(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('still finds its people, places and organisations whole', () => {
    for (const name of [
      'LOC:درنة',
      'LOC:كهرمان مرعش',
      'LOC:المغرب',
      'ORG:طالبان',
      'ORG:وكالة الأنباء المتحدة',
      'PER:سيرغي لافروف',
      'PER:ناليدي باندور',
      'LOC:زنده جان',
    ])
      expect(names).toContain(name);
  });
});
