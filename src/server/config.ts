/**
 * The server's configuration, read once at start-up from the command line and the environment and
 * then passed down as a plain value: nothing below this module reads `process.env`.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const DEFAULT_PORT = 4100;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerLimits {
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes: number;
  /** A request still running after this many milliseconds is answered 504. */
  readonly requestTimeoutMs: number;
  /** Most results one list request may ask for. */
  readonly maxPageSize: number;
  /** Largest `POST /api/analyze` body from a client without the bearer token, in bytes. */
  readonly maxAnonymousAnalyzeBytes: number;
  /** One analysis running longer than this is stopped (its worker terminated) and answered 504. */
  readonly analysisDeadlineMs: number;
  /** Analyses at once (worker threads); null for one per core. Beyond it requests get 429. */
  readonly analysisWorkers: number | null;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxBodyBytes: 4 * 1024 * 1024,
  requestTimeoutMs: 30_000,
  maxPageSize: 200,
  maxAnonymousAnalyzeBytes: 1024 * 1024,
  analysisDeadlineMs: 20_000,
  analysisWorkers: null,
};

export interface ServeConfig {
  readonly host: string;
  readonly port: number;
  /**
   * Whether to serve a store, and `--store` when given (a SQLite path or a PostgreSQL URL; without
   * it the store module's own rules pick RASD_DATABASE_URL or RASD_STORE). Null: analysis only.
   */
  readonly store: { readonly path: string | undefined } | null;
  /** The bearer token writes need; null disables writes. */
  readonly token: string | null;
  /** The built web UI (web/dist), or null to serve the API alone. */
  readonly webRoot: string | null;
  readonly limits: ServerLimits;
}

/** web/dist, found from this module whether it runs from src/ (tests) or dist/ (built). */
export const WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const PortSchema = z.coerce.number().int().min(0).max(65_535);

export interface ServeOptionValues {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly store?: string | undefined;
}

/** Parses the command-line values and the environment; throws a message fit for the user. */
export function parseServeConfig(
  values: ServeOptionValues,
  env: Readonly<Record<string, string | undefined>>,
): ServeConfig {
  const port = PortSchema.safeParse(values.port ?? env.RASD_PORT ?? DEFAULT_PORT);
  if (!port.success) throw new Error(`--port must be a whole number from 0 to 65535 (got "${values.port}")`);
  const token = env.RASD_TOKEN?.trim() ?? '';
  if (token !== '' && token.length < 16) {
    throw new Error('RASD_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)');
  }
  return {
    host: values.host ?? env.RASD_HOST ?? DEFAULT_HOST,
    port: port.data,
    store: values.store || env.RASD_DATABASE_URL || env.RASD_STORE ? { path: values.store } : null,
    token: token === '' ? null : token,
    webRoot: WEB_ROOT,
    limits: { ...DEFAULT_LIMITS, ...analysisLimitsFrom(env) },
  };
}

/** RASD_ANALYSIS_DEADLINE (seconds) and RASD_ANALYSIS_WORKERS, for operators and tests. */
function analysisLimitsFrom(env: Readonly<Record<string, string | undefined>>): Partial<ServerLimits> {
  const out: { analysisDeadlineMs?: number; analysisWorkers?: number } = {};
  if (env.RASD_ANALYSIS_DEADLINE) {
    const seconds = Number(env.RASD_ANALYSIS_DEADLINE);
    if (!(seconds > 0))
      throw new Error(
        `RASD_ANALYSIS_DEADLINE must be a positive number of seconds (got "${env.RASD_ANALYSIS_DEADLINE}")`,
      );
    out.analysisDeadlineMs = Math.round(seconds * 1000);
  }
  if (env.RASD_ANALYSIS_WORKERS) {
    const workers = Number(env.RASD_ANALYSIS_WORKERS);
    if (!Number.isInteger(workers) || workers < 1)
      throw new Error(
        `RASD_ANALYSIS_WORKERS must be a whole number of at least 1 (got "${env.RASD_ANALYSIS_WORKERS}")`,
      );
    out.analysisWorkers = workers;
  }
  return out;
}

/** True for addresses that only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}
