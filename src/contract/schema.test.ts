import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import { analysisJsonSchema } from './json-schema.js';

const EXAMPLE = readFileSync(new URL('../../examples/article-ar.txt', import.meta.url), 'utf8');
const SHIPPED = JSON.parse(
  readFileSync(new URL('../../docs/analysis-v1.schema.json', import.meta.url), 'utf8'),
);

describe('analysis contract', () => {
  it('docs/analysis-v1.schema.json is the schema the code generates (run `npm run schema`)', () => {
    expect(SHIPPED).toEqual(analysisJsonSchema());
  });

  it('the analysis of the shipped example validates against the shipped schema', () => {
    const validate = new Ajv2020({ strict: false }).compile(SHIPPED);
    const analysis = analyzeDocument({ text: EXAMPLE }, { publishedOverride: '2024-04-20' });
    const valid = validate(JSON.parse(JSON.stringify(analysis)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects an analysis whose entity type is outside the ANERcorp scheme', () => {
    const validate = new Ajv2020({ strict: false }).compile(SHIPPED);
    const analysis = analyzeDocument({ text: 'نص قصير' });
    const broken = { ...analysis, entities: [{ id: 'E1', type: 'PERSON', name: 'x', mentions: [] }] };
    expect(validate(broken)).toBe(false);
  });
});
