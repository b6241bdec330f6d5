import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireFreshBuild } from '../src/test-support/fresh-build.js';
import { PROJECT_ROOT, runCli } from './support/run-cli.js';

const BIN = fileURLToPath(new URL('../bin/rasd.js', import.meta.url));

// It runs the compiled code: fail, saying why, when that is not a build of these sources.
beforeAll(requireFreshBuild);

describe('rasd serve', () => {
  it('listens on loopback, prints its URL, answers the API with security headers and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, RASD_TOKEN: '', RASD_STORE: '', RASD_DATABASE_URL: '' },
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
    });
    expect(out).toContain('writes   disabled');
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', store: null, writes: false });
    expect(health.headers.get('content-security-policy')).toContain("script-src 'self'");
    const write = await fetch(`${url}/api/documents`, { method: 'POST', body: '{}' });
    expect(write.status).toBe(403);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad port and a short token as usage errors', () => {
    const port = runCli(['serve', '--port', 'eighty']);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('--port');
    const token = runCli(['serve', '--port', '0'], { env: { RASD_TOKEN: 'short' } });
    expect(token.status).toBe(2);
    expect(token.stderr).toContain('RASD_TOKEN');
  });
});
