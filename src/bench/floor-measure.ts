/** The two timings the floor benchmark compares, in CPU seconds: the whole analysis by stage, and the floor. */
import { DEFAULT_STAGES } from '../analyze/stages.js';
import type { AnalysisContext } from '../core/layers.js';
import { LayeredDocument } from '../core/pipeline.js';
import { arabicAbbreviations, splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

export interface StageTimes {
  /** Seconds of the whole: wall clock from these functions, CPU where the callers time a block. */
  readonly total: number;
  /** Seconds of each stage by the same clock, read as shares of the whole. */
  readonly stages: ReadonlyMap<string, number>;
}

const CONTEXT: AnalysisContext = { publishedOverride: '2024-04-20' };

/**
 * Seconds of CPU this process has used: on a shared machine the wall clock also counts the time
 * other processes held the cores, which moved the ratio by a factor of two between runs. Reading
 * it is a system call, dear beside a small article's analysis: callers read it around a block.
 */
export function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Seconds by the wall clock. */
export function wallSeconds(): number {
  return performance.now() / 1000;
}

/**
 * The default pipeline over `text`, stage by stage. `clock` is the wall clock by default; a text
 * large enough that every stage takes milliseconds can be timed in CPU seconds (`cpuSeconds`).
 */
export function timeAnalysis(text: string, clock: () => number = wallSeconds): StageTimes {
  const doc = new LayeredDocument({ text });
  const stages = new Map<string, number>();
  const started = clock();
  for (const stage of DEFAULT_STAGES) {
    const at = clock();
    doc.add(stage.run(doc, CONTEXT));
    stages.set(stage.name, clock() - at);
  }
  return { total: clock() - started, stages };
}

/** The floor: the same text split into sentences and into tokens. */
export function timeFloor(text: string): StageTimes {
  const started = performance.now();
  const sentences = splitSentences(text, 0, text.length, arabicAbbreviations());
  const tokens = tokenize(text);
  const total = (performance.now() - started) / 1000;
  if (sentences.length + tokens.length < 0) throw new Error('unreachable: keeps the work alive');
  return { total, stages: new Map() };
}
