import { describe, expect, it } from 'vitest';
import { makeAnalysis } from '../testing/make-analysis.js';
import { eventDate, precisionOf } from './event-date.js';

const AUXILIARIES = ['كان', 'كانت'];

/** Dates the sentence holding `trigger` (its first occurrence) of `text`. */
function dateOf(
  text: string,
  trigger: string,
  times: { surface: string; value: string | null }[],
  context: { published?: string | null; storyDate?: string | null } = {},
) {
  const analysis = makeAnalysis({ text, times });
  const at = text.indexOf(trigger);
  const start = Math.max(text.lastIndexOf('.', at) + 1, text.lastIndexOf('\n', at) + 1);
  const stop = text.slice(at).search(/[.\n]/u);
  const end = stop < 0 ? text.length : at + stop + 1;
  return eventDate(
    analysis,
    { start, end, trigger: { start: at, end: at + trigger.length } },
    {
      published: context.published === undefined ? '2025-04-17' : context.published,
      storyDate: context.storyDate ?? null,
      pastAuxiliaries: AUXILIARIES,
    },
  );
}

describe('the date an event happened', () => {
  it('rule 1: a date before the trigger in its clause governs it', () => {
    const d = dateOf('استقبلت الخارجية الروسية الخميس وفدا من الحركة في موسكو.', 'استقبلت', [
      { surface: 'الخميس', value: '2025-04-17' },
    ]);
    expect(d).toEqual({ date: '2025-04-17', basis: 'event', precision: 'day', mod: null });
  });

  it('rule 1: a fronted «منذ» dates a state of affairs from its start, marked SINCE', () => {
    const d = dateOf('ومنذ عام 2016 تستضيف قطر مكتبا سياسيا للحركة.', 'تستضيف', [
      { surface: 'عام 2016', value: '2016' },
    ]);
    expect(d).toMatchObject({ date: '2016', basis: 'event', precision: 'year', mod: 'SINCE' });
  });

  it('rule 0: a lasting state began at the «منذ» date after it, even past a comma', () => {
    const text =
      'واتفق البلدان على إعادة السفراء، بعد انقطاع العلاقات بين البلدين، منذ عام 2017، بسبب خلاف حدودي.';
    const times = [{ surface: 'عام 2017', value: '2017' }];
    const at = text.indexOf('انقطاع العلاقات');
    const analysis = makeAnalysis({ text, times });
    const context = { published: '2025-04-17', storyDate: null, pastAuxiliaries: AUXILIARIES };
    const trigger = { start: at, end: at + 'انقطاع العلاقات'.length };
    const lasting = eventDate(analysis, { start: 0, end: text.length, trigger, lasting: true }, context);
    expect(lasting).toEqual({ date: '2017', basis: 'event', precision: 'year', mod: null });
    // The same words about an act, not a state: «منذ» marks a passing mention, the article dates it.
    const act = eventDate(analysis, { start: 0, end: text.length, trigger }, context);
    expect(act).toMatchObject({ date: '2025-04-17', basis: 'article' });
  });

  it('rule 1: a relative date resolved against the article keeps its month precision', () => {
    const d = dateOf('وقال الكرملين الشهر الماضي إنه يدرس الاعتراف بالحكومة الجديدة.', 'قال', [
      { surface: 'الشهر الماضي', value: '2025-03' },
    ]);
    expect(d).toMatchObject({ date: '2025-03', precision: 'month', basis: 'event' });
  });

  it('rule 2: a date after the trigger governs it when it follows the verb closely', () => {
    const d = dateOf('وقعت الحكومتان اتفاقية للتعاون التجاري في 3 مارس 2024 بالعاصمة.', 'وقعت', [
      { surface: '3 مارس 2024', value: '2024-03-03' },
    ]);
    expect(d.date).toBe('2024-03-03');
  });

  it('rule 2: a passing «منذ» after the trigger is not the date of the event', () => {
    const d = dateOf(
      'رفعت المحكمة اسم الحركة من قائمة المنظمات المحظورة للمرة الأولى منذ عام 2003.',
      'رفعت',
      [{ surface: 'عام 2003', value: '2003' }],
    );
    expect(d).toMatchObject({ date: '2025-04-17', basis: 'article' });
  });

  it('rule 2: a date inside a relative clause after the trigger is not the date of the event', () => {
    const d = dateOf('ألغت الحكومة الاتفاق الذي وقعه الطرفان في مايو 2019 بعد خلاف طويل.', 'ألغت', [
      { surface: 'مايو 2019', value: '2019-05' },
    ]);
    expect(d.basis).toBe('article');
  });

  it('rule 2: a date in another clause of the sentence does not date the event', () => {
    const d = dateOf('زار الوزير كابول أمس، بعد أن قطعت العلاقات في أغسطس 2021.', 'زار', [
      { surface: 'أمس', value: '2025-04-16' },
      { surface: 'أغسطس 2021', value: '2021-08' },
    ]);
    expect(d.date).toBe('2025-04-16');
  });

  it('rule 3: a date fronted at the head of the sentence governs its clauses', () => {
    const d = dateOf('وفي 12 مايو 2019، استقبلت موسكو وفدا من الحركة لأول مرة.', 'استقبلت', [
      { surface: '12 مايو 2019', value: '2019-05-12' },
    ]);
    expect(d).toMatchObject({ date: '2019-05-12', basis: 'event', precision: 'day' });
  });

  it('rule 3c: a relative phrase before the fronted date leaves it at the head', () => {
    const text = 'وبعد أسابيع قليلة، في 3 مارس 2018، أغلقت الرباط معبرها الحدودي.';
    const d = dateOf(text, 'أغلقت', [{ surface: '3 مارس 2018', value: '2018-03-03' }]);
    expect(d).toMatchObject({ date: '2018-03-03', basis: 'event', precision: 'day' });
    // A clause with its own verb before the date is no relative phrase: the date is not fronted.
    const clause = 'وقالت الحكومة إنها غاضبة، في 3 مارس 2018، ثم أغلقت الرباط معبرها.';
    expect(dateOf(clause, 'أغلقت', [{ surface: '3 مارس 2018', value: '2018-03-03' }]).basis).toBe('article');
  });

  it('rule 3b: a clause opened by «حين» right after a date happened then', () => {
    const text = 'وترجع القطيعة إلى خريف 2017، حين سحبت الرباط سفيرها من العاصمة.';
    const d = dateOf(text, 'سحبت', [{ surface: 'خريف 2017', value: '2017-FA' }]);
    expect(d).toMatchObject({ date: '2017-FA', basis: 'event' });
    const unrelated = 'وترجع القطيعة إلى خريف 2017، وسحبت الرباط سفيرها من العاصمة.';
    expect(dateOf(unrelated, 'سحبت', [{ surface: 'خريف 2017', value: '2017-FA' }]).basis).toBe('article');
  });

  it('rule 4: a fronted date carries on through the sentences of its paragraph', () => {
    const text =
      'وفي أواخر يناير 2018، زار وفد روسي الدوحة. وبحث الجانبان ملف الأسرى.\nوأعلنت الوزارة اليوم خطة جديدة.';
    const times = [{ surface: 'أواخر يناير 2018', value: '2018-01' }];
    expect(dateOf(text, 'بحث', times).date).toBe('2018-01');
    expect(dateOf(text, 'أعلنت', times)).toMatchObject({ date: '2025-04-17', basis: 'article' });
  });

  it('rule 5: a pluperfect recounts background and is left undated', () => {
    const d = dateOf('وكانت روسيا قد صنفت الحركة منظمة إرهابية.', 'صنفت', []);
    expect(d).toEqual({ date: null, basis: 'none', precision: 'none', mod: null });
  });

  it('rule 6: news reported now takes the article date, an undated article its story date', () => {
    expect(dateOf('اعترفت روسيا بالحكومة الجديدة.', 'اعترفت', [])).toMatchObject({
      date: '2025-04-17',
      basis: 'article',
      precision: 'day',
    });
    expect(
      dateOf('اعترفت روسيا بالحكومة الجديدة.', 'اعترفت', [], { published: null, storyDate: '2025-07-03' }),
    ).toMatchObject({ date: '2025-07-03', basis: 'story' });
  });

  it('rule 7: an undated report’s weekday is read against its story’s date, and says so', () => {
    // 5 July 2025 was a Saturday: the Friday on or before it is the 4th.
    const text = 'ووقعت مصر والأردن اتفاقا للربط الكهربائي يوم الجمعة في عمان.';
    const times = [{ surface: 'يوم الجمعة', value: null }];
    expect(dateOf(text, 'ووقعت', times, { published: null, storyDate: '2025-07-05' })).toEqual({
      date: '2025-07-04',
      basis: 'event',
      precision: 'day',
      mod: null,
      anchor: 'story',
    });
    const yesterday = [{ surface: 'أمس', value: null }];
    expect(
      dateOf('واستقبل الملك أمس وفدا من البرلمان.', 'واستقبل', yesterday, {
        published: null,
        storyDate: '2025-07-05',
      }),
    ).toMatchObject({ date: '2025-07-04', anchor: 'story' });
    // Without a story there is nothing to read it against; with a publication date the analysis
    // itself resolved what it could, so what it left unresolved stays so.
    expect(dateOf(text, 'ووقعت', times, { published: null, storyDate: null })).toMatchObject({ date: null });
    expect(dateOf(text, 'ووقعت', times, { published: '2025-07-05' })).toMatchObject({
      date: '2025-07-05',
      basis: 'article',
    });
  });

  it('reads precision from the value', () => {
    expect(['2019-05-12', '2019-05', '2019', '201X', '2019-SU', null].map(precisionOf)).toEqual([
      'day',
      'month',
      'year',
      'decade',
      'season',
      'none',
    ]);
  });
});
