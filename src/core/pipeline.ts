/**
 * A pipeline of pure stages. Each stage declares the layers it requires and the layers it
 * provides; `buildPipeline` checks, once, that every requirement is provided by an earlier stage and
 * that no two stages provide the same layer, so a misordered pipeline fails at start-up rather than
 * producing an analysis with a silently missing layer.
 */
import type { AnalysisContext, AnalysisInput, LayerName, Layers } from './layers.js';

/** A document in flight: the input and the layers the stages so far have added. */
export class LayeredDocument {
  readonly text: string;
  readonly input: AnalysisInput;
  private readonly layers: Partial<Layers> = {};

  constructor(input: AnalysisInput) {
    this.text = input.text;
    this.input = input;
  }

  /** A layer a stage declared in `requires`; the pipeline guarantees it is there. */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.layers[name];
    if (layer === undefined) throw new Error(`layer "${name}" was read before any stage provided it`);
    return layer as Layers[K];
  }

  has(name: LayerName): boolean {
    return this.layers[name] !== undefined;
  }

  /** Layers as they stand, for output. */
  snapshot(): Partial<Layers> {
    return { ...this.layers };
  }

  add(added: Partial<Layers>): void {
    Object.assign(this.layers, added);
  }
}

export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  run(doc: LayeredDocument, context: AnalysisContext): Partial<Layers>;
}

export interface Pipeline {
  readonly stages: readonly Stage[];
  run(input: AnalysisInput, context: AnalysisContext): LayeredDocument;
}

export class PipelineOrderError extends Error {}

export function buildPipeline(stages: readonly Stage[]): Pipeline {
  checkOrder(stages);
  return {
    stages,
    run(input, context) {
      const doc = new LayeredDocument(input);
      for (const stage of stages) doc.add(runStage(stage, doc, context));
      return doc;
    },
  };
}

function checkOrder(stages: readonly Stage[]): void {
  const provided = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!provided.has(need)) {
        throw new PipelineOrderError(
          `stage "${stage.name}" requires "${need}", which no earlier stage provides`,
        );
      }
    }
    for (const layer of stage.provides) {
      const earlier = provided.get(layer);
      if (earlier) {
        throw new PipelineOrderError(`stages "${earlier}" and "${stage.name}" both provide "${layer}"`);
      }
      provided.set(layer, stage.name);
    }
  }
}

function runStage(stage: Stage, doc: LayeredDocument, context: AnalysisContext): Partial<Layers> {
  const added = stage.run(doc, context);
  for (const layer of stage.provides) {
    if (added[layer] === undefined) throw new Error(`stage "${stage.name}" did not provide "${layer}"`);
  }
  for (const layer of Object.keys(added) as LayerName[]) {
    if (!stage.provides.includes(layer)) throw new Error(`stage "${stage.name}" added undeclared "${layer}"`);
  }
  return added;
}
