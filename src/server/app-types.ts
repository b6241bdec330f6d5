/** The types shared by the route modules: what a handler can reach, and the router factory. */
import { OpenAPIHono, type RouteConfig, type RouteHandler } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Store } from '../store/store.js';
import type { Analyze, AnalyzeJson } from './analysis/analysis-pool.js';
import type { ServerLimits } from './config.js';
import { ApiError, errorBody, issuesOf } from './errors.js';
import type { DocumentWriter } from './store-writer/store-writer.js';

/** Everything a handler may use; effects enter the server only through here. */
export interface ServerDeps {
  readonly store: ServerStore | null;
  readonly token: string | null;
  readonly limits: ServerLimits;
  /** The ingestion reader for a URL (tests hand in a fake one). */
  readonly readUrl: (url: string) => Promise<SourceDocument[]>;
  /** Runs one analysis off the event loop (the worker pool); in-process when absent (tests). */
  readonly analyze?: Analyze;
  /** The same, answered as JSON text (serialised in the worker, not in the event loop). */
  readonly analyzeJson?: AnalyzeJson;
  /** Whether an analysis (large or not) would find a free worker now. */
  readonly canAnalyze?: (large: boolean) => boolean;
  /** Runs store work one turn at a time (store-turns.ts); directly when absent (tests). */
  readonly storeTurns?: <T>(work: () => Promise<T>) => Promise<T>;
  /**
   * Where document writes go off the event loop (the embedded store's writer thread,
   * store-writer.ts); absent: the routes write through `store`, in turns.
   */
  readonly writer?: DocumentWriter | null;
}

/** The store the read and write routes use (the SQLite or PostgreSQL adapter). */
export type ServerStore = Store;

export interface AppEnv extends Env {
  Variables: { deps: ServerDeps };
}

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;

/** A router whose validation failures answer in the API's error shape. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = issuesOf(result.error);
        const first = issues[0];
        const message = first ? `${first.path}: ${first.message}` : 'The request is invalid.';
        return c.json(errorBody(400, 'invalid_request', message, issues), 400);
      }
    },
  });
}

/** The store, or a 503 telling how to start the server with one. */
export function storeOf(deps: ServerDeps): Store {
  if (deps.store === null) {
    throw new ApiError(503, 'no_store', 'This server has no store: start it with `rasd serve --store PATH`.');
  }
  return deps.store;
}
