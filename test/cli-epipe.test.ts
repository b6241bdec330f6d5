import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { requireFreshBuild } from '../src/test-support/fresh-build.js';

const BIN = fileURLToPath(new URL('../bin/rasd.js', import.meta.url));

// It runs the compiled code: fail, saying why, when that is not a build of these sources.
beforeAll(requireFreshBuild);

const file = join(tmpdir(), `rasd-epipe-${process.pid}.txt`);
afterAll(() => rmSync(file, { force: true }));

it('leaves quietly when the reader closes the pipe early (rasd analyze big.txt | head -1)', async () => {
  // Output far larger than a pipe buffer, so the CLI is still writing when the reader goes away.
  writeFileSync(file, 'أعلن المتحدث باسم الحكومة أن المحادثات ستستأنف الأسبوع المقبل.\n'.repeat(1500));
  const child = spawn(process.execPath, [BIN, 'analyze', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});
