import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { completeNames, type NameCompletionData } from './complete-names.js';
import { recognizeEntities } from './recognize.js';
import {
  loadClassNouns,
  loadCommonWords,
  loadConstructChains,
  loadConstructHeads,
  loadEventHeads,
  loadGazetteer,
  loadHeadRuleData,
  loadLexicon,
  loadMilitaryUnits,
  loadNameParticles,
  loadOutletNounsOutside,
  loadOutletSuffixes,
  loadPlaceNouns,
  loadSpelledNames,
} from './resources.js';
import { loadRecognizer } from './stage.js';
import { TAG_INDEX, TAGS } from './tagger/tags.js';

const data: NameCompletionData = {
  gazetteer: loadGazetteer(),
  outletSuffixes: loadOutletSuffixes(),
  nameParticles: loadNameParticles(),
};

/** Runs the rules on words with the tags given, and returns the tags as names (`B-LOC`). */
function complete(sentence: string, tags: readonly string[]): string[] {
  const words = sentence.split(' ');
  const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
  return Array.from(completeNames(words, indexes, data), (t) => TAGS[t] as string);
}

describe('names the tagger cut short, made whole', () => {
  it('makes a known two-word place one place when the tagger found half of it', () => {
    expect(complete('ضرب الزلزال كهرمان مرعش فجرا', ['O', 'O', 'B-LOC', 'B-LOC', 'O'])).toEqual([
      'O',
      'O',
      'B-LOC',
      'I-LOC',
      'O',
    ]);
    expect(complete('وصل الوفد إلى غازي عنتاب', ['O', 'O', 'O', 'B-PER', 'I-PER'])).toEqual([
      'O',
      'O',
      'O',
      'B-LOC',
      'I-LOC',
    ]);
  });

  it('drops a one-word name that is a common word the gazetteer knows only by folding its letters', () => {
    const withLexicon = { ...data, lexicon: loadLexicon(), spelledNames: loadSpelledNames() };
    const run = (sentence: string, tags: string[]) =>
      Array.from(
        completeNames(
          sentence.split(' '),
          Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number)),
          withLexicon,
        ),
        (t) => TAGS[t] as string,
      );
    // The verb أودى folds onto the brand أودي; the verb تأمر onto the first name تامر.
    expect(run('الزلزال أودى بحياة', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
    expect(run('المحكمة تأمر إسرائيل', ['O', 'B-PER', 'B-LOC'])).toEqual(['O', 'O', 'B-LOC']);
    // Spelt as the list spells it, the name stays.
    expect(run('وقال تامر إن', ['O', 'B-PER', 'O'])).toEqual(['O', 'B-PER', 'O']);
  });

  it('runs a person cut inside a compound first name over the rest of it, and over a listed surname', () => {
    expect(complete('وقال ذبيح الله إن', ['O', 'B-PER', 'O', 'O'])).toEqual(['O', 'B-PER', 'I-PER', 'O']);
    expect(complete('وقال عبد الله عباس إن', ['O', 'B-PER', 'O', 'O', 'O'])).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'I-PER',
      'O',
    ]);
    // A word after the first name that no list calls a surname is left to the tagger.
    expect(complete('وقال ذبيح الله مجاهد إن', ['O', 'B-PER', 'O', 'O', 'O'])).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'O',
      'O',
    ]);
  });

  it('leaves a listed place alone when the tagger found nothing in it, or found a country after a description', () => {
    expect(complete('ضرب الزلزال كهرمان مرعش', ['O', 'O', 'O', 'O'])).toEqual(['O', 'O', 'O', 'O']);
    expect(complete('في جنوب شرق تركيا', ['O', 'O', 'O', 'B-LOC'])).toEqual(['O', 'O', 'O', 'B-LOC']);
  });

  it('tags a listed organisation of two or more words even where the tagger found nothing', () => {
    expect(complete('وقال الدفاع المدني السوري إن', ['O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
    expect(complete('وأرسل الهلال الأحمر القطري قوافل', ['O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('leaves an untagged gathering to the tagger though a list holds its name', () => {
    const withEvents = { ...data, eventHeads: loadEventHeads() };
    const words = 'للمشاركة في القمة العربية الإسلامية'.split(' ');
    const tags = Int32Array.from(words.map(() => TAG_INDEX.get('O') as number));
    expect(Array.from(completeNames(words, tags, withEvents), (t) => TAGS[t])).toEqual(words.map(() => 'O'));
  });

  it('runs an organisation over the nationality adjective that says whose it is', () => {
    expect(complete('أعلن الجيش الروسي انسحابه', ['O', 'B-ORG', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('keeps an outlet whole with its suffix, and a person whole over a family particle', () => {
    expect(complete('ونقلت رؤيا نيوز الخبر', ['O', 'B-MISC', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'O',
    ]);
    expect(complete('وصل محمد علي آل هاشم أمس', ['O', 'B-PER', 'I-PER', 'O', 'B-PER', 'O'])).toEqual([
      'O',
      'B-PER',
      'I-PER',
      'I-PER',
      'I-PER',
      'O',
    ]);
  });
});

describe('common words of the annotated corpora (rule 9)', () => {
  const withCommon = { ...data, commonWords: new Set(['السيول', 'المنكوبه', 'الدمار']) };
  const run = (sentence: string, tags: readonly string[]) => {
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(sentence.split(' '), indexes, withCommon), (t) => TAGS[t] as string);
  };

  it('drops a one-word name that the annotators used as a common word, of any type', () => {
    expect(run('غمرت السيول الشوارع', ['O', 'B-LOC', 'O'])).toEqual(['O', 'O', 'O']);
    expect(run('زار الوزير المدينة المنكوبة أمس', ['O', 'O', 'O', 'B-PER', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'O',
      'O',
    ]);
    expect(run('وخلفت والسيول أضرارا', ['O', 'B-ORG', 'O'])).toEqual(['O', 'O', 'O']);
  });

  it('keeps a common word inside a longer name, and a listed name the list also has', () => {
    expect(run('زار جسر الدمار القديم', ['O', 'B-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-LOC', 'I-LOC', 'O']);
    const listed = { ...data, commonWords: new Set(['القاهره']) };
    const tags = Int32Array.from([0, TAG_INDEX.get('B-LOC') as number]);
    expect(Array.from(completeNames(['وصل', 'القاهرة'], tags, listed), (t) => TAGS[t])).toEqual([
      'O',
      'B-LOC',
    ]);
  });
});

describe('a country glued to a common word, and a foreign name after a title (rules 10, 11)', () => {
  const withLexicon = { ...data, lexicon: loadLexicon() };
  const run = (sentence: string, tags: readonly string[]) => {
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(sentence.split(' '), indexes, withLexicon), (t) => TAGS[t] as string);
  };

  it('ends a place at the country when a common word with the article follows it', () => {
    expect(run('وأعلنت السلطات في لبنان الحداد يومين', ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'B-LOC',
      'O',
      'O',
    ]);
    const us = ['O', 'B-LOC', 'I-LOC', 'I-LOC'];
    expect(run('وصل الولايات المتحدة الأمريكية', us)).toEqual(us);
  });

  it('makes an unknown word and the name after a title and a place one person', () => {
    expect(
      run('وقال وزير خارجية تشيلي أوبيرتو فاريلا إن', ['O', 'O', 'O', 'B-LOC', 'O', 'B-LOC', 'O']),
    ).toEqual(['O', 'O', 'O', 'B-LOC', 'B-PER', 'I-PER', 'O']);
    const noTitle = ['O', 'O', 'B-PER', 'B-LOC', 'O'];
    expect(run('وانتقد أمس فيرمولن هولندا بشدة', noTitle)).toEqual(noTitle);
  });
});

describe('junk that users see first in the entity list', () => {
  const mentions = (text: string) =>
    recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
    );

  it('does not take a scale, a unit or a month name for a person', () => {
    const text =
      'بلغت قوة الهزة 6.1 درجات على مقياس ريختر، وسجلت الحرارة 110 درجات فهرنهايت في شهر جوان الماضي.';
    const found = mentions(text).join(' ');
    expect(found).not.toMatch(/ريختر|هرنهايت|جوان/);
  });

  it('types a named storm MISC, not a person, and leaves the place a storm struck a place', () => {
    const text =
      'اجتاحت العاصفة المتوسطية دانيال مدن الساحل، وقبلها ضرب الإعصار كاترينا نيو أورليانز، ثم ضربت العاصفة الثلجية لبنان.';
    const found = mentions(text);
    expect(found).toContain('MISC:دانيال');
    expect(found).toContain('MISC:كاترينا');
    expect(found.filter((m) => m.startsWith('PER:'))).toEqual([]);
    expect(found).toContain('LOC:لبنان');
  });

  it('keeps a foreign name whole when its first letter only looks like a conjunction', () => {
    const text = 'قالت مجموعة فاجنر إن مقاتليها انسحبوا، وأكد قائد فاجنر أن الاتفاق صامد.';
    const found = mentions(text);
    expect(found.some((m) => m.endsWith(':فاجنر'))).toBe(true);
    expect(found.some((m) => m.endsWith(':اجنر'))).toBe(false);
  });
});

describe('a person named right after a noun of a kind of place', () => {
  const withPlaces: NameCompletionData = { ...data, placeNouns: loadPlaceNouns(), lexicon: loadLexicon() };
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, withPlaces), (t) => TAGS[t] as string);
  };

  it('is the place, with the untagged word before it', () => {
    expect(run('تضررت بيوت في قرى كوه جان الجبلية', ['O', 'O', 'O', 'O', 'O', 'B-PER', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'O',
      'B-LOC',
      'I-LOC',
      'O',
    ]);
    expect(run('وصلت القافلة إلى بلدة مريم صباحا', ['O', 'O', 'O', 'O', 'B-PER', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'O',
      'B-LOC',
      'O',
    ]);
  });

  it('reads a common word after the noun as its adjective, not a place', () => {
    expect(run('صارت القرية بعد السيل مدينة منكوبة', ['O', 'O', 'O', 'O', 'O', 'B-LOC'])).toEqual(
      Array(6).fill('O'),
    );
    const known = ['O', 'O', 'O', 'O', 'B-LOC'];
    expect(run('عاد النازحون إلى مدينة حلب', known)).toEqual(known);
    // a town's name that is also a common word, not feminine like an adjective of the noun
    expect(run('وصلت الشاحنات إلى بلدة جلفا', known)).toEqual(known);
  });

  it('leaves a person after any other noun a person', () => {
    const tags = ['O', 'O', 'O', 'B-PER', 'O'];
    expect(run('التقى رئيس الوزراء مريم أمس', tags)).toEqual(tags);
  });
});

describe('a name in quote marks after a noun of its kind (rule 13)', () => {
  const withPlaces: NameCompletionData = { ...data, placeNouns: loadPlaceNouns(), lexicon: loadLexicon() };
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, withPlaces), (t) => TAGS[t] as string);
  };

  it('is an organisation after an outlet or a group noun', () => {
    expect(run('وقال الوزير لقناة " سكاي نيوز " أمس', ['O', 'O', 'O', 'O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'O',
      'O',
    ]);
    expect(run('وهاجم مسلحو جماعة « الشباب » القاعدة', ['O', 'O', 'O', 'O', 'B-MISC', 'O', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'O',
      'B-ORG',
      'O',
      'O',
    ]);
  });

  it('is a place after a noun of a kind of place', () => {
    expect(
      run('نزح السكان من قرية " كفر نبل " شمالا', ['O', 'O', 'O', 'O', 'O', 'O', 'B-PER', 'O', 'O']),
    ).toEqual(['O', 'O', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O']);
  });

  it('leaves an adjective in scare quotes, and quoted words after any other noun', () => {
    const untagged = Array(7).fill('O');
    expect(run('أقام الجيش منطقة " عازلة " جنوبا', untagged)).toEqual(untagged);
    expect(run('وصف الخبير الخطة " الجريئة " أمس', untagged)).toEqual(untagged);
  });
});

describe('a nationality counting people, spelt like its country (rule 14)', () => {
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, data), (t) => TAGS[t] as string);
  };

  it('is no place with tanween, after a number, or after a number and its counted noun', () => {
    expect(run('وبين الضحايا 20 أستراليًا', ['O', 'O', 'O', 'B-LOC'])).toEqual(['O', 'O', 'O', 'O']);
    expect(run('أصيب 7 كولومبيا في الحادث', ['O', 'O', 'B-LOC', 'O', 'O'])).toEqual(Array(5).fill('O'));
    expect(run('توفي 9 عمالا كوريا أمس', ['O', 'O', 'O', 'B-LOC', 'O'])).toEqual(Array(5).fill('O'));
  });

  it('leaves the country where nothing counts', () => {
    const tags = ['O', 'O', 'O', 'B-LOC', 'O'];
    expect(run('وصل 3 منهم أستراليا أمس', tags)).toEqual(tags);
    expect(run('سافر الوفد إلى كولومبيا أمس', tags)).toEqual(tags);
  });
});

describe('titles and family particles at the edges of a person (rules 4, 15)', () => {
  const withParticles: NameCompletionData = { ...data, nameParticles: loadNameParticles() };
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, withParticles), (t) => TAGS[t] as string);
  };

  it('leaves a title the tagger took in out of the name, and drops a person that is only a title', () => {
    expect(run('وخطب آية الله أحمد جنتي أمس', ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O'])).toEqual([
      'O',
      'O',
      'O',
      'B-PER',
      'I-PER',
      'O',
    ]);
    expect(run('وقال آية الله في خطبته', ['O', 'B-PER', 'O', 'O', 'O'])).toEqual(Array(5).fill('O'));
  });

  it('runs a person ended on a particle over the word after it, and opens a family name at one', () => {
    expect(run('وقال محمد بن راشد آل مكتوم إن', ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'O'])).toEqual(
      ['O', 'B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O'],
    );
    expect(run('وحضر الحفل آل نهيان جميعا', ['O', 'O', 'O', 'B-PER', 'O'])).toEqual([
      'O',
      'O',
      'B-PER',
      'I-PER',
      'O',
    ]);
  });
});

describe('a nationality adjective after an organisation (rule 2)', () => {
  const withLexicon: NameCompletionData = { ...data, lexicon: loadLexicon() };
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, withLexicon), (t) => TAGS[t] as string);
  };

  it('is part of a name headed by a common noun, not of a one-word proper name', () => {
    expect(run('وقال الجيش الباكستاني إن', ['O', 'B-ORG', 'O', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'O']);
    const tags = ['O', 'O', 'B-ORG', 'O', 'O'];
    expect(run('وانسحبت قوات بلاكووتر الأمريكية أمس', tags)).toEqual(tags);
  });
});

describe('an organisation head before an organisation the tagger found (rule 16)', () => {
  const withHeads: NameCompletionData = { ...data, organisationHeads: loadConstructHeads() };
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, withHeads), (t) => TAGS[t] as string);
  };

  it('takes an indefinite head into the organisation after it', () => {
    expect(run('ونقلت وكالة مهر للأنباء عن مصدر', ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
      'O',
    ]);
    expect(run('وقرر مجلس بنك الكويت المركزي', ['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'I-ORG',
    ]);
    // a conjunction or preposition on the head stays outside when the mention is made
    expect(run('بيان لهيئة الطيران المدني', ['O', 'O', 'B-ORG', 'I-ORG'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
    ]);
  });

  it('leaves a definite head, a head with a pronoun, a class noun and a name with a preposition', () => {
    const cases: [string, string[]][] = [
      ['قالت الوكالة الروسية تاس إن', ['O', 'B-ORG', 'I-ORG', 'B-ORG', 'O']],
      ['وقال إن وكالته تعاونت مع رويترز', ['O', 'O', 'O', 'O', 'O', 'B-ORG']],
      ['وأعلنت شركة كانون أرباحها', ['O', 'O', 'B-ORG', 'O']],
      ['وقال وفد حماس إن', ['O', 'O', 'B-ORG', 'O']],
      ['شكر مجلس لحماس موقفها', ['O', 'O', 'B-ORG', 'O']],
    ];
    for (const [sentence, tags] of cases) expect(run(sentence, tags)).toEqual(tags);
  });
});

describe('military units and commands (rule 17)', () => {
  const withUnits: NameCompletionData = { ...data, militaryUnits: loadMilitaryUnits() };
  const run = (sentence: string) => {
    const words = sentence.split(' ');
    return Array.from(
      completeNames(words, new Int32Array(words.length), withUnits),
      (t) => TAGS[t] as string,
    );
  };

  it('names a unit by its head and an ordinal, a number or a direction', () => {
    expect(run('وتقدم الفيلق الخامس نحو التلال')).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
    expect(run('وانسحبت وحدات من اللواء 25 أمس')).toEqual(['O', 'O', 'O', 'B-ORG', 'I-ORG', 'O']);
    expect(run('قال قائد المنطقة العسكرية الشمالية إن')).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    expect(run('وهاجمت الكتيبة الثالثة المدرعة القرية')).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
    // a nationality adjective says whose unit it is
    expect(run('وأبحرت قطع الأسطول السابع الأمريكي')).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('leaves a rank before a name, a plain region and other ordinals', () => {
    for (const sentence of [
      'وقال اللواء سمير عبد الله إن',
      'وهطلت الأمطار على المنطقة الشمالية أمس',
      'وحل الفريق في المركز الثالث',
      'وفي الجولة الخامسة فاز الفريق',
    ])
      expect(run(sentence)).toEqual(Array(sentence.split(' ').length).fill('O'));
  });
});

describe('construct chains ending in a place, and ordinals after an organisation (rule 18)', () => {
  const withChains: NameCompletionData = {
    ...data,
    constructChains: loadConstructChains(),
    militaryUnits: loadMilitaryUnits(),
  };
  const run = (sentence: string, tags: readonly string[]) => {
    const words = sentence.split(' ');
    const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
    return Array.from(completeNames(words, indexes, withChains), (t) => TAGS[t] as string);
  };

  it('makes a head, its indefinite nouns and the place after them one organisation', () => {
    expect(run('وأعلنت مديرية صحة محافظة إربد عن', ['O', 'O', 'O', 'O', 'B-LOC', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
    expect(run('وصل الخبر لمجلس محافظة طرابلس أمس', ['O', 'O', 'O', 'O', 'B-LOC', 'O'])).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
    // a listed place the tagger left untagged ends the chain too
    expect(run('وصلت فرق إدارة سير العقبة أمس', ['O', 'O', 'O', 'O', 'O', 'O'])).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('runs an organisation over an ordinal after it', () => {
    expect(run('وقضت المحكمة الجنائية الثانية بسجنه', ['O', 'B-ORG', 'I-ORG', 'O', 'O'])).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('leaves a chain cut by a preposition, a government, a definite head and a building', () => {
    const cases: [string, string[]][] = [
      ['وافتتح مكتب تنسيق في عمان', ['O', 'O', 'O', 'O', 'B-LOC']],
      ['وأكدت حكومة دولة قطر أن', ['O', 'O', 'O', 'B-LOC', 'O']],
      ['وأعلنت المديرية العامة دمشق', ['O', 'O', 'O', 'B-LOC']],
      ['ونقل إلى مركز صحي الكرك', ['O', 'O', 'O', 'O', 'B-LOC']],
      ['وقال حماس الأول إن', ['O', 'B-ORG', 'O', 'O']],
    ];
    for (const [sentence, tags] of cases) expect(run(sentence, tags)).toEqual(tags);
  });
});

describe('buildings and landmarks named after their noun are places (rule 20)', () => {
  const mentions = (text: string) =>
    recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
    );

  it('takes the name and the adjective that closes it', () => {
    expect(mentions('رست السفينة أمس في ميناء طرطوس التجاري بعد رحلة طويلة')).toContain(
      'LOC:ميناء طرطوس التجاري',
    );
    expect(mentions('هبطت الطائرة في مطار الشهيد ياسر عرفات الدولي قبل إغلاقه')).toContain(
      'LOC:مطار الشهيد ياسر عرفات الدولي',
    );
  });

  it('takes one definite word that names a hospital or a mountain', () => {
    expect(mentions('نقل الجرحى إلى مستشفى المقاصد بالقدس مساء أمس')).toContain('LOC:مستشفى المقاصد');
    expect(mentions('تساقطت الثلوج بغزارة على جبل الشيخ هذا الأسبوع')).toContain('LOC:جبل الشيخ');
  });

  it('runs over the person a place is named after', () => {
    expect(mentions('عبر المسافرون جسر الملك حسين نحو الأردن')).toContain('LOC:جسر الملك حسين');
  });

  it('leaves a noun described by a common word, or read as a verbal noun, alone', () => {
    expect(mentions('وصل الوفد إلى مطار العاصمة صباح اليوم').join(' ')).not.toMatch(/مطار/);
    expect(mentions('قضت المحكمة بسجن المتهمين ثلاث سنوات').join(' ')).not.toMatch(/سجن/);
    expect(mentions('أغلقت ساحة المعركة أمام الصحفيين').join(' ')).not.toMatch(/ساحة/);
  });
});

describe('a national team or a police force of a place is an organisation (rule 21, weak heads)', () => {
  const mentions = (text: string) =>
    recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
    );

  it('takes the head in with the place', () => {
    const found = mentions('تعادل منتخب الأردن مع منتخب العراق في عمان');
    expect(found).toContain('ORG:منتخب الأردن');
    expect(found).toContain('ORG:منتخب العراق');
    expect(mentions('أوقفت شرطة دبي ثلاثة مشتبه بهم')).toContain('ORG:شرطة دبي');
  });

  it('names the body by its nationality adjective', () => {
    expect(mentions('أعلنت الشرطة الإيطالية توقيف شخصين في ميلانو')).toContain('ORG:الشرطة الإيطالية');
    expect(mentions('خسر المنتخب الجزائري مباراته الأولى')).toContain('ORG:المنتخب الجزائري');
  });

  it('leaves the place alone after a preposition', () => {
    expect(mentions('عاد المنتخب من الأردن أمس')).toContain('LOC:الأردن');
  });
});

describe('a ministry named by its portfolio (rule 23)', () => {
  const mentions = (text: string) =>
    recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
    );

  it('is an organisation with a feminine nationality adjective', () => {
    expect(mentions('وأعلنت الصحة اللبنانية حصيلة جديدة للغارات')).toContain('ORG:الصحة اللبنانية');
    expect(mentions('وقالت الدفاع الأوكرانية إنها صدت هجوما')).toContain('ORG:الدفاع الأوكرانية');
  });

  it('is no name after a minister, or as the adjective of a noun', () => {
    expect(mentions('وقال وزير الداخلية المغربي إن الأمن مستتب').join(' ')).not.toMatch(/ORG:الداخلية/);
    expect(mentions('وقالت وزيرة الخارجية الكندية إن الحل سياسي').join(' ')).not.toMatch(/ORG:الخارجية/);
    expect(mentions('ناقش المجلس السياسة الخارجية الأمريكية مطولا').join(' ')).not.toMatch(/ORG:الخارجية/);
  });
});

describe('clubs named by everyday words in a match (rule 24), outlets after their noun (rule 19)', () => {
  const mentions = (text: string) =>
    recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
    );

  it('reads the word as the club when the sentence is about a match', () => {
    const found = mentions('انتهت مباراة الفتح والرائد بالتعادل، وتقدم الوحدات إلى الصدارة');
    expect(found).toContain('ORG:الفتح');
    expect(found).toContain('ORG:الوحدات');
  });

  it('leaves the word alone elsewhere, or where it qualifies a noun', () => {
    expect(mentions('تحدث الخطيب عن النصر والفتح في ذكرى المعركة').join(' ')).not.toMatch(/ORG/);
    expect(mentions('شوهد القمر الهلال فوق الملعب بعد المباراة').join(' ')).not.toMatch(/ORG:الهلال/);
  });

  it('makes a one-word person after an outlet noun the outlet', () => {
    expect(mentions('نقل موقع أكسيوس عن مسؤولين أن الزيارة تأجلت')).toContain('ORG:أكسيوس');
  });
});

describe('the services every state names alike are organisations without their country', () => {
  it('finds the civil defence and the public security named alone', () => {
    const text = 'وقال الدفاع المدني إن فرقه أخمدت الحريق، فيما أوقف الأمن العام سائق الشاحنة.';
    const found = recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
      e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
    );
    expect(found).toContain('ORG:الدفاع المدني');
    expect(found).toContain('ORG:الأمن العام');
  });
});

/** Runs the rules with more of their data on words with the tags given. */
function completeWith(
  more: Partial<NameCompletionData>,
  sentence: string,
  tags: readonly string[],
): string[] {
  const words = sentence.split(' ');
  const indexes = Int32Array.from(tags.map((t) => TAG_INDEX.get(t) as number));
  return Array.from(completeNames(words, indexes, { ...data, ...more }), (t) => TAGS[t] as string);
}

const entityMentions = (text: string) =>
  recognizeEntities(text, tokenize(text), loadRecognizer()).flatMap((e) =>
    e.mentions.map((m) => `${e.type}:${text.slice(m.start, m.end)}`),
  );

describe('a class noun the tagger ran into part of a listed body stays outside it (rule 1)', () => {
  const more = { classNouns: loadClassNouns() };

  it('makes the listed name the organisation, without the noun before it', () => {
    expect(completeWith(more, 'وقالت شبكة بي بي سي إن', ['O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'])).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
    const doctors = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'];
    expect(completeWith(more, 'وصلت منظمة أطباء بلا حدود أمس', doctors)).toEqual([
      'O',
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('leaves a name that runs in from a word of no class as it was', () => {
    const tags = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O', 'O'];
    expect(completeWith(more, 'وصل متطوعو أطباء بلا حدود أمس', tags)).toEqual(tags);
  });

  it('keeps a listed name whole that ends on a particle (letters spelt out: سي إن إن)', () => {
    expect(entityMentions('وقالت شبكة سي إن إن إن المبنى أخلي')).toContain('ORG:سي إن إن');
  });
});

describe("an outlet's noun stays outside its name (rule 25)", () => {
  const more = { outletNounsOutside: loadOutletNounsOutside() };

  it('cuts a newspaper, a channel or a site off the front of the name', () => {
    expect(
      completeWith(more, 'نشرت جريدة الأيام الفلسطينية تقريرا', ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']),
    ).toEqual(['O', 'O', 'B-ORG', 'I-ORG', 'O']);
  });

  it('keeps an agency, a noun with the article and a one-word mention', () => {
    const agency = ['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O'];
    expect(completeWith(more, 'ونقلت وكالة الأنباء الأردنية الخبر', agency)).toEqual(agency);
    const definite = ['O', 'B-ORG', 'I-ORG', 'O'];
    expect(completeWith(more, 'قالت القناة الرسمية إن', definite)).toEqual(definite);
  });
});

describe('a counted noun after a person is no part of the name (rule 26)', () => {
  const more = { commonWords: loadCommonWords() };

  it('cuts a dual the training corpora use as a common word', () => {
    expect(
      completeWith(more, 'وأحرز يوسف النصيري هدفين في المباراة', ['O', 'B-PER', 'I-PER', 'I-PER', 'O', 'O']),
    ).toEqual(['O', 'B-PER', 'I-PER', 'O', 'O', 'O']);
  });

  it('keeps a name that ends like a dual', () => {
    const tags = ['O', 'B-PER', 'I-PER', 'O', 'O'];
    expect(completeWith(more, 'وقال طه حسين إن الأدب', tags)).toEqual(tags);
  });
});

describe('a construct chain ends at a noun with a pronoun (rule 18)', () => {
  it('does not run a company and its description into the place after them', () => {
    const more = { constructChains: loadConstructChains() };
    const tags = ['O', 'O', 'O', 'O', 'B-LOC', 'O'];
    expect(completeWith(more, 'وافتتحت مديرية جديدة مقرها الزرقاء أمس', tags)).toEqual(tags);
  });
});

describe('a central bank named by its adjectives (rule 23)', () => {
  it('is an organisation with a masculine nationality adjective', () => {
    expect(entityMentions('وخفض المركزي التركي سعر الفائدة مجددا')).toContain('ORG:المركزي التركي');
  });
});

describe('an unknown foreign name right after a title is a person (rule 27)', () => {
  const more = { lexicon: loadLexicon(), commonWords: loadCommonWords() };

  it('takes two or three words the first of which no lexicon knows', () => {
    expect(
      completeWith(more, 'وقال المدرب ماوريسيو بوكيتينو إن الفريق', ['O', 'O', 'O', 'O', 'O', 'O']),
    ).toEqual(['O', 'O', 'B-PER', 'I-PER', 'O', 'O']);
  });

  it('leaves one word, common words and words with the article after a title', () => {
    const none = ['O', 'O', 'O', 'O', 'O'];
    expect(completeWith(more, 'وقال المدرب كونتي إن الفريق', none)).toEqual(none);
    expect(completeWith(more, 'واستقبل الرئيس الضيوف في القصر', none)).toEqual(none);
  });
});

describe('a head joined to a body takes the complement after it (rule 16)', () => {
  const more = { organisationHeads: loadConstructHeads(), headRule: loadHeadRuleData() };

  it('runs the body over its purpose with ل', () => {
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O', 'O'];
    expect(completeWith(more, 'طالبت هيئة الأمم المتحدة لشؤون المرأة بالتحقيق', tags)).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'I-ORG',
      'I-ORG',
      'O',
    ]);
  });

  it('leaves out those the body speaks to', () => {
    const tags = ['O', 'O', 'B-ORG', 'I-ORG', 'O', 'O'];
    expect(completeWith(more, 'قالت هيئة الأمم المتحدة للصحفيين إن', tags)).toEqual([
      'O',
      'B-ORG',
      'I-ORG',
      'I-ORG',
      'O',
      'O',
    ]);
  });
});
