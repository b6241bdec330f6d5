import { readFileSync } from 'node:fs';
import { describeFsError } from '../../ingest/read-sources.js';
import { type DocumentSink, queueSink, storeSink } from '../../watch/document-sink.js';
import { siteDelay } from '../../watch/site-delay.js';
import { readWatchList } from '../../watch/watch-list.js';
import { describeRound, watch } from '../../watch/watch-loop.js';
import { loadWatchState } from '../../watch/watch-state.js';
import { type Command, EXIT_OK, UsageError } from '../command.js';
import { parseOptions } from '../parse-options.js';
import { sourceOptionsFrom } from '../source-options.js';
import { STORE_HELP, STORE_OPTION, withStore } from './store-common.js';

const DEFAULT_EVERY = '10m';
const DEFAULT_DELAY = '2s';

export const watchCommand: Command = {
  name: 'watch',
  summary: 'poll a list of feeds and pages on a schedule; new articles analysed into the store',
  help: `Usage: rasd watch LIST [options]

Keeps a store up to date from a list of feeds and pages. Every round (--every) each URL of LIST is
fetched once; what is new since the last round (an item whose URL, or text, was never taken) is
analysed and stored, and joined to identities, stories and conflicts incrementally, so a round
costs what its new articles cost, not what the store holds. One status line per round on stdout.

LIST is a text file with one URL per line (# starts a comment) or an OPML file exported from a
feed reader. A URL is an RSS/Atom feed or a page. A feed item that carries only a link has its
page fetched. The list is read again every round: edit it while rasd watch runs.

Being a good client:
  - conditional requests: the ETag and Last-Modified of each URL are sent back next time
    (If-None-Match, If-Modified-Since), and a 304 costs nothing;
  - a URL that fails waits before it is tried again: 1 round, then 3, then 7… (at most 6 hours);
    the others go on;
  - at least --delay between two requests to one site;
  - every guard of \`rasd ingest\` holds: only public addresses (checked after DNS and at every
    redirect), a deadline per fetch, a size cap, no XML entity expansion.

What is remembered (validators, the items already taken, failures) is in the state file, so a
restarted watcher neither re-reads nor re-analyses anything.

Options:
  --every DURATION          time between the starts of two rounds (default ${DEFAULT_EVERY}): 90s, 10m, 1h
  --once                    one round, then exit (for cron or a systemd timer)
  --delay DURATION          least time between two requests to one site (default ${DEFAULT_DELAY})
  --state FILE              where to remember what was seen (default: LIST.state.json)
${STORE_HELP}
  --queue                   queue new documents for \`rasd worker\` instead of analysing them here
                            (needs a PostgreSQL store)
  --no-refresh              store documents without joining them to stories each round
  --json                    status lines as JSON objects, one a line
  --allow-private           allow loopback, private and link-local addresses (a test server)
  --allow-address IP        allow this one non-public address (repeatable)
  --timeout SECONDS         give up on one fetch after this long (default 20)
  --max-size MB             refuse a feed or page larger than this (default 32)
  --encoding NAME           decode every input as NAME instead of detecting it
  -h, --help                this help

Stopping: SIGINT (Ctrl-C) or SIGTERM ends the round after the article in hand, writes the state
and exits 0; every stored article is whole, and those not yet joined to stories are joined by the
next round or the next command that reads the store. A second signal exits at once.

Errors: a URL that fails is one line on stderr (with when it is tried again); an item that cannot
be read or analysed is one line too; neither stops the round.
Exit status: 0 after --once or a stop, 1 when the store cannot be written, 2 for a wrong command
line.

Status line (text):
  2026-12-07T07:10:00.000Z round 3: 12 URLs (2 read, 9 unchanged, 1 failed) · 5 new, 5 added · 0.8 s
With --json: {"round":3,"startedAt":…,"seconds":0.8,"urls":12,"read":2,"unchanged":9,"failed":1,
  "backingOff":0,"newItems":5,"added":5,"queued":0,"itemErrors":0,"corpus":{…}|null,"stopped":false}

Examples:
  rasd watch feeds.txt --store news.db
  rasd watch subscriptions.opml --every 15m --delay 5s --store news.db --json >> watch.log
  rasd watch feeds.txt --once --store news.db          # from cron
  rasd watch feeds.txt --queue --store postgres://rasd@db/rasd
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      ...STORE_OPTION,
      every: { type: 'string' },
      once: { type: 'boolean' },
      delay: { type: 'string' },
      state: { type: 'string' },
      queue: { type: 'boolean' },
      'no-refresh': { type: 'boolean' },
      json: { type: 'boolean' },
      'allow-private': { type: 'boolean' },
      'allow-address': { type: 'string', multiple: true },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
      encoding: { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('give one LIST: a file of URLs or an OPML file');
    const listPath = positionals[0] as string;
    const everyMs = durationMs(values.every ?? DEFAULT_EVERY, '--every');
    const delayMs =
      values.delay === undefined
        ? durationMs(DEFAULT_DELAY, '--delay')
        : durationMs(values.delay, '--delay', true);
    const statePath = values.state ?? `${listPath}.state.json`;
    const readList = listReader(listPath);
    readList(); // a missing or empty list is a usage error now, not a quiet empty round
    let state: ReturnType<typeof loadWatchState>;
    try {
      state = loadWatchState(statePath);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const stop = new AbortController();
    const options = {
      ...sourceOptionsFrom(values),
      fetchLinks: true,
      signal: stop.signal,
      beforeRequest: siteDelay(delayMs, stop.signal),
    };
    const onSignal = (name: string) => {
      process.stderr.write(
        `rasd watch: ${name}: stopping after the article in hand (again to stop at once)\n`,
      );
      stop.abort();
    };
    const onTerm = () => onSignal('SIGTERM');
    const onInt = () => onSignal('SIGINT');
    process.once('SIGTERM', onTerm);
    process.once('SIGINT', onInt);
    try {
      return await withStore(
        'watch',
        values.store,
        async (store) => {
          let sink: DocumentSink;
          try {
            sink = values.queue ? await queueSink(store) : storeSink(store, values['no-refresh'] !== true);
          } catch (error) {
            throw new UsageError((error as Error).message);
          }
          await watch({
            everyMs,
            once: values.once === true,
            statePath,
            state,
            readList,
            sink,
            options,
            onStatus: (status) =>
              process.stdout.write(`${values.json ? JSON.stringify(status) : describeRound(status)}\n`),
            onLine: (line) => process.stderr.write(`rasd watch: ${line.replace(/\s*\n\s*/g, ' ')}\n`),
          });
          return EXIT_OK;
        },
        'create',
      );
    } finally {
      process.removeListener('SIGTERM', onTerm);
      process.removeListener('SIGINT', onInt);
    }
  },
};

/** Reads the list each round; a list that vanished or broke keeps the last good one, with a line. */
function listReader(path: string): () => readonly string[] {
  let last: readonly string[] | null = null;
  return () => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (last === null) throw new UsageError(`${path}: ${describeFsError(error)}`);
      process.stderr.write(`rasd watch: ${path}: ${describeFsError(error)}; polling the last list read\n`);
      return last;
    }
    const list = readWatchList(path, text);
    if (last === null) for (const warning of list.warnings) process.stderr.write(`rasd watch: ${warning}\n`);
    if (list.urls.length === 0 && last === null) throw new UsageError(`${path}: no http(s) URL to watch`);
    last = list.urls.length > 0 ? list.urls : last;
    return last ?? [];
  };
}

/** `90`, `90s`, `10m`, `1h`, `1h30m` into milliseconds; a bare number is seconds. */
export function durationMs(value: string, flag: string, zeroAllowed = false): number {
  const parts = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s?)?$/.exec(value.trim());
  const [h, m, s] = [parts?.[1], parts?.[2], parts?.[3]].map((p) => Number(p ?? 0));
  const ms = Math.round(((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000);
  if (!parts || value.trim() === '' || (ms <= 0 && !zeroAllowed)) {
    throw new UsageError(`${flag} must be a duration such as 90s, 10m or 1h (got "${value}")`);
  }
  return ms;
}
