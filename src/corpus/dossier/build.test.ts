import { describe, expect, it } from 'vitest';
import type { EntityType, PloverType } from '../../contract/analysis.js';
import { makeAnalysis } from '../testing/make-analysis.js';
import type { CorpusEntity } from '../types.js';
import { buildDossier, type DossierDocument } from './build.js';
import { loadDossierData } from './data.js';

const DATA = loadDossierData();

const entity = (id: string, name: string): CorpusEntity => ({
  id,
  type: 'LOC',
  name,
  aliases: [],
  documentCount: 0,
  mentionCount: 0,
});
const RUSSIA = { entity: entity('C1', 'روسيا'), names: ['روسيا'] };
const TALIBAN = { entity: entity('C2', 'طالبان'), names: ['طالبان'] };
/** Corpus ids of the names the tests use; other names stay unresolved, as a capital usually is. */
const CORPUS: Record<string, string> = { روسيا: 'C1', طالبان: 'C2' };

interface Spec {
  id: string;
  outlet?: string | null;
  url?: string | null;
  published: string | null;
  storyDate?: string | null;
  text: string;
  names: [EntityType, string][];
  times?: { surface: string; value: string | null }[];
  events?: {
    type: PloverType;
    actors: string[];
    targets: string[];
    sentence: string;
    trigger: string;
    mode?: string;
  }[];
}

function doc(spec: Spec): DossierDocument {
  const analysis = makeAnalysis({
    text: spec.text,
    outlet: spec.outlet ?? null,
    url: spec.url ?? null,
    published: spec.published,
    entities: spec.names.map(([type, name]) => ({ type, name })),
    times: spec.times ?? [],
    events: spec.events ?? [],
  });
  const identities: Record<string, string | null> = {};
  for (const e of analysis.entities) identities[e.id] = CORPUS[e.name] ?? null;
  return {
    ref: {
      id: spec.id,
      url: spec.url ?? null,
      source: null,
      title: null,
      outlet: spec.outlet ?? null,
      published: spec.published,
    },
    analysis,
    identities,
    storyDate: spec.storyDate ?? null,
  };
}

const RECOGNITION = 'أعلنت روسيا الخميس اعترافها رسميا بحكومة طالبان.';
const first = doc({
  id: 'a',
  outlet: 'وكالة الأنباء المتحدة',
  published: '2025-07-03',
  text: RECOGNITION,
  names: [
    ['LOC', 'روسيا'],
    ['ORG', 'طالبان'],
  ],
  times: [{ surface: 'الخميس', value: '2025-07-03' }],
  events: [
    {
      type: 'SUPPORT',
      mode: 'recognize',
      actors: ['روسيا'],
      targets: ['طالبان'],
      sentence: RECOGNITION,
      trigger: 'اعترافها',
    },
  ],
});
const second = doc({
  id: 'b',
  url: 'https://www.aljazeera.net/news/2025/7/4/russia',
  published: '2025-07-04',
  text: 'اعترفت موسكو أمس رسميا بحكومة طالبان في كابل.',
  names: [
    ['LOC', 'موسكو'],
    ['ORG', 'طالبان'],
  ],
  times: [{ surface: 'أمس', value: '2025-07-03' }],
  events: [
    {
      type: 'SUPPORT',
      mode: 'recognize',
      actors: ['موسكو'],
      targets: ['طالبان'],
      sentence: 'اعترفت موسكو أمس رسميا بحكومة طالبان في كابل.',
      trigger: 'اعترفت',
    },
  ],
});
const third = doc({
  id: 'c',
  url: 'https://news.example.org/world/77',
  published: '2025-07-05',
  text: 'واعترف الكرملين يوم الجمعة بحكومة طالبان.',
  names: [
    ['ORG', 'الكرملين'],
    ['ORG', 'طالبان'],
  ],
  times: [{ surface: 'يوم الجمعة', value: '2025-07-04' }],
  events: [
    {
      type: 'SUPPORT',
      mode: 'recognize',
      actors: ['الكرملين'],
      targets: ['طالبان'],
      sentence: 'واعترف الكرملين يوم الجمعة بحكومة طالبان.',
      trigger: 'اعترف',
    },
  ],
});

describe('dossier', () => {
  it('makes one entry of one event reported by three outlets, all of them its sources, earliest first', () => {
    const dossier = buildDossier(RUSSIA, TALIBAN, [third, second, first], DATA);
    expect(dossier.entries).toHaveLength(1);
    const entry = dossier.entries[0];
    expect(entry?.sources.map((s) => s.outlet)).toEqual([
      'وكالة الأنباء المتحدة',
      'الجزيرة نت',
      'news.example.org',
    ]);
    expect(entry).toMatchObject({
      date: '2025-07-03',
      dateBasis: 'event',
      precision: 'day',
      type: 'SUPPORT',
    });
    expect(entry?.relation).toBe('recognize');
    expect(entry?.sources[1]?.text).toBe('اعترفت موسكو أمس رسميا بحكومة طالبان في كابل.');
    expect(entry?.summary).toContain('اعترافها رسميا بحكومة طالبان');
  });

  it('keeps outlets that give the event another day visible as a disagreement', () => {
    const entry = buildDossier(RUSSIA, TALIBAN, [first, second, third], DATA).entries[0];
    expect(entry?.disagreements).toEqual([
      {
        field: 'date',
        values: [
          { value: '2025-07-03', outlets: ['وكالة الأنباء المتحدة', 'الجزيرة نت'] },
          { value: '2025-07-04', outlets: ['news.example.org'] },
        ],
      },
    ]);
  });

  it("takes the other actor named before the event's own actor for the target, not the subject", () => {
    const text = '«طالبان» تغلق المعبر و«روسيا» تدينها بشدة';
    const report = doc({
      id: 'd',
      published: '2025-08-01',
      text,
      names: [
        ['ORG', 'طالبان'],
        ['LOC', 'روسيا'],
      ],
      events: [{ type: 'DISAPPROVE', actors: ['روسيا'], targets: [], sentence: text, trigger: 'تدينها' }],
    });
    const [entry] = buildDossier(RUSSIA, TALIBAN, [report], DATA).entries;
    expect(entry?.actors.map((a) => a.name)).toEqual(['روسيا']);
    expect(entry?.targets.map((a) => a.name)).toEqual(['طالبان']);
  });

  it('reads a capital and a seat of power as their state, showing each as written', () => {
    const entries = buildDossier(RUSSIA, TALIBAN, [third], DATA).entries;
    expect(entries[0]?.actors).toEqual([{ name: 'الكرملين', entity: null, state: 'روسيا' }]);
  });

  it('dates history recounted in a report at its own year, apart from the news of the day', () => {
    const text =
      'وفي 12 مايو 2019، استقبلت موسكو وفدا من حركة طالبان للمرة الأولى.\nواعترفت روسيا اليوم بحكومة طالبان.';
    const report = doc({
      id: 'h',
      outlet: 'صوت الشرق',
      published: '2025-07-03',
      text,
      names: [
        ['LOC', 'موسكو'],
        ['ORG', 'طالبان'],
        ['LOC', 'روسيا'],
      ],
      times: [
        { surface: '12 مايو 2019', value: '2019-05-12' },
        { surface: 'اليوم', value: '2025-07-03' },
      ],
      events: [
        {
          type: 'CONSULT',
          mode: 'visit',
          actors: ['طالبان'],
          targets: ['موسكو'],
          sentence: 'وفي 12 مايو 2019، استقبلت موسكو وفدا من حركة طالبان للمرة الأولى.',
          trigger: 'استقبلت',
        },
        {
          type: 'SUPPORT',
          mode: 'recognize',
          actors: ['روسيا'],
          targets: ['طالبان'],
          sentence: 'واعترفت روسيا اليوم بحكومة طالبان.',
          trigger: 'اعترفت',
        },
      ],
    });
    const dossier = buildDossier(RUSSIA, TALIBAN, [report], DATA);
    expect(dossier.entries.map((e) => [e.date, e.type])).toEqual([
      ['2019-05-12', 'CONSULT'],
      ['2025-07-03', 'SUPPORT'],
    ]);
    expect(dossier.stages.map((s) => s.label)).toEqual(['2019', '2025']);
    expect(dossier.entries[0]?.summary.startsWith('استقبلت موسكو')).toBe(true);
  });

  it('lists a syndicated sentence once, with both outlets as its sources', () => {
    const copy = doc({ ...specOf(first), id: 'copy', outlet: 'المرصد العربي', published: '2025-07-04' });
    const dossier = buildDossier(RUSSIA, TALIBAN, [copy, first], DATA, { all: true });
    expect(dossier.entries).toHaveLength(1);
    expect(dossier.entries[0]?.sources.map((s) => s.document.id)).toEqual(['a', 'copy']);
  });

  it('leaves sentences naming both without an event out, unless all is asked, then marks them', () => {
    const mention = doc({
      id: 'm',
      outlet: 'الخليج اليوم',
      published: '2025-04-18',
      text: 'وتحدث خبراء عن مستقبل روسيا وطالبان في المنطقة.',
      names: [
        ['LOC', 'روسيا'],
        ['ORG', 'طالبان'],
      ],
    });
    expect(buildDossier(RUSSIA, TALIBAN, [mention], DATA).entries).toHaveLength(0);
    const all = buildDossier(RUSSIA, TALIBAN, [mention], DATA, { all: true }).entries;
    expect(all.map((e) => [e.kind, e.type, e.dateBasis])).toEqual([['mention', null, 'article']]);
  });

  it('dates an undated report’s weekday against its story, over a dated report’s publication day', () => {
    // One outlet dated the recognition only by its page (Friday 4 July); another, without a date
    // of its own, says Thursday: Thursday of that story's week is the event's own day.
    const dated = doc({
      id: 'p',
      outlet: 'وكالة الأنباء المتحدة',
      published: '2025-07-04',
      text: 'اعترفت روسيا رسميا بحكومة طالبان.',
      names: [
        ['LOC', 'روسيا'],
        ['ORG', 'طالبان'],
      ],
      events: [
        {
          type: 'SUPPORT',
          mode: 'recognize',
          actors: ['روسيا'],
          targets: ['طالبان'],
          sentence: 'اعترفت روسيا رسميا بحكومة طالبان.',
          trigger: 'اعترفت',
        },
      ],
    });
    const weekday = doc({
      id: 'w',
      outlet: 'النيل الإخبارية',
      published: null,
      storyDate: '2025-07-04',
      text: 'واعترفت روسيا يوم الخميس بحكومة طالبان.',
      names: [
        ['LOC', 'روسيا'],
        ['ORG', 'طالبان'],
      ],
      times: [{ surface: 'يوم الخميس', value: null }],
      events: [
        {
          type: 'SUPPORT',
          mode: 'recognize',
          actors: ['روسيا'],
          targets: ['طالبان'],
          sentence: 'واعترفت روسيا يوم الخميس بحكومة طالبان.',
          trigger: 'واعترفت',
        },
      ],
    });
    const entries = buildDossier(RUSSIA, TALIBAN, [dated, weekday], DATA).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ date: '2025-07-03', dateBasis: 'event', dateAnchor: 'story' });
    expect(entries[0]?.sources.map((source) => [source.date, source.dateAnchor])).toEqual([
      ['2025-07-04', undefined],
      ['2025-07-03', 'story'],
    ]);
    // A report that dates the event itself wins over one read against the story.
    const own = buildDossier(RUSSIA, TALIBAN, [weekday, first], DATA).entries;
    expect(own.map((e) => [e.date, e.dateAnchor])).toEqual([['2025-07-03', undefined]]);
  });

  it('dates an undated article by its story, and lets its report join the dated event', () => {
    const undated = doc({
      id: 'u',
      outlet: 'النيل الإخبارية',
      published: null,
      storyDate: '2025-07-03',
      text: 'اعترفت روسيا رسميا بحكومة طالبان.',
      names: [
        ['LOC', 'روسيا'],
        ['ORG', 'طالبان'],
      ],
      events: [
        {
          type: 'SUPPORT',
          mode: 'recognize',
          actors: ['روسيا'],
          targets: ['طالبان'],
          sentence: 'اعترفت روسيا رسميا بحكومة طالبان.',
          trigger: 'اعترفت',
        },
      ],
    });
    const alone = buildDossier(RUSSIA, TALIBAN, [undated], DATA).entries;
    expect(alone.map((e) => [e.date, e.dateBasis])).toEqual([['2025-07-03', 'story']]);
    const joined = buildDossier(RUSSIA, TALIBAN, [undated, first], DATA).entries;
    expect(joined).toHaveLength(1);
    expect(joined[0]?.dateBasis).toBe('event');
    expect(joined[0]?.sources).toHaveLength(2);
  });

  it('finds the actors by their names when no corpus identities are given', () => {
    const bare = { ...second, identities: {} };
    const entries = buildDossier(RUSSIA, TALIBAN, [bare], DATA).entries;
    expect(entries.map((e) => e.type)).toEqual(['SUPPORT']);
  });

  it('finds an actor spelt another way by its name key (فاغنر / فاجنر)', () => {
    const text = 'وانتقد الرئيس الروسي فلاديمير بوتين مجموعة فاجنر بشدة.';
    const spelt = doc({
      id: 'w',
      published: '2023-06-24',
      text,
      names: [
        ['PER', 'فلاديمير بوتين'],
        ['ORG', 'فاجنر'],
      ],
      events: [
        {
          type: 'DISAPPROVE',
          actors: ['فلاديمير بوتين'],
          targets: ['فاجنر'],
          sentence: text,
          trigger: 'وانتقد',
        },
      ],
    });
    const putin = { entity: entity('C7', 'فلاديمير بوتين'), names: ['فلاديمير بوتين'] };
    const wagner = { entity: { ...entity('C8', 'فاغنر'), type: 'ORG' as const }, names: ['فاغنر'] };
    const bare = { ...spelt, identities: {} };
    expect(buildDossier(putin, wagner, [bare], DATA).entries.map((e) => e.type)).toEqual(['DISAPPROVE']);
  });

  it('keeps two events of one kind apart when their dates are far apart', () => {
    const later = doc({ ...specOf(first), id: 'z', published: '2025-11-20' });
    const shifted = { ...later, analysis: { ...later.analysis, times: [] } };
    const dossier = buildDossier(RUSSIA, TALIBAN, [first, shifted], DATA);
    expect(dossier.entries.map((e) => e.date)).toEqual(['2025-07-03', '2025-11-20']);
    expect(dossier.stages.map((s) => s.label)).toEqual(['يوليو 2025', 'نوفمبر 2025']);
  });

  it("makes one milestone of a day's talks and the agreement they reached, reported under several names", () => {
    const talks = 'واستضافت موسكو الثلاثاء محادثات بين روسيا وطالبان.';
    const deal = 'ووقعت روسيا وطالبان الثلاثاء اتفاقا للتعاون التجاري.';
    const report = (
      id: string,
      outlet: string,
      sentence: string,
      type: PloverType,
      trigger: string,
      mode: string,
    ) =>
      doc({
        id,
        outlet,
        published: '2025-09-10',
        text: sentence,
        names: [
          ['LOC', 'روسيا'],
          ['ORG', 'طالبان'],
        ],
        times: [{ surface: 'الثلاثاء', value: '2025-09-09' }],
        events: [{ type, mode, actors: ['روسيا'], targets: ['طالبان'], sentence, trigger }],
      });
    const dossier = buildDossier(
      RUSSIA,
      TALIBAN,
      [
        report('t', 'إذاعة الشمال', talks, 'CONSULT', 'استضافت', 'host'),
        report('d', 'صحيفة الغد', deal, 'AGREE', 'وقعت', 'sign'),
        first,
      ],
      DATA,
    );
    const day = dossier.entries.filter((e) => e.date === '2025-09-09');
    expect(day.map((e) => [e.type, e.relation])).toEqual([['AGREE', 'sign']]);
    expect(day[0]?.alsoReportedAs).toEqual([{ type: 'CONSULT', relation: 'host' }]);
    expect(day[0]?.sources.map((s) => s.document.id).sort()).toEqual(['d', 't']);
    // Another day's recognition stays its own entry.
    expect(dossier.entries.map((e) => e.date)).toEqual(['2025-07-03', '2025-09-09']);
  });

  it('makes one entry of the events one sentence reports together: a welcome and the decision it welcomes', () => {
    const sentence = 'ورحبت طالبان الجمعة بقرار روسيا رفع اسمها من قائمة المنظمات المحظورة.';
    const welcome = doc({
      id: 'w',
      outlet: 'صحيفة الغد',
      published: '2025-04-18',
      text: sentence,
      names: [
        ['ORG', 'طالبان'],
        ['LOC', 'روسيا'],
      ],
      events: [
        {
          type: 'SUPPORT',
          mode: 'welcome',
          actors: ['طالبان'],
          targets: ['روسيا'],
          sentence,
          trigger: 'رحبت',
        },
        { type: 'CONCEDE', mode: 'delist', actors: ['طالبان'], targets: ['روسيا'], sentence, trigger: 'رفع' },
      ],
    });
    const dossier = buildDossier(RUSSIA, TALIBAN, [welcome, first], DATA);
    const fromWelcome = dossier.entries.filter((e) => e.sources.some((s) => s.document.id === 'w'));
    expect(fromWelcome.map((e) => e.type)).toEqual(['SUPPORT']);
    expect(fromWelcome[0]?.alsoReportedAs?.map((a) => a.type)).toEqual(['CONCEDE']);
    // Another document's event is not drawn in by it.
    expect(dossier.entries).toHaveLength(2);
  });

  it('completes an event from its clause: the state named before the trigger acts, after it is the target', () => {
    const ruling = 'قضت المحكمة العليا في روسيا الخميس برفع حركة طالبان من قائمة المنظمات المحظورة.';
    const welcome = 'ورحب وزير خارجية طالبان بقرار المحكمة العليا الروسية.';
    const report = doc({
      id: 'r',
      outlet: 'النيل الإخبارية',
      published: '2025-04-17',
      text: `${ruling}\n${welcome}`,
      names: [
        ['LOC', 'روسيا'],
        ['ORG', 'طالبان'],
      ],
      times: [{ surface: 'الخميس', value: '2025-04-17' }],
      events: [
        { type: 'CONCEDE', actors: ['طالبان'], targets: [], sentence: ruling, trigger: 'برفع' },
        { type: 'SUPPORT', actors: ['طالبان'], targets: [], sentence: welcome, trigger: 'رحب' },
      ],
    });
    const entries = buildDossier(RUSSIA, TALIBAN, [report], DATA).entries;
    const names = (parties: readonly { name: string }[]) => parties.map((p) => p.name);
    expect(entries.map((e) => [e.type, names(e.actors), names(e.targets)])).toEqual([
      ['CONCEDE', ['روسيا'], ['طالبان']],
      ['SUPPORT', ['طالبان'], ['الروسية']],
    ]);
    expect(entries[1]?.targets[0]?.state).toBe('روسيا');
  });
});

/** The spec a test document was made from, to make variants of it. */
function specOf(d: DossierDocument): Spec {
  return {
    id: d.ref.id,
    outlet: d.ref.outlet,
    url: d.ref.url,
    published: d.ref.published,
    text: d.analysis.text,
    names: d.analysis.entities.map((e): [EntityType, string] => [e.type, e.name]),
    times: d.analysis.times.map((t) => ({ surface: t.text, value: t.value as string })),
    events: d.analysis.events.map((e) => ({
      type: e.type,
      actors: e.actors.map((id) => d.analysis.entities.find((x) => x.id === id)?.name as string),
      targets: e.targets.map((id) => d.analysis.entities.find((x) => x.id === id)?.name as string),
      sentence: d.analysis.text.slice(e.start, e.end),
      trigger: e.trigger?.text as string,
      ...(e.mode ? { mode: e.mode } : {}),
    })),
  };
}
