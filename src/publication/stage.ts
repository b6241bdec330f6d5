/**
 * The publication-date stage. The user's `--published` outranks everything, then a date that
 * ingestion read from the page (metadata, URL). With neither, the date stays unknown here; the
 * time stage infers one from the text.
 */
import type { Published } from '../contract/analysis.js';
import type { Stage } from '../core/pipeline.js';

export const publicationStage: Stage = {
  name: 'published',
  requires: [],
  provides: ['published'],
  run(doc, context) {
    return {
      published: statedPublication(doc.input.published, doc.input.publishedBasis, context.publishedOverride),
    };
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
