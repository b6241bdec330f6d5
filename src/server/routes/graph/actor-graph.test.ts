import { describe, expect, it } from 'vitest';
import type { PloverType } from '../../../contract/analysis.js';
import type { StoryEvent } from '../../../corpus/types.js';
import { buildActorGraph, EVIDENCE_PER_EDGE } from './actor-graph.js';

function event(type: PloverType, actors: string[], targets: string[] = [], sentence = 'جملة'): StoryEvent {
  const document = { id: 'text:1', url: null, source: null, title: null, outlet: null, published: null };
  return {
    type,
    date: null,
    actors,
    targets,
    evidence: { document, start: 0, end: sentence.length, text: sentence },
  };
}

describe('buildActorGraph', () => {
  it('links each actor to each target', () => {
    const graph = buildActorGraph([event('AID', ['الأردن', 'مصر'], ['غزة'])]);
    expect(graph.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['الأردن>غزة', 'مصر>غزة']);
    expect(graph.nodes.find((n) => n.id === 'غزة')?.events).toBe(2);
  });

  it('links actors pairwise when an event names no target', () => {
    const graph = buildActorGraph([event('CONSULT', ['أ', 'ب', 'ج'])]);
    expect(graph.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['أ>ب', 'أ>ج', 'ب>ج']);
  });

  it('never links an actor to itself', () => {
    expect(buildActorGraph([event('FIGHT', ['أ'], ['أ'])]).edges).toEqual([]);
  });

  it('colours an edge by the quad with most events', () => {
    const graph = buildActorGraph([
      event('AGREE', ['أ'], ['ب']),
      event('CONSULT', ['أ'], ['ب']),
      event('FIGHT', ['أ'], ['ب']),
    ]);
    expect(graph.edges[0]).toMatchObject({
      quad: 'verbal-cooperation',
      count: 3,
      types: ['AGREE', 'CONSULT', 'FIGHT'],
    });
  });

  it('settles a tie on the graver quad: conflict over cooperation, material over verbal', () => {
    const tie = buildActorGraph([event('AGREE', ['أ'], ['ب']), event('THREATEN', ['أ'], ['ب'])]);
    expect(tie.edges[0]?.quad).toBe('verbal-conflict');
    const material = buildActorGraph([event('DEMAND', ['أ'], ['ب']), event('PROTEST', ['أ'], ['ب'])]);
    expect(material.edges[0]?.quad).toBe('material-conflict');
  });

  it('keeps only the first few events’ evidence on an edge', () => {
    const events = Array.from({ length: 5 }, (_, i) => event('AID', ['أ'], ['ب'], `جملة ${i}`));
    const [edge] = buildActorGraph(events).edges;
    expect(edge?.count).toBe(5);
    expect(edge?.evidence.map((c) => c.text)).toEqual(
      ['جملة 0', 'جملة 1', 'جملة 2'].slice(0, EVIDENCE_PER_EDGE),
    );
  });
});
