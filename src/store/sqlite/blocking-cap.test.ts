// Issue 17: the blocking cap (a key held by more than 2,000 documents proposes no story pairs,
// `DEFAULT_CLUSTER_OPTIONS.maxPosting`) is the one corpus-wide statistic of the incremental
// update. Here a key crosses it while documents are added one at a time, and the stories,
// identities and conflicts must still be exactly those of a rebuild from scratch.
// About 2,000 documents are stored, so this runs with RASD_SLOW_TESTS=1 (`npm run test:slow`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { newsStream } from '../../bench/generated-news.js';
import type { Analysis } from '../../contract/analysis.js';
import { DEFAULT_CLUSTER_OPTIONS } from '../../corpus/stories.js';
import type { Store } from '../store.js';
import { openSqliteStore } from './sqlite-store.js';

const slow = process.env.RASD_SLOW_TESTS === '1';
const CAP = DEFAULT_CLUSTER_OPTIONS.maxPosting;
const dir = mkdtempSync(join(tmpdir(), 'rasd-cap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const UN = 'الأمم المتحدة';

/** A generated article that also names the United Nations: every article holds the key `e:…UN`. */
function withUn(analysis: Analysis): Analysis {
  const sentence = ` ورحبت ${UN} بالخطوة.`;
  const start = analysis.text.length + ' ورحبت '.length;
  return {
    ...analysis,
    text: analysis.text + sentence,
    entities: [
      ...analysis.entities,
      {
        id: `E${analysis.entities.length + 1}`,
        type: 'ORG',
        name: UN,
        mentions: [{ start, end: start + UN.length }],
      },
    ],
  };
}

async function snapshot(store: Store) {
  const stories = [...(await store.stories({ limit: 5000 })).items].sort((a, b) => (a.id < b.id ? -1 : 1));
  const entities = [...(await store.entities({ limit: 5000 })).items].sort((a, b) => (a.id < b.id ? -1 : 1));
  const conflicts = (await store.conflicts({ limit: 5000 })).items;
  const documents: string[] = [];
  for await (const d of store.iterateDocuments()) documents.push(`${d.id} ${d.storyId}`);
  return { stories, entities, conflicts, documents: documents.sort() };
}

function heldBy(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    const row = db.prepare('SELECT max(n) AS n FROM blocking_df WHERE key LIKE ?').get('e:%') as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}

describe('the blocking cap in the incremental update', () => {
  it.runIf(slow)(
    'a key crossing the cap while articles arrive one at a time gives the stories of a rebuild',
    async () => {
      const articles = [...newsStream(CAP + 12, { seed: 31, perDay: 6 })].map(withUn);
      const path = join(dir, 'cap.db');
      const store = await openSqliteStore(path);
      try {
        for (const analysis of articles.slice(0, CAP - 4)) await store.putDocument({ analysis });
        await store.refreshCorpus({ ifStale: true });
        expect(heldBy(path)).toBe(CAP - 4);
        for (const analysis of articles.slice(CAP - 4)) {
          await store.putDocument({ analysis });
          await store.refreshCorpus({ ifStale: true });
        }
        expect(heldBy(path)).toBe(CAP + 12);
        const incremental = await snapshot(store);
        await store.refreshCorpus();
        expect(await snapshot(store)).toEqual(incremental);
        expect(incremental.documents).toHaveLength(CAP + 12);
        expect(incremental.stories.length).toBeGreaterThan(100);
      } finally {
        await store.close();
      }
    },
    600_000,
  );
});
