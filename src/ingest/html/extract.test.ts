import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SegmentKind } from '../../contract/analysis.js';
import { type ExtractedArticle, extractArticle } from './extract.js';

function fixture(name: string): string {
  return readFileSync(new URL(`fixtures/${name}.html`, import.meta.url), 'utf8');
}

function linesOf(article: ExtractedArticle, kind: SegmentKind): string[] {
  return article.segments.filter((s) => s.kind === kind).map((s) => article.text.slice(s.start, s.end));
}

/** Every segment inside `text`, in order, non-overlapping, non-empty and trimmed; blank lines between. */
function expectSegmentInvariants(article: ExtractedArticle): void {
  let previousEnd = 0;
  for (const [index, segment] of article.segments.entries()) {
    expect(segment.start).toBeGreaterThanOrEqual(index === 0 ? 0 : previousEnd + 2);
    expect(segment.end).toBeGreaterThan(segment.start);
    expect(segment.end).toBeLessThanOrEqual(article.text.length);
    const slice = article.text.slice(segment.start, segment.end);
    expect(slice).toBe(slice.trim());
    previousEnd = segment.end;
  }
  if (article.segments.length > 0) expect(previousEnd).toBe(article.text.length);
}

describe('extractArticle on a full news page', () => {
  const article = extractArticle(fixture('almidan-2025-04-17-bread-prices'));

  it('keeps every paragraph of the story', () => {
    const body = linesOf(article, 'body').join('\n');
    expect(body).toContain('رفعت المخابز في العاصمة الأردنية');
    expect(body).toContain('نقيب أصحاب المخابز');
    expect(body).toContain('جولاتها الرقابية');
    expect(body).toContain('صندوق النقد الدولي');
  });

  it('leaves out the menu, breadcrumbs, share bar, ad slot, tags, comments, sidebar, cookie notice and footer', () => {
    for (const furniture of [
      'سياسة',
      'الرئيسية',
      'واتساب',
      'إعلان',
      'دعم\n',
      'تعليق من زائر',
      'الأكثر قراءة',
      'ملفات تعريف الارتباط',
      'الحقوق محفوظة',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it('starts with the title line, its outlet suffix stripped, then the byline', () => {
    expect(article.title).toBe('الحكومة ترفع دعم الطحين وأسعار الخبز تقفز في عمّان');
    expect(article.segments[0]?.kind).toBe('title');
    expect(linesOf(article, 'title')).toEqual([article.title]);
    expect(article.segments[1]?.kind).toBe('byline');
    expect(linesOf(article, 'byline')[0]).toContain('ليلى الحسيني');
  });

  it('does not repeat the <h1> that is already the title line', () => {
    expect(article.text.split(article.title ?? '?').length - 1).toBe(1);
  });

  it('keeps the sub-heading as its own heading line, in reading order', () => {
    expect(linesOf(article, 'heading')).toEqual(['مخاوف الأسر محدودة الدخل']);
    const heading = article.text.indexOf('مخاوف الأسر');
    expect(heading).toBeGreaterThan(article.text.indexOf('نقيب أصحاب المخابز'));
    expect(heading).toBeLessThan(article.text.indexOf('في المقابل'));
  });

  it('marks the photo caption inside the story as a caption line', () => {
    expect(linesOf(article, 'caption')).toContain('وزير الصناعة والتجارة خلال مؤتمر صحفي في عمّان');
  });

  it('marks the read-also line and the related box as related lines, not body', () => {
    const related = linesOf(article, 'related').join('\n');
    expect(related).toContain('لجنة التسعير تبقي أسعار المحروقات');
    expect(related).toContain('التضخم في الأردن يسجل أعلى مستوى');
    expect(linesOf(article, 'body').join('\n')).not.toContain('لجنة التسعير');
  });

  it('lists the related links with absolute URLs and their outlets', () => {
    const inflation = article.related.find((link) => link.text.includes('التضخم'));
    expect(inflation?.url).toBe('https://www.almidan.example/economy/2025/04/02/inflation');
    expect(inflation?.outlet).toBe('الميدان نت');
    const wheat = article.related.find((link) => link.text.includes('القمح'));
    expect(wheat?.outlet).toBe('othernews.example');
  });

  it('decodes entities', () => {
    expect(article.text).toContain('"لا مفر منها"');
    expect(article.text).toContain('«الميدان»');
    expect(article.text).toContain('الخبز & الأرز');
    expect(article.text).toContain('عمّان – رفعت');
    expect(article.text).not.toMatch(/&(quot|amp|laquo|ndash);/);
  });

  it('reads outlet, author, canonical URL and the published meta tag (over the <time>)', () => {
    expect(article.outlet).toBe('الميدان نت');
    expect(article.author).toBe('ليلى الحسيني');
    expect(article.url).toBe('https://www.almidan.example/economy/2025/04/17/bread-prices');
    expect(article.published).toBe('2025-04-17');
    expect(article.publishedBasis).toBe('metadata');
  });

  it('resolves a relative canonical link against the URL it was fetched from', () => {
    const fetched = extractArticle(fixture('almidan-2025-04-17-bread-prices'), {
      url: 'https://mirror.almidan.example/x?id=1',
    });
    expect(fetched.url).toBe('https://mirror.almidan.example/economy/2025/04/17/bread-prices');
  });

  it('keeps segments inside the text, in order, one block each', () => {
    expectSegmentInvariants(article);
  });
});

describe('extractArticle metadata sources', () => {
  it('reads a NewsArticle inside a JSON-LD @graph: date, authors, publisher', () => {
    const article = extractArticle(fixture('sahel-2025-03-02-jsonld-graph'));
    expect(article.published).toBe('2025-03-02');
    expect(article.publishedBasis).toBe('json-ld');
    expect(article.author).toContain('محمد ولد أحمد');
    expect(article.author).toContain('عائشة بنت سيدي');
    expect(article.outlet).toBe('وكالة الساحل');
    expect(article.title).toBe('انطلاق حملة تطعيم ضد الحصبة في نواكشوط');
    expect(article.text).not.toContain('الرئيسية');
    expect(article.text).not.toContain('للأنباء');
  });

  it('reads the date of a <time datetime> and the outlet from the <title> suffix', () => {
    const article = extractArticle(fixture('wadi-2025-01-09-time-element'));
    expect(article.published).toBe('2025-01-09');
    expect(article.publishedBasis).toBe('time-element');
    expect(article.outlet).toBe('جريدة الوادي');
    expect(article.title).toBe('افتتاح معرض الكتاب في القاهرة بمشاركة ستين دولة');
    expect(article.text).not.toContain('أسعار الذهب');
  });

  it('falls back to the date in the URL path', () => {
    const html = fixture('nahar-2025-04-17-url-date');
    expect(extractArticle(html).published).toBeNull();
    const article = extractArticle(html, { url: 'https://nahar.example/lebanon/2025/04/17/rain-tripoli' });
    expect(article.published).toBe('2025-04-17');
    expect(article.publishedBasis).toBe('url');
    expect(article.url).toBe('https://nahar.example/lebanon/2025/04/17/rain-tripoli');
  });
});

describe('extractArticle on difficult input', () => {
  it('gives empty text and no segments for a page with no article', () => {
    const article = extractArticle(fixture('almidan-2025-04-18-section-front'));
    expect(article.text).toBe('');
    expect(article.segments).toEqual([]);
    expect(article.outlet).toBe('الميدان نت');
  });

  it('gives empty text for empty and non-HTML input without throwing', () => {
    for (const input of ['', '   ', '<<<>>>', '<html><body></body></html>', '\u0000\u0001']) {
      const article = extractArticle(input);
      expect(article.text).toBe('');
      expect(article.segments).toEqual([]);
    }
  });

  it('extracts what there is from truncated HTML', () => {
    const html = fixture('almidan-2025-04-17-bread-prices');
    const cut = html.slice(0, html.indexOf('جولاتها الرقابية') + 8);
    const article = extractArticle(cut);
    expect(article.text).toContain('نقيب أصحاب المخابز');
    expect(article.text).toContain('ستكثف');
    expect(article.text).not.toContain('صندوق النقد');
    expectSegmentInvariants(article);
  });

  it('copes with unclosed paragraphs and stray closing tags', () => {
    const html = `<html dir="rtl"><body><div class="content"><p>انتخب البرلمان العراقي رئيسا جديدا له في جلسة استثنائية عقدت مساء الثلاثاء بعد أشهر من الخلاف بين الكتل
      <p>وحصل المرشح الفائز على أصوات مئتي نائب من أصل ثلاثمئة وتسعة وعشرين نائبا حضروا الجلسة</span></b>
      <p>ودعا الرئيس الجديد الكتل إلى تجاوز الخلافات والتفرغ لإقرار الموازنة</div></div></body>`;
    const article = extractArticle(html);
    expect(linesOf(article, 'body')).toHaveLength(3);
    expect(article.text).toContain('مئتي نائب');
    expectSegmentInvariants(article);
  });

  it('survives a deeply nested page without overflowing the stack', () => {
    const depth = 100_000;
    const paragraph =
      '<p>أعلنت السلطات في تونس عن إعادة فتح معبر رأس جدير الحدودي مع ليبيا أمام حركة المسافرين والبضائع بعد إغلاق دام أسابيع.</p>';
    const html = `<html><body>${'<div>'.repeat(depth)}${paragraph}${'</div>'.repeat(depth)}</body></html>`;
    const article = extractArticle(html);
    expect(article.text).toContain('معبر رأس جدير');
    expectSegmentInvariants(article);
  });

  it('keeps an embedded post in the story and splits an inline caption into its own line', () => {
    const html = `<html dir="rtl"><body><div class="article-body">
      <p>تواصلت ردود الفعل على قرار الاتحاد الآسيوي نقل المباراة إلى ملعب محايد، وانتقد مسؤولون في النادي توقيت القرار قبل أيام من الموعد المحدد.</p>
      <div class="photo"><img src="a.jpg"><span class="newsCaption">جماهير النادي في المدرجات خلال مباراة سابقة</span></div>
      <div class="social-media-embed"><blockquote class="twitter-tweet"><p>قرار مجحف بحق جماهيرنا وسنلجأ إلى محكمة التحكيم الرياضي</p></blockquote></div>
      <p>وأكد الاتحاد في بيانه أن القرار نهائي وجاء لأسباب أمنية تتعلق بسلامة الجماهير واللاعبين على حد سواء.</p>
      <div class="share-tools"><a href="#">شارك على فيسبوك</a></div></div></body></html>`;
    const article = extractArticle(html);
    expect(linesOf(article, 'body').join('\n')).toContain('محكمة التحكيم الرياضي');
    expect(linesOf(article, 'caption')).toEqual(['جماهير النادي في المدرجات خلال مباراة سابقة']);
    expect(article.text).not.toContain('شارك على فيسبوك');
    expectSegmentInvariants(article);
  });

  it('does not rewrite the input: the same HTML gives the same text twice', () => {
    const html = fixture('almidan-2025-04-17-bread-prices');
    expect(extractArticle(html).text).toBe(extractArticle(html).text);
  });
});
