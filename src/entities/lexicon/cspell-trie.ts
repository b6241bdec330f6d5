/**
 * Reader for cspell's `TrieXv3` dictionary format, so the Arabic word list of @cspell/dict-ar
 * (LGPL-3.0) is used through the package as it ships, never copied into Rasd.
 *
 * The format, as cspell-trie-lib writes it: a header (`TrieXv3`, `base=N`, comments, `__DATA__`),
 * then a stream where a character adds a child and descends, `$` ends a word and steps back one,
 * `<` or a digit 2–9 steps back that many, `#ref;` (in base N) points the current edge at an
 * earlier node, `\` escapes the next character, and line breaks mean nothing.
 */
export interface WordLexicon {
  has(word: string): boolean;
}

/** A word as the lexicon and the gazetteer's lists spell it: no harakat, no tatweel, letters kept. */
export function lexiconSpelling(word: string): string {
  return word.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
}

interface TrieNode {
  end: boolean;
  children: Map<number, TrieNode> | undefined;
  /** Number in the compact form, -1 until `compactTrie` reaches the node. */
  id: number;
}

export function parseCspellTrie(source: string): WordLexicon {
  const dataAt = source.indexOf('__DATA__');
  if (dataAt < 0 || !/^TrieXv3$/m.test(source.slice(0, dataAt)))
    throw new Error('not a cspell TrieXv3 dictionary');
  const radix = Number(/base=(\d+)/.exec(source.slice(0, dataAt))?.[1] ?? '10');
  const root: TrieNode = { end: false, children: new Map(), id: -1 };
  const build = new TrieBuilder(root);
  const data = source.slice(source.indexOf('\n', dataAt) + 1);
  let k = 0;
  while (k < data.length) {
    const ch = data[k] as string;
    if (ch === '\n' || ch === '\r') k++;
    else if (ch === '$' || ch === '<') {
      if (ch === '$') build.markEnd();
      build.back(1);
      k++;
      for (let c = data[k]; c === '<' || (c !== undefined && c >= '2' && c <= '9'); c = data[k]) {
        build.back(c === '<' ? 1 : Number(c) - 1);
        k++;
      }
    } else if (ch === '#') {
      const close = data.indexOf(';', k);
      build.reference(Number.parseInt(data.slice(k + 1, close), radix) + 1);
      k = close + 1;
    } else if (ch === '\\') {
      build.insert((data[k + 1] ?? '').charCodeAt(0));
      k += 2;
    } else {
      build.insert(ch.charCodeAt(0));
      k++;
    }
  }
  return compactTrie(root);
}

/**
 * The built trie as flat typed arrays, the shared nodes kept shared: a Map and an object per node
 * held about 75 MB of heap for the Arabic list, a resident cost of every process that tags
 * entities (issue 14's 400 MB ceiling). Node `n`'s edges are `edgeChar`/`edgeNode` from
 * `firstEdge[n]` to `firstEdge[n + 1]`, sorted by character.
 */
function compactTrie(root: TrieNode): WordLexicon {
  root.id = 0;
  const order: TrieNode[] = [root];
  let edgeCount = 0;
  for (let n = 0; n < order.length; n++) {
    const children = (order[n] as TrieNode).children;
    if (!children) continue;
    edgeCount += children.size;
    for (const child of children.values()) {
      if (child.id < 0) {
        child.id = order.length;
        order.push(child);
      }
    }
  }
  const firstEdge = new Int32Array(order.length + 1);
  const edgeChar = new Uint16Array(edgeCount);
  const edgeNode = new Int32Array(edgeCount);
  const end = new Uint8Array(order.length);
  let e = 0;
  for (let n = 0; n < order.length; n++) {
    const node = order[n] as TrieNode;
    firstEdge[n] = e;
    end[n] = node.end ? 1 : 0;
    if (!node.children) continue;
    const edges = node.children.size > 1 ? [...node.children].sort((a, b) => a[0] - b[0]) : node.children;
    for (const [char, child] of edges) {
      edgeChar[e] = char;
      edgeNode[e] = child.id;
      e++;
    }
  }
  firstEdge[order.length] = e;
  return {
    has(word) {
      let node = 0;
      for (let i = 0; i < word.length; i++) {
        const char = word.charCodeAt(i);
        let lo = firstEdge[node] as number;
        let hi = (firstEdge[node + 1] as number) - 1;
        node = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          const at = edgeChar[mid] as number;
          if (at === char) {
            node = edgeNode[mid] as number;
            break;
          }
          if (at < char) lo = mid + 1;
          else hi = mid - 1;
        }
        if (node < 0) return false;
      }
      return end[node] === 1;
    },
  };
}

/** Mirrors cspell's builder cursor: nodes are numbered in creation order for `#ref;`. */
class TrieBuilder {
  private readonly leaf: TrieNode = { end: true, children: undefined, id: -1 };
  private readonly nodes: TrieNode[];
  private readonly parents: TrieNode[] = [];
  private readonly edges: number[] = [];
  private current: TrieNode;
  private depth = 0;

  constructor(root: TrieNode) {
    this.nodes = [root, this.leaf];
    this.parents.push(root);
    this.edges.push(0);
    this.current = root;
  }

  insert(char: number): void {
    if (this.current === this.leaf) {
      this.current = { end: true, children: undefined, id: -1 };
      this.parents[this.depth]?.children?.set(this.edges[this.depth] ?? 0, this.current);
      this.nodes.push(this.current);
    }
    const node = this.current;
    node.children ??= new Map();
    let next = node.children.get(char);
    if (!next) {
      next = { end: false, children: undefined, id: -1 };
      node.children.set(char, next);
    }
    this.nodes.push(next);
    this.depth++;
    this.parents[this.depth] = node;
    this.edges[this.depth] = char;
    this.current = next;
  }

  markEnd(): void {
    if (!this.current.children) {
      this.parents[this.depth]?.children?.set(this.edges[this.depth] ?? 0, this.leaf);
      if (this.nodes[this.nodes.length - 1] === this.current) this.nodes.pop();
      this.current = this.leaf;
    } else this.current.end = true;
  }

  reference(id: number): void {
    const target = this.nodes[id];
    if (target) this.parents[this.depth]?.children?.set(this.edges[this.depth] ?? 0, target);
    this.nodes.pop();
  }

  back(steps: number): void {
    if (steps <= 0) return;
    this.depth -= steps;
    this.current = this.parents[this.depth + 1] as TrieNode;
  }
}
