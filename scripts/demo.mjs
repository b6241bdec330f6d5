// `npm run demo`: build if stale (after `npm ci` it is not), ingest the sample corpus into a
// fresh demo.db and serve it. Each long step says what it is doing, so a first run on a slow
// machine does not look stuck.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'rasd.js');
const corpus = 'examples/corpus/articles.jsonl';
const store = 'demo.db';
const say = (line) => process.stderr.write(`rasd demo: ${line}\n`);

const built = buildIfStale();
if (built !== 0) process.exit(built);

for (const suffix of ['', '-wal', '-shm']) rmSync(join(root, `${store}${suffix}`), { force: true });
const articles = readFileSync(join(root, corpus), 'utf8')
  .split('\n')
  .filter((l) => l.trim()).length;
say(`analysing the ${articles} sample articles of ${corpus} into a fresh ${store}…`);
const ingest = spawnSync(process.execPath, [bin, 'ingest', corpus, '--store', store], {
  cwd: root,
  stdio: 'inherit',
});
if (ingest.status !== 0) process.exit(ingest.status ?? 1);

say('starting the server (Ctrl-C stops it)…');
const server = spawn(process.execPath, [bin, 'serve', '--store', store], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => {
  process.exitCode = code ?? 0;
});
