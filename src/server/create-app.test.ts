import { describe, expect, it } from 'vitest';
import { AnalysisSchema } from '../contract/analysis.js';
import { DEFAULT_LIMITS } from './config.js';
import { LOOPBACK_HOST_NAMES } from './middleware/host-guard.js';
import { errorOf, postJson, testApp } from './test-support/test-app.js';

const ARTICLE = 'قال وزير الخارجية أمس إن الوفد سيصل إلى عمّان يوم الأحد المقبل لبحث ملف المياه.';

describe('POST /api/analyze', () => {
  it('answers the analysis contract for a pasted text, offsets into that text', async () => {
    const res = await testApp().request('/api/analyze', postJson({ text: ARTICLE, published: '2025-03-02' }));
    expect(res.status).toBe(200);
    const analysis = AnalysisSchema.parse(await res.json());
    expect(analysis.text).toBe(ARTICLE);
    expect(analysis.document.published.value).toBe('2025-03-02');
  });

  it('refuses a body with neither text nor url, naming the field', async () => {
    const res = await testApp().request('/api/analyze', postJson({ title: 'عنوان' }));
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.[0]?.path).toBe('text');
  });

  it('refuses a malformed date with the field in the message', async () => {
    const res = await testApp().request('/api/analyze', postJson({ text: ARTICLE, published: 'أمس' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^published:/);
  });

  it('answers 400 in the error shape for JSON that does not parse', async () => {
    const res = await testApp().request('/api/analyze', postJson('{"text": '));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).status).toBe(400);
  });

  it('answers 422 with the reader’s sentence when a URL cannot be read', async () => {
    const res = await testApp().request('/api/analyze', postJson({ url: 'https://example.com/a' }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).message).toContain('the test reader fetches nothing');
  });

  it('analyses what the ingestion reader returns for a URL', async () => {
    const app = testApp({
      readUrl: async (url) => [{ source: url, input: { text: ARTICLE, url } }],
    });
    const res = await app.request('/api/analyze', postJson({ url: 'https://example.com/a' }));
    expect(res.status).toBe(200);
    const analysis = AnalysisSchema.parse(await res.json());
    expect(analysis.document.url).toBe('https://example.com/a');
  });

  it('answers 504 in the error shape when a request outlives the time limit', async () => {
    const app = testApp({
      limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 50 },
      readUrl: () => new Promise(() => {}),
    });
    const res = await app.request('/api/analyze', postJson({ url: 'https://example.com/slow' }));
    expect(res.status).toBe(504);
    expect((await errorOf(res)).code).toBe('timeout');
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await testApp().request('/api/analyze', postJson({ text: 'ب'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('body_too_large');
  });
});

describe('every answer', () => {
  it('carries a strict Content-Security-Policy: own files only, no inline script, no eval', async () => {
    const res = await testApp().request('/openapi.json');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses requests addressed to a foreign host when bound to loopback (DNS rebinding)', async () => {
    const app = testApp({ allowedHosts: LOOPBACK_HOST_NAMES });
    const foreign = await app.request('http://attacker.example/api/health');
    expect(foreign.status).toBe(403);
    expect((await errorOf(foreign)).code).toBe('host_not_allowed');
    expect((await app.request('http://127.0.0.1:4100/api/health')).status).toBe(200);
    expect((await app.request('http://[::1]:4100/api/health')).status).toBe(200);
  });

  it('answers an unknown API path with a JSON 404', async () => {
    const res = await testApp().request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });
});
