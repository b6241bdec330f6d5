/**
 * The classes of the second fresh batch (issue 21), one test each, in sentences written for Rasd:
 * the site's header lines before the headline (weather, price and prayer tickers, breadcrumbs that
 * end in the headline, breaking tickers between two copies of the headline), kickers, bylines in
 * more forms, the outlet named by a correspondent line, a credit tag, a role line, a copyright
 * line or the first paragraph's credit, and outlets' names that are everyday words or places.
 */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../contract/analysis.js';
import { classifyLines } from './classify-lines.js';
import { documentOutlet, documentTitle } from './document-facts.js';
import { judgeLine, leadInCredit } from './line-rules.js';
import { makeLine } from './lines.js';
import { refineSegments } from './refine-segments.js';
import { segmentVocabulary } from './stage.js';

const HEADLINE = 'بلدية المدينة تبدأ توسعة الطريق الدائري الشمالي بعد تأخر عامين';
const FIRST =
  'بدأت البلدية صباح اليوم أعمال توسعة الطريق الدائري الشمالي، بعد تأخر المشروع عامين بسبب خلافات على التمويل مع المقاول.';
const SECOND =
  'وقال مدير المشروع إن الأعمال ستتم على مراحل حتى لا تغلق الطريق كاملة، متوقعا انتهاءها قبل نهاية العام المقبل.';

const vocab = segmentVocabulary();

function analyse(lines: readonly string[]) {
  const text = lines.join('\n');
  const segments = classifyLines(text, vocab);
  const kindOf = (line: string) => {
    const at = text.indexOf(line);
    return segments.find((s) => s.start <= at && at < s.end)?.kind;
  };
  return {
    title: documentTitle(text, segments),
    outlet: documentOutlet(text, segments),
    kindOf,
    segments,
  };
}

function verdictOf(text: string) {
  const line = makeLine(text, 0, text.length);
  return line ? judgeLine(line, vocab) : null;
}

describe("the site's header above the headline", () => {
  it('reads a weather line (a temperature, places and weather words) as the site header, not the title', () => {
    const page = analyse(['الخرطوم 43° مشمس', HEADLINE, 'كتب: عادل حسن', FIRST, SECOND]);
    expect(page.kindOf('الخرطوم 43° مشمس')).toBe('boilerplate');
    expect(page.title).toBe(HEADLINE);
    expect(verdictOf('الطقس: عمّان 28° غائم جزئيا')?.kind).toBe('boilerplate');
    // A headline about the heat is no weather line.
    expect(verdictOf('الحرارة تلامس 50° في الكويت وتحذيرات من التعرض للشمس')).toBeNull();
  });

  it('reads a date line with the weather of a city after it as a date line of the header', () => {
    expect(verdictOf('الأحد 9 يونيو 2024 | جدة 39°')?.kind).toBe('dateline');
    const page = analyse(['الأحد 9 يونيو 2024 | جدة 39°', HEADLINE, FIRST, SECOND]);
    expect(page.kindOf('الأحد 9 يونيو 2024 | جدة 39°')).toBe('boilerplate');
    expect(page.title).toBe(HEADLINE);
  });

  it('reads a ticker of prices or prayer times as the site header, not a headline', () => {
    expect(verdictOf('الدولار 15.30 | اليورو 16.85 | الذهب عيار 24: 2890')?.kind).toBe('boilerplate');
    expect(verdictOf('مواقيت الصلاة: العصر 3:21 | المغرب 6:05')?.kind).toBe('boilerplate');
    // Parts of a headline do not each end in a value.
    expect(verdictOf('البورصة تخسر 20 نقطة | الدولار يستقر عند 15')?.kind).not.toBe('boilerplate');
    const page = analyse(['الدولار 15.30 | اليورو 16.85', HEADLINE, FIRST, SECOND]);
    expect(page.title).toBe(HEADLINE);
    expect(page.outlet).toBeNull();
  });

  it('reads a breadcrumb whose last part is the headline as the site header', () => {
    const crumb = `الرئيسية > محليات > ${HEADLINE}`;
    const page = analyse([crumb, HEADLINE, FIRST, SECOND]);
    expect(page.kindOf(crumb)).toBe('boilerplate');
    expect(page.title).toBe(HEADLINE);
  });

  it('finds a headline longer than a heading after a breaking-news ticker', () => {
    const long = 'افتتاح جسر جديد فوق النهر يربط ضفتي المدينة بعد سنوات من توقف الأعمال فيه';
    const page = analyse([
      'خبر عاجل: تعليق الدراسة غدا بسبب العاصفة',
      long,
      'بقلم: نبيل سعيد',
      FIRST,
      SECOND,
    ]);
    expect(page.title).toBe(long);
    expect(page.kindOf('خبر عاجل: تعليق الدراسة غدا بسبب العاصفة')).toBe('boilerplate');
  });

  it('reads a ticker and the site date between the page title and the headline as the header', () => {
    const page = analyse([
      `${HEADLINE} - بوابة الشمال`,
      'عاجل: انقطاع المياه عن ثلاثة أحياء حتى المساء',
      'الخميس 3 أكتوبر 2024',
      HEADLINE,
      'كتب: عادل حسن',
      FIRST,
      SECOND,
    ]);
    expect(page.title).toBe(HEADLINE);
    expect(page.outlet).toBe('بوابة الشمال');
    expect(page.kindOf('عاجل: انقطاع المياه عن ثلاثة أحياء حتى المساء')).toBe('boilerplate');
    expect(page.kindOf('الخميس 3 أكتوبر 2024')).toBe('boilerplate');
  });

  it("reads the site's name before a bar in the page title, the headline printed again alone", () => {
    const page = analyse([
      `بوابة الشمال | ${HEADLINE}`,
      'الرئيسية » محليات',
      'الخميس 3 أكتوبر 2024',
      HEADLINE,
      'حرر بواسطة: عادل حسن',
      'آخر تحديث: 3 أكتوبر 2024 - 10:20',
      FIRST,
      SECOND,
    ]);
    expect(page.title).toBe(HEADLINE);
    expect(page.outlet).toBe('بوابة الشمال');
    expect(page.kindOf('حرر بواسطة: عادل حسن')).toBe('byline');
  });

  it('passes over a topic kicker above a headline twice as long, a summary and the byline', () => {
    const page = analyse([
      'مشاريع الطرق',
      HEADLINE,
      'المشروع يشمل بناء ثلاثة جسور جديدة وتوسعة المسارب من أربعة إلى ستة في الاتجاهين',
      'إعداد: سهى المصري',
      FIRST,
      SECOND,
    ]);
    expect(page.title).toBe(HEADLINE);
  });

  it('keeps a short headline with a longer subtitle below it as the title', () => {
    const page = analyse([
      'استقالة الحكومة اللبنانية',
      'الرئيس يكلف الوزراء بتصريف الأعمال إلى حين تشكيل حكومة جديدة',
      'كتب: عادل حسن',
      FIRST,
      SECOND,
    ]);
    expect(page.title).toBe('استقالة الحكومة اللبنانية');
  });

  it("reads a staff member's name under a masthead title as the header, not the byline", () => {
    const page = analyse(['رئيس التحرير', 'منصور الحايك', HEADLINE, 'كتب: عادل حسن', FIRST, SECOND]);
    expect(page.kindOf('منصور الحايك')).toBe('boilerplate');
    expect(page.kindOf('كتب: عادل حسن')).toBe('byline');
  });

  it("reads a slogan next to the site's name as the header", () => {
    const page = analyse(['صوت من لا صوت لهم', 'شبكة الوادي الإخبارية', 'الرئيسية', HEADLINE, FIRST, SECOND]);
    expect(page.kindOf('صوت من لا صوت لهم')).toBe('boilerplate');
    expect(page.title).toBe(HEADLINE);
    // The outlet signing under the headline, the article after it: the headline stays.
    const signed = analyse(['استقالة الحكومة اللبنانية', 'الشرق الأوسط', FIRST, SECOND]);
    expect(signed.title).toBe('استقالة الحكومة اللبنانية');
  });
});

describe('bylines in more forms', () => {
  it('reads a cue alone on its line and the name under it as the byline', () => {
    const page = analyse([HEADLINE, 'بقلم', 'سهى المصري', FIRST, SECOND]);
    expect(page.kindOf('بقلم')).toBe('byline');
    expect(page.kindOf('سهى المصري')).toBe('byline');
    // A label above a short headline is no cue: the headline stays.
    const labelled = analyse(['تقرير', 'أزمة الخبز في القرى', FIRST, SECOND]);
    expect(labelled.kindOf('أزمة الخبز في القرى')).not.toBe('byline');
  });

  it('reads how long ago, a machine timestamp, a staff credit and a name with a role', () => {
    for (const line of ['منذ ساعتين', 'آخر تحديث: قبل 5 ساعات', '2024-10-03T09:26:00+03:00'])
      expect(verdictOf(line)?.kind).toBe('dateline');
    expect(verdictOf('تعطل قطار الضاحية قبل يومين')).toBeNull();
    for (const line of ['فريق التحرير', 'سهى المصري - صحفية'])
      expect({ line, kind: verdictOf(line)?.kind }).toEqual({ line, kind: 'byline' });
  });

  it('reads a place, a colon and an agency, and a generic source before an outlet', () => {
    expect(verdictOf('القاهرة: أ ش أ')).toEqual({ kind: 'byline', outlet: 'أ ش أ' });
    expect(verdictOf('خاص - الوادي نت')).toEqual({ kind: 'byline', outlet: 'الوادي نت' });
    expect(verdictOf('الوسوم: طرق')?.kind).toBe('boilerplate');
  });

  it("names the outlet whose correspondent signs, not the site's word for itself nor a place", () => {
    expect(verdictOf('مراسل الوادي في البصرة - كريم ناصر')).toEqual({ kind: 'byline', outlet: 'الوادي' });
    expect(verdictOf('مراسل الموقع في البصرة - كريم ناصر')).toEqual({ kind: 'byline' });
    expect(verdictOf('غزة - مراسلنا')).toEqual({ kind: 'byline' });
  });

  it('reads a credit tag of words joined by underscores, naming a known outlet', () => {
    expect(verdictOf('قاسيون_متابعة')).toEqual({ kind: 'byline', outlet: 'قاسيون' });
    expect(verdictOf('خاص_الوادي')).toEqual({ kind: 'byline' });
  });

  it("names the outlet a credit list's role line opens with", () => {
    expect(verdictOf('• Role, بي بي سي نيوز')).toEqual({ kind: 'byline', outlet: 'بي بي سي نيوز' });
    expect(verdictOf('• Role, محررة الشؤون الاقتصادية')).toEqual({ kind: 'byline' });
  });

  it('names the holder of a copyright line that says حقوق النشر', () => {
    const page = analyse([HEADLINE, FIRST, SECOND, 'حقوق النشر © 2024 لصحيفة الوادي اليومية']);
    expect(page.outlet).toBe('صحيفة الوادي اليومية');
  });
});

describe("the outlet the first paragraph's credit names after the place", () => {
  const news = ' بدأت البلدية اليوم أعمال توسعة الطريق الدائري.';
  const outletOf = (lead: string) => leadInCredit(lead + news, vocab)?.outlet ?? null;

  it('reads a name in quotation marks, an agency in brackets, a known agency before a colon', () => {
    expect(outletOf('بيروت - "الوادي اليوم":')).toBe('الوادي اليوم');
    expect(outletOf('بيروت ـ «الشرق الأوسط»:')).toBe('الشرق الأوسط');
    expect(outletOf('بيروت - (رويترز) -')).toBe('رويترز');
    expect(outletOf('بيروت، (أ ف ب) -')).toBe('أ ف ب');
    expect(outletOf('عمان ـ الأناضول:')).toBe('الأناضول');
    expect(outletOf('(CNN)--')).toBe('CNN');
  });

  it('reads no outlet when the news itself follows the place', () => {
    expect(outletOf('بيروت - أعلن الجيش:')).toBeNull();
    expect(outletOf('بيروت -')).toBeNull();
    expect(outletOf('منظمة الصحة العالمية (WHO) -')).toBeNull();
  });
});

describe("outlets' names that are everyday words or places", () => {
  it('reads them as sub-headings between paragraphs, naming no outlet', () => {
    const page = analyse([HEADLINE, 'كتب: عادل حسن', FIRST, 'المملكة', SECOND, 'الشرقية', FIRST]);
    expect(page.kindOf('المملكة')).toBe('heading');
    expect(page.kindOf('الشرقية')).toBe('heading');
    expect(page.outlet).toBeNull();
  });

  it("reads a city alone above the first paragraph as the dateline's place, not the site's name", () => {
    const page = analyse([HEADLINE, 'الرياض', FIRST, SECOND]);
    expect(page.outlet).toBeNull();
    expect(page.title).toBe(HEADLINE);
  });

  it("reads the first paragraph's first word set apart on its line (a drop cap) as no site name", () => {
    const rest =
      'تستضيف هذا الأسبوع اجتماعا لوزراء النقل العرب لبحث ربط شبكات السكك الحديدية بين دول المنطقة.';
    const page = analyse([HEADLINE, 'كتب: عادل حسن', 'المملكة', rest, SECOND]);
    expect(page.outlet).toBeNull();
    expect(page.kindOf(rest)).toBe('body');
    expect(page.title).toBe(HEADLINE);
  });

  it("keeps the site's name line in the header and after the article", () => {
    expect(analyse(['الوطن', HEADLINE, FIRST, SECOND]).outlet).toBe('الوطن');
    expect(analyse([HEADLINE, FIRST, SECOND, 'المملكة']).outlet).toBe('المملكة');
  });

  it('keeps such a block between two paragraphs of HTML as ingestion found it', () => {
    const blocks = [HEADLINE, FIRST, 'الشرقية', SECOND];
    const text = blocks.join('\n\n');
    let at = 0;
    const given: Segment[] = blocks.map((block, i) => {
      const segment: Segment = { kind: i === 0 ? 'title' : 'body', start: at, end: at + block.length };
      at += block.length + 2;
      return segment;
    });
    const refined = refineSegments(text, given, vocab);
    expect(refined[2]).toEqual(given[2]);
  });
});

describe('a place and an agency credit alone on a line', () => {
  it('is a byline naming the agency, with or without a dash between them', () => {
    expect(verdictOf('تونس - (أ ف ب)')).toMatchObject({ kind: 'byline', outlet: 'أ ف ب' });
    expect(verdictOf('دمشق – (سانا)')).toMatchObject({ kind: 'byline', outlet: 'سانا' });
    expect(verdictOf('الجزائر (واج)')).toMatchObject({ kind: 'byline', outlet: 'واج' });
  });
});
