import { describe, expect, it } from 'vitest';
import { loadDossierData } from '../../corpus/dossier/data.js';
import type { Dossier, DossierEntry } from '../../corpus/types.js';
import { arabicDate, renderDossier } from './dossier.js';

const DATA = loadDossierData();
const doc = {
  id: 'd1',
  url: 'https://x.example/1',
  source: null,
  title: null,
  outlet: 'صوت الشرق',
  published: '2025-07-04',
};
const source = {
  document: doc,
  start: 0,
  end: 10,
  text: 'نص <b>الخبر</b>',
  outlet: 'صوت الشرق',
  url: doc.url,
  published: doc.published,
  date: '2025-07-03',
  dateBasis: 'event' as const,
};
const entry = (over: Partial<DossierEntry>): DossierEntry => ({
  kind: 'event',
  date: '2025-07-03',
  dateBasis: 'event',
  precision: 'day',
  dateMod: null,
  type: 'SUPPORT',
  relation: 'recognize',
  actors: [],
  targets: [],
  place: null,
  summary: 'اعترفت روسيا بحكومة طالبان',
  sources: [source],
  disagreements: [],
  evidence: source,
  ...over,
});
const entity = (id: string, name: string) => ({
  id,
  type: 'LOC' as const,
  name,
  aliases: [],
  documentCount: 0,
  mentionCount: 0,
});
const dossier: Dossier = {
  a: entity('C1', 'روسيا'),
  b: entity('C2', 'طالبان'),
  entries: [
    entry({ date: '2016', precision: 'year', dateMod: 'SINCE', relation: 'meet', type: 'CONSULT' }),
    entry({}),
  ],
  stages: [
    { label: '2016', from: '2016', to: '2016', entries: [0] },
    { label: '2025', from: '2025-07-03', to: '2025-07-03', entries: [1] },
  ],
};

describe('rendering a dossier', () => {
  it('writes dates the way an Arabic chronology does, saying when the date is not the event’s own', () => {
    expect(arabicDate({ date: '2019-05-12', dateMod: null, dateBasis: 'event' }, DATA.months)).toBe(
      '12 مايو 2019',
    );
    expect(arabicDate({ date: '2018-01', dateMod: 'LATE', dateBasis: 'event' }, DATA.months)).toBe(
      'أواخر يناير 2018',
    );
    expect(arabicDate({ date: '2016', dateMod: 'SINCE', dateBasis: 'event' }, DATA.months)).toBe('منذ 2016');
    expect(arabicDate({ date: '2025-07-04', dateMod: null, dateBasis: 'article' }, DATA.months)).toBe(
      '4 يوليو 2025 (تاريخ النشر)',
    );
    const readAgainstStory = {
      date: '2025-07-03',
      dateMod: null,
      dateBasis: 'event',
      dateAnchor: 'story',
    } as const;
    expect(arabicDate(readAgainstStory, DATA.months)).toBe('3 يوليو 2025 (بحسب تاريخ القصة)');
  });

  it('groups Markdown by stage, with the relation named and the sources linked', () => {
    const md = renderDossier(dossier, 'markdown', DATA);
    expect(md.indexOf('## 2016')).toBeLessThan(md.indexOf('## 2025'));
    expect(md).toContain('اعتراف (SUPPORT)');
    expect(md).toContain('[صوت الشرق](https://x.example/1)');
  });

  it('escapes the sources in HTML and lets each entry open them', () => {
    const html = renderDossier(dossier, 'html', DATA);
    expect(html).not.toContain('<b>');
    expect(html).toContain('&#60;b&#62;');
    expect(html.match(/<details>/g)).toHaveLength(2);
  });
});
