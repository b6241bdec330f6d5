// No module of src/ or web/src imports itself through others: a cycle ties modules that should
// stand apart, and makes load order matter. `node scripts/import-cycles.mjs src` lists them.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { importCycles } from '../scripts/import-cycles.mjs';
import { PROJECT_ROOT } from './support/run-cli.js';

describe('import cycles', () => {
  it('finds a cycle through a type import, a re-export and a dynamic import', () => {
    const root = mkdtempSync(join(tmpdir(), 'rasd-cycles-'));
    mkdirSync(join(root, 'a'));
    writeFileSync(join(root, 'a/one.ts'), "import type { B } from '../two.js';\nexport type A = B;\n");
    writeFileSync(join(root, 'two.ts'), "export { three } from './three.js';\nexport type B = number;\n");
    writeFileSync(join(root, 'three.ts'), "export const three = () => import('./a/one.js');\n");
    writeFileSync(join(root, 'four.ts'), "import { three } from './three.js';\nexport const four = three;\n");
    expect(importCycles(root)).toEqual([['a/one.ts', 'two.ts', 'three.ts']]);
  });

  it('finds none in src/ and web/src/', () => {
    expect(importCycles(join(PROJECT_ROOT, 'src'))).toEqual([]);
    expect(importCycles(join(PROJECT_ROOT, 'web/src'))).toEqual([]);
  });
});
