/**
 * Fetching one URL, defensively, since the URLs come from feeds and files written by others.
 *
 * Rules:
 *  1. only http and https;
 *  2. every address a host name resolves to must be public unless `allowPrivate` (address-guard.ts);
 *     the check runs inside the connection's DNS lookup, so the address checked is the address used;
 *  3. redirects are followed by hand, at most `maxRedirects`, each hop checked as the first;
 *  4. one deadline covers the whole fetch, redirects and body included;
 *  5. the size cap is enforced while the body streams (after decompression, so a small gzip bomb
 *     cannot expand past it), and early when Content-Length already says too much;
 *  6. the User-Agent says honestly what is asking;
 *  7. a conditional fetch (`rasd watch`) sends the validators it was given (If-None-Match,
 *     If-Modified-Since) and takes 304 as "not modified", an answer with no body;
 *  8. the options' `signal` abandons the fetch as the deadline does, and their `beforeRequest` is
 *     awaited before every request, redirects included (the watcher's stop and politeness delay).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isListedAddress, nonPublicRange } from './address-guard.js';
import { InputError } from './errors.js';
import { formatMb, type SourceOptions } from './source-options.js';

export interface FetchedResource {
  /** The URL after redirects. */
  readonly url: string;
  readonly bytes: Uint8Array;
  readonly contentType: string | null;
  /** True when a conditional fetch was answered 304: `bytes` is empty, the caller's copy holds. */
  readonly notModified?: boolean;
  /** The validators to send next time (rule 7). */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

/** What a conditional fetch knows from last time (rule 7). */
export interface FetchConditions {
  readonly etag?: string | null;
  readonly lastModified?: string | null;
}

type FetchSettings = Pick<
  SourceOptions,
  | 'allowPrivate'
  | 'allowedAddresses'
  | 'timeoutMs'
  | 'maxBytes'
  | 'maxRedirects'
  | 'userAgent'
  | 'signal'
  | 'beforeRequest'
>;

export async function fetchUrl(
  source: string,
  url: string,
  settings: FetchSettings,
  conditions: FetchConditions = {},
): Promise<FetchedResource> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  const abandon = () => controller.abort();
  if (settings.signal?.aborted) abandon();
  else settings.signal?.addEventListener('abort', abandon, { once: true });
  try {
    let current = url;
    for (let hop = 0; hop <= settings.maxRedirects; hop++) {
      const target = checkedUrl(source, current, settings, hop > 0);
      await settings.beforeRequest?.(target);
      const response = await request(source, target, settings, controller.signal, validators(conditions));
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status === 304 && (conditions.etag || conditions.lastModified)) {
        response.destroy();
        return { ...notModified(target, conditions), notModified: true };
      }
      if (status >= 300 && status < 400 && location) {
        response.destroy();
        current = new URL(location, target).href;
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new InputError(source, `HTTP ${status} ${response.statusMessage ?? ''}`.trim());
      }
      const bytes = await readBody(source, response, settings.maxBytes, controller.signal);
      return {
        url: target.href,
        bytes,
        contentType: response.headers['content-type'] ?? null,
        etag: response.headers.etag ?? null,
        lastModified: response.headers['last-modified'] ?? null,
      };
    }
    throw new InputError(source, `too many redirects (more than ${settings.maxRedirects})`);
  } catch (error) {
    if (settings.signal?.aborted) throw new InputError(source, 'abandoned (stopping)');
    if (controller.signal.aborted) {
      throw new InputError(source, `timed out after ${settings.timeoutMs / 1000} s`);
    }
    throw error;
  } finally {
    clearTimeout(timer);
    settings.signal?.removeEventListener('abort', abandon);
  }
}

function validators(conditions: FetchConditions): Record<string, string> {
  return {
    ...(conditions.etag ? { 'If-None-Match': conditions.etag } : {}),
    ...(conditions.lastModified ? { 'If-Modified-Since': conditions.lastModified } : {}),
  };
}

function notModified(target: URL, conditions: FetchConditions): FetchedResource {
  return {
    url: target.href,
    bytes: new Uint8Array(0),
    contentType: null,
    etag: conditions.etag ?? null,
    lastModified: conditions.lastModified ?? null,
  };
}

function checkedUrl(source: string, href: string, settings: FetchSettings, redirected: boolean): URL {
  const what = redirected ? `redirect to ${href}` : href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new InputError(source, `${what}: not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(source, `${what} refused: only http and https are fetched`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !settings.allowPrivate) refuseNonPublic(source, what, host, settings.allowedAddresses);
  return url;
}

function refuseNonPublic(source: string, what: string, address: string, allowed: readonly string[]): void {
  if (isListedAddress(address, allowed)) return;
  const range = nonPublicRange(address);
  if (range) {
    throw new InputError(
      source,
      `${what} refused: ${address} is a ${range} address, not public (--allow-private allows it)`,
    );
  }
}

/** A DNS lookup that refuses non-public answers, so the checked address is the one connected to. */
function guardedLookup(source: string, what: string, allowed: readonly string[]): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      try {
        for (const { address } of addresses) refuseNonPublic(source, what, address, allowed);
      } catch (refusal) {
        return callback(refusal as NodeJS.ErrnoException, '', 4);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), '', 4);
      callback(null, first.address, first.family);
    });
  };
}

function request(
  source: string,
  url: URL,
  settings: FetchSettings,
  signal: AbortSignal,
  extraHeaders: Record<string, string> = {},
): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      signal,
      headers: {
        'User-Agent': settings.userAgent,
        Accept:
          'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5',
        'Accept-Encoding': 'gzip, deflate, br',
        ...extraHeaders,
      },
      ...(settings.allowPrivate
        ? {}
        : { lookup: guardedLookup(source, url.href, settings.allowedAddresses) }),
    });
    req.on('response', resolve);
    req.on('error', (error) => reject(error instanceof InputError ? error : networkError(source, error)));
  });
}

function networkError(source: string, error: Error): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND') return new InputError(source, 'host not found');
  if (code === 'ECONNREFUSED') return new InputError(source, 'connection refused');
  if (code === 'ECONNRESET') return new InputError(source, 'connection reset by the server');
  return new InputError(source, `fetch failed: ${error.message}`);
}

async function readBody(
  source: string,
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<Uint8Array> {
  const tooLarge = () => new InputError(source, `too large (over ${formatMb(maxBytes)})`);
  const declared = Number(response.headers['content-length']);
  const encoding = String(response.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const body = decompressed(response, encoding);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      if (signal.aborted) break;
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof InputError || signal.aborted) throw error;
    throw new InputError(source, `broken response body: ${(error as Error).message}`);
  } finally {
    response.destroy();
    if (body !== response) body.destroy();
  }
  if (signal.aborted) throw new InputError(source, 'aborted');
  return Buffer.concat(chunks);
}

function decompressed(response: IncomingMessage, encoding: string): Readable {
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  return response;
}
