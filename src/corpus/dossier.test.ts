import { describe, expect, it } from 'vitest';
import { buildDossier, type DossierDocument } from './dossier.js';
import { makeAnalysis } from './testing/make-analysis.js';
import type { CorpusEntity } from './types.js';

const entity = (id: string, name: string): CorpusEntity => ({
  id,
  type: 'ORG',
  name,
  aliases: [],
  documentCount: 0,
  mentionCount: 0,
});
const RUSSIA = { entity: entity('C1', 'روسيا'), names: ['روسيا'] };
const TALIBAN = { entity: entity('C2', 'طالبان'), names: ['طالبان'] };

function doc(
  id: string,
  outlet: string,
  published: string,
  text: string,
  withEvent: boolean,
): DossierDocument {
  const sentence = text.split('\n')[0] as string;
  const analysis = makeAnalysis({
    text,
    outlet,
    published,
    entities: [
      { type: 'LOC', name: 'روسيا' },
      { type: 'ORG', name: 'طالبان', surface: ['طالبان'] },
    ],
    events: withEvent ? [{ type: 'SUPPORT', actors: ['روسيا'], targets: ['طالبان'], sentence }] : [],
  });
  return {
    ref: { id, url: null, source: null, title: null, outlet, published },
    analysis,
    identities: { E1: 'C1', E2: 'C2' },
  };
}

describe('dossier', () => {
  const later = doc(
    'b',
    'الخليج اليوم',
    '2025-07-03',
    'اعترفت روسيا بحكومة طالبان رسميا.\nوقال مسؤول إن القرار سيغير الكثير.',
    true,
  );
  const earlier = doc(
    'a',
    'النيل الإخبارية',
    '2025-04-17',
    'رفعت المحكمة في روسيا الحظر عن طالبان.\nورحبت طالبان بقرار روسيا الجديد.',
    true,
  );
  const copy = doc(
    'c',
    'صوت الشرق',
    '2025-07-03',
    'اعترفت روسيا بحكومة طالبان رسميا.\nوقال مسؤول إن القرار سيغير الكثير.',
    true,
  );

  it('lists events and sentences linking the two actors, oldest first', () => {
    const dossier = buildDossier(RUSSIA, TALIBAN, [later, earlier]);
    expect(dossier.entries.map((e) => [e.date, e.type])).toEqual([
      ['2025-04-17', 'SUPPORT'],
      ['2025-04-17', null],
      ['2025-07-03', 'SUPPORT'],
    ]);
    expect(dossier.entries[1]?.evidence.text).toBe('ورحبت طالبان بقرار روسيا الجديد.');
    expect(dossier.entries[0]?.dateBasis).toBe('published');
  });

  it('lists a syndicated sentence once, citing the first outlet', () => {
    const dossier = buildDossier(RUSSIA, TALIBAN, [copy, later]);
    expect(dossier.entries).toHaveLength(1);
    expect(dossier.entries[0]?.evidence.document.id).toBe('b');
  });

  it('skips sentences naming only one of the two', () => {
    const dossier = buildDossier(RUSSIA, TALIBAN, [later]);
    expect(dossier.entries.every((e) => e.evidence.text.includes('طالبان'))).toBe(true);
  });

  it('finds the actors by name when the analysis has no entities for them', () => {
    const bare: DossierDocument = {
      ref: { id: 'x', url: null, source: null, title: null, outlet: 'أ', published: '2025-04-18' },
      analysis: makeAnalysis({ text: 'قالت موسكو إن لطالبان دورا في أمن روسيا والمنطقة.' }),
      identities: {},
    };
    expect(buildDossier(RUSSIA, TALIBAN, [bare]).entries).toHaveLength(1);
  });
});
