import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../contract/analysis.js';
import type { EntityMention } from '../mentions.js';
import { loadLinkerData } from '../resources.js';
import { linkMentions } from './link.js';

/** Mentions at the positions where their words occur in `text`, in order. */
function mentionsIn(text: string, wanted: readonly [string, EntityType][]): EntityMention[] {
  let from = 0;
  return wanted.map(([words, type]) => {
    const start = text.indexOf(words, from);
    if (start < 0) throw new Error(`"${words}" not in text`);
    from = start + words.length;
    return { start, end: start + words.length, type, text: words, name: words };
  });
}

const data = loadLinkerData();

describe('linkMentions', () => {
  it('joins a later surname to the full name, which names the entity', () => {
    const text = 'قال المبعوث زامير كابولوف إن المحادثات مثمرة. وأضاف كابولوف أن موسكو تتابع الملف.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['زامير كابولوف', 'PER'],
        ['كابولوف', 'PER'],
        ['موسكو', 'LOC'],
      ]),
      data,
    );
    expect(entities).toHaveLength(2);
    expect(entities[0]).toMatchObject({ id: 'E1', type: 'PER', name: 'زامير كابولوف' });
    expect(entities[0]?.mentions).toHaveLength(2);
    expect(entities[1]).toMatchObject({ id: 'E2', name: 'موسكو' });
  });

  it('keeps محمد عباس and محمود عباس two people: given names listed as distinct fold no long vowel', () => {
    const text = 'التقى محمد عباس بالوزير، ثم استقبل محمود عباس الوفد. وقال محمد عباس إن اللقاء مثمر.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['محمد عباس', 'PER'],
        ['محمود عباس', 'PER'],
        ['محمد عباس', 'PER'],
      ]),
      data,
    );
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([
      ['محمد عباس', 2],
      ['محمود عباس', 1],
    ]);
  });

  it('joins spelling variants of one name', () => {
    const text = 'وصل سيرغي لافروف إلى كابل، وقال سيرجي لافروف في كابول إن الزيارة مهمة.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['سيرغي لافروف', 'PER'],
        ['كابل', 'LOC'],
        ['سيرجي لافروف', 'PER'],
        ['كابول', 'LOC'],
      ]),
      data,
    );
    expect(entities.map((e) => e.mentions.length)).toEqual([2, 2]);
  });

  it('joins an alias to its canonical name and names the entity by it', () => {
    const text = 'اتهم الاتحاد الروسي الغرب بالتصعيد، فيما قالت روسيا إنها لن تتراجع.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['الاتحاد الروسي', 'LOC'],
        ['روسيا', 'LOC'],
      ]),
      data,
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]?.name).toBe('روسيا');
  });

  it('names the entity by the canonical alias also when a shorter mention comes first', () => {
    const text = 'وصل الوفد إلى الإمارات، ثم أعلنت الإمارات العربية المتحدة ترحيبها بالزيارة.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['الإمارات', 'LOC'],
        ['الإمارات العربية المتحدة', 'LOC'],
      ]),
      data,
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]?.name).toBe(data.aliases['الإمارات العربية المتحدة']);
  });

  it('makes one organisation of a name with and without its head word', () => {
    const text = 'قالت حركة طالبان إن طالبان لن تشارك.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['حركة طالبان', 'ORG'],
        ['طالبان', 'ORG'],
      ]),
      data,
    );
    expect(entities).toHaveLength(1);
    expect(entities[0]?.name).toBe('حركة طالبان');
  });

  it('keeps apart two people who share only a first name', () => {
    const text = 'التقى محمد العلي بنظيره محمد الحسن، ثم غادر محمد.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['محمد العلي', 'PER'],
        ['محمد الحسن', 'PER'],
        ['محمد', 'PER'],
      ]),
      data,
    );
    expect(entities).toHaveLength(3);
  });

  it('numbers entities in order of first mention', () => {
    const text = 'زار ماكرون برلين ثم عاد ماكرون إلى باريس.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['ماكرون', 'PER'],
        ['برلين', 'LOC'],
        ['ماكرون', 'PER'],
        ['باريس', 'LOC'],
      ]),
      data,
    );
    expect(entities.map((e) => `${e.id}:${e.name}`)).toEqual(['E1:ماكرون', 'E2:برلين', 'E3:باريس']);
  });

  /** The linked entities as `name: mention texts`. */
  const linked = (text: string, wanted: readonly [string, EntityType][]) =>
    linkMentions(mentionsIn(text, wanted), data, text).map(
      (e) => `${e.name}: ${e.mentions.map((m) => m.text).join(' + ')}`,
    );

  it('joins a first name and family name to the full name that has both', () => {
    const text = 'استقبل محمد بن راشد آل مكتوم الوفد، وقال محمد آل مكتوم إن الزيارة ناجحة.';
    expect(
      linked(text, [
        ['محمد بن راشد آل مكتوم', 'PER'],
        ['محمد آل مكتوم', 'PER'],
      ]),
    ).toEqual(['محمد بن راشد آل مكتوم: محمد بن راشد آل مكتوم + محمد آل مكتوم']);
  });

  it('joins a place to the one longer place it opens, and not when two could be meant', () => {
    expect(
      linked('اقتربت القوات من نيجني نوفغورود، وقال حاكم نيجني إن المدينة آمنة.', [
        ['نيجني نوفغورود', 'LOC'],
        ['نيجني', 'LOC'],
      ]),
    ).toEqual(['نيجني نوفغورود: نيجني نوفغورود + نيجني']);
    expect(
      linked('بين كوريا الشمالية وكوريا الجنوبية توتر، وتقول كوريا إن الحوار ممكن.', [
        ['كوريا الشمالية', 'LOC'],
        ['كوريا الجنوبية', 'LOC'],
        ['كوريا', 'LOC'],
      ]),
    ).toHaveLength(3);
    expect(
      linked('زار الرئيس أذربيجان الشرقية قبل أن يلتقي رئيس أذربيجان على الحدود.', [
        ['أذربيجان الشرقية', 'LOC'],
        ['أذربيجان', 'LOC'],
      ]),
    ).toHaveLength(2);
  });

  it('joins an organisation to its name with a nationality after it, only when one fits', () => {
    expect(
      linked('رفع البنك الأهلي المتحد أرباحه، بينما خفض البنك الأهلي توزيعاته.', [
        ['البنك الأهلي المتحد', 'ORG'],
        ['البنك الأهلي', 'ORG'],
      ]),
    ).toHaveLength(2);
    expect(
      linked('أعلن الهلال الأحمر التركي وصول قافلة، وقال الهلال الأحمر إن الطريق مفتوح.', [
        ['الهلال الأحمر التركي', 'ORG'],
        ['الهلال الأحمر', 'ORG'],
      ]),
    ).toEqual(['الهلال الأحمر التركي: الهلال الأحمر التركي + الهلال الأحمر']);
    expect(
      linked('فاز الوداد المغربي على الوداد السوداني، وقال مدرب الوداد إن الفوز مستحق.', [
        ['الوداد المغربي', 'ORG'],
        ['الوداد السوداني', 'ORG'],
        ['الوداد', 'ORG'],
      ]),
    ).toHaveLength(3);
  });

  it('joins a club to its name with the adjective of its city', () => {
    expect(
      linked('تعادل الوداد مع النادي المكناسي، وقال مدرب الوداد البيضاوي إن فريقه عانى.', [
        ['الوداد', 'ORG'],
        ['الوداد البيضاوي', 'ORG'],
      ]),
    ).toEqual(['الوداد البيضاوي: الوداد + الوداد البيضاوي']);
  });

  it('joins a body named by its head and the object of its ل to its full name', () => {
    expect(
      linked(
        'أعلنت المفوضية الوطنية المستقلة للانتخابات النتائج، وقالت مفوضية الانتخابات إن المشاركة بلغت 40%.',
        [
          ['المفوضية الوطنية المستقلة للانتخابات', 'ORG'],
          ['مفوضية الانتخابات', 'ORG'],
        ],
      ),
    ).toEqual([
      'المفوضية الوطنية المستقلة للانتخابات: المفوضية الوطنية المستقلة للانتخابات + مفوضية الانتخابات',
    ]);
    expect(
      linked('اجتمع مجلس السلم والأمن الأفريقي قبل جلسة مجلس الأمن.', [
        ['مجلس السلم والأمن الأفريقي', 'ORG'],
        ['مجلس الأمن', 'ORG'],
      ]),
    ).toHaveLength(2);
  });

  it('reads a one-word organisation in brackets or quotes after an organisation as its abbreviation', () => {
    expect(
      linked('ونقلت وكالة الأنباء القطرية (قنا) عن الوزير قوله إن المحادثات جادة.', [
        ['وكالة الأنباء القطرية', 'ORG'],
        ['قنا', 'ORG'],
      ]),
    ).toEqual(['وكالة الأنباء القطرية: وكالة الأنباء القطرية + قنا']);
    expect(
      linked('وأفادت وكالة الأنباء الأردنية «بترا» بأن الطريق أغلق، فيما نفت أمانة عمان ذلك.', [
        ['وكالة الأنباء الأردنية', 'ORG'],
        ['بترا', 'ORG'],
        ['أمانة عمان', 'ORG'],
      ]),
    ).toHaveLength(2);
    expect(
      linked('اجتمعت وزارة الصحة ومنظمة الصحة العالمية في جنيف.', [
        ['وزارة الصحة', 'ORG'],
        ['منظمة الصحة العالمية', 'ORG'],
      ]),
    ).toHaveLength(2);
  });

  it('joins a central bank named by its adjectives to its full name, and keeps another bank apart from a club', () => {
    const text =
      'رفع البنك المركزي الأردني الفائدة. وقال المركزي الأردني إن التضخم تراجع. وربح البنك الأهلي، وفاز الأهلي.';
    const entities = linkMentions(
      mentionsIn(text, [
        ['البنك المركزي الأردني', 'ORG'],
        ['المركزي الأردني', 'ORG'],
        ['البنك الأهلي', 'ORG'],
        ['الأهلي', 'ORG'],
      ]),
      data,
    );
    expect(entities).toHaveLength(3);
    expect(entities[0]?.mentions).toHaveLength(2);
  });
});
