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
/**
 * Each file read once; its parses kept per schema: two callers may read one file through different
 * schemas (a narrow one takes only the fields it needs and zod drops the rest, or applies no
 * defaults), so one caller's parse must never be handed to another.
 */
interface CachedFile {
  readonly raw: Record<string, unknown>;
  readonly parses: WeakMap<z.ZodType<unknown>, unknown>;
}

const cache = new Map<string, CachedFile>();

export class LanguageDataError extends Error {}

/** Loads `data/<path>.json` (e.g. `ar/months`), validated by `schema`; cached per path and schema. */
export function loadLanguageData<T>(path: string, schema: z.ZodType<T>): T {
  let entry = cache.get(path);
  if (entry === undefined) {
    const file = new URL(`${path}.json`, DATA_ROOT);
    entry = { raw: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, parses: new WeakMap() };
    cache.set(path, entry);
  }
  const cached = entry.parses.get(schema);
  if (cached !== undefined) return cached as T;
  const data = checkLanguageData(path, entry.raw, schema);
  entry.parses.set(schema, data);
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
