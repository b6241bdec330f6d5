import { JobQueue } from '../../queue/job-queue.js';
import { runWorker, type WorkerTally } from '../../queue/worker.js';
import { PostgresStore } from '../../store/postgres/postgres-store.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { positiveInt, STORE_OPTION, withStore } from './store-common.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'take ingestion jobs from the PostgreSQL queue: analyse and store each document',
  help: `Usage: rasd worker --store postgres://… [options]

Takes the documents that \`rasd ingest --queue\` put in the queue of a PostgreSQL store, analyses
each and stores it. Start as many workers as you like, on as many machines: each job is held by
one worker at a time under a lease it renews while working, and a document is stored in the same
transaction that marks its job done, so a worker killed at any moment loses nothing and stores
nothing twice; its jobs are taken over when their lease runs out.

When the queue is drained, the worker recomputes identities, stories and conflicts (one worker at
a time; the others find them fresh), so the stories are the same as a single-process ingest's.

Options:
  --store URL               the PostgreSQL store (default: $RASD_DATABASE_URL, else $RASD_STORE)
  --concurrency N           jobs held at once by this process (default 2); the analysis uses one
                            core per process, so on a machine with C cores start C workers
  --lease SECONDS           how long a job stays held without a heartbeat (default 60): a dead
                            worker's jobs are taken over this long after it died
  --poll SECONDS            an idle worker wakes at once when jobs are queued (PostgreSQL
                            NOTIFY); it also looks this often, for retries that come due and
                            leases that run out (default 5)
  --until-empty             exit once the queue is drained (and the corpus refreshed)
  --no-refresh              never recompute stories (run \`rasd refresh\` later)
  --status                  print the queue's counts and recent failures, then exit
  --retry-failed            put failed jobs back in the queue, then exit
  --format text|json        the summary as text (default) or one JSON object on stdout
  -h, --help                this help

A failure (a document the analysis rejects) is retried with a growing delay, up to 5 attempts;
its last error is kept (see --status). SIGINT/SIGTERM: finish the jobs in hand, then exit.
Exit status: 0 done, 1 when a job failed for good or the store cannot be reached, 2 for a wrong
command line.

Examples:
  rasd ingest --queue news/ --store postgres://rasd@db/rasd
  rasd worker --until-empty --store postgres://rasd@db/rasd
  RASD_DATABASE_URL=postgres://rasd@db/rasd rasd worker --concurrency 4
  rasd worker --status
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...STORE_OPTION,
      concurrency: { type: 'string' },
      lease: { type: 'string' },
      poll: { type: 'string' },
      'until-empty': { type: 'boolean' },
      'no-refresh': { type: 'boolean' },
      status: { type: 'boolean' },
      'retry-failed': { type: 'boolean' },
      format: { type: 'string' },
    });
    if (positionals.length > 0) throw new UsageError(`rasd worker takes no SOURCE (got "${positionals[0]}")`);
    const format = oneOf(values.format, ['text', 'json'] as const, '--format') ?? 'text';
    const concurrency = positiveInt(values.concurrency, '--concurrency') ?? 2;
    const leaseMs = seconds(values.lease, '--lease') ?? 60_000;
    const pollMs = seconds(values.poll, '--poll') ?? 5000;
    return withStore(
      'worker',
      values.store,
      async (store) => {
        if (!(store instanceof PostgresStore)) {
          throw new UsageError(
            'rasd worker needs a PostgreSQL store: --store postgres://… or RASD_DATABASE_URL',
          );
        }
        const queue = new JobQueue(store);
        if (values.status) {
          const counts = await queue.counts();
          const failures = await queue.failures();
          if (format === 'json') process.stdout.write(`${JSON.stringify({ ...counts, failures })}\n`);
          else {
            let out = `queue: ${counts.pending} pending, ${counts.running} running, ${counts.done} done, ${counts.failed} failed\n`;
            for (const f of failures) out += `  failed: ${f.source ?? f.docKey}: ${f.error ?? ''}\n`;
            process.stdout.write(out);
          }
          return EXIT_OK;
        }
        if (values['retry-failed']) {
          process.stdout.write(`queued again: ${await queue.retryFailed()}\n`);
          return EXIT_OK;
        }
        const stop = new AbortController();
        const onSignal = () => stop.abort();
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
        let tally: WorkerTally;
        try {
          tally = await runWorker(store, {
            concurrency,
            leaseMs,
            pollMs,
            untilEmpty: values['until-empty'] === true,
            refresh: values['no-refresh'] !== true,
            signal: stop.signal,
            log: (line) => process.stderr.write(`rasd worker: ${line}\n`),
          });
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
        if (format === 'json') process.stdout.write(`${JSON.stringify(tally)}\n`);
        else {
          process.stdout.write(
            `worker: added ${tally.added}, skipped ${tally.duplicates} as duplicates, failed ${tally.failed}, to retry ${tally.retried}, taken over ${tally.lost}\n`,
          );
        }
        return tally.failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
      },
      'create',
    );
  },
};

function seconds(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`${flag} must be a positive number of seconds (got "${value}")`);
  return Math.round(n * 1000);
}
