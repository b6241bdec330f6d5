import { describe, expect, it } from 'vitest';
import { DEFAULT_HOST, DEFAULT_PORT, isLoopback, parseServeConfig } from './config.js';

describe('parseServeConfig', () => {
  it('defaults to loopback, port 4100, no store and no writes', () => {
    const config = parseServeConfig({}, {});
    expect(config).toMatchObject({ host: DEFAULT_HOST, port: DEFAULT_PORT, store: null, token: null });
  });

  it('takes --store over the environment, and serves a store named only by the environment', () => {
    expect(parseServeConfig({ store: 'a.db' }, { RASD_STORE: 'b.db' }).store).toEqual({ path: 'a.db' });
    expect(parseServeConfig({}, { RASD_STORE: 'b.db' }).store).toEqual({ path: undefined });
  });

  it('refuses a port that is not a whole number in range', () => {
    expect(() => parseServeConfig({ port: '99999' }, {})).toThrow(/--port/);
    expect(() => parseServeConfig({ port: 'http' }, {})).toThrow(/--port/);
  });

  it('refuses a token too short to be a secret, and treats an empty one as none', () => {
    expect(() => parseServeConfig({}, { RASD_TOKEN: 'abc' })).toThrow(/RASD_TOKEN/);
    expect(parseServeConfig({}, { RASD_TOKEN: '  ' }).token).toBeNull();
  });
});

describe('isLoopback', () => {
  it('knows loopback addresses from others', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopback)).toBe(true);
    expect(['0.0.0.0', '192.168.1.4', '::'].some(isLoopback)).toBe(false);
  });
});
