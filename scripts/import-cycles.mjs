// Lists the import cycles among the TypeScript modules under a folder (default src/), the job
// `madge --circular` would do, which is not among this project's packages. Every relative import
// counts, `import type` too (a type cycle still ties two modules into one), and so do re-exports
// and dynamic imports of a literal path. Exits 1 when there is a cycle.
//
//   node scripts/import-cycles.mjs [folder]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^;'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

function modulesUnder(folder) {
  const out = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) out.push(...modulesUnder(path));
    else if (/\.tsx?$/.test(entry) && !/\.d\.ts$/.test(entry)) out.push(path);
  }
  return out;
}

/** The module a relative specifier names: `./x.js` is `./x.ts` (or `.tsx`, or `./x/index.ts`). */
function resolveImport(from, specifier, known) {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(m?js|tsx?)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, join(base, 'index.ts')]) {
    if (known.has(candidate)) return candidate;
  }
  return undefined;
}

/** Each cycle once, as the list of its modules relative to `folder`, in import order. */
export function importCycles(folder) {
  const root = resolve(folder);
  const files = modulesUnder(root);
  const known = new Set(files);
  const edges = new Map();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set();
    for (const m of text.matchAll(IMPORT)) {
      const target = resolveImport(file, m[1] ?? m[2], known);
      if (target) targets.add(target);
    }
    edges.set(file, [...targets].sort());
  }
  // Tarjan's strongly connected components: every component of more than one module (or a module
  // importing itself) holds a cycle; one cycle through it is shown.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let counter = 0;
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      for (let w = stack.pop(); ; w = stack.pop()) {
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      if (component.length > 1 || edges.get(v).includes(v)) components.push(component);
    }
  };
  for (const file of files.sort()) if (!index.has(file)) visit(file);
  return components.map((component) => cycleIn(component, edges).map((f) => relative(root, f)));
}

/** A shortest path from the component's first module back to itself, inside the component. */
function cycleIn(component, edges) {
  const members = new Set(component);
  const start = [...component].sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift();
    for (const w of edges.get(v)) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [];
        for (let at = v; at !== null; at = previous.get(at)) path.unshift(at);
        return path;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? 'src';
  const cycles = importCycles(folder);
  for (const cycle of cycles) console.log(`${[...cycle, cycle[0]].join(' -> ')}`);
  console.log(
    cycles.length === 0 ? `no import cycles in ${folder}` : `${cycles.length} import cycles in ${folder}`,
  );
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
