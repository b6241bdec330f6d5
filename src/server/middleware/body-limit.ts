/**
 * hono's body limit, without building a web `Request` for every request.
 *
 * hono's `bodyLimit` first asks `c.req.raw.body`. Under `@hono/node-server` the request is a light
 * object over Node's `IncomingMessage`, and that one getter builds the full web `Request` (undici's,
 * with an `AbortController`, a second signal following it and a `FinalizationRegistry` entry that
 * only a full collection clears): for every `/api/*` request, health checks and GETs included,
 * whose answer never needed it. Under issue 18's load run that was two controllers, two signals,
 * their listeners and a `Request` per request, all promoted to the old generation before dying
 * (what honojs/node-server#269 describes) and most of what the main thread's heap grew by between
 * full collections.
 *
 * The same answers, read from what the light request already has: a GET or HEAD has no body (hono's
 * middleware passes them too, as a `Request` of those methods cannot hold one); a declared
 * `Content-Length` without `Transfer-Encoding` is compared as hono compares it. Only a body of
 * unknown length (chunked) goes to hono's middleware, which counts it as it arrives.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export interface BodyLimitOptions {
  readonly maxSize: number;
  readonly onError: (c: Context) => Response | Promise<Response>;
}

export function limitBody(options: BodyLimitOptions): MiddlewareHandler {
  const counting = bodyLimit(options);
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined && /^\d+$/.test(length)) {
      return Number(length) > options.maxSize ? options.onError(c) : next();
    }
    return counting(c, next);
  };
}
