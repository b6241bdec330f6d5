/**
 * The behaviour every `Store` adapter must have, as a vitest suite any adapter runs:
 *
 *   describeStoreContract('sqlite', () => openSqliteStore(tempPath()));
 *   describeStoreContract('postgres', () => openPostgresStore(freshSchemaUrl()));
 *
 * `makeStore` must return a new, empty store each call. The documents are built by hand
 * (`makeAnalysis`), so the suite tests the store, not today's quality of the tagger.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../contract/analysis.js';
import { makeAnalysis } from '../../corpus/testing/make-analysis.js';
import type { Store } from '../store.js';

const LAVROV_A = makeAnalysis({
  url: 'https://www.example-nile.net/news/1001?utm_source=feed',
  outlet: 'النيل الإخبارية',
  title: 'موسكو تشطب طالبان من قائمة المنظمات المحظورة',
  published: '2025-04-17',
  text: 'قررت المحكمة العليا في موسكو رفع حركة طالبان من قائمة المنظمات المحظورة. وقال وزير الخارجية سيرغي لافروف إن القرار يفتح الباب أمام تعاون أوسع مع أفغانستان. ورحبت وطالبان بالخطوة الروسية.',
  entities: [
    { type: 'PER', name: 'سيرغي لافروف' },
    { type: 'ORG', name: 'طالبان', surface: ['طالبان'] },
    { type: 'LOC', name: 'موسكو' },
    { type: 'LOC', name: 'أفغانستان' },
  ],
  events: [
    {
      type: 'SUPPORT',
      actors: ['موسكو'],
      targets: ['طالبان'],
      sentence: 'قررت المحكمة العليا في موسكو رفع حركة طالبان من قائمة المنظمات المحظورة.',
    },
  ],
});

const LAVROV_B = makeAnalysis({
  url: 'https://gulf-daily.example.com/world/2025/04/17/russia-taliban',
  outlet: 'الخليج اليوم',
  title: 'روسيا ترفع الحظر عن طالبان',
  published: '2025-04-17',
  text: 'أعلنت المحكمة العليا الروسية في موسكو شطب حركة طالبان من لائحة الإرهاب. وأكد وزير الخارجية سيرجي لافروف أن بلاده ستوسع علاقاتها مع كابول والحكومة في افغانستان. وعبر مسؤولون لطالبان عن ارتياحهم.',
  entities: [
    { type: 'PER', name: 'سيرجي لافروف' },
    { type: 'ORG', name: 'طالبان', surface: ['طالبان'] },
    { type: 'LOC', name: 'موسكو' },
    { type: 'LOC', name: 'كابول' },
  ],
});

const QUAKE_EARLY = makeAnalysis({
  outlet: 'الأطلس نيوز',
  title: 'زلزال قوي يضرب إقليم الحوز',
  published: '2023-09-09',
  text: 'ضرب زلزال بقوة 6.8 درجة إقليم الحوز جنوب مراكش ليل الجمعة. وأفادت وزارة الداخلية المغربية بمقتل 632 شخصا وإصابة المئات في القرى الجبلية.',
  entities: [
    { type: 'LOC', name: 'الحوز' },
    { type: 'LOC', name: 'مراكش' },
  ],
  quantities: [{ surface: '632', value: 632, role: 'killed' }],
});

const QUAKE_LATER = makeAnalysis({
  outlet: 'المغرب الجديد',
  title: 'ارتفاع حصيلة ضحايا زلزال الحوز',
  published: '2023-09-10',
  text: 'ارتفعت حصيلة زلزال الحوز جنوب مراكش إلى 2012 قتيلا بحسب وزارة الداخلية المغربية. وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض في القرى الجبلية.',
  entities: [
    { type: 'LOC', name: 'الحوز' },
    { type: 'LOC', name: 'مراكش' },
  ],
  quantities: [{ surface: '2012', value: 2012, role: 'killed' }],
});

/** A syndicated copy of QUAKE_LATER by another outlet: same words, another outlet line. */
const QUAKE_COPY = makeAnalysis({
  outlet: 'صوت الشرق',
  title: 'ارتفاع حصيلة ضحايا زلزال الحوز',
  published: '2023-09-10',
  text: 'ارتفعت حصيلة زلزال الحوز جنوب مراكش إلى 2012 قتيلا بحسب وزارة الداخلية المغربية. وتواصل فرق الإنقاذ البحث عن ناجين تحت الأنقاض في القرى الجبلية. (صوت الشرق)',
  entities: [
    { type: 'LOC', name: 'الحوز' },
    { type: 'LOC', name: 'مراكش' },
  ],
  quantities: [{ surface: '2012', value: 2012, role: 'killed' }],
});

const ALL: readonly Analysis[] = [LAVROV_A, LAVROV_B, QUAKE_EARLY, QUAKE_LATER, QUAKE_COPY];

/** Two states named outright in one report, and only by their leaders' titles in another. */
const STATES_NAMED: readonly Analysis[] = [
  makeAnalysis({
    outlet: 'الوادي',
    published: '2024-02-14',
    text: 'وقعت مصر وتركيا اتفاقا لتوسيع التبادل التجاري خلال زيارة رسمية.',
    entities: [
      { type: 'LOC', name: 'مصر' },
      { type: 'LOC', name: 'تركيا' },
    ],
    events: [
      {
        type: 'AGREE',
        actors: ['مصر', 'تركيا'],
        targets: [],
        sentence: 'وقعت مصر وتركيا اتفاقا لتوسيع التبادل التجاري خلال زيارة رسمية.',
      },
    ],
  }),
  makeAnalysis({
    outlet: 'الجسر',
    published: '2024-09-04',
    text: 'استقبل الرئيس التركي رجب طيب أردوغان في أنقرة نظيره المصري عبد الفتاح السيسي.',
    entities: [
      { type: 'PER', name: 'رجب طيب أردوغان' },
      { type: 'LOC', name: 'أنقرة' },
      { type: 'PER', name: 'عبد الفتاح السيسي' },
    ],
    events: [
      {
        type: 'CONSULT',
        actors: ['عبد الفتاح السيسي'],
        targets: ['رجب طيب أردوغان'],
        sentence: 'استقبل الرئيس التركي رجب طيب أردوغان في أنقرة نظيره المصري عبد الفتاح السيسي.',
      },
    ],
  }),
];

/** One city in two transliterations (the identities join them), and a third article without it. */
const KABUL_SPELLINGS: readonly Analysis[] = [
  makeAnalysis({
    outlet: 'الرافدين اليوم',
    published: '2025-02-03',
    text: 'أعادت سلطات مطار كابل فتح المدرج الشمالي بعد أسبوع من الإغلاق بسبب الثلوج الكثيفة.',
    entities: [{ type: 'LOC', name: 'كابل' }],
  }),
  makeAnalysis({
    outlet: 'نبض الشرق',
    published: '2025-02-05',
    text: 'ارتفعت أسعار الحطب في أسواق كابول مع اشتداد موجة البرد على العاصمة الأفغانية.',
    entities: [{ type: 'LOC', name: 'كابول' }],
  }),
  makeAnalysis({
    outlet: 'نبض الشرق',
    published: '2025-02-06',
    text: 'افتتحت بلدية هرات سوقا جديدة للحطب والفحم قرب مطار المدينة.',
    entities: [{ type: 'LOC', name: 'هرات' }],
  }),
];
/** Two reports of one flood in words that hardly meet, and a third that bridges them. */
const FLOOD_DAMS = makeAnalysis({
  outlet: 'برقة اليوم',
  published: '2023-09-12',
  text: 'انهار سدان قرب مدينة درنة بعد أمطار غزيرة جلبتها العاصفة دانيال، فجرفت السيول أحياء كاملة نحو البحر وغمرت الشوارع بالطين.',
  entities: [{ type: 'LOC', name: 'درنة' }],
});
const FLOOD_AID = makeAnalysis({
  outlet: 'الساحل نيوز',
  published: '2023-09-13',
  text: 'هبطت طائرات تحمل خياما وأدوية وفرق إغاثة في مطار بنينا، وبدأ متطوعون توزيع المساعدات على العائلات المنكوبة.',
  entities: [{ type: 'LOC', name: 'بنينا' }],
});
const FLOOD_BRIDGE = makeAnalysis({
  outlet: 'الجبل الأخضر',
  published: '2023-09-13',
  text: 'بعد أن انهار سدان قرب درنة وجرفت السيول أحياء كاملة نحو البحر، هبطت طائرات تحمل خياما وأدوية وفرق إغاثة في مطار بنينا لمساعدة العائلات المنكوبة.',
  entities: [
    { type: 'LOC', name: 'درنة' },
    { type: 'LOC', name: 'بنينا' },
  ],
});
/** A bare surname, stored before the full name that it then joins. */
const LAVROV_SHORT = makeAnalysis({
  outlet: 'النيل الإخبارية',
  published: '2025-04-18',
  text: 'قال لافروف في مؤتمر صحفي إن موسكو تنتظر خطوات من كابول بعد قرار المحكمة.',
  entities: [
    { type: 'PER', name: 'لافروف' },
    { type: 'LOC', name: 'موسكو' },
    { type: 'LOC', name: 'كابول' },
  ],
});
const GROWING: readonly Analysis[] = [LAVROV_SHORT, ...ALL, FLOOD_DAMS, FLOOD_AID, FLOOD_BRIDGE];

export function describeStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    const open: Store[] = [];
    const fresh = async () => {
      const store = await makeStore();
      open.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of open.splice(0)) await store.close();
    });

    async function filled(order: readonly Analysis[] = ALL): Promise<Store> {
      const store = await fresh();
      for (const analysis of order) await store.putDocument({ analysis, source: analysis.document.title });
      await store.refreshCorpus();
      return store;
    }

    it('adds a document once: putting it again answers duplicate and changes nothing', async () => {
      const store = await fresh();
      const first = await store.putDocument({ analysis: LAVROV_A });
      const again = await store.putDocument({ analysis: LAVROV_A });
      expect(first.status).toBe('added');
      expect(again).toEqual({ status: 'duplicate', id: first.id });
      expect((await store.listDocuments()).total).toBe(1);
    });

    it('knows a document by its canonical URL, whatever the tracking parameters', async () => {
      const store = await fresh();
      const first = await store.putDocument({ analysis: LAVROV_A });
      expect(first.id).toBe('url:https://example-nile.net/news/1001');
      const sameUrl = {
        ...LAVROV_B,
        document: { ...LAVROV_B.document, url: 'https://example-nile.net/news/1001#top' },
      };
      expect((await store.putDocument({ analysis: sameUrl })).status).toBe('duplicate');
    });

    it('knows a document without URL by its normalised text', async () => {
      const store = await fresh();
      await store.putDocument({ analysis: QUAKE_EARLY });
      const spaced = { ...QUAKE_EARLY, text: QUAKE_EARLY.text.replace('زلزال', 'زِلْزال  ') };
      expect((await store.putDocument({ analysis: spaced })).status).toBe('duplicate');
      expect((await store.putDocument({ analysis: QUAKE_LATER })).status).toBe('added');
    });

    it('gives a stored document back with its whole analysis', async () => {
      const store = await fresh();
      const { id } = await store.putDocument({ analysis: QUAKE_LATER, source: 'later.txt' });
      const record = await store.getDocument(id);
      expect(record?.analysis).toEqual(QUAKE_LATER);
      expect(record?.source).toBe('later.txt');
      expect(record?.outlet).toBe('المغرب الجديد');
      expect(await store.getDocument('text:nothing')).toBeUndefined();
      expect(await store.hasDocument(id)).toBe(true);
    });

    it('lists documents newest first, filtered by outlet and dates', async () => {
      const store = await filled();
      const all = await store.listDocuments();
      expect(all.total).toBe(ALL.length);
      expect(all.items[0]?.published).toBe('2025-04-17');
      expect((await store.listDocuments({ outlet: 'الأطلس نيوز' })).items.map((d) => d.title)).toEqual([
        'زلزال قوي يضرب إقليم الحوز',
      ]);
      expect((await store.listDocuments({ from: '2023-09-10', to: '2023-09' })).total).toBe(2);
      expect((await store.listDocuments({ limit: 2 })).items).toHaveLength(2);
    });

    it('iterates every document', async () => {
      const store = await filled();
      const ids: string[] = [];
      for await (const record of store.iterateDocuments()) ids.push(record.id);
      expect(new Set(ids).size).toBe(ALL.length);
    });

    it('finds a word whatever clitics it carries', async () => {
      const store = await filled();
      const hits = await store.search({ text: 'طالبان' });
      expect(hits.total).toBe(2);
      const b = hits.items.find((h) => h.document.outlet === 'الخليج اليوم');
      const text = LAVROV_B.text;
      const marked = b?.snippet.highlights.map((h) => text.slice(h.start, h.end)) ?? [];
      expect(marked).toContain('لطالبان');
      expect(marked).toContain('طالبان');
      expect(b?.snippet.text).toBe(text.slice(b?.snippet.start, b?.snippet.end));
    });

    it('finds a word whatever its hamza spelling', async () => {
      const store = await filled();
      const hits = await store.search({ text: 'أفغانستان' });
      expect(hits.items.map((h) => h.document.outlet).sort()).toEqual(['الخليج اليوم', 'النيل الإخبارية']);
    });

    it('requires every word of the query and applies the filters', async () => {
      const store = await filled();
      expect((await store.search({ text: 'زلزال الحوز' })).total).toBe(3);
      expect((await store.search({ text: 'زلزال طالبان' })).total).toBe(0);
      expect((await store.search({ text: 'الحوز', outlet: 'صوت الشرق' })).total).toBe(1);
      expect((await store.search({ text: 'الحوز', to: '2023-09-09' })).total).toBe(1);
      expect((await store.search({ text: 'المحكمة', entity: 'سيرجي لافروف' })).total).toBe(2);
      expect((await store.search({ text: '؟!' })).total).toBe(0);
    });

    it('orders search results newest first when asked, and counts the matches per outlet', async () => {
      const store = await filled();
      const newest = await store.search({ text: 'الحوز', sort: 'newest' });
      const days = newest.items.map((h) => h.document.published);
      expect(days).toEqual([...days].sort().reverse());
      expect(days.at(-1)).toBe('2023-09-09');
      const faceted = await store.search({ text: 'الحوز', facets: true });
      expect(faceted.outlets).toEqual([
        { outlet: 'الأطلس نيوز', count: 1 },
        { outlet: 'المغرب الجديد', count: 1 },
        { outlet: 'صوت الشرق', count: 1 },
      ]);
      expect((await store.search({ text: 'الحوز' })).outlets).toBeUndefined();
    });

    it('orders the stories of the whole store as asked: newest, oldest, coverage', async () => {
      const store = await filled();
      const last = (await store.stories({ sort: 'latest' })).items.map((s) => s.last ?? '');
      expect(last).toEqual([...last].sort().reverse());
      const first = (await store.stories({ sort: 'oldest' })).items.map((s) => s.first ?? '~');
      expect(first).toEqual([...first].sort());
      const sizes = (await store.stories({ sort: 'coverage' })).items.map((s) => s.documents.length);
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      expect(new Set(last).size).toBeGreaterThan(1);
    });

    it('lists entities sorted by name or mentions, and hides the rarely mentioned when asked', async () => {
      const store = await filled();
      const names = (await store.entities({ sort: 'name' })).items.map((e) => e.name);
      expect(names).toEqual([...names].sort());
      const mentions = (await store.entities({ sort: 'mentions' })).items.map((e) => e.mentionCount);
      expect(mentions).toEqual([...mentions].sort((a, b) => b - a));
      const all = await store.entities({});
      const often = await store.entities({ minMentions: 2 });
      expect(often.items.every((e) => e.mentionCount >= 2)).toBe(true);
      expect(often.total).toBeLessThan(all.total);
    });

    it('joins spellings of one person under one identity', async () => {
      const store = await filled();
      const lavrov = await store.entity('سيرغي لافروف');
      expect(lavrov?.documentCount).toBe(2);
      expect([lavrov?.name, ...(lavrov?.aliases ?? [])].sort()).toEqual(['سيرجي لافروف', 'سيرغي لافروف']);
      expect((await store.entity('سيرجي لافروف'))?.id).toBe(lavrov?.id);
      expect(lavrov?.mentionsByOutlet.map((m) => m.outlet).sort()).toEqual([
        'الخليج اليوم',
        'النيل الإخبارية',
      ]);
      expect(lavrov?.cooccurring.map((c) => c.entity.name)).toContain('طالبان');
      expect(lavrov?.timeline[0]?.text).toContain('لافروف');
      expect((await store.entities({ name: 'لافروف' })).items).toHaveLength(1);
      expect(await store.entity('لا أحد بهذا الاسم')).toBeUndefined();
    });

    it('puts every document in exactly one story, and copies with their original', async () => {
      const store = await filled();
      const stories = (await store.stories({ limit: 100 })).items;
      const members = stories.flatMap((s) => s.documents.map((d) => d.id));
      expect(members.sort()).toEqual((await store.listDocuments()).items.map((d) => d.id).sort());
      const quake = stories.find((s) => s.documents.some((d) => d.outlet === 'صوت الشرق'));
      expect(quake?.documents.map((d) => d.outlet)).toEqual(
        expect.arrayContaining(['المغرب الجديد', 'صوت الشرق']),
      );
      const copy = quake?.documents.find((d) => d.outlet === 'صوت الشرق');
      const original = quake?.documents.find((d) => d.outlet === 'المغرب الجديد');
      // Same day, same words, neither credits the other: same text, neither called the copy.
      expect([copy?.duplicateOf, original?.duplicateOf]).toEqual([null, null]);
      expect(copy?.sameTextAs).toBe(original?.id);
      expect(original?.sameTextAs).toBe(copy?.id);
      const russia = stories.find((s) => s.documents.some((d) => d.outlet === 'الخليج اليوم'));
      expect(russia?.id).not.toBe(quake?.id);
      for (const doc of (await store.listDocuments()).items) expect(doc.storyId).not.toBeNull();
    });

    it('builds the same stories whatever order the documents came in', async () => {
      const forward = await filled(ALL);
      const backward = await filled([...ALL].reverse());
      const partition = async (store: Store) =>
        (await store.stories({ limit: 100 })).items
          .map(
            (s) =>
              `${s.id}:${s.documents
                .map((d) => d.id)
                .sort()
                .join(',')}`,
          )
          .sort();
      expect(await partition(backward)).toEqual(await partition(forward));
    });

    it('reports a rising toll as an update, with its sources', async () => {
      const store = await filled();
      const updates = await store.conflicts({ verdict: 'update' });
      expect(updates.total).toBe(1);
      const conflict = updates.items[0];
      expect(conflict?.role).toBe('killed');
      expect(conflict?.claims.map((c) => c.value)).toEqual([632, 2012]);
      expect(conflict?.claims[0]?.evidence.document.outlet).toBe('الأطلس نيوز');
      expect((await store.conflicts({ verdict: 'contradiction' })).total).toBe(0);
      const story = await store.story(conflict?.storyId ?? '');
      expect(story?.conflicts).toHaveLength(1);
    });

    it('builds a dossier between two actors: one entry per event, dated and citing its outlets', async () => {
      const store = await filled();
      const dossier = await store.dossier('موسكو', 'طالبان');
      const event = dossier?.entries.find((e) => e.type === 'SUPPORT');
      expect(event?.date).toBe('2025-04-17');
      expect(event?.dateBasis).toBe('article');
      expect(event?.sources[0]?.outlet).toBe('النيل الإخبارية');
      expect(dossier?.entries.every((e) => e.kind === 'event')).toBe(true);
      expect(dossier?.stages[0]?.entries).toContain(0);
      const all = await store.dossier('موسكو', 'طالبان', { all: true });
      const mentions = all?.entries.filter((e) => e.kind === 'mention') ?? [];
      expect(mentions.length).toBeGreaterThanOrEqual(1);
      for (const entry of mentions) expect(entry.evidence.text).toContain('طالبان');
    });

    it("finds for a dossier a report naming the two states only by their leaders' titles", async () => {
      const store = await filled(STATES_NAMED);
      const dossier = await store.dossier('مصر', 'تركيا');
      const outlets = dossier?.entries.flatMap((e) => e.sources.map((s) => s.outlet)) ?? [];
      expect(outlets).toContain('الجسر');
      expect(outlets).toContain('الوادي');
    });

    it('finds every spelling the identities join, says so, and searches one spelling when exact', async () => {
      const store = await filled(KABUL_SPELLINGS);
      const found = await store.search({ text: 'كابول' });
      expect(found.items.map((h) => h.document.outlet).sort()).toEqual(['الرافدين اليوم', 'نبض الشرق']);
      expect(found.aliases).toEqual([
        {
          entity: expect.stringMatching(/^C/),
          name: expect.any(String),
          matched: 'كابول',
          spellings: ['كابل'],
        },
      ]);
      // The other spelling is marked in the passage, as the typed one is.
      const other = found.items.find((h) => h.document.outlet === 'الرافدين اليوم');
      const text = KABUL_SPELLINGS[0]?.text ?? '';
      expect(other?.snippet.highlights.map((h) => text.slice(h.start, h.end))).toEqual(['كابل']);
      // Every word must still match: the other spelling stands in for the name only.
      const airport = await store.search({ text: 'مطار كابول' });
      expect(airport.items.map((h) => h.document.outlet)).toEqual(['الرافدين اليوم']);
      const exact = await store.search({ text: 'كابول', exact: true });
      expect(exact.items.map((h) => h.document.outlet)).toEqual(['نبض الشرق']);
      expect(exact.aliases).toEqual([]);
      const plain = await store.search({ text: 'الحطب' });
      expect(plain.total).toBe(2);
      expect(plain.aliases).toEqual([]);
    });

    /** Everything the corpus records say, in a form two stores can be compared by. */
    async function corpusSnapshot(store: Store) {
      const stories = [...(await store.stories({ limit: 1000 })).items].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      );
      const entities = [...(await store.entities({ limit: 1000 })).items].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      );
      const conflicts = (await store.conflicts({ limit: 1000 })).items;
      const documents: string[] = [];
      for await (const d of store.iterateDocuments()) {
        documents.push(`${d.id} ${d.storyId} ${JSON.stringify(Object.entries(d.identities).sort())}`);
      }
      return { stories, entities, conflicts, documents: documents.sort() };
    }

    it('adding documents one at a time or in one batch gives what a rebuild gives', async () => {
      const oneByOne = await fresh();
      for (const analysis of [...GROWING].reverse()) {
        await oneByOne.putDocument({ analysis });
        await oneByOne.refreshCorpus({ ifStale: true });
      }
      const batch = await fresh();
      for (const analysis of GROWING) await batch.putDocument({ analysis });
      await batch.refreshCorpus({ ifStale: true });
      const together = await fresh();
      await together.putDocument({ analysis: FLOOD_AID });
      const results = await together.putDocuments([...GROWING, LAVROV_A].map((analysis) => ({ analysis })));
      // One transaction for all, and the answers one at a time gives: stored before, or met earlier.
      expect(results.map((r) => r.status)).toEqual([
        ...GROWING.map((a) => (a === FLOOD_AID ? 'duplicate' : 'added')),
        'duplicate',
      ]);
      await together.refreshCorpus({ ifStale: true });
      const incremental = await corpusSnapshot(oneByOne);
      expect(await corpusSnapshot(batch)).toEqual(incremental);
      expect(await corpusSnapshot(together)).toEqual(incremental);
      await oneByOne.refreshCorpus();
      expect(await corpusSnapshot(oneByOne)).toEqual(incremental);
      expect(incremental.stories.length).toBeGreaterThanOrEqual(3);
      expect(incremental.conflicts.length).toBeGreaterThanOrEqual(1);
    });

    it('an article that bridges two stories merges them, and a bare surname joins its full name', async () => {
      const store = await fresh();
      for (const analysis of [FLOOD_DAMS, FLOOD_AID, LAVROV_SHORT]) await store.putDocument({ analysis });
      await store.refreshCorpus({ ifStale: true });
      const storyOf = async (outlet: string) =>
        (await store.listDocuments({ outlet })).items[0]?.storyId ?? 'none';
      expect(await storyOf('برقة اليوم')).not.toBe(await storyOf('الساحل نيوز'));
      expect((await store.entity('لافروف'))?.name).toBe('لافروف');
      for (const analysis of [FLOOD_BRIDGE, LAVROV_A]) await store.putDocument({ analysis });
      await store.refreshCorpus({ ifStale: true });
      expect(await storyOf('برقة اليوم')).toBe(await storyOf('الساحل نيوز'));
      expect(await storyOf('الجبل الأخضر')).toBe(await storyOf('الساحل نيوز'));
      const lavrov = await store.entity('لافروف');
      expect(lavrov?.name).toBe('سيرغي لافروف');
      expect(lavrov?.documentCount).toBe(2);
    });

    it('refreshes the corpus only when documents changed, when asked to', async () => {
      const store = await filled();
      const stats = await store.refreshCorpus({ ifStale: true });
      expect(stats.documents).toBe(ALL.length);
      expect(stats.stories).toBeGreaterThanOrEqual(2);
    });
  });
}
