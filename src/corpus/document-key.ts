/**
 * A document's identity in the store: its canonical URL, else a hash of its normalised text.
 *
 * Canonical URL rules: the scheme and host are lower-cased, `www.` is dropped, the fragment and
 * tracking parameters (`utm_*`, `fbclid`, `gclid`, `mc_cid`, `mc_eid`) are removed, the remaining
 * parameters are sorted, and a trailing slash on the path is dropped. The text hash is the sha256
 * of the text folded by `foldArabic` with whitespace runs collapsed, so a copy that differs only
 * in diacritics, tatweel or spacing is the same document.
 */
import { createHash } from 'node:crypto';
import { foldArabic } from '../text/normalize.js';

const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|ocid)$/i;

export function canonicalUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a.localeCompare(b)));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  const port = parsed.port ? `:${parsed.port}` : '';
  return `${parsed.protocol}//${host}${port}${path}${query}`;
}

export function textHash(text: string): string {
  const folded = foldArabic(text).replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}

/** `url:<canonical url>` when the document has a usable URL, else `text:<hash>`. */
export function documentKey(url: string | null | undefined, text: string): string {
  const canonical = url ? canonicalUrl(url) : null;
  return canonical ? `url:${canonical}` : `text:${textHash(text)}`;
}

/** A short stable id from any string (for corpus and story ids). */
export function shortHash(value: string, length = 12): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}
