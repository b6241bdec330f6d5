// `npm ci` (and npx, when it links this package) runs this: build once, only when stale.
import { buildIfStale } from './build-if-stale.mjs';

process.exitCode = buildIfStale();
