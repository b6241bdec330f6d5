// Compares two V8 heap snapshots (`.heapsnapshot`, as `--heapsnapshot-signal` or
// `v8.writeHeapSnapshot()` write them) by constructor: how many objects of each and their own
// (shallow) size, in the first, in the second, and the difference, largest growth first. Written
// for issue 18's question "what grows in the server's main thread under load": a V8 snapshot is
// taken after a full collection, so what it holds is alive, and a constructor whose count grows
// between two snapshots of a steady load is what to follow.
//
//   node --max-old-space-size=4096 scripts/heap-snapshot-diff.mjs A.heapsnapshot B.heapsnapshot [rows]
import { readFileSync } from 'node:fs';

function summarise(file) {
  const { snapshot, nodes, strings } = JSON.parse(readFileSync(file, 'utf8'));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const byName = new Map();
  let total = 0;
  for (let i = 0; i < nodes.length; i += width) {
    const type = types[nodes[i + typeAt]];
    const size = nodes[i + sizeAt];
    total += size;
    // Objects by their constructor's name; closures by their function's name; the rest by type.
    let name;
    if (type === 'object' || type === 'native') name = strings[nodes[i + nameAt]];
    else if (type === 'closure') name = `(closure) ${strings[nodes[i + nameAt]] || '(anonymous)'}`;
    else name = `(${type})`;
    const entry = byName.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += size;
    byName.set(name, entry);
  }
  return { byName, total, count: nodes.length / width };
}

const [first, second, rowsArg] = process.argv.slice(2);
if (!first || !second) {
  console.error('usage: heap-snapshot-diff.mjs A.heapsnapshot B.heapsnapshot [rows]');
  process.exit(64);
}
const a = summarise(first);
const b = summarise(second);
const mb = (bytes) => (bytes / 2 ** 20).toFixed(2);
console.log(`first:  ${a.count} objects, ${mb(a.total)} MB`);
console.log(
  `second: ${b.count} objects, ${mb(b.total)} MB (${b.total >= a.total ? '+' : ''}${mb(b.total - a.total)})`,
);
const names = new Set([...a.byName.keys(), ...b.byName.keys()]);
const rows = [...names].map((name) => {
  const x = a.byName.get(name) ?? { count: 0, size: 0 };
  const y = b.byName.get(name) ?? { count: 0, size: 0 };
  return { name, countA: x.count, countB: y.count, sizeA: x.size, sizeB: y.size };
});
rows.sort((p, q) => q.sizeB - q.sizeA - (p.sizeB - p.sizeA) || q.countB - q.countA - (p.countB - p.countA));
const limit = Number(rowsArg ?? 30);
console.log('constructor\tcount first → second (Δ)\tshallow KB first → second (Δ)');
for (const r of rows.slice(0, limit)) {
  const kb = (bytes) => (bytes / 1024).toFixed(0);
  console.log(
    `${r.name.slice(0, 60)}\t${r.countA} → ${r.countB} (${r.countB - r.countA >= 0 ? '+' : ''}${r.countB - r.countA})\t${kb(r.sizeA)} → ${kb(r.sizeB)} (${r.sizeB - r.sizeA >= 0 ? '+' : ''}${kb(r.sizeB - r.sizeA)})`,
  );
}
console.log('… largest growth by count:');
for (const r of [...rows].sort((p, q) => q.countB - q.countA - (p.countB - p.countA)).slice(0, 15)) {
  console.log(`${r.name.slice(0, 60)}\t${r.countA} → ${r.countB} (+${r.countB - r.countA})`);
}
