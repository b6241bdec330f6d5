import { z } from 'zod';
import { AnalysisSchema } from './analysis.js';

/** The JSON Schema (draft 2020-12) of the analysis contract, derived from the zod schema. */
export function analysisJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(AnalysisSchema, { target: 'draft-2020-12' }),
    $id: 'https://rasd.invalid/schemas/analysis-v1.schema.json',
    title: 'Rasd analysis contract v1',
  };
}
