/**
 * Loader for the language data files in `data/ar/` (month names, titles, cue verbs, triggers,
 * gazetteers). Algorithms never read files: they take this data as parameters, and the stage that
 * wires an algorithm into the pipeline loads its data here, once.
 *
 * Rules every file is held to, so a list typed on another keyboard cannot silently fail to match:
 *  1. it is JSON with a top-level `_source` string saying where the data came from;
 *  2. the rest validates against the caller's zod schema;
 *  3. every string is NFC;
 *  4. no string holds Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) or tatweel (U+0640).
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

const DATA_ROOT = new URL('../../data/', import.meta.url);
const FORBIDDEN = /[\uFB50-\uFDFF\uFE70-\uFEFF\u0640]/u;
const cache = new Map<string, unknown>();

export class LanguageDataError extends Error {}

/** Loads `data/<path>.json` (e.g. `ar/months`), validated by `schema`; cached per path. */
export function loadLanguageData<T>(path: string, schema: z.ZodType<T>): T {
  const cached = cache.get(path);
  if (cached !== undefined) return cached as T;
  const file = new URL(`${path}.json`, DATA_ROOT);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const data = checkLanguageData(path, raw, schema);
  cache.set(path, data);
  return data;
}

/** The checks of `loadLanguageData` on an already parsed value (exported for tests). */
export function checkLanguageData<T>(path: string, raw: Record<string, unknown>, schema: z.ZodType<T>): T {
  if (typeof raw._source !== 'string' || raw._source.trim() === '') {
    throw new LanguageDataError(`data/${path}.json: missing "_source" saying where the data came from`);
  }
  const { _source, ...rest } = raw;
  const normalized = normalizeStrings(path, rest);
  const parsed = schema.safeParse(normalized);
  if (!parsed.success) throw new LanguageDataError(`data/${path}.json: ${parsed.error.message}`);
  return parsed.data;
}

function normalizeStrings(path: string, value: unknown): unknown {
  if (typeof value === 'string') {
    if (FORBIDDEN.test(value)) {
      throw new LanguageDataError(`data/${path}.json: "${value}" holds presentation forms or tatweel`);
    }
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item) => normalizeStrings(path, item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k.normalize('NFC'), normalizeStrings(path, v)]),
    );
  }
  return value;
}
