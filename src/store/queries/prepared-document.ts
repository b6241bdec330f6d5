/**
 * Everything a batch write derives from one analysis before it touches the database: the row's
 * columns, the features, the full-text forms, the blocking keys and the entity rows. A pure
 * function of the input, with no database import, so a batch ingest can run it on worker threads
 * (`src/ingest-pool/`) and hand the writer only strings and plain rows; `putPrepared` writes them
 * the same way whichever thread prepared them.
 */
import type { Analysis } from '../../contract/analysis.js';
import { documentKey, textHash } from '../../corpus/document-key.js';
import { documentFeatures } from '../../corpus/features.js';
import { indexFormsOf } from '../../corpus/search-forms.js';
import { blockingKeys, dayNumber } from '../../corpus/stories.js';
import { nameKey } from '../../text/name-key.js';
import type { PreparedDocument, PreparedRow } from '../prepared.js';
import type { DocEntitiesTable } from '../schema.js';

/** `input` is a `PutDocumentInput` (not imported: `store.ts` names this module's types). */
export function prepareDocument(input: {
  readonly analysis: Analysis;
  readonly source?: string | null;
}): PreparedDocument {
  const { analysis } = input;
  const id = documentKey(analysis.document.url, analysis.text);
  const features = documentFeatures(analysis);
  const entities = entityRowsOf(analysis);
  return {
    id,
    row: documentRowOf(id, input),
    featuresJson: JSON.stringify(features),
    forms: indexFormsOf(`${analysis.document.title ?? ''}\n${analysis.text}`),
    blockingKeys: blockingKeys({ id, features }),
    day: dayNumber(features.date),
    entities,
    nameKeys: [...new Set(entities.map((e) => e.match_key))],
  };
}

/** A document's entity rows, without the document's key (`putPrepared` and the one-document write add it). */
export function entityRowsOf(analysis: Analysis): Omit<DocEntitiesTable, 'doc_pk'>[] {
  return analysis.entities.map((e) => {
    const first = e.mentions[0] ?? { start: 0, end: 0 };
    return {
      local_id: e.id,
      type: e.type,
      name: e.name,
      match_key: nameKey(e.name),
      mentions: e.mentions.length,
      first_start: first.start,
      first_end: first.end,
      corpus_id: null,
    };
  });
}

/** A document's columns that depend on its input alone (the store adds the moment and the corpus links). */
export function documentRowOf(
  id: string,
  input: { readonly analysis: Analysis; readonly source?: string | null },
): PreparedRow {
  const { analysis } = input;
  return {
    doc_key: id,
    url: analysis.document.url,
    source: input.source ?? null,
    title: analysis.document.title,
    outlet: analysis.document.outlet,
    published: analysis.document.published.value,
    published_inferred: analysis.document.published.inferred ? 1 : 0,
    text_length: analysis.text.length,
    text_hash: textHash(analysis.text),
    analysis_json: JSON.stringify(analysis),
  };
}
