/**
 * A small corpus for the browser and API tests, written for these tests (not taken from any
 * outlet): one story told by two outlets with different figures, an unrelated story, a document
 * whose text is hostile markup that must render as plain text, and three later reports of the
 * unrelated story: a rising toll, a wire copy of it, and another outlet's lower toll the same day.
 */
import { analyzeDocument } from '../../src/analyze/analyze.js';
import type { Store } from '../../src/store/store.js';

export interface CorpusDoc {
  readonly text: string;
  readonly title: string;
  readonly outlet: string;
  readonly url: string;
  readonly published: string;
}

export const HOSTILE_MARKUP =
  'نص تجريبي <script>window.__pwned = "script"</script> ثم صورة <img src=x onerror="window.__pwned = \'img\'"> في وسط الخبر.';

export const UI_CORPUS: readonly CorpusDoc[] = [
  {
    title: 'مصر والأردن توقعان اتفاقية للربط الكهربائي',
    outlet: 'صحيفة النهار الجديد',
    url: 'https://nahar.example/energy/1',
    published: '2025-03-04',
    text: `مصر والأردن توقعان اتفاقية للربط الكهربائي
القاهرة - وقّعت مصر والأردن يوم الثلاثاء اتفاقية لتبادل الكهرباء بقدرة 300 ميغاواط.
وقال وزير الطاقة المصري محمد شاكر إن «الربط سيبدأ في الربيع المقبل بعد اكتمال الخطوط».
اقرأ أيضاً: ارتفاع أسعار الوقود في الأسواق المحلية
`,
  },
  {
    title: 'اتفاق أردني مصري على تبادل الطاقة',
    outlet: 'وكالة الأنباء المشرقية',
    url: 'https://mashriq.example/news/77',
    published: '2025-03-05',
    text: `اتفاق أردني مصري على تبادل الطاقة
عمّان - أعلنت الحكومة الأردنية أن الأردن ومصر اتفقتا على مشروع مشترك لتبادل الكهرباء بقدرة 350 ميغاواط.
وأوضح المتحدث باسم الحكومة أن المرحلة الأولى من المشروع ستنتهي قبل نهاية العام.
`,
  },
  {
    title: 'فيضانات تغمر قرى في شمال السودان',
    outlet: 'صحيفة النهار الجديد',
    url: 'https://nahar.example/weather/9',
    published: '2025-08-11',
    text: `فيضانات تغمر قرى في شمال السودان
الخرطوم - غمرت مياه الفيضانات عشرات القرى في شمال السودان، وقالت السلطات المحلية إن 12 شخصاً لقوا حتفهم.
وطالبت منظمة الهلال الأحمر بإرسال مساعدات عاجلة إلى المتضررين.
`,
  },
  {
    title: 'اختبار ترميز',
    outlet: 'نشرة الاختبار',
    url: 'https://test.example/markup',
    published: '2025-09-01',
    text: `اختبار ترميز\n${HOSTILE_MARKUP}\n`,
  },
  {
    title: 'ارتفاع حصيلة ضحايا فيضانات شمال السودان',
    outlet: 'وكالة الأنباء المشرقية',
    url: 'https://mashriq.example/news/81',
    published: '2025-08-13',
    text: `ارتفاع حصيلة ضحايا فيضانات شمال السودان
الخرطوم - ارتفعت حصيلة ضحايا الفيضانات التي غمرت قرى شمال السودان إلى 27 قتيلاً و40 مصاباً، فيما لا يزال 9 أشخاص في عداد المفقودين، بحسب السلطات المحلية.
وقالت منظمة الهلال الأحمر إن فرقها وزعت الخيام والمياه على الأسر المتضررة.
`,
  },
  {
    title: 'ارتفاع حصيلة ضحايا فيضانات شمال السودان',
    outlet: 'موقع الخبر اليومي',
    url: 'https://khabar.example/sudan/5',
    published: '2025-08-14',
    text: `ارتفاع حصيلة ضحايا فيضانات شمال السودان
الخرطوم - ارتفعت حصيلة ضحايا الفيضانات التي غمرت قرى شمال السودان إلى 27 قتيلاً و40 مصاباً، فيما لا يزال 9 أشخاص في عداد المفقودين، بحسب السلطات المحلية.
وقالت منظمة الهلال الأحمر إن فرقها وزعت الخيام والمياه على الأسر المتضررة.
`,
  },
  {
    title: 'السودان: الفيضانات تودي بحياة 19 شخصاً',
    outlet: 'إذاعة الوادي',
    url: 'https://wadi.example/2025/08/13/flood',
    published: '2025-08-13',
    text: `السودان: الفيضانات تودي بحياة 19 شخصاً
الخرطوم - قالت السلطات المحلية في شمال السودان إن الفيضانات أودت بحياة 19 شخصاً وأصابت 31 آخرين.
وأضافت منظمة الهلال الأحمر أن آلاف الأسر فقدت منازلها.
`,
  },
];

/** Analyses and stores every document, then builds the corpus records. */
export async function ingestCorpus(store: Store, docs: readonly CorpusDoc[] = UI_CORPUS): Promise<void> {
  for (const doc of docs) {
    const analysis = analyzeDocument(
      { text: doc.text, title: doc.title, outlet: doc.outlet, url: doc.url },
      { publishedOverride: doc.published },
    );
    await store.putDocument({ analysis, source: doc.url });
  }
  await store.refreshCorpus();
}
