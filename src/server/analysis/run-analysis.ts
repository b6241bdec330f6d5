/**
 * One analysis for a handler: through the server's worker pool when it has one, the pool's
 * refusals turned into the API's answers (429 with Retry-After when every worker is busy, 504 when
 * the deadline stopped the work).
 */
import type { Context } from 'hono';
import { analyzeDocument } from '../../analyze/analyze.js';
import type { Analysis } from '../../contract/analysis.js';
import type { AnalysisContext, AnalysisInput } from '../../core/layers.js';
import type { AppEnv } from '../app-types.js';
import { ApiError } from '../errors.js';
import { type AnalyzeOptions, DeadlineError, PoolBusyError } from './analysis-pool.js';

export function runAnalysis(
  c: Context<AppEnv>,
  input: AnalysisInput,
  context: AnalysisContext,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const analyze = c.var.deps.analyze;
  if (!analyze) return Promise.resolve(analyzeDocument(input, context));
  return answered(c, analyze(input, context, options));
}

/** The analysis as JSON text: from the pool as the worker wrote it, or serialised here in tests. */
export function runAnalysisJson(
  c: Context<AppEnv>,
  input: AnalysisInput,
  context: AnalysisContext,
  options: AnalyzeOptions = {},
): Promise<string> {
  const analyzeJson = c.var.deps.analyzeJson;
  if (!analyzeJson)
    return runAnalysis(c, input, context, options).then((analysis) => JSON.stringify(analysis));
  return answered(c, analyzeJson(input, context, options));
}

async function answered<T>(c: Context<AppEnv>, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof PoolBusyError) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      throw new ApiError(
        429,
        'busy',
        `Every analysis worker is busy; try again in ${error.retryAfterSeconds} s.`,
      );
    }
    if (error instanceof DeadlineError) {
      throw new ApiError(
        504,
        'analysis_deadline',
        `The analysis took too long: ${error.message}. Send a shorter text.`,
      );
    }
    throw error;
  }
}
