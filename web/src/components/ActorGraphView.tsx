/**
 * The actor graph drawn by Cytoscape: nodes are actors coloured by entity type, edges their events
 * coloured by quad and labelled with the event types. The layout starts from a circle in name
 * order and runs with a fixed seed, so the same graph is drawn the same way on every load; its
 * node positions are left on the container (`data-layout`, and on screen `data-rendered`) for
 * tests to compare and press.
 */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ActorGraph } from '../lib/api.js';
import { QUAD_COLOURS } from '../lib/quads.js';

export const TYPE_COLOURS: Readonly<Record<string, string>> = {
  PER: '#2f7bd0',
  ORG: '#7a4cc2',
  LOC: '#2e9550',
  MISC: '#6b7580',
};

/** A small deterministic generator (mulberry32), so "random" layout steps repeat. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function ActorGraphView({
  graph,
  typeOf,
  edgeLabel,
  onSelectEdge,
  onOpenNode,
}: {
  graph: ActorGraph;
  typeOf: (name: string) => string;
  edgeLabel: (index: number) => string;
  onSelectEdge: (index: number | null) => void;
  onOpenNode: (name: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelectEdge);
  select.current = onSelectEdge;
  const open = useRef(onOpenNode);
  open.current = onOpenNode;
  useEffect(() => {
    if (!container.current) return;
    const names = graph.nodes.map((n) => n.id).sort((x, y) => x.localeCompare(y, 'ar'));
    const radius = 60 + 25 * names.length;
    const start = new Map(
      names.map((name, i) => {
        const angle = (2 * Math.PI * i) / Math.max(names.length, 1);
        return [name, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) }];
      }),
    );
    // Cytoscape's force layout draws on Math.random: for the layout's run only, it gets a seeded one.
    const random = Math.random;
    Math.random = seeded(19);
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({
          data: {
            id: `n:${n.id}`,
            name: n.id,
            label: n.id,
            weight: n.events,
            colour: TYPE_COLOURS[typeOf(n.id)],
          },
          position: start.get(n.id) ?? { x: 0, y: 0 },
        })),
        ...graph.edges.map((e, i) => ({
          data: {
            id: `e:${i}`,
            index: i,
            source: `n:${e.source}`,
            target: `n:${e.target}`,
            colour: QUAD_COLOURS[e.quad],
            width: Math.min(1 + e.count, 8),
            label: edgeLabel(i),
          },
        })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'font-family': 'Noto Naskh Arabic, serif',
            'font-size': 12,
            'background-color': 'data(colour)',
            color: '#1b2733',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            width: 'mapData(weight, 1, 20, 18, 46)',
            height: 'mapData(weight, 1, 20, 18, 46)',
          },
        },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'font-family': 'Noto Naskh Arabic, serif',
            'font-size': 10,
            color: '#36424e',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-rotation': 'autorotate',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            width: 'data(width)',
          },
        },
        { selector: 'edge:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#000' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, padding: 30 },
      maxZoom: 1.5,
      minZoom: 0.2,
      // The page scrolls under the wheel; zoom stays on pinch and the buttons of the browser.
      userZoomingEnabled: false,
    });
    Math.random = random;
    const positions = Object.fromEntries(
      cy
        .nodes()
        .map((n) => [n.data('name') as string, [Math.round(n.position('x')), Math.round(n.position('y'))]]),
    );
    container.current.dataset.layout = JSON.stringify(positions);
    // Where each node is on screen, for a test to press it as a reader would.
    const rendered = Object.fromEntries(
      cy.nodes().map((n) => {
        const at = n.renderedPosition();
        return [n.data('name') as string, [Math.round(at.x), Math.round(at.y)]];
      }),
    );
    container.current.dataset.rendered = JSON.stringify(rendered);
    cy.on('tap', 'edge', (event) => select.current(Number(event.target.data('index'))));
    cy.on('tap', 'node', (event) => open.current(String(event.target.data('name'))));
    cy.on('tap', (event) => {
      if (event.target === cy) select.current(null);
    });
    return () => cy.destroy();
  }, [graph, typeOf, edgeLabel]);
  return <div ref={container} className="graph" data-testid="graph" aria-hidden="true" />;
}
