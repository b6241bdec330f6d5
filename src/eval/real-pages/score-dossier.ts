/**
 * The chronology an analyst would write, on each cluster of the real pages: `buildDossier` between
 * the two gold entities named on the most pages of the cluster (cluster K: the two states of the
 * agreement), over the cluster's pages as the store would give them (each with its URL, so a
 * source can be named from its site). There is no gold of events, so the figures say how the
 * chronology reads: how many entries, how many dated from the event itself rather than from the
 * article, how many undated, how many sources have an outlet name, and how many sources an entry
 * merges (many outlets reporting one decision should be one entry with many sources).
 */

import { buildDossier, type DossierDocument } from '../../corpus/dossier/build.js';
import { loadDossierData } from '../../corpus/dossier/data.js';
import type { CorpusEntity } from '../../corpus/types.js';
import type { Tally } from '../tally.js';
import type { AnalysedPage } from './score-corpus.js';
import { goldEntities } from './score-entities.js';

/**
 * The two gold entities named on the most pages of a cluster (ties: by name), each with every
 * surface the gold gives it on those pages, as a store's identity knows its spellings.
 */
export function clusterActors(
  pages: readonly AnalysedPage[],
): { name: string; type: CorpusEntity['type']; surfaces: string[] }[] {
  const count = new Map<
    string,
    { name: string; type: CorpusEntity['type']; pages: number; surfaces: Set<string> }
  >();
  for (const { page } of pages) {
    const seen = new Set<string>();
    for (const g of goldEntities(page)) {
      const key = `${g.type} ${g.name}`;
      if (g.optional || g.type === 'MISC' || seen.has(key)) continue;
      seen.add(key);
      const entry = count.get(key) ?? { name: g.name, type: g.type, pages: 0, surfaces: new Set() };
      entry.pages++;
      for (const surface of g.surfaces) entry.surfaces.add(surface);
      count.set(key, entry);
    }
  }
  return [...count.values()]
    .sort((a, b) => b.pages - a.pages || (a.name < b.name ? -1 : 1))
    .slice(0, 2)
    .map(({ name, type, surfaces }) => ({ name, type, surfaces: [...new Set([name, ...surfaces])] }));
}

export function scoreDossier(cluster: string, pages: readonly AnalysedPage[], t: Tally): void {
  const actors = clusterActors(pages);
  if (actors.length < 2) return;
  const actor = (n: number) => {
    const { name, type, surfaces } = actors[n] as (typeof actors)[number];
    return {
      entity: { id: `G${n}`, type, name, aliases: surfaces, documentCount: 0, mentionCount: 0 },
      names: surfaces,
    };
  };
  const dates = pages.map((p) => p.analysis.document.published.value).filter((d): d is string => d !== null);
  const storyDate = dates.sort()[0] ?? null;
  const documents: DossierDocument[] = pages.map(({ page, analysis }) => ({
    ref: {
      id: `page:${page.id}`,
      url: page.url,
      source: page.id,
      title: analysis.document.title,
      outlet: analysis.document.outlet,
      published: analysis.document.published.value,
    },
    analysis,
    identities: {},
    storyDate,
  }));
  const dossier = buildDossier(actor(0), actor(1), documents, loadDossierData());
  for (const entry of dossier.entries) {
    t.add('dossier.entries');
    if (entry.dateBasis === 'event') t.add('dossier.datedFromEvent');
    if (entry.date === null) t.add('dossier.undated');
    for (const source of entry.sources) {
      t.add('dossier.sources');
      if (source.outlet) t.add('dossier.sourcesWithOutlet');
    }
  }
  t.miss(
    `cluster ${cluster} dossier ${actors.map((a) => a.name).join(' / ')}: ${dossier.entries
      .map((e) => `${e.date ?? 'undated'} ${e.type ?? ''} ${e.relation ?? ''} (${e.sources.length})`)
      .join('; ')}`,
  );
}
