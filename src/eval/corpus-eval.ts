/**
 * Cross-document evaluation on the shipped corpus (`examples/corpus/`): story clustering scored by
 * B-cubed against the gold stories, and the identity joiner scored by pairwise precision/recall
 * over the gold spellings (each spelling as its own document's entity, so the score is the joiner's,
 * not the tagger's).
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../analyze/analyze.js';
import type { EntityType } from '../contract/analysis.js';
import { bcubed } from '../corpus/bcubed.js';
import { documentFeatures } from '../corpus/features.js';
import { type EntityOccurrence, occurrenceKey, resolveIdentities } from '../corpus/identities.js';
import { clusterStories } from '../corpus/stories.js';
import type { Evaluation, EvaluationRow } from './types.js';

const CORPUS = new URL('../../examples/corpus/', import.meta.url);

export interface CorpusGold {
  readonly stories: Readonly<Record<string, readonly string[]>>;
  readonly identities: readonly { readonly type: EntityType; readonly names: readonly string[] }[];
}

export interface CorpusArticle {
  readonly url: string;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
  readonly text: string;
}

export function loadCorpus(): { articles: CorpusArticle[]; gold: CorpusGold } {
  const articles = readFileSync(new URL('articles.jsonl', CORPUS), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle);
  const gold = JSON.parse(readFileSync(new URL('gold.json', CORPUS), 'utf8')) as CorpusGold;
  return { articles, gold };
}

/** Story of each article URL as the clustering finds it. */
export function predictStories(articles: readonly CorpusArticle[]): Map<string, string> {
  const groups = clusterStories(
    articles.map((a) => ({ id: a.url, features: documentFeatures(analyzeDocument({ ...a })) })),
  );
  const out = new Map<string, string>();
  for (const g of groups) for (const m of g.members) out.set(m, g.id);
  return out;
}

export function identityScores(gold: CorpusGold): { precision: number; recall: number } {
  const occurrences: EntityOccurrence[] = [];
  const goldOf = new Map<string, number>();
  for (const [g, identity] of gold.identities.entries()) {
    for (const [k, name] of identity.names.entries()) {
      const documentId = `gold-${g}-${k}`;
      occurrences.push({ documentId, localId: 'E1', type: identity.type, name, mentions: 1 });
      goldOf.set(occurrenceKey(documentId, 'E1'), g);
    }
  }
  const { identityOf } = resolveIdentities(occurrences);
  const keys = [...goldOf.keys()];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const samePred = identityOf.get(keys[i] as string) === identityOf.get(keys[j] as string);
      const sameGold = goldOf.get(keys[i] as string) === goldOf.get(keys[j] as string);
      if (samePred && sameGold) tp++;
      else if (samePred) fp++;
      else if (sameGold) fn++;
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export const corpusEvaluation: Evaluation = {
  name: 'corpus',
  async run() {
    const { articles, gold } = loadCorpus();
    const goldStory = new Map<string, string>();
    for (const [story, urls] of Object.entries(gold.stories))
      for (const url of urls) goldStory.set(url, story);
    const scores = bcubed(predictStories(articles), goldStory);
    const ids = identityScores(gold);
    const rows: EvaluationRow[] = [
      {
        evaluation: 'stories',
        metric: 'B-cubed precision',
        value: scores.precision,
        note: `${scores.items} articles`,
      },
      { evaluation: 'stories', metric: 'B-cubed recall', value: scores.recall },
      { evaluation: 'stories', metric: 'B-cubed F1', value: scores.f1, note: 'target ≥ 0.95' },
      {
        evaluation: 'identities',
        metric: 'pairwise precision',
        value: ids.precision,
        note: 'gold spellings',
      },
      { evaluation: 'identities', metric: 'pairwise recall', value: ids.recall },
    ];
    return rows;
  },
};
