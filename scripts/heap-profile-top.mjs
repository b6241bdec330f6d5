// The functions that allocated the most in a V8 sampling heap profile (`.heapprofile`, as
// `--heap-prof` or the load run's `RASD_THREAD_MEMORY_ALLOCATIONS` write it): bytes allocated by
// each function itself, and by each function with everything it called, largest first. With
// collected objects kept in the profile, this is where a thread's garbage comes from.
//
//   node scripts/heap-profile-top.mjs FILE.heapprofile [rows]
import { readFileSync } from 'node:fs';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: heap-profile-top.mjs FILE.heapprofile [rows]');
  process.exit(64);
}
const { head } = JSON.parse(readFileSync(file, 'utf8'));
const self = new Map();
const inclusive = new Map();
const where = (frame) => {
  const url = frame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
  return `${frame.functionName || '(anonymous)'} ${url}:${frame.lineNumber + 1}`;
};
let total = 0;
// Returns the bytes allocated under `node`; each function is counted once per stack (recursion).
function walk(node, onStack) {
  const name = where(node.callFrame);
  let sum = node.selfSize;
  total += node.selfSize;
  self.set(name, (self.get(name) ?? 0) + node.selfSize);
  const first = !onStack.has(name);
  if (first) onStack.add(name);
  for (const child of node.children) sum += walk(child, onStack);
  if (first) {
    onStack.delete(name);
    inclusive.set(name, (inclusive.get(name) ?? 0) + sum);
  }
  return sum;
}
walk(head, new Set());
const limit = Number(rowsArg ?? 25);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(1);
console.log(`allocated (sampled): ${mb(total)} MB`);
for (const [title, map] of [
  ['self', self],
  ['with callees', inclusive],
]) {
  console.log(`\n${title}: MB  %  function`);
  for (const [name, bytes] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`${mb(bytes).padStart(8)} ${((100 * bytes) / total).toFixed(1).padStart(5)}  ${name}`);
  }
}
