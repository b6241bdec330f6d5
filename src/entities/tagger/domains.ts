/**
 * Feature augmentation for a second training domain (Daumé III, "Frustratingly Easy Domain
 * Adaptation", 2007), one-sided: a sentence of the other domain (WikiFANE's encyclopaedia) carries
 * each feature twice, as itself (shared with the news) and as a copy of its own. What holds only
 * there (its conventions, its alef-less spelling as the common-word lexicon sees it) is learnt by
 * the copies; the news keeps only the shared features, so tagging costs nothing more.
 */
import type { SentenceFeatures } from './features.js';
import { hashPair } from './hash.js';

/** The template that marks a copy (above every template of features.ts). */
const DOMAIN_COPY = 101;

export function withDomainCopies(features: SentenceFeatures, domain: number): SentenceFeatures {
  const n = features.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const hashes = new Uint32Array(features.hashes.length * 2);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    for (let f = features.offsets[i] as number; f < (features.offsets[i + 1] as number); f++) {
      const h = features.hashes[f] as number;
      hashes[k++] = h;
      hashes[k++] = hashPair(DOMAIN_COPY, h, domain);
    }
  }
  offsets[n] = k;
  return { offsets, hashes };
}
