/**
 * The dossier on a second corpus written for it (`fixtures/algeria-morocco.jsonl`, our own words
 * about real events), written after the rules were tuned on `saudi-iran.jsonl`: a long relations
 * article recounting fifty years of ruptures between Algeria and Morocco, and eleven short reports
 * of its latest steps (two syndicated copies, one undated, one giving another day). The gold
 * milestones are in `fixtures/algeria-morocco.gold.json`. Scored as the issue measures it: every
 * milestone at its own date, each once, none dated by a passing mention, undated entries <= 10%.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDossier } from './build.js';
import { loadDossierData } from './data.js';
import { datesMeet } from './merge.js';
import { corpusDocuments, stateActor } from './test-support/own-corpus.js';

interface Milestone {
  date: string;
  type: string;
  relation: string;
  actor: string;
  target: string;
}

const gold = JSON.parse(
  readFileSync(new URL('./fixtures/algeria-morocco.gold.json', import.meta.url), 'utf8'),
) as { milestones: Milestone[] };
const documents = corpusDocuments('algeria-morocco.jsonl');

const dossier = buildDossier(
  stateActor('C1', 'الجزائر'),
  stateActor('C2', 'المغرب'),
  documents,
  loadDossierData(),
);
const events = dossier.entries.filter((e) => e.kind === 'event');
const atMilestone = (m: Milestone) =>
  events.filter(
    (e) => e.type === m.type && e.relation === m.relation && e.date !== null && datesMeet(e.date, m.date),
  );

/** The figures on this corpus. */
const score = () => {
  const found = gold.milestones.filter((m) => atMilestone(m).length > 0).length;
  const matched = gold.milestones.reduce((n, m) => n + atMilestone(m).length, 0);
  // An event entry of a milestone's kind whose date is none of that kind's milestones: dated by
  // a passing mention (or otherwise at the wrong date).
  const misdated = events.filter(
    (e) =>
      e.date !== null &&
      gold.milestones.some((m) => m.type === e.type && m.relation === e.relation) &&
      !gold.milestones.some(
        (m) => m.type === e.type && m.relation === e.relation && datesMeet(e.date as string, m.date),
      ),
  );
  const undated = dossier.entries.filter((e) => e.date === null).length;
  return {
    milestones: gold.milestones.length,
    found,
    entriesPerEvent: found ? matched / found : 0,
    misdated: misdated.map((e) => `${e.date} ${e.type}/${e.relation}`),
    undatedShare: dossier.entries.length ? undated / dossier.entries.length : 0,
    entries: dossier.entries.map(
      (e) => `${e.date ?? '-'} ${e.type}/${e.relation} ${e.sources.map((s) => s.document.id).join(',')}`,
    ),
  };
};

describe('the Algerian–Moroccan chronology from a long article and eleven reports', () => {
  const s = score();
  it('reports its figures', () => {
    console.log(JSON.stringify(s, null, 1));
  });

  it('lists every milestone once, at the date it happened, but the one told of «البلدان»', () => {
    // Known miss: `واستأنف البلدان علاقاتهما في 16 مايو 1988` names the pair only as «البلدان»,
    // and the extractor keeps no event without a named party (see docs/store-and-stories.md).
    const missed = gold.milestones.filter((m) => atMilestone(m).length === 0);
    expect(missed.map((m) => `${m.date} ${m.type}/${m.relation}`)).toEqual(['1988-05-16 COOPERATE/restore']);
    for (const m of gold.milestones.filter((x) => !missed.includes(x))) {
      expect(
        atMilestone(m).map((e) => [e.date, e.relation]),
        `${m.date} ${m.type}/${m.relation}`,
      ).toEqual([[m.date, m.relation]]);
    }
  });

  it('names the actor and target of each found milestone by their states, but the 1994 closure', () => {
    // Known miss: extraction rule 9 joins `أغلقتها الجزائر` and `فرض الرباط التأشيرة` (one type,
    // one sentence) into one event, so Rabat becomes a second actor of the closure.
    const wrong = gold.milestones.filter((m) => {
      const e = atMilestone(m)[0];
      if (!e) return false;
      const states = (ps: readonly { state: string | null; name: string }[]) =>
        ps.map((p) => p.state ?? p.name);
      return (
        JSON.stringify([states(e.actors), states(e.targets)]) !== JSON.stringify([[m.actor], [m.target]])
      );
    });
    expect(wrong.map((m) => `${m.date} ${m.relation}`)).toEqual(['1994-08 close']);
  });

  it('dates no milestone by a date mentioned in passing', () => {
    expect(s.misdated).toEqual([]);
  });

  it('leaves at most a tenth of the entries undated', () => {
    expect(s.undatedShare).toBeLessThanOrEqual(0.1);
  });

  it('merges the visa decision from every outlet into one entry, the undated report too', () => {
    const visa = events.find((e) => e.relation === 'visa' && e.date === '2024-09-26');
    // v4 names both states only by adjectives (`السلطات الجزائرية`، `المغربية`): no event yet.
    expect(visa?.sources.map((s) => s.document.id).sort()).toEqual(
      ['long', 'v1', 'v2', 'v3', 'v5', 'v6'].sort(),
    );
  });
});
