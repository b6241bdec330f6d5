/**
 * A server bound to loopback answers only requests addressed to a loopback name. Without this a
 * web page elsewhere could rebind its own host name to 127.0.0.1 (DNS rebinding) and read the
 * open API from the visitor's browser; with it such requests carry a foreign Host and are refused.
 */
import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../errors.js';

export const LOOPBACK_HOST_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

export function hostGuard(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map((name) => name.toLowerCase()));
  return async (c, next) => {
    // The node adapter builds the request URL from the Host header, so its hostname is that name.
    if (!names.has(new URL(c.req.url).hostname.toLowerCase())) {
      return c.json(
        errorBody(403, 'host_not_allowed', `This server answers only to ${[...names].join(', ')}.`),
        403,
      );
    }
    await next();
  };
}
