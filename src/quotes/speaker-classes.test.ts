/**
 * The general ways Arabic news names who spoke, one block per class, each with sentences written
 * for these tests: headlines with a colon, unnamed sources and role phrases, organisations, the
 * speaker after the quote, a speaker carried on, names the tagger missed.
 */
import { describe, expect, it } from 'vitest';
import type { Segment } from '../contract/analysis.js';
import { wordsOf } from '../text/words.js';
import { extractQuotes, type FoundQuote } from './extract.js';
import { cueAt } from './lexicon.js';
import { speechLexicon } from './stage.js';
import { type EntityForms, entitiesFrom } from './test-entities.js';

function run(text: string, forms: EntityForms, segments?: Segment[]): FoundQuote[] {
  const quotes = extractQuotes({ text, entities: entitiesFrom(text, forms), segments }, speechLexicon());
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes;
}

const quoteWith = (quotes: FoundQuote[], words: string) => quotes.find((q) => q.text.includes(words));

/** Segments for a text whose first line is the headline and whose lines are listed by kind. */
function linesAs(text: string, kinds: Segment['kind'][]): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  for (const [i, line] of text.split('\n').entries()) {
    out.push({ start, end: start + line.length, kind: kinds[i] ?? 'body' });
    start += line.length + 1;
  }
  return out;
}

describe('a headline names its speaker before a colon', () => {
  it('a role phrase before the colon is the person the body names with that role', () => {
    const text =
      'وزير الزراعة السوداني: «الموسم الزراعي مهدد بالفشل»\n' +
      'قال وزير الزراعة السوداني أبو بكر البشري إن الأمطار تأخرت شهراً كاملاً.';
    const q = quoteWith(run(text, [['أبو بكر البشري', 'PER']], linesAs(text, ['title'])), 'الموسم');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'وزير الزراعة السوداني' });
  });

  it('a role phrase the body never ties to a name keeps its words and names nobody', () => {
    const text = 'قائد الشرطة: «أغلقنا كل الطرق المؤدية إلى الساحة»\nتظاهر الآلاف في العاصمة مساء أمس.';
    const q = quoteWith(run(text, [], linesAs(text, ['title'])), 'أغلقنا');
    expect(q).toMatchObject({ speaker: null, speakerText: 'قائد الشرطة' });
  });

  it('the topic after عن and the outlet after لـ are not part of the speaker', () => {
    const text =
      'بوريل عن الهدنة: «فرصة يجب ألا تضيع»\n' + 'رئيسة البعثة لـ«النهار»: «المراقبون سينتشرون غداً»';
    const quotes = run(text, [
      ['جوزيب بوريل', 'PER', 'بوريل'],
      ['النهار', 'ORG'],
    ]);
    expect(quoteWith(quotes, 'فرصة')).toMatchObject({ speaker: 'E1', speakerText: 'بوريل' });
    expect(quoteWith(quotes, 'المراقبون')).toMatchObject({ speaker: null, speakerText: 'رئيسة البعثة' });
  });

  it('a person after a role in the lead speaks, and an organisation that opens it speaks', () => {
    const text =
      'رئيس الوزراء الماليزي أنور إبراهيم: «لن نعترف بأي ضم للأراضي»\n' +
      'الهلال الأحمر القطري: "قوافلنا عالقة على الحدود"';
    const quotes = run(text, [
      ['أنور إبراهيم', 'PER'],
      ['الهلال الأحمر القطري', 'ORG'],
    ]);
    expect(quoteWith(quotes, 'لن نعترف')).toMatchObject({ speaker: 'E1' });
    expect(quoteWith(quotes, 'قوافلنا')).toMatchObject({ speaker: 'E2' });
  });

  it('a label before a colon is no speaker, nor is a long sentence', () => {
    const text =
      'عاجل: «انقطاع الكهرباء عن أحياء واسعة من المدينة»\n' +
      'ومع اقتراب موعد التصويت في البرلمان على الموازنة الجديدة التي أثارت جدلاً واسعاً بين الكتل: «الموازنة لن تمر كما هي الآن»';
    const quotes = run(text, []);
    expect(quoteWith(quotes, 'انقطاع')).toMatchObject({ speaker: null, speakerText: null });
    expect(quoteWith(quotes, 'الموازنة لن')).toMatchObject({ speaker: null, speakerText: null });
  });
});

describe('an unnamed source is named by its role words', () => {
  it('the body the source belongs to stays in speakerText, and is not the speaker', () => {
    const text =
      'وقال مسؤول في وزارة النقل المصرية إن «القطار كان يسير بسرعة تفوق المسموح».\n' +
      'وأضافت مصادر في الهيئة العامة للسكك الحديدية أن «السائق نجا من الحادث».';
    const quotes = run(text, [
      ['وزارة النقل المصرية', 'ORG'],
      ['الهيئة العامة للسكك الحديدية', 'ORG'],
    ]);
    expect(quoteWith(quotes, 'القطار')).toMatchObject({
      speaker: null,
      speakerText: 'مسؤول في وزارة النقل المصرية',
    });
    expect(quoteWith(quotes, 'السائق')).toMatchObject({
      speaker: null,
      speakerText: 'مصادر في الهيئة العامة للسكك الحديدية',
    });
  });

  it('a body of definite words up to the clause, but not a place of the event', () => {
    const text =
      'وقال مسؤولون في البلدية إن «الشوارع ستفتح خلال ساعات».\n' +
      'وقال مسؤول في مؤتمر صحفي عقده مساء أمس إن «الخسائر كبيرة».';
    const quotes = run(text, []);
    expect(quoteWith(quotes, 'الشوارع')?.speakerText).toBe('مسؤولون في البلدية');
    expect(quoteWith(quotes, 'الخسائر')?.speakerText).toBe('مسؤول');
  });

  it('a reporter of a channel is not the channel', () => {
    const text = 'وكان الجسر «قد انهار جزئياً قبل وصول الحافلة»، حسبما أفاد مراسل قناة العربية.';
    const q = quoteWith(run(text, [['قناة العربية', 'ORG']]), 'انهار');
    expect(q).toMatchObject({ speaker: null, speakerText: 'مراسل قناة العربية' });
  });
});

describe('an organisation speaks through its statement', () => {
  it('the issuer a few words after the statement noun speaks', () => {
    const text = 'وجاء في بيان صادر عن وزارة الخارجية العمانية: «السلطنة ترحب بعودة الحوار بين الطرفين».';
    const q = quoteWith(run(text, [['وزارة الخارجية العمانية', 'ORG']]), 'السلطنة');
    expect(q).toMatchObject({ speaker: 'E1' });
  });
});

describe('an organisation speaks through its statement, continued', () => {
  it('a verb with فيه right after a statement noun is the statement’s issuer speaking', () => {
    const text = 'وأصدر الاتحاد الأفريقي بياناً قال فيه: «ندعو جميع الأطراف إلى ضبط النفس».';
    const q = quoteWith(run(text, [['الاتحاد الأفريقي', 'ORG']]), 'ندعو');
    expect(q).toMatchObject({ speaker: 'E1' });
  });

  it('فيه after a speech that is no statement does not reach back to an older statement', () => {
    const text =
      'وكانت النقابة قد أصدرت بياناً أمس.\n' +
      'وألقى رئيس النقابة منير الشامي كلمة قال فيها: «لن نوقع على الاتفاق الجديد».';
    const q = quoteWith(
      run(text, [
        ['النقابة', 'ORG'],
        ['منير الشامي', 'PER'],
      ]),
      'لن نوقع',
    );
    expect(q).toMatchObject({ speaker: 'E2' });
  });
});

describe('a name the tagger missed', () => {
  it('a last name alone after the cue is the one person the text named in full with it', () => {
    const text =
      'وصل المبعوث الأممي هانس غروندبرغ إلى عدن صباح اليوم.\n' +
      'وقال غروندبرغ في مؤتمر صحفي: «الهدنة صامدة رغم الخروقات».';
    // The tagger found the full name only: the bare last name is not tagged.
    const entities = entitiesFrom(text, [
      ['هانس غروندبرغ', 'PER'],
      ['عدن', 'LOC'],
    ]);
    const quotes = extractQuotes({ text, entities }, speechLexicon());
    expect(quoteWith(quotes, 'الهدنة')).toMatchObject({ speaker: 'E1', speakerText: 'غروندبرغ' });
  });

  it('a last name shared by two persons, or a word that goes on, names nobody', () => {
    const text =
      'التقى سالم الكعبي وأخوه ناصر الكعبي بالوفد.\n' +
      'وقال الكعبي: «اتفقنا على كل شيء».\n' +
      'وصل الوزير عادل المصري إلى الخرطوم.\n' +
      'وقال المصري الجديد: «هذا ما أعلنه».';
    const quotes = run(text, [
      ['سالم الكعبي', 'PER'],
      ['ناصر الكعبي', 'PER'],
      ['عادل المصري', 'PER'],
    ]);
    expect(quoteWith(quotes, 'اتفقنا')?.speaker).toBeNull();
    expect(quoteWith(quotes, 'هذا ما')?.speaker).not.toBe('E3');
  });
});

describe('the speaker after the quote', () => {
  it('نقلاً عن leads to the speaker, not to an object', () => {
    const text = 'الحدود «ستبقى مغلقة حتى إشعار آخر»، نقلاً عن مصدر عسكري رفيع.';
    const q = quoteWith(run(text, []), 'ستبقى');
    expect(q).toMatchObject({ speaker: null, speakerText: 'مصدر عسكري رفيع' });
  });
});

describe('the speaker after the quote, pointed back at', () => {
  it('هكذا or بهذه الكلمات make the verb after them report the quote', () => {
    const text =
      '«الملعب سيكون جاهزاً قبل البطولة»، هكذا طمأن رئيس اللجنة المنظمة فريد الزين الجماهير.\n' +
      '«نحن فخورون بكم»، بهذه الكلمات ودع المدرب رياض العلوي لاعبيه.';
    const quotes = run(text, [
      ['فريد الزين', 'PER'],
      ['رياض العلوي', 'PER'],
    ]);
    expect(quoteWith(quotes, 'الملعب')).toMatchObject({ speaker: 'E1', cue: 'هكذا طمأن' });
    expect(quoteWith(quotes, 'فخورون')).toMatchObject({ speaker: 'E2' });
  });
});

describe('a title between the role phrase and the name', () => {
  it('a title after a nisba goes on with the subject, it is not the verb’s object', () => {
    const text = 'وقال وزير الداخلية الكويتي الشيخ فهد اليوسف إن «الأمن مستتب في كل المناطق».';
    const q = quoteWith(run(text, [['فهد اليوسف', 'PER']]), 'الأمن');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'وزير الداخلية الكويتي الشيخ فهد اليوسف' });
  });
});

describe('a speaker carried on', () => {
  it('a quote in another article’s headline does not become the speaker وأضاف continues', () => {
    const text =
      'قالت رئيسة نقابة الممرضين سعاد الحلبي إن «الأجور لم تتغير منذ سنوات».\n' +
      'اقرأ أيضاً: وزير العمل: «الزيادة قادمة»\n' +
      'وأضافت: «سنواصل الإضراب حتى نحصل على حقوقنا».';
    const quotes = run(text, [['سعاد الحلبي', 'PER']], linesAs(text, ['body', 'related']));
    expect(quoteWith(quotes, 'سنواصل')).toMatchObject({ speaker: 'E1' });
  });

  it('nor does a caption put the speaker out of reach', () => {
    const text =
      'وقال رئيس فريق الإنقاذ كريم الجبوري: «نبحث عن ناجين تحت الركام».\n' +
      'صورة: متطوعون يرفعون الحجارة بأيديهم\n' +
      'وبدأت الأمطار تهطل على المنطقة منذ الصباح.\n' +
      'وأضاف: «الوقت يمر بسرعة».';
    const quotes = run(text, [['كريم الجبوري', 'PER']], linesAs(text, ['body', 'caption']));
    expect(quoteWith(quotes, 'الوقت يمر')).toMatchObject({ speaker: 'E1' });
  });
});

describe('a role phrase whose holder comes after its body', () => {
  it('the person after the body named inside the role phrase speaks, titles between', () => {
    const text = 'وقال قائد شرطة محافظة البصرة اللواء عباس ناجي: «أوقفنا أربعة من المتورطين في الهجوم».';
    const q = quoteWith(
      run(text, [
        ['شرطة محافظة البصرة', 'ORG'],
        ['عباس ناجي', 'PER'],
      ]),
      'أوقفنا',
    );
    expect(q).toMatchObject({ speaker: 'E2', speakerText: 'قائد شرطة محافظة البصرة اللواء عباس ناجي' });
  });

  it('the person after a body introduced by لدى or في speaks', () => {
    const text =
      'وقال سفير فلسطين لدى الأمم المتحدة رياض منصور إن «المجلس فشل مرة أخرى».\n' +
      '«لن نعود إلى طاولة المفاوضات»، قال وزير المالية في الحكومة الانتقالية سامي الدباغ.';
    const quotes = run(text, [
      ['فلسطين', 'LOC'],
      ['الأمم المتحدة', 'ORG'],
      ['رياض منصور', 'PER'],
      ['سامي الدباغ', 'PER'],
    ]);
    expect(quoteWith(quotes, 'المجلس فشل')).toMatchObject({ speaker: 'E3' });
    expect(quoteWith(quotes, 'طاولة')).toMatchObject({ speaker: 'E4' });
  });

  it('a role with a body but no name after it names nobody', () => {
    const text = 'وقال مسؤول في وزارة الدفاع إن «الطائرات عادت إلى قواعدها».';
    const q = quoteWith(run(text, [['وزارة الدفاع', 'ORG']]), 'الطائرات');
    expect(q).toMatchObject({ speaker: null });
  });
});

describe('the words of a statement on the line after its colon', () => {
  it('a quote opening the paragraph after a line ending with a colon takes that line’s cue', () => {
    const text = 'وقالت هيئة الأرصاد الجوية في نشرتها الصباحية:\n«أمطار غزيرة متوقعة على المرتفعات الغربية».';
    const q = quoteWith(run(text, [['هيئة الأرصاد الجوية', 'ORG']]), 'أمطار');
    expect(q).toMatchObject({ speaker: 'E1', cue: 'وقالت' });
  });

  it('a line that does not end with a colon lends no cue to the next', () => {
    const text = 'وقالت هيئة الأرصاد الجوية إن الطقس سيتحسن.\n«موجة حر جديدة تضرب البلاد»';
    const q = quoteWith(run(text, [['هيئة الأرصاد الجوية', 'ORG']]), 'موجة');
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('a post and where it was posted', () => {
  it('the author of a post speaks through جاء فيه, not the platform it was posted on', () => {
    const text =
      'ونشرت رئيسة البلدية منى الحداد منشوراً على صفحتها في فيسبوك جاء فيه: «المياه ستعود إلى الأحياء مساء».';
    const q = quoteWith(
      run(text, [
        ['منى الحداد', 'PER'],
        ['فيسبوك', 'ORG'],
      ]),
      'المياه',
    );
    expect(q).toMatchObject({ speaker: 'E1' });
  });
});

describe('an outlet in marks after لـ is who was told', () => {
  it('it is no quote, and the quote after it keeps its speaker', () => {
    const text =
      'وقال سامر خليل، أستاذ العلوم السياسية في جامعة دمشق، لـ«الوطن»: «المرحلة المقبلة تحتاج إلى توافق واسع».';
    const quotes = run(text, [
      ['سامر خليل', 'PER'],
      ['جامعة دمشق', 'ORG'],
    ]);
    expect(quoteWith(quotes, 'الوطن')).toBeUndefined();
    expect(quoteWith(quotes, 'المرحلة المقبلة')).toMatchObject({ speaker: 'E1' });
  });
});

describe('answers and replies', () => {
  it('بالقول reports the sentence’s subject, and أجاب introduces an answer', () => {
    const text =
      'وعلق رئيس نادي الوحدات بشار الحوامدة على العقوبة بالقول إن «القرار ظالم وسنستأنفه».\n' +
      'وسئل المدرب جمال محمود عن التشكيلة، فأجاب: «سأعتمد على الشباب».';
    const quotes = run(text, [
      ['بشار الحوامدة', 'PER'],
      ['جمال محمود', 'PER'],
    ]);
    expect(quoteWith(quotes, 'القرار ظالم')).toMatchObject({ speaker: 'E1' });
    expect(quoteWith(quotes, 'سأعتمد')).toMatchObject({ speaker: 'E2', cue: 'فأجاب' });
  });
});

describe('a role in the feminine, its holder untagged', () => {
  it('the sentence’s role phrase keeps the words, the participle after it goes on with them', () => {
    const text = 'وحذرت المديرة التنفيذية للصندوق من نقص التمويل، مشيرة إلى أن «البرامج ستتوقف في الصيف».';
    const q = quoteWith(run(text, []), 'البرامج');
    expect(q?.speakerText).toContain('المديرة التنفيذية للصندوق');
  });
});

describe('a headline lead with a complement', () => {
  it('a place in the complement before the colon does not speak; the role’s holder does', () => {
    const text =
      'المبعوث الأمريكي إلى لبنان: «الفرصة لن تتكرر»\n' +
      'قال المبعوث الأمريكي إلى لبنان كريم الصافي إن على الأطراف أن تتحرك بسرعة.';
    const q = quoteWith(
      run(
        text,
        [
          ['لبنان', 'LOC'],
          ['كريم الصافي', 'PER'],
        ],
        linesAs(text, ['title']),
      ),
      'الفرصة',
    );
    expect(q?.speaker).not.toBe('E1');
  });
});

describe('a speaker carried over one paragraph of background', () => {
  it('a verb with no subject after a paragraph that names nobody is the last speaker', () => {
    const text =
      'قال وزير النقل الأردني نضال القطامين إن الحافلات الجديدة ستصل الشهر المقبل.\n' +
      'وتشهد العاصمة أزمة مرورية خانقة منذ سنوات.\n' +
      'وأشار إلى أن «الخط الأول سيربط الجامعة بوسط البلد».';
    const q = quoteWith(run(text, [['نضال القطامين', 'PER']]), 'الخط الأول');
    expect(q).toMatchObject({ speaker: 'E1' });
  });

  it('a paragraph between that names someone else keeps the plain verb from reaching back', () => {
    const text =
      'قال وزير النقل الأردني نضال القطامين إن الحافلات الجديدة ستصل الشهر المقبل.\n' +
      'وكان رئيس البلدية يوسف الشواربة قد انتقد تأخر المشروع.\n' +
      'وقال مصدر: «الخط الأول سيربط الجامعة بوسط البلد».';
    const q = quoteWith(
      run(text, [
        ['نضال القطامين', 'PER'],
        ['يوسف الشواربة', 'PER'],
      ]),
      'الخط الأول',
    );
    expect(q?.speaker).toBeNull();
  });
});

describe('a later role phrase naming the body by its adjective', () => {
  it('المتحدث العسكري is the spokesman established for the army', () => {
    const text =
      'قال المتحدث باسم الجيش اللبناني العميد نزيه جريج إن الوحدات انتشرت على الحدود.\n' +
      'وأضاف المتحدث العسكري: «لن نسمح بأي خرق للقرار».';
    const q = quoteWith(
      run(text, [
        ['الجيش اللبناني', 'ORG'],
        ['نزيه جريج', 'PER'],
      ]),
      'لن نسمح',
    );
    expect(q).toMatchObject({ speaker: 'E2' });
  });

  it('an adjective of another body does not match', () => {
    const text =
      'قال المتحدث باسم الجيش اللبناني العميد نزيه جريج إن الوحدات انتشرت على الحدود.\n' +
      'وقال المتحدث الحكومي: «الحكومة تدعم الجيش».';
    const q = quoteWith(
      run(text, [
        ['الجيش اللبناني', 'ORG'],
        ['نزيه جريج', 'PER'],
      ]),
      'الحكومة تدعم',
    );
    expect(q?.speaker).toBeNull();
  });
});

describe('words a cue announces with a colon', () => {
  it('a short quote after a colon is said even when the tagger read it as a name', () => {
    const text = 'وختم رئيس النادي حديثه قائلاً: «الوحدة الوطنية».';
    const quotes = extractQuotes(
      { text, entities: entitiesFrom(text, [['الوحدة الوطنية', 'MISC']]) },
      speechLexicon(),
    );
    expect(quoteWith(quotes, 'الوحدة الوطنية')).toBeDefined();
  });

  it('a bracket after a colon is a quote however long the speaker before it', () => {
    const text =
      'وقال نائب المدير العام لمنظمة الأغذية والزراعة ماريا هيلينا سيميدو: (المحاصيل تراجعت بمقدار الثلث).';
    const q = quoteWith(run(text, [['ماريا هيلينا سيميدو', 'PER']]), 'المحاصيل');
    expect(q).toMatchObject({ speaker: 'E1' });
  });
});

describe('a name that looks like a preposition', () => {
  it('علي after a role’s body is the holder’s first name, not على', () => {
    const text = 'وقال قائد الشرطة في محافظة ذي قار العميد علي حسن الزيدي: «اعتقلنا المتهمين الثلاثة».';
    const q = quoteWith(
      run(text, [
        ['محافظة ذي قار', 'LOC'],
        ['حسن الزيدي', 'PER'],
      ]),
      'اعتقلنا',
    );
    expect(q).toMatchObject({ speaker: 'E2' });
  });
});

describe('a subject passed over one paragraph of background', () => {
  it('a verb with no subject and no running speaker reaches the sentence before the background', () => {
    const text =
      'افتتح وزير الطاقة العراقي زياد فاضل محطة كهرباء جديدة في البصرة.\n' +
      'وتعاني المحافظة من انقطاع الكهرباء لساعات طويلة في الصيف.\n' +
      'وأوضح أن «المحطة ستضيف ألف ميغاواط إلى الشبكة».';
    const q = quoteWith(
      run(text, [
        ['زياد فاضل', 'PER'],
        ['البصرة', 'LOC'],
      ]),
      'ألف ميغاواط',
    );
    expect(q).toMatchObject({ speaker: 'E1' });
  });

  it('not over two', () => {
    const text =
      'افتتح وزير الطاقة العراقي زياد فاضل محطة كهرباء جديدة في البصرة.\n' +
      'وتعاني المحافظة من انقطاع الكهرباء لساعات طويلة في الصيف.\n' +
      'ويشكو السكان من ارتفاع أسعار المولدات الأهلية منذ سنوات.\n' +
      'وأوضح أن «المحطة ستضيف ألف ميغاواط إلى الشبكة».';
    const q = quoteWith(
      run(text, [
        ['زياد فاضل', 'PER'],
        ['البصرة', 'LOC'],
      ]),
      'ألف ميغاواط',
    );
    expect(q?.speaker).toBeNull();
  });
});

describe('a statement of a role’s holder', () => {
  it('the person closing a role phrase after the statement noun speaks, not the body in it', () => {
    const text =
      'وارتفع عدد الناخبين «إلى تسعة ملايين»، حسب تصريحات رئيس الهيئة العليا للانتخابات فاروق بوعسكر.';
    const q = quoteWith(
      run(text, [
        ['الهيئة العليا للانتخابات', 'ORG'],
        ['فاروق بوعسكر', 'PER'],
      ]),
      'تسعة ملايين',
    );
    expect(q).toMatchObject({ speaker: 'E2' });
  });
});

describe('an organisation that only said', () => {
  it('بالقول after a verb that is not one of saying reports the organisation after that verb', () => {
    const text = 'واكتفت السفارة الأمريكية في الرباط بالقول إن «الزيارة كانت مثمرة».';
    const q = quoteWith(
      run(text, [
        ['السفارة الأمريكية', 'ORG'],
        ['الرباط', 'LOC'],
      ]),
      'مثمرة',
    );
    expect(q).toMatchObject({ speaker: 'E1' });
  });
});

describe('the same office in other words', () => {
  it('رئيسة الحكومة refers to the holder established as رئيسة الوزراء', () => {
    const text =
      'التقت رئيسة الوزراء الدنماركية ميته فريدريكسن نظيرها النرويجي.\n' +
      'وقالت رئيسة الحكومة الدنماركية: «الشمال يجب أن يتسلح».';
    const q = quoteWith(run(text, [['ميته فريدريكسن', 'PER']]), 'يتسلح');
    expect(q).toMatchObject({ speaker: 'E1' });
  });
});

describe('a headline naming its speaker by the last name alone', () => {
  it('the last name before the colon is the one person the body names in full with it', () => {
    const text =
      'الصفدي: «لن نقبل بتهجير الفلسطينيين»\n' +
      'قال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض أي حل على حساب دول الجوار.';
    // The tagger found the full name in the body only.
    const entities = entitiesFrom(text, [['أيمن الصفدي', 'PER']]);
    const quotes = extractQuotes({ text, entities }, speechLexicon());
    expect(quoteWith(quotes, 'لن نقبل')).toMatchObject({ speaker: 'E1', speakerText: 'الصفدي' });
  });
});

describe('a holder’s name the tagger missed after a complete role phrase', () => {
  it('two plain words closing the subject stay in speakerText', () => {
    const text = '«المعبر سيفتح أمام المسافرين غداً»، قال مدير المعابر في محافظة رفح سالم عودة.';
    const q = quoteWith(run(text, [['محافظة رفح', 'LOC']]), 'المعبر');
    expect(q).toMatchObject({ speaker: null, speakerText: 'مدير المعابر في محافظة رفح سالم عودة' });
  });

  it('words that go on with the sentence are no name', () => {
    const text = 'وقال مسؤول في الوزارة طلب عدم الكشف عن اسمه إن «المفاوضات توقفت».';
    const q = quoteWith(run(text, []), 'المفاوضات');
    expect(q?.speakerText).toBe('مسؤول');
  });
});

describe('a role named before anyone holds it in the text', () => {
  it('is the person the same role is tied to later in fewer words', () => {
    const text =
      'أعلن الناطق الرسمي باسم الحكومة التونسية، في ختام مجلس الوزراء، أن «أسعار الخبز لن تتغير».\n' +
      'وقال الناطق باسم الحكومة نصر الدين النصيبي إن المخابز ستتلقى حصصها كاملة.';
    const q = quoteWith(run(text, [['نصر الدين النصيبي', 'PER']]), 'أسعار الخبز');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'الناطق الرسمي باسم الحكومة التونسية' });
  });

  it('keeps its words and names nobody when the later role says more than it', () => {
    const text =
      'قال وزير الخارجية إن «الحوار هو الطريق الوحيد».\n' +
      'واستقبل لاحقاً وزير الخارجية الفرنسي جان نويل بارو في باريس.';
    const q = quoteWith(run(text, [['جان نويل بارو', 'PER']]), 'الحوار');
    expect(q).toMatchObject({ speaker: null, speakerText: 'وزير الخارجية' });
  });

  it('is never the holder when an earlier role fits', () => {
    const text =
      'قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ستدعم المزارعين.\n' +
      'وأكد رئيس الوزراء العراقي أن «المياه أولوية وطنية».\n' +
      'وكان رئيس الوزراء الأسبق عادل عبد المهدي قد زار السد.';
    const quotes = run(text, [
      ['محمد شياع السوداني', 'PER'],
      ['عادل عبد المهدي', 'PER'],
    ]);
    expect(quoteWith(quotes, 'المياه')?.speaker).toBe('E1');
  });
});

describe('a role whose body is given with its place', () => {
  it('the person after a place the tagger missed speaks', () => {
    const text = 'وقال مدير الدفاع المدني في حلب سامر الأحمد إن «الفرق أخلت مئتي عائلة من المباني المتصدعة».';
    const q = quoteWith(run(text, [['سامر الأحمد', 'PER']]), 'الفرق أخلت');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'مدير الدفاع المدني في حلب سامر الأحمد' });
  });

  it('a one-word name after a place word is the place’s own name, not a speaker', () => {
    const text = 'وأفادت مصادر طبية في مستشفى كمال بأن «الجرحى يفترشون الممرات».';
    const q = quoteWith(run(text, [['كمال', 'PER']]), 'الجرحى');
    expect(q?.speaker).toBeNull();
  });

  it('bodies in a row, the first glued to لـ, lead to the holder', () => {
    const text = 'وقال المنسق المقيم للأمم المتحدة في العراق غلام إسحق زي إن «البرامج الإنسانية ستستمر».';
    const quotes = run(text, [
      ['الأمم المتحدة', 'ORG'],
      ['العراق', 'LOC'],
      ['غلام إسحق زي', 'PER'],
    ]);
    expect(quoteWith(quotes, 'البرامج')?.speaker).toBe('E3');
  });

  it('a body the tagger took with its place is one body, and the untagged name after it is kept', () => {
    const text = '«لا وقود للمولدات بعد الغد»، قال مدير مستشفيات وزارة الصحة في غزة مروان الهمص لرويترز.';
    const entities: EntityForms = [
      ['وزارة الصحة في غزة', 'ORG'],
      ['رويترز', 'ORG'],
    ];
    const q = quoteWith(run(text, entities), 'لا وقود');
    expect(q?.speakerText).toBe('مدير مستشفيات وزارة الصحة في غزة مروان الهمص');
  });
});

describe('a name opening with a time word', () => {
  it('صباح before a name the tagger missed opens the name', () => {
    const text = 'ونقلت الوكالة عن المتحدث باسم وزارة الدفاع صباح الجبوري قوله: «الطائرات عادت سالمة».';
    const q = quoteWith(run(text, []), 'الطائرات');
    expect(q?.speakerText).toBe('المتحدث باسم وزارة الدفاع صباح الجبوري');
  });

  it('صباح before a day is the time, not a name', () => {
    const text = 'وقال المتحدث باسم وزارة الدفاع صباح اليوم إن «الطائرات عادت سالمة».';
    const q = quoteWith(run(text, []), 'الطائرات');
    expect(q?.speakerText).toBe('المتحدث باسم وزارة الدفاع');
  });
});

describe('an embedded post under its author’s name line', () => {
  it('the name alone on the line above the quote, a handle line between, is the author', () => {
    const text =
      'وعلق رئيس الوزراء القطري على الهدنة بمنشور على منصة إكس:\nمحمد بن عبدالرحمن آل ثاني\n@MBA_AlThani_\n«نأمل أن تكون الهدنة بداية لوقف دائم لإطلاق النار».';
    const q = quoteWith(run(text, [['محمد بن عبدالرحمن آل ثاني', 'PER']]), 'نأمل');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'محمد بن عبدالرحمن آل ثاني' });
  });

  it('a line that says more than a name names no author', () => {
    const text =
      'التقى محمد بن عبدالرحمن آل ثاني وفداً أمريكياً في الدوحة\n«الهدنة صامدة حتى الآن رغم الخروقات المتكررة».';
    const q = quoteWith(run(text, [['محمد بن عبدالرحمن آل ثاني', 'PER']]), 'الهدنة صامدة');
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('a sub-heading names the speaker of its section', () => {
  it('a role the text never ties to a name is the person opening the sub-heading above', () => {
    const text =
      'عقدت الجامعة العربية اجتماعاً طارئاً في القاهرة لبحث الأوضاع في السودان.\n' +
      'أحمد أبو الغيط: الحل سياسي\n' +
      'وفي كلمته الافتتاحية، قال الأمين العام للجامعة: «لا حل عسكرياً للأزمة السودانية».';
    const q = quoteWith(run(text, [['أحمد أبو الغيط', 'PER']]), 'لا حل');
    expect(q?.speaker).toBe('E1');
  });

  it('a sub-heading without a colon names nobody', () => {
    const text =
      'عقدت الجامعة العربية اجتماعاً طارئاً في القاهرة لبحث الأوضاع في السودان.\n' +
      'أحمد أبو الغيط والأزمة\n' +
      'وفي كلمته الافتتاحية، قال الأمين العام للجامعة: «لا حل عسكرياً للأزمة السودانية».';
    const q = quoteWith(run(text, [['أحمد أبو الغيط', 'PER']]), 'لا حل');
    expect(q?.speaker).toBeNull();
  });
});

describe('بيّن, a verb only with its shadda', () => {
  it('وبيّن with its shadda carries on the speaker', () => {
    const text =
      'قال وزير الزراعة التونسي عز الدين بن الشيخ إن موسم الحبوب واعد.\nوبيّن أن «الأمطار الأخيرة أنقذت نصف المساحات المزروعة».';
    const q = quoteWith(run(text, [['عز الدين بن الشيخ', 'PER']]), 'الأمطار');
    expect(q?.speaker).toBe('E1');
  });

  it('بين, between, is no verb of saying', () => {
    const lexicon = speechLexicon();
    expect(cueAt(lexicon, wordsOf('وقسمت الأرباح بين الشركاء'), 2)).toBeNull();
    expect(cueAt(lexicon, wordsOf('وبيّن أن الأرباح قسمت'), 0)?.value.lemma).toBe('بيّن');
  });
});

describe('a source said to be the same is the last one who spoke (Maghrebi papers)', () => {
  it('`المصدر ذاته` goes on with an unnamed source two paragraphs on', () => {
    const text =
      'وقال مصدر من المديرية الجهوية للتجهيز إن «الطريق الوطنية ستفتح أمام السير يوم الخميس».\n' +
      'وكانت الأمطار الغزيرة قد جرفت أجزاء من القنطرة الأسبوع الماضي.\n' +
      'وتساقطت الثلوج أيضاً على المرتفعات المجاورة.\n' +
      'وأوضح المصدر ذاته أن «فرق الصيانة تعمل ليل نهار».';
    const quotes = run(text, []);
    expect(quoteWith(quotes, 'فرق الصيانة')?.speakerText).toBe(
      quoteWith(quotes, 'الطريق الوطنية')?.speakerText,
    );
    expect(quoteWith(quotes, 'فرق الصيانة')?.speakerText).toContain('مصدر من المديرية');
  });

  it('`حسب ذات المسؤول` goes on with a named speaker, not a new unnamed one', () => {
    const text =
      'صرح رشيد الطالبي العلمي، رئيس مجلس النواب، بأن «الدورة الاستثنائية ستخصص لقانون الإضراب».\n' +
      'وحسب ذات المسؤول، فإن «التصويت سيجري قبل نهاية الشهر».';
    const q = quoteWith(run(text, [['رشيد الطالبي العلمي', 'PER']]), 'التصويت سيجري');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: null });
  });

  it('a role noun with no such word is still a new source', () => {
    const text =
      'صرح رشيد الطالبي العلمي بأن «الدورة الاستثنائية ستخصص لقانون الإضراب».\n' +
      'وحسب مصدر برلماني، فإن «التصويت سيجري قبل نهاية الشهر».';
    const q = quoteWith(run(text, [['رشيد الطالبي العلمي', 'PER']]), 'التصويت سيجري');
    expect(q).toMatchObject({ speaker: null, speakerText: 'مصدر برلماني' });
  });
});

describe('an interview printed as questions and answers', () => {
  it('each answer after `س:` is the interviewee named above the first question', () => {
    const text =
      'مقابلة مع رئيسة بلدية طرابلس ريما كرامي\n' +
      'س: ما أبرز مشاريعكم لهذا العام؟\n' +
      'ج: «إعادة تأهيل الأسواق القديمة وشبكة الإنارة».\n' +
      'س: وهل التمويل متوفر؟\n' +
      'ج: «جزء منه فقط، وننتظر منحة أوروبية».';
    const quotes = run(text, [['ريما كرامي', 'PER']]);
    expect(quoteWith(quotes, 'الأسواق القديمة')?.speaker).toBe('E1');
    expect(quoteWith(quotes, 'منحة أوروبية')?.speaker).toBe('E1');
  });

  it('dashes open the question and the answer', () => {
    const text =
      'حاورت «الأيام» المدرب الوطني جمال سلامي:\n' +
      '- كيف ترى حظوظ المنتخب؟\n' +
      '- «المجموعة صعبة لكننا جاهزون للتحدي».';
    const q = quoteWith(run(text, [['جمال سلامي', 'PER']]), 'المجموعة صعبة');
    expect(q?.speaker).toBe('E1');
  });

  it('a dash line that is no answer to a question names nobody', () => {
    const text =
      'أعلن النادي لائحة لاعبيه.\n' +
      'وتضم اللائحة اللاعب يوسف النصيري.\n' +
      '- «الفريق لن يغير أسلوبه أبداً هذا الموسم».';
    const q = quoteWith(run(text, [['يوسف النصيري', 'PER']]), 'لن يغير');
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('a speaker named right after the quote, beyond what the verb says', () => {
  it('a verb whose object pronoun is the quote (`قالها`) reports it', () => {
    const text = '«هذه المدينة لن تركع»، قالها رئيس البلدية زياد الحواط أمام الحشود.';
    const q = quoteWith(run(text, [['زياد الحواط', 'PER']]), 'لن تركع');
    expect(q?.speaker).toBe('E1');
  });

  it('`هكذا` opening the sentence after the quote points back at it', () => {
    const text = '«خسرنا كل شيء في ليلة واحدة». هكذا لخصت المزارعة فاطمة الزهراء حال قريتها بعد الفيضان.';
    const q = quoteWith(run(text, [['فاطمة الزهراء', 'PER']]), 'خسرنا كل شيء');
    expect(q?.speaker).toBe('E1');
  });

  it('a sentence after the full stop with no such word does not report the quote', () => {
    const text =
      '«خسرنا كل شيء في ليلة واحدة ولم يبق لنا بيت». وزارت المزارعة فاطمة الزهراء قريتها بعد الفيضان.';
    const q = quoteWith(run(text, [['فاطمة الزهراء', 'PER']]), 'خسرنا كل شيء');
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('a role, then its holder set off by commas (Egyptian and Gulf papers)', () => {
  it('the holder after the role and its body speaks, not the body', () => {
    const text = 'وقال وكيل وزارة التعليم بمحافظة الإسكندرية، الدكتور عادل سرور، إن «الدراسة ستنتظم بعد غد».';
    const q = quoteWith(
      run(text, [
        ['وزارة التعليم', 'ORG'],
        ['الإسكندرية', 'LOC'],
        ['عادل سرور', 'PER'],
      ]),
      'الدراسة ستنتظم',
    );
    expect(q?.speaker).toBe('E3');
    expect(q?.speakerText).toContain('وكيل وزارة التعليم');
  });

  it('a role with no body named, then the holder between commas', () => {
    const text = 'وأكد مساعد المدير، المهندس خالد الشمري، أن «المشروع سيسلم في موعده».';
    const q = quoteWith(run(text, [['خالد الشمري', 'PER']]), 'المشروع سيسلم');
    expect(q?.speaker).toBe('E1');
  });

  it('a person named after a comma inside an aside is not the holder', () => {
    const text = 'وقال وزير الخارجية، في مؤتمر مع نظيره سامح شكري، إن «العلاقات متينة وتتطور».';
    const q = quoteWith(run(text, [['سامح شكري', 'PER']]), 'العلاقات متينة');
    expect(q?.speaker ?? null).toBeNull();
  });
});

describe('two speakers answering each other, by last name', () => {
  const text =
    'قال النائب سمير الجسر إن «القانون يحتاج إلى تعديلات جوهرية».\n' +
    'وقالت الوزيرة ندى البستاني إن «النص نوقش بما يكفي في اللجان».\n' +
    'فعاد الجسر ليقول: «النقاش لم يشمل الفقرات المالية».';
  const forms: EntityForms = [
    ['سمير الجسر', 'PER'],
    ['ندى البستاني', 'PER'],
  ];

  it('a present form with the لـ of purpose (`ليقول`) is a verb of saying', () => {
    const words = wordsOf('فعاد الجسر ليقول');
    expect(cueAt(speechLexicon(), words, 2)?.value.lemma).toBe('قال');
  });

  it('a last name alone before the verb is its subject, not the one who spoke last', () => {
    const q = quoteWith(run(text, forms), 'لم يشمل');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'الجسر' });
  });
});

describe('a quote over several paragraphs that closes only at its end', () => {
  it('runs on to the closing mark of a later paragraph', () => {
    const text =
      'وقالت مديرة المدرسة سناء حداد في كلمة التخرج:\n' +
      '«لقد تعلمنا معكم أكثر مما علمناكم طوال هذه السنوات.\n' +
      'فاحملوا هذه القيم معكم أينما ذهبتم».\n' +
      'ثم وزعت الشهادات على الطلاب.';
    const quotes = run(text, [['سناء حداد', 'PER']]);
    const q = quoteWith(quotes, 'تعلمنا معكم');
    expect(q?.text).toContain('فاحملوا هذه القيم');
    expect(q?.speaker).toBe('E1');
    expect(q?.text).not.toContain('وزعت');
  });

  it('a later paragraph opening a quote of its own ends the run', () => {
    const text =
      'وقالت مديرة المدرسة سناء حداد في كلمة التخرج: «لقد تعلمنا معكم أكثر مما علمناكم\n' +
      'وقال أحد الطلاب: «سنفتقد هذه المدرسة كثيراً».';
    const quotes = run(text, [['سناء حداد', 'PER']]);
    expect(quoteWith(quotes, 'تعلمنا معكم')?.text).not.toContain('الطلاب');
  });
});

describe('attributions that name the speaker after an outlet or a description', () => {
  it('`وفق ما نقلت الوكالة عن فلان`: the one after عن speaks, not the outlet', () => {
    const text =
      '«الانتخابات ستجري في موعدها»، وفق ما نقلت وكالة الأنباء الليبية عن رئيس المفوضية عماد السايح.';
    const q = quoteWith(
      run(text, [
        ['وكالة الأنباء الليبية', 'ORG'],
        ['عماد السايح', 'PER'],
      ]),
      'ستجري في موعدها',
    );
    expect(q?.speaker).toBe('E2');
  });

  it('`على حد وصف فلانة` after a short quote names its speaker', () => {
    const text = 'المستشفى الميداني «أشبه بمقبرة»، على حد وصف الطبيبة رنا الخطيب.';
    const q = quoteWith(run(text, [['رنا الخطيب', 'PER']]), 'أشبه بمقبرة');
    expect(q?.speaker).toBe('E1');
  });

  it('`يردد` reports the words said again and again', () => {
    const text = '«سنعود إلى قريتنا مهما طال الزمن»، يردد المسن خليل عودة كلما سئل عن بيته.';
    const q = quoteWith(run(text, [['خليل عودة', 'PER']]), 'سنعود إلى قريتنا');
    expect(q?.speaker).toBe('E1');
  });

  it('a statement the holder of a role sent speaks through him, not through the body', () => {
    const text =
      'وجاء في رسالة بعثها الأمين العام لمجلس التعاون جاسم البديوي إلى المؤتمر:\n' +
      '«دول المجلس تدعم كل جهد يعيد الاستقرار إلى المنطقة».';
    const q = quoteWith(
      run(text, [
        ['مجلس التعاون', 'ORG'],
        ['جاسم البديوي', 'PER'],
      ]),
      'دول المجلس تدعم',
    );
    expect(q?.speaker).toBe('E2');
  });

  it('a holder between commas whose name the tagger cut short still speaks', () => {
    const text = 'وقال وزير النقل، عبد الصمد قيوح، أمس، إن «الخط السككي الجديد سيفتتح في الصيف».';
    const q = quoteWith(run(text, [['عبد الصمد', 'PER']]), 'الخط السككي');
    expect(q?.speaker).toBe('E1');
  });
});

describe('a time between the verb and its subject is no speaker', () => {
  const timesOf = (text: string, ...phrases: string[]) =>
    phrases.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length }));
  const runWithTimes = (text: string, forms: EntityForms, ...phrases: string[]) =>
    extractQuotes(
      { text, entities: entitiesFrom(text, forms), times: timesOf(text, ...phrases) },
      speechLexicon(),
    );

  it('a day named right after the verb: the role phrase and name after it speak', () => {
    const text = 'وقال أمس وزير الري المصري هاني سويلم إن «حصة مصر من المياه خط أحمر».';
    const [q] = runWithTimes(text, [['هاني سويلم', 'PER']], 'أمس');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'وزير الري المصري هاني سويلم' });
  });

  it('a date with its preposition and a vague time are both passed over', () => {
    const dated = 'وأعلن في 5 يونيو الماضي المتحدث باسم الشرطة أن «الموقوفين أحيلوا إلى النيابة».';
    expect(runWithTimes(dated, [], '5 يونيو الماضي')[0]?.speakerText).toBe('المتحدث باسم الشرطة');
    const vague = 'وأكد في وقت سابق من هذا الشهر رئيس البلدية أن «المياه ستعود خلال يومين».';
    expect(runWithTimes(vague, [], 'هذا الشهر')[0]?.speakerText).toBe('رئيس البلدية');
  });

  it('a time that fills the gap before the quote leaves the subject before the verb', () => {
    const text = 'وكانت رئيسة البرلمان نادية فوزي قد دعت الأسبوع الماضي إلى «حوار وطني شامل».';
    const [q] = runWithTimes(text, [['نادية فوزي', 'PER']], 'الأسبوع الماضي');
    expect(q?.speaker).toBe('E1');
    expect(q?.speakerText).not.toBe('الأسبوع الماضي');
  });
});

describe('a statement with no issuer named speaks as itself', () => {
  it('keeps the statement noun in the speaker text', () => {
    const text = 'ودعا البيان الختامي للقمة العربية إلى «تحرك دولي عاجل لحماية المدنيين».';
    const [q] = run(text, [['القمة العربية', 'ORG']]);
    expect(q?.speakerText).toMatch(/^البيان الختامي/u);
    const joint = 'وأكد بيان مشترك أن «البلدين اتفقا على تبادل السفراء».';
    expect(run(joint, [])[0]?.speakerText).toBe('بيان مشترك');
  });
});
