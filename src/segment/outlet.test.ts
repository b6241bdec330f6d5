/** Naming the outlet of every document: byline, the name a paragraph opens with, else the URL's site. */
import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines.js';
import { documentOutlet } from './document-facts.js';
import { outletFromUrl } from './outlet-domains.js';
import { segmentVocabulary } from './stage.js';

const HEADLINE = 'ارتفاع أسعار الخبز في الأسواق المحلية للمرة الثانية';
const PARAGRAPH = 'أعلنت وزارة التموين زيادة سعر رغيف الخبز بعد ارتفاع كلفة القمح المستورد هذا العام.';

function outletOf(lines: readonly string[], url: string | null = null): string | null {
  const text = lines.join('\n');
  return documentOutlet(text, classifyLines(text, segmentVocabulary()), url);
}

describe('the outlet of a document', () => {
  it('reads a place and an agency on a credit line, either way round', () => {
    expect(outletOf([HEADLINE, 'عمّان / الأناضول', PARAGRAPH])).toBe('الأناضول');
    expect(outletOf([HEADLINE, 'الميزان/ دمشق', PARAGRAPH])).toBe('الميزان');
  });

  it('reads an outlet alone on a line before a dash', () => {
    expect(outletOf([HEADLINE, 'الميزان نيوز -', PARAGRAPH])).toBe('الميزان نيوز');
  });

  it('reads the name the first paragraph opens with, setting a leading place aside', () => {
    expect(outletOf([HEADLINE, `الميزان - ${PARAGRAPH}`])).toBe('الميزان');
    expect(outletOf([HEADLINE, `دمشق الميزان- ${PARAGRAPH}`])).toBe('الميزان');
  });

  it('reads the site name a menu run together repeats before each section', () => {
    const menu = 'قناة نبض الوادي نبض الوادي رياضة نبض الوادي اقتصاد نبض الوادي منوعات';
    expect(outletOf([menu, HEADLINE, PARAGRAPH])).toBe('نبض الوادي');
  });

  it('reads the name the first paragraph opens with below a short line ending in stops', () => {
    expect(outletOf(['صور وفيديو..', HEADLINE, `الميزان/ دمشق- ${PARAGRAPH}`])).toBe('الميزان');
  });

  it('reads a wire agency in brackets after the dateline place', () => {
    expect(outletOf([HEADLINE, `القاهرة (رويترز) - ${PARAGRAPH}`])).toBe('رويترز');
  });

  it("reads the site's own name from its copyright line and header, never from a related headline", () => {
    const related = 'ارتفاع أسعار الذهب في الأسواق المحلية | الجار نيوز';
    expect(
      outletOf([HEADLINE, PARAGRAPH, 'اقرأ أيضا', related, '© 2025 الوادي اليوم. جميع الحقوق محفوظة']),
    ).toBe('الوادي اليوم');
    expect(outletOf(['جميع الحقوق محفوظة للوادي اليوم 2025', HEADLINE, PARAGRAPH])).toBe('الوادي اليوم');
    expect(outletOf(['الوادي بوست | جريدة إلكترونية مستقلة', HEADLINE, PARAGRAPH])).toBe('الوادي بوست');
    expect(outletOf([HEADLINE, PARAGRAPH, 'اقرأ أيضا', related])).toBeNull();
  });

  it('reads a site name from the outlets table alone on the top line, but not from a headline or a quote', () => {
    expect(outletOf(['المسلة', HEADLINE, PARAGRAPH])).toBe('المسلة');
    expect(outletOf(['مأرب برس', HEADLINE, 'صنعاء - خاص', PARAGRAPH])).toBe('مأرب برس');
    const related = 'انقطاع الكهرباء يعود إلى أحياء المدينة | مأرب برس';
    expect(outletOf([HEADLINE, PARAGRAPH, 'مواضيع ذات صلة', related])).toBeNull();
    const quoted = 'وقال مسؤول في الميناء لـ«الموقع بوست» إن الشحنة تكفي أسبوعين فقط بحسب التقديرات.';
    expect(outletOf([HEADLINE, PARAGRAPH, quoted])).toBeNull();
  });

  it('does not take a dateline place for an outlet, and falls back to the URL', () => {
    expect(outletOf([HEADLINE, `دمشق - ${PARAGRAPH}`])).toBeNull();
    expect(outletOf([HEADLINE, `دمشق - ${PARAGRAPH}`], 'https://www.alwatan.com.sa/article/1')).toBe('الوطن');
  });

  it('names the site from a table of outlets of every Arab country, through subdomains, else shows the domain', () => {
    expect(outletFromUrl('https://gate.ahram.org.eg/News/1.aspx')).toBe('بوابة الأهرام');
    expect(outletFromUrl('https://m.youm7.com/story/2024/1/1/x')).toBe('اليوم السابع');
    expect(outletFromUrl('https://adengad.net/posts/12345')).toBe('عدن الغد');
    expect(outletFromUrl('https://www.alqaheranews.net/news/1')).toBe('القاهرة الإخبارية');
    expect(outletFromUrl('https://www.essirage.net/node/9')).toBe('السراج');
    // A listed subdomain wins over its parent's name; a name shared across countries keeps its own.
    expect(outletFromUrl('https://akhbaar24.argaam.com/article/1')).toBe('أخبار 24');
    expect(outletFromUrl('https://alwatan.com/details/1')).toBe('الوطن العمانية');
    expect(outletFromUrl('https://www.al-watan.com/news/1')).not.toBe('الوطن العمانية');
    expect(outletFromUrl('https://www.example-news.ps/a/1')).toBe('example-news.ps');
    expect(outletFromUrl('not a url')).toBeNull();
  });
});
