/**
 * The ingestion queue, kept in the PostgreSQL store itself (`rasd_jobs`, created by the store's
 * migrations): one job per document key, taken by workers with `FOR UPDATE SKIP LOCKED`.
 *
 * Rules:
 *  1. enqueueing is idempotent by document key: a key already queued (in any state) or already
 *     stored is not queued again;
 *  2. a claimed job carries a lease (`locked_until`) and a fresh `lease_token`; a worker extends
 *     its leases by heartbeat, and a job whose lease ran out (its worker died) is taken again;
 *  3. a job is finished only by the holder of its current token, in the same transaction as the
 *     work it records (`complete`), so a document's effect is applied exactly once even when a
 *     worker dies between steps or a lease is taken over;
 *  4. a failure is kept in `last_error`; the job is retried with a growing delay until
 *     `max_attempts`, then left `failed`. A lease that runs out counts as an attempt, so a document
 *     that kills every worker that takes it ends `failed` too;
 *  5. the queue is drained when no job is pending or running: a running job with a live lease is
 *     not done yet, so `--until-empty` workers wait for it (or for its lease to run out).
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { AnalysisInput } from '../core/layers.js';
import { documentKey } from '../corpus/document-key.js';
import type { PostgresStore } from '../store/postgres/postgres-store.js';
import type { Database } from '../store/schema.js';

export interface JobPayload {
  readonly source: string;
  readonly input: AnalysisInput;
}

export interface ClaimedJob {
  readonly id: string;
  readonly docKey: string;
  readonly attempts: number;
  readonly token: string;
  readonly payload: JobPayload;
}

export interface QueueCounts {
  readonly pending: number;
  readonly running: number;
  readonly done: number;
  readonly failed: number;
}

export class LeaseLost extends Error {
  constructor(readonly jobId: string) {
    super(`job ${jobId}: its lease ran out and another worker took it`);
    this.name = 'LeaseLost';
  }
}

export interface EnqueueResult {
  readonly queued: number;
  /** Already queued, or already in the store. */
  readonly skipped: number;
}

export class JobQueue {
  constructor(
    readonly store: PostgresStore,
    /** Names this process in `locked_by` (host:pid by default). */
    readonly workerId: string = `${process.env.HOSTNAME ?? 'worker'}:${process.pid}`,
  ) {}

  private get db() {
    return this.store.db;
  }

  /** Queues documents (rule 1), a batch in one statement. */
  async enqueue(documents: readonly JobPayload[], maxAttempts = 5): Promise<EnqueueResult> {
    if (documents.length === 0) return { queued: 0, skipped: 0 };
    const rows = new Map<string, JobPayload>();
    for (const doc of documents) {
      const key = documentKey(doc.input.url, doc.input.text);
      if (!rows.has(key)) rows.set(key, doc);
    }
    const keys = [...rows.keys()];
    const stored = await this.db
      .selectFrom('documents')
      .select('doc_key')
      .where('doc_key', 'in', keys)
      .execute();
    for (const row of stored) rows.delete(row.doc_key);
    if (rows.size === 0) return { queued: 0, skipped: documents.length };
    const values = [...rows].map(
      ([key, doc]) => sql`(${key}, ${doc.source}, ${JSON.stringify(doc)}, ${maxAttempts})`,
    );
    const result = await sql`INSERT INTO rasd_jobs (doc_key, source, payload_json, max_attempts)
      VALUES ${sql.join(values)} ON CONFLICT (doc_key) DO NOTHING`.execute(this.db);
    const queued = Number(result.numAffectedRows ?? 0n);
    await sql`SELECT pg_notify('rasd_jobs', '')`.execute(this.db);
    return { queued, skipped: documents.length - queued };
  }

  /** Takes up to `limit` jobs that are ready or whose lease ran out (rule 2). */
  async claim(limit: number, leaseMs: number): Promise<ClaimedJob[]> {
    // Rule 4: a job whose every attempt ended with a dead worker is not taken again.
    await sql`UPDATE rasd_jobs SET state = 'failed', lease_token = NULL, locked_by = NULL, finished_at = now(),
        last_error = coalesce(last_error || '; ', '') || 'the worker holding it stopped (lease ran out) ' || attempts || ' times'
      WHERE state = 'running' AND locked_until < now() AND attempts >= max_attempts`.execute(this.db);
    const token = randomUUID();
    const result = await sql<{ id: string; doc_key: string; attempts: number; payload_json: string }>`
      UPDATE rasd_jobs SET state = 'running', attempts = attempts + 1, lease_token = ${token},
        locked_by = ${this.workerId}, locked_until = now() + ${leaseMs} * interval '1 millisecond'
      WHERE id IN (
        SELECT id FROM rasd_jobs
        WHERE (state = 'pending' AND run_after <= now()) OR (state = 'running' AND locked_until < now())
        ORDER BY id LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, doc_key, attempts, payload_json`.execute(this.db);
    return result.rows.map((row) => ({
      id: String(row.id),
      docKey: row.doc_key,
      attempts: row.attempts,
      token,
      payload: JSON.parse(row.payload_json) as JobPayload,
    }));
  }

  /** Extends the leases of jobs this worker still holds; answers the ids it no longer holds. */
  async heartbeat(jobs: readonly ClaimedJob[], leaseMs: number): Promise<string[]> {
    if (jobs.length === 0) return [];
    const held = await sql<{
      id: string;
    }>`UPDATE rasd_jobs SET locked_until = now() + ${leaseMs} * interval '1 millisecond'
      WHERE state = 'running' AND (id, lease_token) IN (${sql.join(jobs.map((j) => sql`(${j.id}::bigint, ${j.token})`))})
      RETURNING id`.execute(this.db);
    const ids = new Set(held.rows.map((r) => String(r.id)));
    return jobs.filter((j) => !ids.has(j.id)).map((j) => j.id);
  }

  /**
   * Finishes `job` and runs `work` in one transaction (rule 3): when the lease was lost, nothing is
   * written and `LeaseLost` is thrown; when `work` throws, nothing of it is written.
   */
  async complete<T>(
    job: ClaimedJob,
    work: (trx: Transaction<Database>) => Promise<T & { readonly status: string }>,
  ): Promise<T> {
    return this.store.db.transaction().execute(async (trx) => {
      // Taking the row lock first: a worker reclaiming this job after its lease ran out skips it now.
      const owned = await sql`UPDATE rasd_jobs SET state = 'done', finished_at = now(), payload_json = NULL,
          lease_token = NULL, locked_until = NULL
        WHERE id = ${job.id}::bigint AND lease_token = ${job.token} AND state = 'running'`.execute(trx);
      if (Number(owned.numAffectedRows ?? 0n) === 0) throw new LeaseLost(job.id);
      const result = await work(trx);
      await sql`UPDATE rasd_jobs SET result = ${result.status} WHERE id = ${job.id}::bigint`.execute(trx);
      return result;
    });
  }

  /** Records a failure (rule 4): back to pending after a delay, or `failed` after the last attempt. */
  async fail(job: ClaimedJob, error: unknown): Promise<'retry' | 'failed'> {
    const message =
      (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 1000) ?? '';
    const result = await sql<{ state: string }>`UPDATE rasd_jobs SET
        state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END,
        finished_at = CASE WHEN attempts >= max_attempts THEN now() ELSE NULL END,
        run_after = now() + least(300, power(2, attempts)) * interval '1 second',
        last_error = ${message}, lease_token = NULL, locked_by = NULL, locked_until = NULL
      WHERE id = ${job.id}::bigint AND lease_token = ${job.token}
      RETURNING state`.execute(this.db);
    return result.rows[0]?.state === 'failed' ? 'failed' : 'retry';
  }

  /** Jobs pending or running (rule 5): zero means drained. Reads only the partial index of open jobs. */
  async openCount(): Promise<number> {
    const rows = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM rasd_jobs WHERE state IN ('pending', 'running')`.execute(this.db);
    return Number(rows.rows[0]?.n ?? 0);
  }

  async counts(): Promise<QueueCounts> {
    const rows = await sql<{
      state: string;
      n: string;
    }>`SELECT state, count(*) AS n FROM rasd_jobs GROUP BY state`.execute(this.db);
    const of = (state: string) => Number(rows.rows.find((r) => r.state === state)?.n ?? 0);
    return { pending: of('pending'), running: of('running'), done: of('done'), failed: of('failed') };
  }

  /** The last errors of failed jobs, newest first. */
  async failures(limit = 20): Promise<{ docKey: string; source: string | null; error: string | null }[]> {
    const rows = await sql<{ doc_key: string; source: string | null; last_error: string | null }>`
      SELECT doc_key, source, last_error FROM rasd_jobs WHERE state = 'failed' ORDER BY finished_at DESC LIMIT ${limit}`.execute(
      this.db,
    );
    return rows.rows.map((r) => ({ docKey: r.doc_key, source: r.source, error: r.last_error }));
  }

  /** Puts failed jobs back in the queue with fresh attempts. */
  async retryFailed(): Promise<number> {
    const result =
      await sql`UPDATE rasd_jobs SET state = 'pending', attempts = 0, run_after = now(), finished_at = NULL
      WHERE state = 'failed' AND payload_json IS NOT NULL`.execute(this.db);
    return Number(result.numAffectedRows ?? 0n);
  }
}
