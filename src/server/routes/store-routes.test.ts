import { describe, expect, it } from 'vitest';
import { DOC_ID, fakeStore } from '../test-support/fake-store.js';
import { errorOf, postJson, TEST_TOKEN, testApp } from '../test-support/test-app.js';

const INGEST = {
  documents: [{ text: 'افتتحت البلدية جسراً جديداً فوق النهر صباح اليوم.', outlet: 'نشرة المدينة' }],
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('writes need the bearer token', () => {
  it('refuses every write when the server has no token, saying how to enable writes', async () => {
    const store = fakeStore();
    const res = await testApp({ store, token: null }).request('/api/documents', postJson(INGEST));
    expect(res.status).toBe(403);
    const error = await errorOf(res);
    expect(error.code).toBe('writes_disabled');
    expect(error.message).toContain('RASD_TOKEN');
    expect(store.calls.some((c) => c.method === 'putDocument')).toBe(false);
  });

  it('answers 401 with a Bearer challenge when the header is missing', async () => {
    const store = fakeStore();
    const res = await testApp({ store }).request('/api/documents', postJson(INGEST));
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(store.calls).toHaveLength(0);
  });

  it('answers 401 for a wrong token', async () => {
    const res = await testApp({ store: fakeStore() }).request(
      '/api/documents',
      postJson(INGEST, bearer('not-the-token-at-all')),
    );
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toContain('wrong');
  });

  it('analyses, stores and refreshes the corpus with the right token; a repeat is a duplicate', async () => {
    const store = fakeStore();
    const app = testApp({ store });
    const first = await app.request('/api/documents', postJson(INGEST, bearer(TEST_TOKEN)));
    expect(first.status).toBe(200);
    expect(((await first.json()) as { results: { status: string }[] }).results[0]?.status).toBe('added');
    const again = await app.request('/api/documents', postJson(INGEST, bearer(TEST_TOKEN)));
    expect(((await again.json()) as { results: { status: string }[] }).results[0]?.status).toBe('duplicate');
    expect(store.calls.filter((c) => c.method === 'refreshCorpus')).toHaveLength(2);
  });

  it('validates the documents after the token: an empty list is a 400', async () => {
    const res = await testApp({ store: fakeStore() }).request(
      '/api/documents',
      postJson({ documents: [] }, bearer(TEST_TOKEN)),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).issues?.[0]?.path).toBe('documents');
  });

  it('leaves reads open', async () => {
    const res = await testApp({ store: fakeStore(), token: null }).request('/api/documents');
    expect(res.status).toBe(200);
  });
});

describe('read routes', () => {
  it('reads a document whose key holds a URL, given URL-encoded in the path', async () => {
    const res = await testApp({ store: fakeStore() }).request(`/api/documents/${encodeURIComponent(DOC_ID)}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(DOC_ID);
  });

  it('answers 404 for an unknown document', async () => {
    const res = await testApp({ store: fakeStore() }).request('/api/documents/text%3Anothing');
    expect(res.status).toBe(404);
  });

  it('searches with the filters passed to the store as typed values', async () => {
    const store = fakeStore();
    const res = await testApp({ store }).request('/api/search?q=عمّان&from=2025-01&limit=5&story=S1');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { total: number }).total).toBe(1);
    expect(store.calls.find((c) => c.method === 'search')?.arg).toEqual({
      text: 'عمّان',
      from: '2025-01',
      limit: 5,
      offset: 0,
      storyId: 'S1',
    });
  });

  it('refuses a search without words, and a page size over the limit', async () => {
    const app = testApp({ store: fakeStore() });
    expect((await app.request('/api/search?q=%20')).status).toBe(400);
    const tooMany = await app.request('/api/search?q=نهر&limit=5000');
    expect(tooMany.status).toBe(400);
    expect((await errorOf(tooMany)).issues?.[0]?.path).toBe('limit');
  });

  it('finds an entity by any spelling and 404s an unknown one', async () => {
    const app = testApp({ store: fakeStore() });
    expect((await app.request(`/api/entities/${encodeURIComponent('عمان')}`)).status).toBe(200);
    expect((await app.request('/api/entities/C999')).status).toBe(404);
  });

  it('answers a dossier for two known actors and needs both', async () => {
    const app = testApp({ store: fakeStore() });
    expect((await app.request('/api/dossier?a=C1&b=C2')).status).toBe(200);
    expect((await app.request('/api/dossier?a=C1')).status).toBe(400);
    expect((await app.request('/api/dossier?a=C1&b=C9')).status).toBe(404);
  });

  it('draws the actor graph from the stories’ events', async () => {
    const res = await testApp({ store: fakeStore() }).request('/api/graph');
    const graph = (await res.json()) as { edges: { source: string; quad: string }[] };
    expect(graph.edges).toEqual([
      expect.objectContaining({ source: 'وزير الخارجية', quad: 'verbal-cooperation' }),
    ]);
  });

  it('answers 503 with how to start a store when the server has none', async () => {
    const res = await testApp({ store: null }).request('/api/stories');
    expect(res.status).toBe(503);
    expect((await errorOf(res)).message).toContain('--store');
  });
});

// Issue 18: the API refuses the impossible dates the CLI refuses (one validator, times/iso-date.ts).
describe('dates are checked against the calendar', () => {
  it('answers 400 for /api/search?from=2024-13-45, naming the parameter', async () => {
    const res = await testApp({ store: fakeStore() }).request('/api/search?q=جسر&from=2024-13-45');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/from/);
  });

  it('refuses a posted document published on 2024-13-45 and stores nothing', async () => {
    const store = fakeStore();
    const body = { documents: [{ ...INGEST.documents[0], published: '2024-13-45' }] };
    const res = await testApp({ store }).request('/api/documents', postJson(body, bearer(TEST_TOKEN)));
    expect(res.status).toBe(400);
    expect(store.calls.some((c) => c.method === 'putDocument')).toBe(false);
  });

  it('refuses an analysis published on 30 February', async () => {
    const res = await testApp().request(
      '/api/analyze',
      postJson({ text: 'نص قصير للتحليل.', published: '2025-02-30' }),
    );
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/^published:/);
  });
});
