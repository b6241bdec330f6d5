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

  it('does not take a dateline place for an outlet, and falls back to the URL', () => {
    expect(outletOf([HEADLINE, `دمشق - ${PARAGRAPH}`])).toBeNull();
    expect(outletOf([HEADLINE, `دمشق - ${PARAGRAPH}`], 'https://www.alwatan.com.sa/article/1')).toBe('الوطن');
  });

  it('names the site from a table of Arab outlets, through subdomains, else shows the domain', () => {
    expect(outletFromUrl('https://gate.ahram.org.eg/News/1.aspx')).toBe('بوابة الأهرام');
    expect(outletFromUrl('https://m.youm7.com/story/2024/1/1/x')).toBe('اليوم السابع');
    expect(outletFromUrl('https://www.example-news.ps/a/1')).toBe('example-news.ps');
    expect(outletFromUrl('not a url')).toBeNull();
  });
});
