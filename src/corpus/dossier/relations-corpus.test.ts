/**
 * The dossier on a corpus written for it (`fixtures/saudi-iran.jsonl`, our own words about real
 * events): a long relations article recounting nine years of history, and a dozen short reports of
 * its latest steps by different outlets, one of them undated. Run through the whole analysis, as
 * the store does, so this measures the product, not hand-made analyses.
 */
import { describe, expect, it } from 'vitest';
import { buildDossier } from './build.js';
import { loadDossierData } from './data.js';
import { datesMeet } from './merge.js';
import { corpusDocuments, stateActor } from './test-support/own-corpus.js';

const documents = corpusDocuments('saudi-iran.jsonl');

/** The milestones of the relationship, each at the date it happened. */
const MILESTONES = [
  { date: '2016-01-03', type: 'SANCTION', relation: 'sever' },
  { date: '2021-04', type: 'CONSULT', relation: 'host' },
  { date: '2023-03-10', type: 'AGREE', relation: 'sign' },
  { date: '2023-04-06', type: 'CONSULT', relation: 'meet' },
  { date: '2023-06-06', type: 'COOPERATE', relation: 'restore' },
  { date: '2023-06-17', type: 'CONSULT', relation: 'visit' },
  { date: '2023-08', type: 'CONSULT', relation: 'visit' },
  { date: '2023-09-05', type: 'COOPERATE', relation: 'accredit' },
  { date: '2023-11-11', type: 'CONSULT', relation: 'meet' },
];

describe('the Saudi–Iranian chronology from a long article and a dozen reports', () => {
  const dossier = buildDossier(
    stateActor('C1', 'السعودية'),
    stateActor('C2', 'إيران'),
    documents,
    loadDossierData(),
  );

  it('lists every milestone once, at the date it happened', () => {
    for (const m of MILESTONES) {
      const found = dossier.entries.filter(
        (e) => e.type === m.type && e.date !== null && datesMeet(e.date, m.date),
      );
      expect(
        found.map((e) => [e.date, e.relation]),
        `${m.date} ${m.relation}`,
      ).toEqual([[m.date, m.relation]]);
    }
  });

  it('dates no milestone by a date mentioned in passing', () => {
    const passing = ['2012', '2016'];
    const dated = dossier.entries.filter((e) => e.date !== null && passing.includes(e.date));
    expect(dated).toEqual([]);
    expect(dossier.entries.filter((e) => e.date?.startsWith('2016')).map((e) => e.relation)).toEqual([
      'sever',
    ]);
  });

  it('merges the agreement reported by five outlets into one entry citing them all, earliest first', () => {
    const deal = dossier.entries.find((e) => e.type === 'AGREE');
    expect(deal?.sources.map((s) => s.document.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'long']);
    expect(deal?.dateBasis).toBe('event');
  });

  it('leaves at most a tenth of the entries undated and names the outlet of every source', () => {
    const undated = dossier.entries.filter((e) => e.date === null).length;
    expect(undated / dossier.entries.length).toBeLessThanOrEqual(0.1);
    const outlets = dossier.entries.flatMap((e) => e.sources.map((s) => s.outlet));
    expect(outlets.every((o) => o !== null && !o.includes('example'))).toBe(true);
    expect(outlets).toContain('الجزيرة نت');
  });

  it('groups the chronology into its years', () => {
    expect(dossier.stages.map((s) => s.label)).toEqual(['2016', '2021', '2023']);
  });

  it('takes the undated report of the summit into the summit entry', () => {
    const summit = dossier.entries.find((e) => e.date === '2023-11-11');
    expect(summit?.sources.map((s) => s.document.id)).toContain('r11');
  });
});
