/**
 * A worker thread running a large analysis yields the CPU to the event loop's thread. On a machine
 * with few cores an analysis of megabytes keeps a core busy for seconds; at the same priority the
 * scheduler gives the event loop only its share, and health checks and reads wait for it. A
 * thread that calls `lowerThisThreadPriority` works as fast as before when the CPU is free, but
 * gives way when the event loop wants to run. (A lowered thread cannot be raised again without
 * privileges, so the pool replaces such a worker after its job.)
 *
 * Only on Linux: there the nice value belongs to each thread and `setpriority` on pid 0 changes
 * the calling thread alone; elsewhere it would change the whole process, event loop included,
 * so nothing is done.
 */
import { getPriority, setPriority } from 'node:os';

/** Raises this thread's nice value by `steps` (at most to 19, the lowest priority). */
export function lowerThisThreadPriority(steps: number): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(Math.min(19, getPriority() + steps));
  } catch {
    // Not permitted here (a sandbox): the thread runs at the process's priority, as before.
  }
}
