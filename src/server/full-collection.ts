/**
 * One full garbage collection of this thread's heap, asked for once at a chosen moment.
 *
 * Why: an analysis worker's first job loads the tagger's model, the lexicon and the gazetteer,
 * and that leaves about 90 MB of garbage in the worker's heap (live after it: ~20 MB of heap and
 * ~48 MB of weights). V8 then sets the heap's limit from that peak and, with the allocation of
 * document analyses never reaching it, kept the garbage for minutes: issue 18's load run found
 * each analysis worker at 115–150 MB of heap where a heap snapshot found 20 MB alive, two
 * workers thus holding ~200 MB of the server's RSS. Collected once after loading, the limit is set
 * from what is alive.
 *
 * Node gives `gc()` only with `--expose-gc`, a process flag a worker cannot be started with
 * (ERR_WORKER_INVALID_EXEC_ARGV) and that `rasd serve` would need a relaunch to add. V8 reads the
 * flag when a context is made: it is set, one context is made to fetch `gc`, and it is unset again,
 * so no other context sees it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export function collectGarbageOnce(): void {
  setFlagsFromString('--expose-gc');
  try {
    const gc = runInNewContext('gc') as (() => void) | undefined;
    gc?.();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
