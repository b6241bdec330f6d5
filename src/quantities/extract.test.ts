import { describe, expect, it } from 'vitest';
import type { Quantity } from '../contract/analysis.js';
import { extractQuantities, type NumberMention, parseDigits } from './extract.js';
import { quantityLexicon } from './stage.js';

function run(
  text: string,
  extra: {
    numbers?: NumberMention[];
    excluded?: { start: number; end: number }[];
    sentences?: { start: number; end: number }[];
  } = {},
) {
  return extractQuantities({ text, ...extra }, quantityLexicon());
}

function at(quantities: Quantity[], text: string, surface: string): Quantity | undefined {
  const offset = text.indexOf(surface);
  return quantities.find((q) => q.start <= offset && offset < q.end);
}

describe('quantities', () => {
  it('a number word behind a proclitic keeps its own figure and leaves the clitic out', () => {
    const text = 'سقط في الهجوم وثلاثة قتلى من المدنيين.';
    const numbers: NumberMention[] = [
      { start: text.indexOf('ثلاثة'), end: text.indexOf('ثلاثة') + 5, value: 3, kind: 'cardinal' },
    ];
    const [q] = run(text, { numbers });
    expect(q && text.slice(q.start, q.end)).toBe('ثلاثة قتلى');
    expect(q).toMatchObject({ value: 3, role: 'killed' });
  });

  it('a number inside a hashtag or after a tatweel does not break the stage', () => {
    expect(() => run('##0', { numbers: [{ start: 2, end: 3, value: 0, kind: 'cardinal' }] })).not.toThrow();
    expect(() =>
      run('ـثلاثة', { numbers: [{ start: 1, end: 6, value: 3, kind: 'cardinal' }] }),
    ).not.toThrow();
  });

  it('two figures of different roles in one sentence (killed and injured)', () => {
    const text = 'أسفر القصف عن مقتل أكثر من 140 شخصاً وإصابة نحو 180 آخرين في المدينة.';
    const qs = run(text);
    expect(at(qs, text, '140')).toMatchObject({
      value: 140,
      approx: 'more_than',
      unit: 'person',
      role: 'killed',
    });
    expect(at(qs, text, '180')).toMatchObject({
      value: 180,
      approx: 'about',
      unit: 'person',
      role: 'injured',
    });
  });

  it('offsets cover the approximator, the number and its unit', () => {
    const text = 'قتل ما لا يقل عن 12 جندياً في الكمين.';
    const [q] = run(text);
    expect(q && text.slice(q.start, q.end)).toBe('ما لا يقل عن 12 جندياً');
    // Soldiers who were killed count among the killed: the verb says what happened to them.
    expect(q).toMatchObject({ approx: 'at_least', role: 'killed', value: 12 });
  });

  it('the longest approximator wins (لا يزيد على is at_most, not more_than)', () => {
    const text = 'يجب أن لا يزيد على 30 عاملاً في كل ورشة.';
    expect(run(text)[0]).toMatchObject({ approx: 'at_most', value: 30 });
  });

  it('multipliers scale the number, with a currency as money', () => {
    const text = 'تعهدت الحكومة بمنحة قدرها 2.5 مليون دولار، إضافة إلى 3 آلاف طن من القمح.';
    const qs = run(text);
    expect(at(qs, text, '2.5')).toMatchObject({ value: 2_500_000, unit: 'dollar', role: 'money' });
    expect(at(qs, text, '3 آلاف')).toMatchObject({ value: 3000, unit: 'ton' });
  });

  it('ranges with a dash, بين … و… and من … إلى … with a shared multiplier', () => {
    const text =
      'قدّر مراقبون عدد المقاتلين بين 1500 - 2200 مقاتل، ونزح بين 10 و20 ألفاً، وتراوحت الخسائر من 3 إلى 5 آلاف دولار.';
    const qs = run(text);
    expect(at(qs, text, '1500')).toMatchObject({ value: null, min: 1500, max: 2200, role: 'fighters' });
    expect(at(qs, text, '10 و20')).toMatchObject({ value: null, min: 10_000, max: 20_000 });
    expect(at(qs, text, '3 إلى')).toMatchObject({ value: null, min: 3000, max: 5000, role: 'money' });
  });

  it('vague amounts have no value and a minimum', () => {
    const text = 'سقط عشرات القتلى ومئات الجرحى في الاشتباكات.';
    const qs = run(text);
    expect(at(qs, text, 'عشرات')).toMatchObject({ value: null, min: 20, role: 'killed', approx: null });
    expect(at(qs, text, 'مئات')).toMatchObject({ value: null, min: 200, role: 'injured' });
  });

  it('a vague or multiplied count takes its noun after a partitive من, a plain number only people', () => {
    const text =
      'انضم الآلاف من المقاتلين إلى القوات، ودفعت الشركة عدة آلاف من الدولارات، وغادر 3 من الموظفين.';
    const qs = run(text);
    expect(at(qs, text, 'الآلاف')).toMatchObject({
      value: null,
      min: 2000,
      unit: 'person',
      role: 'fighters',
    });
    expect(at(qs, text, 'آلاف من الدولارات')).toMatchObject({ value: null, unit: 'dollar', role: 'money' });
    expect(at(qs, text, '3')).toMatchObject({ value: 3, unit: 'person', role: 'other' });
    const things = 'أنجزت الشركة 4 من أصل 6 مشاريع.';
    expect(at(run(things), things, '4')).toMatchObject({ value: 4, unit: null });
  });

  it('reads an approximator typed with a doubled alef (أاكثر من) as itself', () => {
    const text = 'أصيب أاكثر من 300 شخص في الانفجار.';
    expect(at(run(text), text, '300')).toMatchObject({ value: 300, approx: 'more_than', role: 'injured' });
  });

  it('ما يصل إلى bounds the figure from above', () => {
    const text = 'قالت المنظمة إن ما يصل إلى 200 ألف شخص ما زالوا عالقين.';
    expect(at(run(text), text, '200')).toMatchObject({ value: 200_000, approx: 'at_most' });
  });

  it('the counted noun gives the role, and people with no role noun are "other"', () => {
    const text =
      'نقلت الحافلات 45 مسافراً إلى المطار، ووقف أمام القاضي 6 متهمين، وسجل الدفاع المدني 12 مفقوداً.';
    const qs = run(text);
    expect(at(qs, text, '45')).toMatchObject({ unit: 'person', role: 'other' });
    expect(at(qs, text, '6 متهمين')).toMatchObject({ unit: 'person', role: 'other' });
    expect(at(qs, text, '12')).toMatchObject({ role: 'missing' });
  });

  it('a verb-first sentence puts its subject and a date between the cue verb and the figure', () => {
    const text = 'قتلت غارات الطيران الحربي في فبراير الماضي نحو 30 مدنياً في ريف المدينة.';
    expect(at(run(text), text, '30')).toMatchObject({ value: 30, approx: 'about', role: 'killed' });
  });

  it('a cue verb after the figure with a pronoun suffix gives the role (لقي … مصرعهم)', () => {
    const text = 'وفي الجنوب لقي 52 شخصاً مصرعهم وأصيب 300 آخرون في الفيضانات.';
    const qs = run(text);
    expect(at(qs, text, '52')?.role).toBe('killed');
    expect(at(qs, text, '300')?.role).toBe('injured');
  });

  it('a bounding verb with its subject between makes the figure a lower bound', () => {
    const text = 'وبهذا تخطى عدد الوفيات في الولايتين 900 شخص.';
    expect(at(run(text), text, '900')).toMatchObject({ approx: 'more_than', role: 'killed' });
  });

  it('a range takes the role of its noun', () => {
    const text = 'يحشد التنظيم ما بين 700 - 900 مقاتل على أطراف البلدة.';
    expect(at(run(text), text, '700')).toMatchObject({ min: 700, max: 900, role: 'fighters' });
  });

  it('a part of a total is marked as a part of it and keeps its own role', () => {
    const text = 'خلفت العاصفة 230 وفاة و900 إصابة، من بينها 65 إصابة حرجة.';
    const qs = run(text);
    const total = at(qs, text, '900');
    const part = at(qs, text, '65');
    expect(part).toMatchObject({ role: 'injured', scope: { kind: 'part' } });
    expect(part?.scope?.of !== undefined && qs[part.scope.of]).toBe(total);
    expect(total?.scope?.kind).toBe('total');
    expect(at(qs, text, '230')?.scope).toBeUndefined();
  });

  it('a part after the number (`3 منهم`) takes the role of the figure it belongs to', () => {
    const text = 'أعلنت السفارة وفاة ثمانية من رعاياها، 3 منهم من الأطفال.';
    const numbers: NumberMention[] = [
      { start: text.indexOf('ثمانية'), end: text.indexOf('ثمانية') + 6, value: 8, kind: 'cardinal' },
    ];
    const qs = run(text, { numbers });
    expect(at(qs, text, '3 منهم')).toMatchObject({ value: 3, role: 'killed', scope: { kind: 'part' } });
  });

  it('a breakdown by place keeps each place and the role of the toll', () => {
    const text = 'وارتفع عدد الجرحى إلى 400، منهم 230 في الإقليم الشمالي، و170 في العاصمة.';
    const qs = run(text);
    expect(at(qs, text, '230')).toMatchObject({
      role: 'injured',
      scope: { kind: 'part', place: 'الإقليم الشمالي' },
    });
    expect(at(qs, text, '170')).toMatchObject({ role: 'injured', scope: { place: 'العاصمة' } });
  });

  it('those in a condition (`في حالة حرجة`) are a part of the total before, not a place', () => {
    const text = 'نقل 45 جريحاً إلى المستشفيات، و7 في العناية المركزة. ومن المصابين الـ 60، 11 في حالة حرجة.';
    const qs = run(text);
    expect(at(qs, text, '7 في')).toMatchObject({
      role: 'injured',
      scope: { kind: 'part', of: 0, subgroup: 'في العناية المركزة' },
    });
    const part = at(qs, text, '11');
    expect(part).toMatchObject({ role: 'injured', scope: { kind: 'part', subgroup: 'في حالة حرجة' } });
    expect(part?.scope?.place).toBeUndefined();
  });

  it('a number a time reading took (إلى 2000) is still a figure when money or people follow it', () => {
    const text = 'ارتفع سعر الذهب إلى 2000 دولار، وعاد الزوار في عام 2019 إلى 2020 مستويات.';
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const qs = run(text, { excluded: [span('إلى 2000'), span('عام 2019'), span('2020')] });
    expect(at(qs, text, '2000')).toMatchObject({ value: 2000, role: 'money' });
    expect(at(qs, text, '2019')).toBeUndefined();
    expect(at(qs, text, '2020')).toBeUndefined();
  });

  it('a total opened by بين and a casualty noun has the next figure of its sentence as a part', () => {
    const text = 'ومن بين الضحايا الـ 75، هناك 9 باكستانيين. وبين القتلى 30 شخصاً و8 أطفال.';
    const qs = run(text);
    expect(at(qs, text, '9 باكستانيين')).toMatchObject({
      role: 'killed',
      scope: { kind: 'part', subgroup: 'باكستانيين' },
    });
    expect(at(qs, text, '8 أطفال')?.scope).toBeUndefined();
  });

  it('two tolls of different roles in a list are no breakdown of one, whatever follows them', () => {
    const text = 'أكثر من 100 قتيل و4 آلاف جريح في انفجار المصنع';
    const qs = run(text);
    expect(at(qs, text, '100')).toMatchObject({ role: 'killed' });
    expect(at(qs, text, '100')?.scope).toBeUndefined();
    expect(at(qs, text, '4 آلاف')).toMatchObject({ role: 'injured' });
    expect(at(qs, text, '4 آلاف')?.scope).toBeUndefined();
  });

  it('a breakdown by nationality after a breakdown cue takes the toll of the sentence before', () => {
    const text = 'بلغ عدد الوفيات بين العمال 412. وتشمل الحصيلة 150 نيباليا، و90 بنغاليين، و12 من سريلانكا.';
    const qs = run(text, {
      sentences: [
        { start: 0, end: text.indexOf('.') + 1 },
        { start: text.indexOf('.') + 1, end: text.length },
      ],
    });
    for (const surface of ['150', '90', '12 من'])
      expect(at(qs, text, surface)).toMatchObject({ role: 'killed', scope: { kind: 'breakdown' } });
    expect(at(qs, text, '90')?.scope?.subgroup).toBe('بنغاليين');
    expect(at(qs, text, '12 من')?.scope?.place).toBe('سريلانكا');
  });

  it('a list by nationality takes the role its last line states (… حتفهم)', () => {
    const text = 'وقضى 20 مغربيا، و14 جزائريا، و9 ليبيين نحبهم غرقا، فيما لقي 5 موريتانيين حتفهم.';
    const qs = run(text);
    expect(at(qs, text, '5')?.role).toBe('killed');
    const listed = 'وسجلت المستشفيات 30 سودانيا، و12 تشاديا مصرعهم.';
    for (const surface of ['30', '12']) expect(at(run(listed), listed, surface)?.role).toBe('killed');
  });

  it('an adverb ending like a nisba is not a nationality, and a year cue after هذا does not eat a count', () => {
    const adverb = 'تنتج المصفاة 300 يوميا من الأطنان.';
    expect(at(run(adverb), adverb, '300')?.unit).toBeNull();
    const count = 'وارتفعت وفيات هذا العام 1215 حالة.';
    expect(at(run(count), count, '1215')).toMatchObject({ value: 1215, role: 'killed' });
  });

  it('a multiplied decimal keeps an exact value (16.414 مليار)', () => {
    const text = 'بلغ الاحتياطي 16.414 مليار دولار.';
    expect(at(run(text), text, '16.414')?.value).toBe(16_414_000_000);
  });

  it('percentages in a sign or in words', () => {
    const text = 'ارتفع التضخم إلى 35% بينما تراجع النمو 2 في المئة.';
    const qs = run(text);
    expect(at(qs, text, '35')).toMatchObject({ value: 35, unit: 'percent', role: 'percent' });
    expect(at(qs, text, '2 في')).toMatchObject({ value: 2, unit: 'percent' });
  });

  it('Arabic-Indic digits with separators', () => {
    expect(parseDigits('١٬٥٠٠')).toBe(1500);
    expect(parseDigits('٢٫٥')).toBe(2.5);
    expect(parseDigits('1,500,000')).toBe(1_500_000);
  });

  it('arrests, displacement and age', () => {
    const text = 'أعلنت الشرطة توقيف 23 مشتبهاً بهم، فيما نزح 4000 شخص، وبينهم رجل يبلغ من العمر 70 عاماً.';
    const qs = run(text);
    expect(at(qs, text, '23')?.role).toBe('arrested');
    expect(at(qs, text, '4000')?.role).toBe('displaced');
    expect(at(qs, text, '70')).toMatchObject({ role: 'age', unit: 'year' });
  });

  it('an unclear figure has no role', () => {
    const text = 'وصل إلى الميناء 7 سفن محملة بالبضائع.';
    expect(run(text)[0]).toMatchObject({ value: 7, role: null });
  });

  it('word numbers from the shared parser are used, and ordinals are not quantities', () => {
    const text = 'قتل ثلاثة مدنيين في الغارة الثانية.';
    const three = text.indexOf('ثلاثة');
    const second = text.indexOf('الثانية');
    const qs = run(text, {
      numbers: [
        { start: three, end: three + 5, value: 3, kind: 'cardinal' },
        { start: second, end: second + 7, value: 2, kind: 'ordinal' },
      ],
    });
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ value: 3, role: 'killed', unit: 'person' });
  });

  it('negative cases: years, dates, clock times, phone numbers, law articles, names with numbers', () => {
    const text =
      'في عام 2011 اندلعت الاحتجاجات. وفي 15 مارس 2024 عند الساعة 10:30 صدر بيان يستند إلى المادة 49 من الدستور، ' +
      'وخصصت الوزارة الرقم 0223456789 للبلاغات، وعاد فيروس كوفيد-19 للانتشار بتاريخ 12/4/2020.';
    expect(run(text)).toEqual([]);
  });

  it('numbers inside time mentions are skipped', () => {
    const text = 'وصل الوفد بعد 3 أيام من المحادثات.';
    const start = text.indexOf('3');
    expect(run(text, { excluded: [{ start, end: start + 6 }] })).toEqual([]);
    expect(run(text)).toHaveLength(1);
  });
});

describe('roles that general news writing gives a figure (issue 21)', () => {
  it('the target of a rise counts the subject, however far a relative clause keeps it', () => {
    const text = 'وارتفع عدد ضحايا السيول التي اجتاحت الوادي الشرقي في الساعات الأولى من صباح الأحد إلى 64.';
    expect(at(run(text), text, '64')?.role).toBe('killed');
  });

  it('two casualty words joined by و count both: role other; two clauses keep theirs', () => {
    const text =
      'جرح وقتل العشرات في التدافع. وسقط مئات القتلى والمصابين. ولقي 8 أشخاص حتفهم وأصيب 20 بجروح.';
    const qs = run(text);
    expect(at(qs, text, 'العشرات')?.role).toBe('other');
    expect(at(qs, text, 'مئات')?.role).toBe('other');
    expect(at(qs, text, '20')?.role).toBe('injured');
  });

  it('what happened to them says more than who they are', () => {
    const text = 'أصيب 6 جنود في الكمين. وقتل نحو 30 عنصراً من الميليشيا. وأرسلت الوزارة 500 جندي إلى الحدود.';
    const qs = run(text);
    expect(at(qs, text, '6')?.role).toBe('injured');
    expect(at(qs, text, '30')?.role).toBe('killed');
    expect(at(qs, text, '500')?.role).toBe('fighters');
  });

  it('cases of a disease are not the wounded, in the sentence or once the text has named it', () => {
    const text = 'سجلت الصحة 52 إصابة جديدة بالحصبة. وتوزعت الحالات: 30 إصابة في الشمال و22 إصابة في الجنوب.';
    const qs = run(text);
    expect(at(qs, text, '52')?.role).toBe('other');
    expect(at(qs, text, '30')?.role).toBe('other');
    expect(run('وأسفر الانفجار عن 14 إصابة بين المارة.')[0]?.role).toBe('injured');
  });

  it('the trapped are missing, the rescued are not; crews and heat cases', () => {
    const text =
      'ولا يزال 90 شخصاً عالقين تحت الأنقاض. وأنقذت الفرق 45 شخصاً من تحت الركام. ' +
      'وشارك 600 عنصر إنقاذ في البحث. وسجلت المستشفيات 140 حالة ضربة شمس.';
    const qs = run(text);
    expect(at(qs, text, '90')?.role).toBe('missing');
    expect(at(qs, text, '45')?.role).toBe('other');
    expect(at(qs, text, '600')?.role).toBe('other');
    expect(at(qs, text, '140')?.role).toBe('injured');
  });

  it('a bare figure after a counted one in its sentence counts the same, not a place count or a noun of its own', () => {
    const text =
      'ويضم الجيش 40 ألف مقاتل، ويتمركز منهم أكثر من 9 آلاف في العاصمة. ' +
      'ونزح 300 شخص، وأغلقت 12 مدرسة. وقتل 7 أشخاص في 3 قرى.';
    const qs = run(text);
    expect(at(qs, text, '9 آلاف')?.role).toBe('fighters');
    expect(at(qs, text, '12')?.role ?? null).toBeNull();
    expect(at(qs, text, '3 قرى')?.role ?? null).toBeNull();
  });
});

describe('figures a general news text states without a digit or a noun (issue 21)', () => {
  it('a definite thousand or million is a number only as a threshold', () => {
    const text =
      'وتخطت حصيلة قتلى الموجة الحارة في الإقليم الألف. وتجاوز عدد المشردين هذا الشتاء عتبة المليون. ' +
      'وكتب التلميذ حرف الألف على اللوح.';
    const qs = run(text);
    expect(at(qs, text, 'الألف.')).toMatchObject({ value: 1000, approx: 'more_than', role: 'killed' });
    expect(at(qs, text, 'المليون')).toMatchObject({
      value: 1_000_000,
      approx: 'more_than',
      role: 'displaced',
    });
    expect(at(qs, text, 'حرف الألف')).toBeUndefined();
  });

  it('a loose count is a figure when it counts casualties or fighters, never a crowd or things', () => {
    const text =
      'وقتل عدد كبير من عناصر الميليشيا في الغارة. وحضر عدد كبير من المشجعين المباراة. ' +
      'ودمر الإعصار الذي قتل المئات العديد من المنازل.';
    const qs = run(text);
    expect(at(qs, text, 'عدد كبير من عناصر')).toMatchObject({ value: null, role: 'killed' });
    expect(at(qs, text, 'عدد كبير من المشجعين')).toBeUndefined();
    expect(at(qs, text, 'العديد من المنازل')).toBeUndefined();
  });

  it('a count of things never takes a casualty role from a cue before it', () => {
    const text = 'وأدى القصف الذي أودى بحياة مدنيين إلى تدمير 40 منزلاً.';
    expect(at(run(text), text, '40')?.role ?? null).toBeNull();
  });
});

describe('role cues general news writing puts around a figure (issue 21)', () => {
  it('a state verb after the figure lets its complement give the role, past a place', () => {
    const text =
      'ويرجح المسعفون أن 80 شخصاً في الحي القديم ما زالوا عالقين تحت الركام، وأن 15 بحاراً لا يزالون مفقودين.';
    const qs = run(text);
    expect(at(qs, text, '80')?.role).toBe('missing');
    expect(at(qs, text, '15')?.role).toBe('missing');
    const far = 'وسافر 30 شخصاً إلى العاصمة صباحاً ثم عادوا مصابين بخيبة.';
    expect(at(run(far), far, '30')?.role).toBe('other');
  });

  it('recruiting counts fighters, and a casualty noun before the figure is a cue', () => {
    const text = 'وتمكنت الحركة من تجنيد الآلاف من الشبان. وفي المقابل تخطى عدد المشردين 200 ألف.';
    const qs = run(text);
    expect(at(qs, text, 'الآلاف')?.role).toBe('fighters');
    expect(at(qs, text, '200')?.role).toBe('displaced');
  });

  it('killed by a verb with its subject between (أودى … بحياة), passed away (قضى … نحبهم), bodies', () => {
    const text = 'أودى الحريق بحياة 11 شخصاً. وقضى 4 صيادين نحبهم. وانتشل الغواصون جثث 6 ركاب.';
    const qs = run(text);
    for (const n of ['11', '4', '6']) expect(at(qs, text, n)?.role).toBe('killed');
  });

  it('wounds after the figure, and homeless people, give their roles', () => {
    const text = 'وقتل 3 أشخاص و14 آخرين بجروح. وبات 2000 شخص بلا مأوى.';
    const qs = run(text);
    expect(at(qs, text, '14')?.role).toBe('injured');
    expect(at(qs, text, '2000')?.role).toBe('displaced');
  });

  it('the line after و shares the casualty its first line states', () => {
    const text = 'وقتل في الكمين 8 مدنيين و5 جنود. وأرسلت القيادة 300 جندي و40 آلية.';
    const qs = run(text);
    expect(at(qs, text, '5')?.role).toBe('killed');
    expect(at(qs, text, '300')?.role).toBe('fighters');
  });

  it('a casualty cue after its own figure is not joined to the next one', () => {
    const text = 'ولقي 12 عاملاً على الأقل مصرعهم وجرح أكثر من 60 آخرين.';
    expect(at(run(text), text, '60')?.role).toBe('injured');
  });

  it('a noun behind و after a number starts the next item, not the number’s noun', () => {
    const text = 'وذكر المستشفى أن عدد القتلى بلغ 27 والمصابين 90.';
    const qs = run(text);
    expect(at(qs, text, '27')?.role).toBe('killed');
    expect(at(qs, text, '90')?.role).toBe('injured');
  });

  it('a figure the rise reaches again shares the count, with an inclusion after it', () => {
    const text = 'وارتفع عدد القتلى إلى 12، ثم ارتفع مساء إلى 15 بينهم طفلان.';
    expect(at(run(text), text, '15')?.role).toBe('killed');
  });
});

describe('more casualty phrasing of general news (issue 21)', () => {
  it('the word after a case noun names the case, before a cue earlier in the sentence', () => {
    const text = 'وسجلت المستشفيات 4 حالات وفاة و25 حالة اختناق.';
    const qs = run(text);
    expect(at(qs, text, '4')?.role).toBe('killed');
    expect(at(qs, text, '25')?.role).toBe('injured');
  });

  it('made homeless, buried, fate unknown; the executed are not a toll (the facts set counts them other)', () => {
    const text =
      'وشردت السيول 9 آلاف شخص. وأعدمت السلطات 12 شخصاً. ودفن الأهالي 30 شخصاً. ' + 'ولا يعرف مصير 7 صيادين.';
    const qs = run(text);
    expect(at(qs, text, '9')?.role).toBe('displaced');
    expect(at(qs, text, '12')?.role).toBe('other');
    expect(at(qs, text, '30')?.role).toBe('killed');
    expect(at(qs, text, '7')?.role).toBe('missing');
  });
});

describe('clauses and duals (issue 21, generalisation)', () => {
  it('a date set off by commas between the toll and its figure does not end the clause', () => {
    const text = 'وارتفع عدد الجرحى، مساء الأحد، إلى 312.';
    const date = { start: text.indexOf('مساء'), end: text.indexOf('الأحد') + 5 };
    expect(run(text, { excluded: [date] })[0]?.role).toBe('injured');
    // Without a time between them the commas still part two clauses.
    const other = 'وارتفع عدد الجرحى، كما قال الطبيب، إلى 312.';
    expect(run(other)[0]?.role).not.toBe('injured');
  });

  it('a casualty verb with a figure of its own after a unit starts the next clause', () => {
    const text = 'سقط 9 شهداء وأصيب 31 آخرون في القصف.';
    const qs = run(text);
    expect(at(qs, text, '9')?.role).toBe('killed');
    expect(at(qs, text, '31')?.role).toBe('injured');
    // Two casualty nouns joined with no figure of the second are one count of both.
    expect(run('سقط مئات القتلى والجرحى.')[0]?.role).toBe('other');
  });

  it('a dual noun counts two when they are casualties, and is no figure otherwise', () => {
    const text = 'وأعلن المستشفى وفاة شخصين، فيما أصيب جنديان بجروح.';
    const qs = run(text);
    expect(at(qs, text, 'شخصين')).toMatchObject({ value: 2, role: 'killed' });
    expect(at(qs, text, 'جنديان')).toMatchObject({ value: 2, role: 'injured' });
    expect(run('استقبل الوزير شخصين من الوفد.')).toEqual([]);
  });
});
