/**
 * Starting and stopping a listening server: the one place with sockets. Used by `rasd serve`,
 * `npm run demo`, the browser tests and the benchmark.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './create-app.js';

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: AppOptions, host: string, port: number): Promise<RunningServer> {
  const app = createApp(options);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  // Socket-level bounds complement the per-request time limit: slow or idle clients are dropped.
  if ('headersTimeout' in server) {
    server.headersTimeout = 10_000;
    server.requestTimeout = options.limits.requestTimeoutMs + 5_000;
    server.keepAliveTimeout = 5_000;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
