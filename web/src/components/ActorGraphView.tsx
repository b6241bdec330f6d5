/** The actor graph drawn by Cytoscape: nodes are actors, edges their events, coloured by quad. */
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { ActorGraph } from '../lib/api.js';
import { QUAD_COLOURS } from '../lib/quads.js';

export function ActorGraphView({
  graph,
  onSelectEdge,
}: {
  graph: ActorGraph;
  onSelectEdge: (index: number | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelectEdge);
  select.current = onSelectEdge;
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [
        ...graph.nodes.map((n) => ({ data: { id: `n:${n.id}`, label: n.id, weight: n.events } })),
        ...graph.edges.map((e, i) => ({
          data: {
            id: `e:${i}`,
            index: i,
            source: `n:${e.source}`,
            target: `n:${e.target}`,
            colour: QUAD_COLOURS[e.quad],
            width: Math.min(1 + e.count, 8),
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
            'background-color': '#35506b',
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
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'curve-style': 'bezier',
            width: 'data(width)',
          },
        },
        { selector: 'edge:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#000' } },
      ],
      layout: { name: 'cose', animate: false, padding: 30 },
      maxZoom: 1.5,
      minZoom: 0.2,
    });
    cy.on('tap', 'edge', (event) => select.current(Number(event.target.data('index'))));
    cy.on('tap', (event) => {
      if (event.target === cy) select.current(null);
    });
    return () => cy.destroy();
  }, [graph]);
  return <div ref={container} className="graph" data-testid="graph" />;
}
