import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract.js';

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><title>ارتفاع أسعار الخبز في عمّان - صحيفة الميدان</title></head>
<body><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a></nav>
<article><h1>ارتفاع أسعار الخبز في عمّان</h1>
<p>رفعت المخابز في العاصمة الأردنية سعر ربطة الخبز بنحو عشرة بالمئة، في خطوة قالت نقابة أصحاب المخابز إنها جاءت بعد زيادة كلفة الطحين والمحروقات خلال الأشهر الماضية.</p>
<p>وقال مواطنون إن الزيادة تثقل كاهل الأسر محدودة الدخل، فيما أكدت وزارة الصناعة والتجارة أنها تراقب الأسعار عن كثب وستتخذ الإجراءات اللازمة بحق المخالفين.</p>
</article><footer>جميع الحقوق محفوظة &copy; 2025</footer></body></html>`;

describe('extractArticle', () => {
  it('keeps the article paragraphs and leaves the menu and footer out', () => {
    const article = extractArticle(PAGE);
    expect(article.text).toContain('رفعت المخابز');
    expect(article.text).toContain('وزارة الصناعة');
    expect(article.text).not.toContain('الرئيسية');
    expect(article.text).not.toContain('الحقوق محفوظة');
  });

  it('puts the title first, without the outlet suffix', () => {
    const article = extractArticle(PAGE);
    expect(article.title).toBe('ارتفاع أسعار الخبز في عمّان');
    expect(article.segments[0]?.kind).toBe('title');
    expect(article.text.startsWith(article.title ?? '?')).toBe(true);
  });
});
