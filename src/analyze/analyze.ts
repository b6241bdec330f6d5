/**
 * `analyzeDocument`: one input through the default pipeline into the analysis contract v1.
 * Layers that no stage has filled yet are present and empty, so readers of the contract never
 * meet a missing field.
 */
import type { Analysis } from '../contract/analysis.js';
import type { AnalysisContext, AnalysisInput } from '../core/layers.js';
import { buildPipeline, type Pipeline } from '../core/pipeline.js';
import { documentOutlet, documentTitle } from '../segment/document-facts.js';
import { DEFAULT_STAGES } from './stages.js';

let defaultPipeline: Pipeline | undefined;

function pipeline(): Pipeline {
  defaultPipeline ??= buildPipeline(DEFAULT_STAGES);
  return defaultPipeline;
}

export function analyzeDocument(input: AnalysisInput, context: AnalysisContext = {}): Analysis {
  const doc = pipeline().run(input, context);
  const layers = doc.snapshot();
  const segments = layers.segments ?? [];
  return {
    version: 1,
    text: doc.text,
    document: {
      // Pasted text names its title and outlet only in its lines: the segments find them.
      title: input.title ?? documentTitle(doc.text, segments),
      outlet: input.outlet ?? documentOutlet(doc.text, segments, input.url ?? null),
      url: input.url ?? null,
      published: layers.published ?? { value: null, inferred: false, basis: 'none' },
      language: 'ar',
    },
    segments,
    entities: layers.entities ?? [],
    times: layers.times ?? [],
    quantities: layers.quantities ?? [],
    quotes: layers.quotes ?? [],
    events: layers.events ?? [],
  };
}
