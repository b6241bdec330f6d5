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
import { DeadlineError, PoolBusyError } from './analysis-pool.js';

export async function runAnalysis(
  c: Context<AppEnv>,
  input: AnalysisInput,
  context: AnalysisContext,
): Promise<Analysis> {
  const analyze = c.var.deps.analyze;
  if (!analyze) return analyzeDocument(input, context);
  try {
    return await analyze(input, context);
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
