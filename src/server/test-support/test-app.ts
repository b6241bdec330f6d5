/** An in-process app for route tests: no socket, a fake URL reader, small limits. */

import { InputError } from '../../ingest/errors.js';
import { DEFAULT_LIMITS } from '../config.js';
import { type AppOptions, createApp } from '../create-app.js';
import type { ErrorBody } from '../errors.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export function testApp(overrides: Partial<AppOptions> = {}) {
  return createApp({
    store: null,
    token: TEST_TOKEN,
    limits: { ...DEFAULT_LIMITS, maxBodyBytes: 64 * 1024 },
    readUrl: async (url) => {
      throw new InputError(url, 'the test reader fetches nothing');
    },
    webRoot: null,
    ...overrides,
  });
}

export function postJson(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

/** The `error` object of an error answer, typed. */
export async function errorOf(res: Response): Promise<ErrorBody['error']> {
  return ((await res.json()) as ErrorBody).error;
}
