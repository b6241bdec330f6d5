/**
 * Feature hashing: a feature is a template number and a value, hashed (FNV-1a, 32 bit) into one
 * of `2^bits` buckets, so the model is a fixed-size table and no feature dictionary is stored.
 * Two hashes combine into the hash of their pair, so bigram features cost no string building.
 */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function hashString(template: number, value: string): number {
  let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** The hash of an ordered pair of hashes under a template (a conjunction of two features). */
export function hashPair(template: number, a: number, b: number): number {
  let h = Math.imul(FNV_OFFSET ^ template, FNV_PRIME);
  h = Math.imul(h ^ a, FNV_PRIME);
  h = Math.imul(h ^ (a >>> 16), FNV_PRIME);
  h = Math.imul(h ^ b, FNV_PRIME);
  h = Math.imul(h ^ (b >>> 16), FNV_PRIME);
  return h >>> 0;
}
