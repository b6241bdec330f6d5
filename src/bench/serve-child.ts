/** A `rasd serve` child process, as the HTTP benchmarks start it. */
import type { ChildProcess } from 'node:child_process';

/** The URL `rasd serve` prints once it listens (it was given port 0, so it picks one). */
export function listeningUrl(server: ChildProcess, bench: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`bench ${bench}: rasd serve did not start in 30 s`)),
      30_000,
    );
    server.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^/\s]+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench ${bench}: rasd serve exited (${code}) before listening`));
    });
  });
}
