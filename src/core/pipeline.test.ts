import { describe, expect, it } from 'vitest';
import { wordsOf } from '../text/words.js';
import { buildPipeline, PipelineOrderError, type Stage } from './pipeline.js';

const words: Stage = { name: 'tok', requires: [], provides: ['words'], run: () => ({ words: wordsOf('') }) };
const entities: Stage = {
  name: 'ner',
  requires: ['words'],
  provides: ['entities'],
  run: () => ({ entities: [] }),
};

describe('buildPipeline', () => {
  it('accepts stages whose requirements come earlier', () => {
    const doc = buildPipeline([words, entities]).run({ text: 'نص' }, {});
    expect(doc.get('entities')).toEqual([]);
  });

  it('refuses a stage listed before the layer it requires', () => {
    expect(() => buildPipeline([entities, words])).toThrow(PipelineOrderError);
  });

  it('refuses two stages that provide the same layer', () => {
    expect(() => buildPipeline([words, { ...words, name: 'tok2' }])).toThrow(/both provide "words"/);
  });

  it('refuses a stage that does not provide what it declared', () => {
    const liar: Stage = { name: 'liar', requires: [], provides: ['times'], run: () => ({}) };
    expect(() => buildPipeline([liar]).run({ text: '' }, {})).toThrow(/did not provide "times"/);
  });

  it('refuses a stage that adds a layer it did not declare', () => {
    const sneaky: Stage = { name: 'sneaky', requires: [], provides: [], run: () => ({ quotes: [] }) };
    expect(() => buildPipeline([sneaky]).run({ text: '' }, {})).toThrow(/undeclared "quotes"/);
  });
});
