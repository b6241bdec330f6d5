import { readSource } from '../../ingest/read-source.js';
import { DEFAULT_SOURCE_OPTIONS } from '../../ingest/source-options.js';
import { AnalysisPool } from '../../server/analysis/analysis-pool.js';
import { isLoopback, parseServeConfig, type ServeConfig } from '../../server/config.js';
import { LOOPBACK_HOST_NAMES } from '../../server/middleware/host-guard.js';
import { type RunningServer, startServer } from '../../server/start.js';
import { storeAccess } from '../../server/store-writer/store-access.js';
import type { Store } from '../../store/store.js';
import { type Command, EXIT_OK, UsageError } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { withStore } from './store-common.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (OpenAPI at /openapi.json) and the Arabic web UI',
  help: `Usage: rasd serve [--store PATH] [--port 4100] [--host 127.0.0.1]

Starts the HTTP API and the web UI on one port, and prints its address. Open the address in a
browser for the UI (analyse, search, entities, stories, dossiers, actor graph); the API lives
under /api/ and is described at /openapi.json (OpenAPI 3.1).

Options:
  --store PATH   the store to serve (made by \`rasd ingest\`): a SQLite file or a postgres:// URL;
                 without it (and without RASD_STORE / RASD_DATABASE_URL) only /api/analyze
                 works and the store pages answer 503
  --port N       the port (default 4100, or RASD_PORT; 0 picks a free one)
  --host ADDR    the address to listen on (default 127.0.0.1, or RASD_HOST). Reads are open to
                 whoever can reach it, so keep it on loopback unless a proxy guards it
  -h, --help     this help

Environment:
  RASD_TOKEN     the bearer token writes need (POST /api/documents), 16+ characters. Unset, every
                 write is refused with 403 and the API is read-only
  RASD_STORE, RASD_DATABASE_URL
                 the store, when --store is not given

Limits: bodies up to 4 MB, 30 s per request, 200 items per page. Every answer carries a strict
Content-Security-Policy and errors are JSON: {"error": {"status", "code", "message", "issues"?}}.

Exit status: 0 after SIGINT/SIGTERM (Ctrl-C) once open requests are answered, 1 when the store
cannot be opened (no store at that path, not a Rasd store, locked, newer), 2 for a wrong command
line, a port in use or an address not of this machine.

Examples:
  rasd serve --store news.db
  RASD_TOKEN=$(openssl rand -hex 24) rasd serve --store news.db --port 8080
  curl -sG localhost:4100/api/search --data-urlencode q=الحدود | jq '.items[].snippet.text'
  curl -s -X POST localhost:4100/api/analyze -H 'content-type: application/json' \\
       -d '{"text": "قال الوزير أمس إن الاجتماع سيعقد في بغداد."}'
  npm run demo     # builds, ingests examples/corpus into demo.db and serves it
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      store: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    let config: ServeConfig;
    try {
      config = parseServeConfig(values, process.env);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (config.store === null) return serveUntilSignalled(config, null);
    return withStore('serve', config.store.path, (store) => serveUntilSignalled(config, store));
  },
};

async function serveUntilSignalled(config: ServeConfig, store: Store | null): Promise<number> {
  let server: RunningServer;
  try {
    server = await listen(config, store);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new UsageError(`port ${config.port} is in use; pick another with --port`);
    if (code === 'EADDRNOTAVAIL') throw new UsageError(`${config.host} is not an address of this machine`);
    throw error;
  }
  report(config, store, server);
  await untilSignalled();
  await server.close();
  return EXIT_OK;
}

export async function listen(config: ServeConfig, store: Store | null): Promise<RunningServer> {
  const sourceOptions = {
    ...DEFAULT_SOURCE_OPTIONS,
    maxBytes: config.limits.maxBodyBytes,
    timeoutMs: 15_000,
  };
  // Analyses run in worker threads so the event loop keeps answering health checks and reads.
  const pool = new AnalysisPool({
    deadlineMs: config.limits.analysisDeadlineMs,
    ...(config.limits.analysisWorkers ? { size: config.limits.analysisWorkers } : {}),
  });
  // SQLite holds the event loop while it works: its reads take turns and its writes go to a
  // thread of their own; PostgreSQL does not (see store-access.ts).
  const access = storeAccess(store);
  const server = await startServer(
    {
      store,
      token: config.token,
      limits: config.limits,
      analyze: pool.analyze,
      analyzeJson: pool.analyzeJson,
      canAnalyze: (large) => pool.canTake(large),
      storeTurns: access.storeTurns,
      writer: access.writer,
      readUrl: (url) => readSource(url, sourceOptions),
      webRoot: config.webRoot,
      allowedHosts: isLoopback(config.host) ? LOOPBACK_HOST_NAMES : null,
    },
    config.host,
    config.port,
  ).catch(async (error) => {
    await pool.close();
    await access.close();
    throw error;
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await pool.close();
      await access.close();
    },
  };
}

function report(config: ServeConfig, store: Store | null, server: RunningServer): void {
  const lines = [
    `rasd serve: listening on ${server.url}/`,
    `  web UI   ${server.url}/`,
    `  API      ${server.url}/openapi.json`,
    `  store    ${store ? `${store.kind} ${store.location}` : 'none (only /api/analyze works; give --store PATH)'}`,
    `  writes   ${config.token ? 'need Authorization: Bearer $RASD_TOKEN' : 'disabled (set RASD_TOKEN to enable)'}`,
  ];
  if (!isLoopback(config.host)) {
    lines.push(`  warning  ${config.host} is not loopback: anyone who can reach it can read the store`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function untilSignalled(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
