/**
 * Writes need `Authorization: Bearer <RASD_TOKEN>`. A server started without a token refuses every
 * write, saying how to enable them, rather than accepting writes from anyone. Tokens are compared
 * in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errorBody } from '../errors.js';

export function requireToken(token: string | null): MiddlewareHandler {
  const expected = token === null ? null : digest(token);
  return async (c, next) => {
    if (expected === null) {
      return c.json(
        errorBody(
          403,
          'writes_disabled',
          'Writes are disabled: restart `rasd serve` with RASD_TOKEN set (16+ characters) and send it as `Authorization: Bearer <token>`.',
        ),
        403,
      );
    }
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="rasd"');
      const message = match
        ? 'The bearer token is wrong.'
        : 'This write needs `Authorization: Bearer <RASD_TOKEN>`.';
      return c.json(errorBody(401, 'unauthorized', message), 401);
    }
    await next();
  };
}

/** Whether the request carries the right bearer token (reads use it to grant larger limits). */
export function hasToken(token: string | null): (header: string | undefined) => boolean {
  const expected = token === null ? null : digest(token);
  return (header) => {
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    return expected !== null && match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
  };
}

/** Hashing first gives both sides one length, which `timingSafeEqual` requires. */
function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
