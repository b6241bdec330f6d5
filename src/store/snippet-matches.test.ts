import { describe, expect, it } from 'vitest';
import { queryTerms } from '../corpus/search-forms.js';
import { matchingWords, matchingWordsByReading, queryPlaces } from './snippet-matches.js';

const TEXT = [
  'أعلنت وزارة الصحة الأفغانية أن الزلزال الذي ضرب هرات أودى بحياة 2445 شخصاً، وقالت الحكومة إنها ',
  'أرسلت فرقاً إلى القرى المتضررة. وللزلازل في أفغانستان تاريخ طويل؛ ففي عام ٢٠٢٢ قتل زلزالٌ أكثر ',
  'من ألف شخص في ولاية بكتيكا. وأكد المتحدث باسم طالبان ذبيح الله مجاهد لـ«رويترز» أن الإغاثة مستمرة، ',
  'وأن طالبان والأمم المتحدة تنسقان الجهود. زيارة افغانستان ممكنة للصحفيين عبر https://example.org/ar ',
  'وقد رحّبت منظمة الصحّة العالمية بالتعاون، ونشرت تقريراً عن WHO Afghanistan ومنظمةِ الغذاء.',
].join('\n');

const QUERIES = [
  'زلزال',
  'الزلازل',
  'أفغانستان',
  'طالبان',
  'الصحة',
  'منظمة',
  '2022',
  'afghanistan',
  'رويترز',
  'الإغاثة مستمرة',
  'ذبيح الله',
  'غير موجود',
];

describe('the words a search hit highlights', () => {
  it.each(QUERIES)('finds the same words as reading every word: %s', (query) => {
    const terms = queryTerms(query);
    const spans = (tokens: { start: number; end: number }[]) => tokens.map((t) => [t.start, t.end]);
    expect(spans(matchingWords(TEXT, terms))).toEqual(spans(matchingWordsByReading(TEXT, terms)));
  });

  // Agreement alone would not notice every query falling back to reading every word (the
  // definition), which only the load benchmark would show: the fast path must be the one taken.
  it.each(QUERIES)('finds the places of %s by pattern, without reading every word', (query) => {
    expect(queryPlaces(queryTerms(query))).not.toBeNull();
  });

  it('finds words whose spelling differs from the query only in what folding removes', () => {
    const found = matchingWords(TEXT, queryTerms('افغانستان')).map((t) => t.text);
    expect(found).toEqual(expect.arrayContaining(['أفغانستان', 'افغانستان']));
    const health = matchingWords(TEXT, queryTerms('الصحة')).map((t) => t.text);
    expect(health).toContain('الصحّة');
  });
});
