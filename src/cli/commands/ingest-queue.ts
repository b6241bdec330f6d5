/** The `--queue` path of `rasd ingest`: queue the sources' documents for `rasd worker`. */

import { enqueueSources } from '../../queue/enqueue-sources.js';
import { JobQueue } from '../../queue/job-queue.js';
import { PostgresStore } from '../../store/postgres/postgres-store.js';
import type { Store } from '../../store/store.js';
import { EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';

export async function enqueueCommand(
  store: Store,
  sources: readonly string[],
  format: 'text' | 'json',
): Promise<number> {
  if (!(store instanceof PostgresStore)) {
    throw new UsageError('--queue needs a PostgreSQL store: --store postgres://… or RASD_DATABASE_URL');
  }
  const tally = await enqueueSources(
    store,
    sources,
    (message) => process.stderr.write(`rasd ingest: ${message}\n`),
    (message) => process.stderr.write(`rasd ingest: warning: ${message}\n`),
  );
  const counts = await new JobQueue(store).counts();
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ queued: tally.queued, skipped: tally.skipped, failed: tally.failures.length, failures: tally.failures, queue: counts })}\n`,
    );
  } else {
    let out = `queued ${tally.queued}, skipped ${tally.skipped} already queued or stored, failed ${tally.failures.length}\n`;
    for (const reason of tally.failures) out += `  failed: ${reason}\n`;
    out += `queue: ${counts.pending} pending, ${counts.running} running, ${counts.done} done, ${counts.failed} failed (run \`rasd worker\` to process)\n`;
    process.stdout.write(out);
  }
  return tally.failures.length > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
