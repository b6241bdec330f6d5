/** The head of a pasted page: site lines above the headline, repeated headlines, datelines and bylines. */
import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines.js';
import { documentTitle } from './document-facts.js';
import { segmentVocabulary } from './stage.js';

function kinds(text: string): [string, string][] {
  return classifyLines(text, segmentVocabulary()).map((s) => [s.kind, text.slice(s.start, s.end)]);
}

const kindOf = (text: string, line: string) => kinds(text).find(([, l]) => l === line)?.[0];

const PARAGRAPH =
  'قالت وزارة الزراعة إن إنتاج القمح ارتفع هذا الموسم بفضل الأمطار الغزيرة التي هطلت في الشتاء.';

describe('the title line', () => {
  it('is the headline the page prints twice, not a slogan or the site name above it', () => {
    const headline = 'ارتفاع إنتاج القمح إلى مستوى قياسي في الموسم الحالي';
    const text = ['الكلمة الحرة أولاً', 'صحيفة الحقل اليومية', headline, headline, PARAGRAPH].join('\n');
    const segments = classifyLines(text, segmentVocabulary());
    expect(documentTitle(text, segments)).toBe(headline);
    expect(kinds(text).filter(([kind]) => kind === 'title')).toHaveLength(2);
  });

  it('is the first headline when a longer summary below it is the line printed twice', () => {
    const headline = 'المزارعون يحتفلون بموسم قمح وفير';
    const summary = 'توقعت الوزارة أن يغطي الإنتاج حاجة البلاد من القمح لعام كامل دون استيراد';
    const text = [headline, summary, summary, PARAGRAPH].join('\n');
    expect(documentTitle(text, classifyLines(text, segmentVocabulary()))).toBe(headline);
  });

  it('is never a short name printed twice (a staff list)', () => {
    const headline = 'ارتفاع إنتاج القمح إلى مستوى قياسي';
    const text = ['المدير العام', 'سامي الخطيب', 'المدير العام', 'سامي الخطيب', headline, PARAGRAPH].join(
      '\n',
    );
    expect(documentTitle(text, classifyLines(text, segmentVocabulary()))).toBe(headline);
  });

  it('is never a site menu run together on one line', () => {
    const menu = 'الحقل نيوز رياضة الحقل نيوز اقتصاد الحقل نيوز منوعات';
    const headline = 'ارتفاع إنتاج القمح إلى مستوى قياسي';
    const text = [menu, headline, PARAGRAPH].join('\n');
    expect(kindOf(text, menu)).toBe('boilerplate');
    expect(documentTitle(text, classifyLines(text, segmentVocabulary()))).toBe(headline);
  });

  it('is the headline after the site date line, right above the byline, not the slogan before that date', () => {
    const slogan = 'الكلمة الحرة منذ 1987';
    const headline = 'هل يكفي المطر هذا العام لإنقاذ موسم القمح؟';
    const text = [slogan, 'الجمعة 5 مايو 2023', headline, 'كتب: سامي الخطيب', PARAGRAPH].join('\n');
    expect(documentTitle(text, classifyLines(text, segmentVocabulary()))).toBe(headline);
    expect(kindOf(text, slogan)).not.toBe('title');
  });

  it('stays the first headline when a subtitle stands between it and the byline', () => {
    const headline = 'الحكومة تقر خطة لدعم مزارعي القمح';
    const subtitle = 'تشمل قروضا ميسرة وإعفاءات ضريبية لمدة عامين كاملين';
    const text = [headline, subtitle, 'كتب: سامي الخطيب', PARAGRAPH].join('\n');
    expect(documentTitle(text, classifyLines(text, segmentVocabulary()))).toBe(headline);
  });

  it('starts after a section label run into it that the page also prints alone', () => {
    const headline = 'ارتفاع إنتاج القمح إلى مستوى قياسي في الموسم الحالي';
    const text = [`اقتصاد ${headline}`, 'اقتصاد', headline, PARAGRAPH].join('\n');
    const segments = classifyLines(text, segmentVocabulary());
    expect(documentTitle(text, segments)).toBe(headline);
    const ownLabel = ['المغرب يفوز بالكأس بعد مباراة مثيرة', PARAGRAPH].join('\n');
    expect(documentTitle(ownLabel, classifyLines(ownLabel, segmentVocabulary()))).toBe(
      'المغرب يفوز بالكأس بعد مباراة مثيرة',
    );
  });

  it('is never a correspondents credit line', () => {
    const credit = 'مراسلو الحقل نيوز';
    const text = ['الحقل نيوز', credit, PARAGRAPH].join('\n');
    expect(kindOf(text, credit)).toBe('byline');
  });

  it('is never an invitation to follow the site on a network', () => {
    const invitation = 'اشترك مجاناً في قناة الحقل على يوتيوب';
    const text = [invitation, PARAGRAPH, PARAGRAPH].join('\n');
    expect(kindOf(text, invitation)).toBe('boilerplate');
  });
});

describe('the title among page furniture', () => {
  const headline = 'انهيار مبنى سكني في وسط المدينة ونجاة جميع سكانه';
  const title = (lines: string[]) => {
    const text = [...lines, PARAGRAPH].join('\n');
    return documentTitle(text, classifyLines(text, segmentVocabulary()));
  };

  it('keeps a label before the headline (`عاجل |`) as the line gives it, and names no outlet by it', () => {
    const text = [`عاجل | ${headline}`, PARAGRAPH].join('\n');
    const segments = classifyLines(text, segmentVocabulary());
    expect(documentTitle(text, segments)).toBe(`عاجل | ${headline}`);
    expect(segments.find((s) => s.kind === 'title')?.outlet).toBeUndefined();
    expect(title([`${headline} | صحيفة الوادي`])).toBe(headline);
  });

  it('is never a breadcrumb from the home page, however few parts follow', () => {
    expect(title(['الرئيسية » أخبار محلية', headline])).toBe(headline);
    expect(title(['الرئيسية > محليات', headline])).toBe(headline);
  });

  it('is never a section name of three words', () => {
    expect(title(['أخبار عربية ودولية', headline])).toBe(headline);
    expect(title(['أخبار محلية', headline])).toBe(headline);
  });

  it('is never the lead paragraph cut before its full stop', () => {
    const lead =
      'قالت وزارة الداخلية في بيان اليوم إن فرق الإنقاذ تمكنت من انتشال جميع العالقين في المبنى المنهار';
    expect(title([lead])).toBeNull();
    const dated = 'أعلنت الوزارة، اليوم الأحد، عن خطة جديدة لدعم المزارعين المتضررين من الجفاف في الجنوب';
    expect(title([dated])).toBeNull();
    const long = 'الوزارة تؤكد أن فرق الإنقاذ انتشلت جميع العالقين في المبنى المنهار بعد ساعات من العمل';
    expect(title([long])).toBe(long);
  });
});

describe('datelines and bylines', () => {
  it("reads a date line with its time zone below the headline as the article's dateline", () => {
    const line = 'الأحد: 07/12/2025 بتوقيت مكة المكرمة';
    expect(kindOf(['ارتفاع إنتاج القمح إلى مستوى قياسي', line, PARAGRAPH].join('\n'), line)).toBe('dateline');
  });

  it("reads the site's date line above the headline as its header, unless it says the article was published", () => {
    const header = 'الأحد: 07/12/2025 بتوقيت مكة المكرمة';
    const headline = 'ارتفاع إنتاج القمح إلى مستوى قياسي';
    expect(kindOf([header, headline, PARAGRAPH].join('\n'), header)).toBe('boilerplate');
    const weather = 'عمّان 18° غائم جزئياً | الأحد 7 كانون الأول 2025';
    expect(kindOf([weather, headline, PARAGRAPH].join('\n'), weather)).toBe('boilerplate');
    const updated = 'آخر تحديث: 07/12/2025 - 10:40';
    expect(kindOf([updated, headline, PARAGRAPH].join('\n'), updated)).toBe('dateline');
    // A byline above the date line makes the date the article's.
    const byline = 'كتب: سامي الخطيب';
    expect(kindOf([byline, header, headline, PARAGRAPH].join('\n'), header)).toBe('dateline');
  });

  it('reads a published-on line with its last update as a dateline', () => {
    const line = 'نشر بتاريخ: 02/12/2025 ( آخر تحديث: 03/12/2025 الساعة: 14:05 )';
    expect(kindOf(['ارتفاع إنتاج القمح إلى مستوى قياسي', line, PARAGRAPH].join('\n'), line)).toBe('dateline');
  });

  it('reads a date in Latin letters as a dateline, not as the title', () => {
    const headline = 'ارتفاع إنتاج القمح إلى مستوى قياسي';
    for (const line of ['January 9, 2021', '3rd, March 2022', '17 avril 2023']) {
      const text = [headline, line, PARAGRAPH].join('\n');
      expect(kindOf(text, line)).toBe('dateline');
      // Above the headline it is the site's date: never the title either.
      const above = [line, headline, PARAGRAPH].join('\n');
      expect(kindOf(above, line)).toBe('boilerplate');
      expect(documentTitle(above, classifyLines(above, segmentVocabulary()))).toBe(headline);
      expect(documentTitle(text, classifyLines(text, segmentVocabulary()))).toBe(headline);
    }
  });

  it('does not count the date and time in a byline toward its length', () => {
    const line = 'كتب: سامي الخطيب, ليلى المصري, نور الهدى سليمان الثلاثاء 02-12-2025 11:45';
    expect(kindOf(['ارتفاع إنتاج القمح إلى مستوى قياسي', line, PARAGRAPH].join('\n'), line)).toBe('byline');
  });
});
