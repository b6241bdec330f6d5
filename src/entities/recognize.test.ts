import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import type { Entity } from '../contract/analysis.js';
import { tokenize } from '../text/tokenize.js';
import { recognizeEntities, splitGlued } from './recognize.js';
import { loadRecognizer } from './stage.js';

function entitiesOf(text: string): Entity[] {
  return recognizeEntities(text, tokenize(text), loadRecognizer());
}

/** Every mention as written, with its entity's type: "PER:سيرغي لافروف". */
function mentionTexts(text: string): string[] {
  return entitiesOf(text).flatMap((e) => e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`));
}

describe('entity recognition on news text', () => {
  it('tags a person after a title and a role', () => {
    const text = 'وقال وزير الخارجية الروسي سيرغي لافروف في مؤتمر صحفي إن بلاده لن تقبل بأي شروط مسبقة.';
    expect(mentionTexts(text)).toContain('PER:سيرغي لافروف');
  });

  it('knows the short names the news gives countries ICU names formally, and cuts their conjunction', () => {
    const text = 'أرسلت إسبانيا وبريطانيا وأمريكا فرق إغاثة، وقالت فلسطين إن الإمارات ستساعد أيضا.';
    const mentions = mentionTexts(text);
    for (const name of ['بريطانيا', 'أمريكا', 'فلسطين', 'الإمارات'])
      expect(mentions).toContain(`LOC:${name}`);
    expect(mentions).not.toContain('LOC:وبريطانيا');
  });

  it('keeps a country named by an adjective where it is the place, not where it qualifies a noun', () => {
    const text = 'وصل الوفد إلى السعودية أمس، وقالت السلطات السعودية إن الرياض والقاهرة ستوقعان اتفاقا.';
    const mentions = mentionTexts(text);
    expect(mentions.filter((m) => m === 'LOC:السعودية')).toHaveLength(1);
    const other = 'أرسلت السعودية والكويت مساعدات إلى السودان عبر ميناء بورتسودان.';
    expect(mentionTexts(other)).toContain('LOC:السعودية');
  });

  it('reads a place named after a body noun as the body: a group, a newspaper, a magazine (rule 19)', () => {
    expect(mentionTexts('وقالت مصادر أمنية إن الانفجار نفذه تنظيم ولاية الصومال.')).toEqual([
      'ORG:ولاية الصومال',
    ]);
    expect(mentionTexts('وكتبت جريدة الخليج في افتتاحيتها أن الأزمة ستطول.')).toEqual(['ORG:الخليج']);
    expect(mentionTexts('ونشرت مجلة فلسطين مقالا عن الأسرى.')).toEqual(['ORG:فلسطين']);
    // With the article the noun is not in construct: the place after it stays a place.
    expect(mentionTexts('وقالت الصحيفة إن مصر سترسل وفدا إلى الخرطوم.')).toContain('LOC:مصر');
  });

  it('reads the Persian yeh and keheh of Iranian outlets as Arabic letters', () => {
    const text = 'وأعلن وزير الداخلية حسین مرادی أن فرق الإنقاذ وصلت إلى تبریز فجرا.';
    const mentions = mentionTexts(text);
    expect(mentions).toContain('PER:حسین مرادی');
    expect(mentions).toContain('LOC:تبریز');
  });

  it('keeps الله at the end of a compound name, though الله alone is no name', () => {
    const text = 'وقال ذبيح الله مجاهد إن الحكومة سترسل مساعدات إلى المناطق المنكوبة.';
    const mentions = mentionTexts(text);
    expect(mentions.some((m) => m.startsWith('PER:ذبيح الله'))).toBe(true);
    expect(mentions).not.toContain('PER:ذبيح');
  });

  it('tags a transliterated foreign name after a title', () => {
    const text = 'والتقى الرئيس الفرنسي إيمانويل ماكرون المستشار الألماني أولاف شولتس في باريس يوم الأربعاء.';
    const mentions = mentionTexts(text);
    expect(mentions).toContain('PER:إيمانويل ماكرون');
    expect(mentions).toContain('PER:أولاف شولتس');
    expect(mentions).toContain('LOC:باريس');
  });

  it('tags a well-known person named by surname alone, with no title before it', () => {
    const text = 'وقال أردوغان في كلمة أمام أنصاره إن بلاده لن تتراجع عن موقفها من الأزمة.';
    expect(mentionTexts(text)).toContain('PER:أردوغان');
  });

  it('tags a name in guillemets without the guillemets', () => {
    const text = 'وأعلنت حركة «طالبان» في بيان أنها ستفرج عن عدد من الأسرى خلال الأيام المقبلة.';
    const orgs = entitiesOf(text).filter((e) => e.type === 'ORG');
    expect(orgs.length).toBeGreaterThan(0);
    for (const org of orgs) {
      for (const m of org.mentions) expect(text.slice(m.start, m.end)).not.toMatch(/[«»]/u);
    }
    expect(orgs.some((e) => e.mentions.some((m) => text.slice(m.start, m.end).includes('طالبان')))).toBe(
      true,
    );
  });

  it('tags an organisation that opens with its head word', () => {
    const text =
      'وأصدرت وزارة الخارجية المصرية بيانا أدانت فيه الهجوم، فيما دعت منظمة الصحة العالمية إلى التهدئة.';
    const mentions = mentionTexts(text);
    expect(mentions.some((m) => m.startsWith('ORG:وزارة الخارجية'))).toBe(true);
    expect(mentions).toContain('ORG:منظمة الصحة العالمية');
  });

  it('leaves a conjunction or preposition outside a place name, but keeps the article', () => {
    const text = 'وتوجه الوفد لروسيا بعد محادثات في القاهرة وبغداد، ثم عاد إلى الكرملين مساء.';
    const mentions = mentionTexts(text);
    expect(mentions).toContain('LOC:روسيا');
    expect(mentions).toContain('LOC:القاهرة');
    expect(mentions).toContain('LOC:بغداد');
  });

  it('joins a surname to the full name within the document', () => {
    const text =
      'قال المبعوث الروسي الخاص إلى أفغانستان زامير كابولوف إن موسكو تدعم الحوار. وأضاف كابولوف أن الوفد سيزور كابل قريبا.';
    const people = entitiesOf(text).filter((e) => e.type === 'PER');
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('زامير كابولوف');
    expect(people[0]?.mentions).toHaveLength(2);
  });

  it('does not tag nationality adjectives or common words that are also first names', () => {
    const negatives = [
      'وأكد الجانب الروسي استعداده لاستئناف المفاوضات في أقرب وقت.',
      'ويحدو السكان أمل كبير في عودة الكهرباء قبل حلول الصيف.',
      'وكان الطقس جميلا والشوارع مزدحمة بالزوار.',
    ];
    for (const text of negatives) {
      const tagged = mentionTexts(text).filter((m) => /الروسي|أمل|سعيد|جميل/u.test(m));
      expect(tagged, text).toEqual([]);
    }
  });

  // Known weakness: in ANERcorp `سعيد` is a name 12 times in 14, and the tagger has no syntax to
  // see an adjective after an indefinite noun. `it.fails` turns red once this is fixed.
  it.fails('does not take an adjective after a noun for the first name it also is', () => {
    const text = 'وقال إنه يوم سعيد للمدينة بعد سنوات من الانتظار.';
    expect(mentionTexts(text).filter((m) => m.includes('سعيد'))).toEqual([]);
  });

  it('does not take a month in brackets for a name', () => {
    const text = 'وبدأت المناقشات في أبريل (نيسان) الماضي بحضور ممثلين عن الطرفين.';
    expect(mentionTexts(text).filter((m) => m.endsWith('نيسان'))).toEqual([]);
  });

  it('keeps every mention inside the text and in order', () => {
    const text =
      'أعلن الجيش الإسرائيلي أنه قصف مواقع في جنوب لبنان، فيما قال حزب الله إن مقاتليه ردوا على الهجوم.';
    for (const entity of entitiesOf(text)) {
      for (const m of entity.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
      }
    }
  });

  it('fills the entities of the analysis contract', () => {
    const text = 'استقبل الملك عبد الله الثاني في عمان الأمين العام للأمم المتحدة أنطونيو غوتيريش.';
    const analysis = analyzeDocument({ text });
    expect(analysis.entities.length).toBeGreaterThan(0);
    expect(analysis.entities.map((e) => e.id)).toEqual(analysis.entities.map((_, i) => `E${i + 1}`));
  });
});

describe('words run together by a lost space', () => {
  it('reads a country glued to the word before it as its own mention, offsets inside the word', () => {
    const text = 'سقطت قذائف على مدن شمالسوريا أمس، وتبادلت لبنانوالأردن الرسائل.';
    const mentions = mentionTexts(text);
    expect(mentions).toContain('LOC:سوريا');
    expect(mentions).toContain('LOC:الأردن');
    const syria = entitiesOf(text).find((e) => e.name === 'سوريا');
    const start = text.indexOf('سوريا');
    expect(syria?.mentions[0]).toMatchObject({ start, end: start + 'سوريا'.length });
  });

  it('leaves words the lexicon or the gazetteer knows, and parts that are no country', () => {
    const recognizer = loadRecognizer();
    for (const word of ['عبدالله', 'أبوظبي', 'كاليفورنيا', 'فلسطينيون', 'غربالقاهرة', 'شمالسُوريا'])
      expect(splitGlued(word, recognizer)).toBe(0);
    expect(splitGlued('شرقليبيا', recognizer)).toBe(3);
  });
});
