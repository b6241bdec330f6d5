/**
 * The publication-date stage: the reference date every relative time is resolved against.
 *
 * Order of trust: the user's `--published`, then a date ingestion read from the page (metadata,
 * URL) — both stated, `inferred: false` — then a date inferred from the URL or the text
 * (`inferPublication`: the article's dateline, then captions, then an embedded post's signature;
 * never a date of the body), `inferred: true`.
 * It runs after the time-expressions stage, whose explicit dates it reads, and before the times
 * stage, which resolves relative expressions against its answer.
 */
import type { Published } from '../contract/analysis.js';
import type { Stage } from '../core/pipeline.js';
import { inferPublication } from './infer.js';

export const publicationStage: Stage = {
  name: 'published',
  requires: ['segments', 'timeExpressions'],
  provides: ['published'],
  run(doc, context) {
    const stated = statedPublication(
      doc.input.published,
      doc.input.publishedBasis,
      context.publishedOverride,
    );
    if (stated.value !== null) return { published: stated };
    const inferred = inferPublication(
      doc.input.url,
      doc.get('timeExpressions'),
      doc.get('segments'),
      doc.input.text,
    );
    return { published: inferred ?? stated };
  },
};

export function statedPublication(
  fromSource: string | null | undefined,
  basis: string | undefined,
  override: string | undefined,
): Published {
  if (override) return { value: override, inferred: false, basis: 'stated' };
  if (fromSource) return { value: fromSource, inferred: false, basis: basis ?? 'metadata' };
  return { value: null, inferred: false, basis: 'none' };
}
