import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../config.js';
import { type RunningServer, startServer } from '../start.js';

// Through a real socket and `@hono/node-server`, as `rasd serve` runs: the in-process
// `app.request()` of the other tests hands the app a web Request already, so it cannot show what
// the node adapter builds per request.
let server: RunningServer;
beforeAll(async () => {
  const limits = { ...DEFAULT_LIMITS, maxBodyBytes: 64 * 1024, maxAnonymousAnalyzeBytes: 64 * 1024 };
  server = await startServer(
    { store: null, token: null, limits, readUrl: async () => [], webRoot: null },
    '127.0.0.1',
    0,
  );
});
afterAll(() => server.close());

/** One request by `node:http` (not `fetch`, whose own Request would be counted too). */
function send(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** How many `AbortController`s the server makes while `work` runs (the node adapter makes one per web Request it builds). */
async function controllersMadeDuring(work: () => Promise<void>): Promise<number> {
  const Original = globalThis.AbortController;
  let made = 0;
  globalThis.AbortController = class extends Original {
    constructor() {
      super();
      made++;
    }
  };
  try {
    await work();
  } finally {
    globalThis.AbortController = Original;
  }
  return made;
}

describe('the body limit under the node adapter', () => {
  it('builds no web Request for reads: health checks and GETs make no AbortController', async () => {
    const made = await controllersMadeDuring(async () => {
      for (let i = 0; i < 20; i++) expect((await send('GET', '/api/health')).status).toBe(200);
    });
    expect(made).toBe(0);
  });

  it('reads a posted body of declared length without one either, and still parses it', async () => {
    const made = await controllersMadeDuring(async () => {
      const body = JSON.stringify({ title: 'عنوان بلا نص' });
      const res = await send('POST', '/api/analyze', body, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      });
      // The body was read and parsed: the validator names the missing field.
      expect(res.status).toBe(400);
      expect(res.body).toContain('text');
    });
    expect(made).toBe(0);
  });

  it('refuses a declared length over the limit with 413 before reading it', async () => {
    const body = JSON.stringify({ text: 'ب'.repeat(40 * 1024) });
    const res = await send('POST', '/api/analyze', body, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    });
    expect(res.status).toBe(413);
    expect(res.body).toContain('body_too_large');
  });

  it('counts a chunked body of unknown length as it arrives: over the limit is 413', async () => {
    const body = JSON.stringify({ text: 'ب'.repeat(40 * 1024) });
    const res = await send('POST', '/api/analyze', body, {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    expect(res.status).toBe(413);
  });

  it('passes a chunked body under the limit to the route', async () => {
    const res = await send('POST', '/api/analyze', JSON.stringify({ title: 'عنوان' }), {
      'content-type': 'application/json',
      'transfer-encoding': 'chunked',
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain('text');
  });
});
