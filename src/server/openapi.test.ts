import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { testApp } from './test-support/test-app.js';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
}

async function openapi(): Promise<OpenApiDoc> {
  return (await (await testApp().request('/openapi.json')).json()) as OpenApiDoc;
}

describe('/openapi.json', () => {
  it('is OpenAPI 3.1 and lists every route the server answers', async () => {
    const doc = await openapi();
    expect(doc.openapi).toBe('3.1.0');
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        'GET /api/health',
        'POST /api/analyze',
        'GET /api/documents',
        'POST /api/documents',
        'GET /api/documents/{id}',
        'GET /api/search',
        'GET /api/entities',
        'GET /api/entities/{id}',
        'GET /api/stories',
        'GET /api/stories/{id}',
        'GET /api/stories/{id}/coverage',
        'GET /api/conflicts',
        'GET /api/dossier',
        'GET /api/graph',
      ].sort(),
    );
  });

  it('describes each schema as valid JSON Schema 2020-12 (the dialect of OpenAPI 3.1)', async () => {
    const doc = await openapi();
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      ajv.addSchema(schema as object, `#/components/schemas/${name}`);
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Analysis', 'AnalyzeRequest', 'Error', 'SearchHit', 'Story', 'Dossier']),
    );
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`#/components/schemas/${name}`), name).not.toThrow();
    }
  });

  it('marks the write route as needing the bearer token, and every route’s errors with the Error schema', async () => {
    const doc = await openapi();
    expect(doc.paths['/api/documents']?.post).toMatchObject({ security: [{ bearer: [] }] });
    expect(doc.paths['/api/analyze']?.post?.responses['400']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  });
});
