/**
 * `node dist/eval/unseen-names-main.js`: entities on `src/entities/fixtures/unseen-names.jsonl`,
 * twenty passages written for issue 15's word clusters (people, places and bodies that are seldom
 * in the news of ANERcorp's years: footballers, singers, local officials, villages), scored as
 * the entity-classes evaluation scores its passages. Written before the clusters were tried, and
 * scored first with the model of the time: the unseen figure of docs/entities.md ("Word clusters").
 * Prints P / R / F1, overall and per type, and each miss.
 */
import { analyzeDocument } from '../analyze/analyze.js';
import { loadEntityClasses, scorePassage } from './entity-classes-eval.js';
import { f1, ratio, Tally } from './tally.js';

const FIXTURE = new URL('../../src/entities/fixtures/unseen-names.jsonl', import.meta.url);

const t = new Tally();
for (const item of loadEntityClasses(FIXTURE)) scorePassage(item, analyzeDocument({ text: item.text }), t);
for (const prefix of ['', 'PER.', 'LOC.', 'ORG.']) {
  const p = ratio(t.get(`${prefix}right`), t.get(`${prefix}predicted`));
  const r = ratio(t.get(`${prefix}found`), t.get(`${prefix}gold`));
  const show = (x: number | null) => (x === null ? '-' : x.toFixed(3));
  process.stdout.write(
    `${prefix === '' ? 'all' : prefix.slice(0, -1)}: P ${show(p)} (${t.get(`${prefix}right`)}/${t.get(`${prefix}predicted`)}) R ${show(r)} (${t.get(`${prefix}found`)}/${t.get(`${prefix}gold`)}) F1 ${show(f1(p, r))}\n`,
  );
}
process.stdout.write(`${t.misses.join('\n')}\n`);
