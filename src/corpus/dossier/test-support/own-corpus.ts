/**
 * An own-words relations corpus (`fixtures/*.jsonl`: one document a line) analysed as the store
 * would give it to `buildDossier`: each document through the whole analysis, an undated one dated
 * by its story's earliest report. Shared by the corpus tests, which measure the product.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../../analyze/analyze.js';
import type { CorpusEntity } from '../../types.js';
import type { DossierDocument } from '../build.js';

interface Row {
  key: string;
  outlet: string | null;
  url: string;
  published: string | null;
  story: string;
  text: string;
}

export function corpusDocuments(fixture: string): DossierDocument[] {
  const rows: Row[] = readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Row);
  const storyDate = (story: string) =>
    rows
      .filter((r) => r.story === story && r.published)
      .map((r) => r.published as string)
      .sort()[0] ?? null;
  return rows.map((row) => {
    const analysis = analyzeDocument({
      text: row.text,
      outlet: row.outlet,
      url: row.url,
      published: row.published,
    });
    return {
      ref: {
        id: row.key,
        url: row.url,
        source: null,
        title: null,
        outlet: analysis.document.outlet,
        published: row.published,
      },
      analysis,
      identities: {},
      storyDate: storyDate(row.story),
    };
  });
}

/** A state as a dossier actor the corpus does not know: found by its name and seats. */
export function stateActor(id: string, name: string): { entity: CorpusEntity; names: string[] } {
  return {
    entity: { id, type: 'LOC', name, aliases: [], documentCount: 0, mentionCount: 0 },
    names: [name],
  };
}
