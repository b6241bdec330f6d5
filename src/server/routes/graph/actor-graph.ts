/**
 * The actor graph: who did what to whom across the stored stories. Rules:
 *  1. an event links each of its actors to each of its targets (actor → target);
 *  2. an event with no target links its actors pairwise, in the order named;
 *  3. an actor is never linked to itself;
 *  4. an edge counts its events by PLOVER quad and takes the quad with most events as its colour
 *     (ties go to conflict over cooperation and material over verbal: the graver reading);
 *  5. an edge keeps its first few events' evidence, so a click can show why it exists.
 */
import type { PloverType } from '../../../contract/analysis.js';
import { PLOVER_QUAD, type PloverQuad } from '../../../contract/plover-quad.js';
import type { Citation, StoryEvent } from '../../../corpus/types.js';

export const EVIDENCE_PER_EDGE = 3;

export interface GraphNode {
  readonly id: string;
  readonly events: number;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly quad: PloverQuad;
  readonly count: number;
  readonly quads: Record<PloverQuad, number>;
  readonly types: PloverType[];
  readonly evidence: Citation[];
}

export interface ActorGraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
}

/** Quads from gravest to mildest, for rule 4's ties. */
const GRAVITY: readonly PloverQuad[] = [
  'material-conflict',
  'verbal-conflict',
  'material-cooperation',
  'verbal-cooperation',
];

export function buildActorGraph(events: readonly StoryEvent[]): ActorGraph {
  const nodes = new Map<string, number>();
  const edges = new Map<string, Omit<GraphEdge, 'quad'>>();
  for (const event of events) {
    for (const [source, target] of linksOf(event)) {
      nodes.set(source, (nodes.get(source) ?? 0) + 1);
      nodes.set(target, (nodes.get(target) ?? 0) + 1);
      const key = `${source}\u0000${target}`;
      const edge = edges.get(key) ?? {
        source,
        target,
        count: 0,
        quads: {
          'verbal-cooperation': 0,
          'material-cooperation': 0,
          'verbal-conflict': 0,
          'material-conflict': 0,
        },
        types: [],
        evidence: [],
      };
      edge.quads[PLOVER_QUAD[event.type]]++;
      if (!edge.types.includes(event.type)) edge.types.push(event.type);
      if (edge.evidence.length < EVIDENCE_PER_EDGE) edge.evidence.push(event.evidence);
      edges.set(key, { ...edge, count: edge.count + 1 });
    }
  }
  return {
    nodes: [...nodes].map(([id, count]) => ({ id, events: count })),
    edges: [...edges.values()].map((edge) => ({ ...edge, quad: dominantQuad(edge.quads) })),
  };
}

function linksOf(event: StoryEvent): [string, string][] {
  const links: [string, string][] = [];
  if (event.targets.length > 0) {
    for (const actor of event.actors) for (const target of event.targets) links.push([actor, target]);
  } else {
    for (let i = 0; i < event.actors.length; i++)
      for (let j = i + 1; j < event.actors.length; j++)
        links.push([event.actors[i] ?? '', event.actors[j] ?? '']);
  }
  return links.filter(([a, b]) => a !== '' && b !== '' && a !== b);
}

function dominantQuad(quads: Record<PloverQuad, number>): PloverQuad {
  let best: PloverQuad = GRAVITY[0] ?? 'material-conflict';
  for (const quad of GRAVITY) if (quads[quad] > quads[best]) best = quad;
  return best;
}
