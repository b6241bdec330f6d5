// Regenerates docs/analysis-v1.schema.json from the zod contract: `npm run schema`.
import { writeFileSync } from 'node:fs';
import { analysisJsonSchema } from './json-schema.js';

const target = new URL('../../docs/analysis-v1.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
