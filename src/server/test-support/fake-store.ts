/**
 * A small in-memory `Store` for route tests: it records what it was asked and answers from a fixed
 * corpus of two documents, so a test checks the HTTP shell, not the store.
 */
import type { Citation, CorpusEntity, DocumentRef, Story } from '../../corpus/types.js';
import type { DocumentRecord, DocumentSummary, Store } from '../../store/store.js';

export const DOC_ID = 'url:https://example.org/news/1';

const TEXT = 'التقى وزير الخارجية نظيره في عمّان وبحثا ملف المياه.';

const REF: DocumentRef = {
  id: DOC_ID,
  url: 'https://example.org/news/1',
  source: null,
  title: 'لقاء في عمّان',
  outlet: 'صحيفة الأمثلة',
  published: '2025-03-02',
};
const SUMMARY: DocumentSummary = {
  ...REF,
  ingestedAt: '2025-03-03T00:00:00.000Z',
  storyId: 'S1',
  length: TEXT.length,
};
const CITE: Citation = { document: REF, start: 0, end: TEXT.length, text: TEXT };
const AMMAN: CorpusEntity = {
  id: 'C1',
  type: 'LOC',
  name: 'عمّان',
  aliases: ['عمان'],
  documentCount: 1,
  mentionCount: 1,
};
const MINISTER: CorpusEntity = {
  id: 'C2',
  type: 'PER',
  name: 'وزير الخارجية',
  aliases: [],
  documentCount: 1,
  mentionCount: 1,
};
const STORY: Story = {
  id: 'S1',
  title: 'لقاء في عمّان',
  documents: [{ ...REF, duplicateOf: null }],
  events: [
    { type: 'CONSULT', date: '2025-03-02', actors: ['وزير الخارجية'], targets: ['عمّان'], evidence: CITE },
  ],
  conflicts: [],
  first: '2025-03-02',
  last: '2025-03-02',
};

export interface FakeStore extends Store {
  readonly calls: { method: string; arg: unknown }[];
}

export function fakeStore(): FakeStore {
  const calls: { method: string; arg: unknown }[] = [];
  const seen = new Set<string>();
  const note = (method: string, arg: unknown) => calls.push({ method, arg });
  return {
    kind: 'fake',
    location: 'memory',
    calls,
    async putDocument(input) {
      note('putDocument', input);
      const id = `text:${input.analysis.text.length}`;
      const status = seen.has(id) ? 'duplicate' : 'added';
      seen.add(id);
      return { status, id };
    },
    async putDocuments(inputs) {
      const results = [];
      for (const input of inputs) results.push(await this.putDocument(input));
      return results;
    },
    async putPrepared(documents) {
      const results = [];
      for (const doc of documents) {
        note('putPrepared', doc.id);
        const status = seen.has(doc.id) ? ('duplicate' as const) : ('added' as const);
        seen.add(doc.id);
        results.push({ status, id: doc.id });
      }
      return results;
    },
    async hasDocument(id) {
      return id === DOC_ID;
    },
    async getDocument(id) {
      note('getDocument', id);
      if (id !== DOC_ID) return undefined;
      const record: DocumentRecord = {
        ...SUMMARY,
        identities: { E1: 'C1' },
        analysis: {
          version: 1,
          text: TEXT,
          document: {
            title: REF.title,
            outlet: REF.outlet,
            url: REF.url,
            language: 'ar',
            published: { value: '2025-03-02', inferred: false, basis: 'stated' },
          },
          segments: [{ kind: 'body', start: 0, end: TEXT.length }],
          entities: [{ id: 'E1', type: 'LOC', name: 'عمّان', mentions: [{ start: 28, end: 33 }] }],
          times: [],
          quantities: [],
          quotes: [],
          events: [],
        },
      };
      return record;
    },
    async listDocuments(filter) {
      note('listDocuments', filter);
      return { total: 1, items: [SUMMARY] };
    },
    async *iterateDocuments() {},
    async search(query) {
      note('search', query);
      const at = TEXT.indexOf(query.text);
      if (at < 0) return { total: 0, items: [], aliases: [] };
      const highlights = [{ start: at, end: at + query.text.length }];
      return {
        total: 1,
        items: [
          { document: SUMMARY, score: 1, snippet: { start: 0, end: TEXT.length, text: TEXT, highlights } },
        ],
        aliases: [],
      };
    },
    async refreshCorpus(options) {
      note('refreshCorpus', options);
      return { documents: seen.size, stories: 1, entities: 2, conflicts: 0 };
    },
    async entities(query) {
      note('entities', query);
      return { total: 2, items: [AMMAN, MINISTER] };
    },
    async entity(idOrName) {
      if (idOrName !== 'C1' && idOrName !== 'عمان') return undefined;
      return {
        ...AMMAN,
        mentionsByOutlet: [{ outlet: REF.outlet, mentions: 1 }],
        cooccurring: [{ entity: MINISTER, documents: 1 }],
        timeline: [CITE],
      };
    },
    async stories(query) {
      note('stories', query);
      return { total: 1, items: [STORY] };
    },
    async story(id) {
      return id === 'S1' ? STORY : undefined;
    },
    async conflicts(query) {
      note('conflicts', query);
      return { total: 0, items: [] };
    },
    async dossier(a, b) {
      if (![a, b].includes('C1') || ![a, b].includes('C2')) return undefined;
      return {
        a: MINISTER,
        b: AMMAN,
        entries: [
          {
            kind: 'event',
            date: '2025-03-02',
            dateBasis: 'event',
            precision: 'day',
            dateMod: null,
            type: 'CONSULT',
            relation: 'visit',
            actors: [{ name: MINISTER.name, entity: MINISTER.id, state: null }],
            targets: [{ name: AMMAN.name, entity: AMMAN.id, state: 'الأردن' }],
            place: null,
            summary: CITE.text,
            sources: [
              {
                ...CITE,
                outlet: CITE.document.outlet,
                url: CITE.document.url,
                published: CITE.document.published,
                date: '2025-03-02',
                dateBasis: 'event',
              },
            ],
            disagreements: [],
            evidence: CITE,
          },
        ],
        stages: [{ label: '2025', from: '2025-03-02', to: '2025-03-02', entries: [0] }],
      };
    },
    async close() {},
  };
}
