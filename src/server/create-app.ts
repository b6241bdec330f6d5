/**
 * Wiring: the middleware every request passes, the routes, the OpenAPI description and the web
 * UI's files. Order matters and is this: security headers on everything; the Host check; then, for the API only,
 * the time limit, the body limit and the handlers' dependencies; the bearer token on writes only;
 * the routes; `/openapi.json`; the web UI for anything else.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { timeout } from 'hono/timeout';
import { LARGE_INPUT_CHARS } from './analysis/analysis-pool.js';
import { type AppEnv, createRouter, type ServerDeps } from './app-types.js';
import { ApiError, errorBody } from './errors.js';
import { limitBody } from './middleware/body-limit.js';
import { hostGuard } from './middleware/host-guard.js';
import { hasToken, requireToken } from './middleware/require-token.js';
import { securityHeaders } from './middleware/security-headers.js';
import { analyzeRouter } from './routes/analyze/analyze.index.js';
import { conflictsRouter } from './routes/conflicts/conflicts.index.js';
import { documentsRouter } from './routes/documents/documents.index.js';
import { dossiersRouter } from './routes/dossiers/dossiers.index.js';
import { entitiesRouter } from './routes/entities/entities.index.js';
import { graphRouter } from './routes/graph/graph.index.js';
import { healthRouter } from './routes/health/health.index.js';
import { searchRouter } from './routes/search/search.index.js';
import { storiesRouter } from './routes/stories/stories.index.js';

export const API_VERSION = '1.0.0';

/** Paths whose non-GET methods change the store. */
const WRITE_PATHS = ['/api/documents', '/api/documents/*'];

export interface AppOptions extends ServerDeps {
  /** The built web UI to serve at `/`, or null for the API alone. */
  readonly webRoot: string | null;
  /** Host names requests must be addressed to (see `hostGuard`), or null to accept any. */
  readonly allowedHosts?: readonly string[] | null;
}

export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const { webRoot, allowedHosts, ...deps } = options;
  const app = createRouter();
  app.use('*', securityHeaders());
  if (allowedHosts) app.use('*', hostGuard(allowedHosts));
  app.use('/api/*', timeout(deps.limits.requestTimeoutMs, timeoutException));
  // Anyone may analyse, so an anonymous analysis gets a smaller body than a token holder's writes:
  // one unauthenticated request cannot ask for minutes of work.
  const authorised = hasToken(deps.token);
  const anonymousLimit = limitBody({
    maxSize: deps.limits.maxAnonymousAnalyzeBytes,
    onError: (c) =>
      c.json(
        errorBody(
          413,
          'body_too_large',
          `The body is over the limit of ${deps.limits.maxAnonymousAnalyzeBytes} bytes for an analysis without the bearer token.`,
        ),
        413,
      ),
  });
  app.post('/api/analyze', (c, next) =>
    authorised(c.req.header('authorization')) ? next() : anonymousLimit(c, next),
  );
  app.use(
    '/api/*',
    limitBody({
      maxSize: deps.limits.maxBodyBytes,
      onError: (c) =>
        c.json(
          errorBody(
            413,
            'body_too_large',
            `The body is over the limit of ${deps.limits.maxBodyBytes} bytes.`,
          ),
          413,
        ),
    }),
  );
  app.use('/api/*', async (c, next) => {
    c.set('deps', deps);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  // A large analysis that would find no worker is refused before its body is read (reading and
  // parsing 4 MB of JSON only to answer 429 holds the event loop for nothing).
  app.post('/api/analyze', async (c, next) => {
    const declared = Number(c.req.header('content-length') ?? 0);
    if (deps.canAnalyze && declared > 2 * LARGE_INPUT_CHARS && !deps.canAnalyze(true)) {
      // The body is still read (not parsed): answering mid-upload makes clients see a reset.
      await c.req.raw.arrayBuffer().catch(() => undefined);
      c.header('Retry-After', String(Math.max(1, Math.ceil(deps.limits.analysisDeadlineMs / 2000))));
      return c.json(
        errorBody(429, 'busy', 'Every analysis worker that takes large texts is busy; try again later.'),
        429,
      );
    }
    await next();
  });
  // Reads take turns at the store (store-turns.ts); health never waits for one.
  if (deps.storeTurns) {
    const turns = deps.storeTurns;
    app.get('/api/*', (c, next) => (c.req.path === '/api/health' ? next() : turns(next)));
  }
  const tokenCheck = requireToken(deps.token);
  for (const path of WRITE_PATHS) {
    app.on(['POST', 'PUT', 'PATCH', 'DELETE'], path, tokenCheck);
  }

  const routers = [
    healthRouter,
    analyzeRouter,
    documentsRouter,
    searchRouter,
    entitiesRouter,
    storiesRouter,
    conflictsRouter,
    dossiersRouter,
    graphRouter,
  ];
  for (const router of routers) app.route('/', router);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Rasd API',
      version: API_VERSION,
      description:
        'Arabic news intelligence: analyse articles into entities, times, figures, quotes and events with evidence offsets; search stored documents; follow entities, stories, conflicts and dossiers. Reads are open; writes need `Authorization: Bearer $RASD_TOKEN`.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });

  if (webRoot !== null && existsSync(join(webRoot, 'index.html'))) {
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('/*', serveStatic({ root: webRoot }));
  }

  app.notFound((c) =>
    c.json(errorBody(404, 'not_found', `No route for ${c.req.method} ${c.req.path}.`), 404),
  );
  app.onError((error, c) => {
    if (error instanceof ApiError)
      return c.json(errorBody(error.status, error.code, error.message), error.status);
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 504 ? 'timeout' : status === 400 ? 'invalid_request' : 'http_error';
      return c.json(errorBody(status, code, error.message || 'The request failed.'), status);
    }
    console.error(error);
    return c.json(errorBody(500, 'internal_error', 'The server failed on this request; see its log.'), 500);
  });
  return app;
}

function timeoutException(): HTTPException {
  return new HTTPException(504, { message: 'The request took too long and was stopped.' });
}
