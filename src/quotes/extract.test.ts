import { describe, expect, it } from 'vitest';
import { extractQuotes, type FoundQuote } from './extract.js';
import { speechLexicon } from './stage.js';
import { type EntityForms, entitiesFrom } from './test-entities.js';

function run(text: string, forms: EntityForms): FoundQuote[] {
  const quotes = extractQuotes({ text, entities: entitiesFrom(text, forms) }, speechLexicon());
  for (const q of quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return quotes;
}

const find = (quotes: FoundQuote[], words: string) => quotes.find((q) => q.text.includes(words));

describe('quotes', () => {
  it('a direct quote in guillemets after a cue and a titled speaker', () => {
    const text = 'وقال وزير الخارجية الأردني أيمن الصفدي للصحفيين: «لن نقبل بتهجير سكان غزة تحت أي ظرف».';
    const [q] = run(text, [['أيمن الصفدي', 'PER']]);
    expect(q).toMatchObject({
      kind: 'direct',
      speaker: 'E1',
      cue: 'وقال',
      text: 'لن نقبل بتهجير سكان غزة تحت أي ظرف',
    });
    expect(q?.speakerText).toBe('وزير الخارجية الأردني أيمن الصفدي');
  });

  it('a quote whose closing mark is missing runs to the end of its paragraph', () => {
    const text =
      'وصرح رئيس البلدية خالد العمري: «سنعيد فتح المدارس الأسبوع المقبل بعد ترميمها\nوفي سياق متصل، أعلنت الوزارة خطة جديدة.';
    const quotes = run(text, [['خالد العمري', 'PER']]);
    const q = find(quotes, 'سنعيد');
    expect(q).toMatchObject({ unclosed: true, speaker: 'E1' });
    expect(q?.text.endsWith('بعد ترميمها')).toBe(true);
  });

  it('a lone quotation mark without a cue is not a quote', () => {
    const text = 'وصفت الصحيفة الاتفاق بأنه «تاريخي\nوتستمر المحادثات غداً.';
    expect(run(text, []).filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('a cue after the quote', () => {
    const text =
      '"الوضع الإنساني في المخيمات يزداد سوءاً يوماً بعد يوم"، قالت المفوضة الأممية ماري كلير في جنيف.';
    const [q] = run(text, [
      ['ماري كلير', 'PER'],
      ['جنيف', 'LOC'],
    ]);
    expect(q).toMatchObject({ speaker: 'E1', cue: 'قالت' });
  });

  it('a continuation cue keeps the previous speaker', () => {
    const text =
      'وقال رئيس الوزراء العراقي محمد شياع السوداني إن "الحكومة ماضية في حصر السلاح بيد الدولة".\n' +
      'وأضاف أن بغداد لن تسمح بتحويل أراضيها إلى ساحة لتصفية الحسابات.';
    const quotes = run(text, [
      ['محمد شياع السوداني', 'PER'],
      ['بغداد', 'LOC'],
    ]);
    const added = find(quotes, 'لن تسمح');
    expect(added).toMatchObject({ kind: 'indirect', speaker: 'E1', cue: 'وأضاف', speakerText: null });
  });

  it('a speaker named only by role is the person established for that role', () => {
    const text =
      'والتقى السفير الروسي الأسبق زامير كابولوف عدداً من المسؤولين في كابل.\n' +
      'وقال الدبلوماسي الروسي إن موسكو "لا ترى بديلاً عن الحوار مع السلطات الأفغانية".';
    const quotes = run(text, [
      ['زامير كابولوف', 'PER'],
      ['كابل', 'LOC'],
      ['موسكو', 'LOC'],
    ]);
    const q = find(quotes, 'لا ترى');
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'الدبلوماسي الروسي' });
  });

  it('a role that fits two people names nobody', () => {
    const text =
      'واستقبل وزير الخارجية المصري بدر عبد العاطي وزير الخارجية الإيراني عباس عراقجي في القاهرة.\n' +
      'وقال الوزير إن "المنطقة لا تحتمل حرباً جديدة".';
    const quotes = run(text, [
      ['بدر عبد العاطي', 'PER'],
      ['عباس عراقجي', 'PER'],
      ['القاهرة', 'LOC'],
    ]);
    expect(find(quotes, 'المنطقة')).toMatchObject({ speaker: null, speakerText: 'الوزير' });
  });

  it('a spokesman of an organisation: the person after the organisation speaks', () => {
    const text = 'وقال المتحدث باسم حركة طالبان ذبيح الله مجاهد إن الحركة ملتزمة بتعهداتها.';
    const [q] = run(text, [
      ['حركة طالبان', 'ORG'],
      ['ذبيح الله مجاهد', 'PER'],
    ]);
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'E2' });
    expect(q?.speakerText).toBe('المتحدث باسم حركة طالبان ذبيح الله مجاهد');
  });

  it('a pronoun-only cue takes the subject person of its sentence', () => {
    const text =
      'من جهته، عقد الرئيس الفرنسي إيمانويل ماكرون اجتماعاً طارئاً، وقال إن فرنسا "لن تقف مكتوفة الأيدي".';
    const quotes = run(text, [
      ['إيمانويل ماكرون', 'PER'],
      ['فرنسا', 'LOC'],
    ]);
    expect(find(quotes, 'مكتوفة')).toMatchObject({ speaker: 'E1', speakerText: null });
  });

  it('a cue followed by a preposition names nobody, and the place is not the speaker', () => {
    const text = 'وقالت في بيان صادر في دمشق إن "الهدنة صامدة حتى الآن رغم الخروقات".';
    const quotes = run(text, [['دمشق', 'LOC']]);
    expect(find(quotes, 'الهدنة')?.speaker).toBeNull();
  });

  it('a place speaks right after its verb', () => {
    const text = 'وقالت موسكو إنها ستدرس المقترح الأمريكي بعناية.';
    expect(run(text, [['موسكو', 'LOC']])[0]).toMatchObject({ speaker: 'E1', kind: 'indirect' });
  });

  it('a quote in brackets only when a cue introduces it', () => {
    const text =
      'وأكد الوزير سامح شكري (نحن لا نتدخل في الشؤون الداخلية لأي دولة). وزار الوفد (بعثة الأمم المتحدة) مقر الوزارة.';
    const quotes = run(text, [['سامح شكري', 'PER']]);
    expect(find(quotes, 'لا نتدخل')).toMatchObject({ speaker: 'E1' });
    expect(find(quotes, 'بعثة')).toBeUndefined();
  });

  it('attribution phrases and reported speech through نقل عن', () => {
    const text =
      'ونقلت وكالة الأنباء الألمانية عن المتحدث العسكري أفيخاي أدرعي قوله إن العملية ستستمر أسابيع.\n' +
      '«لا توجد أي مفاوضات حالياً مع الجانب الآخر»، بحسب مسؤول الملف حسن عبد الغني.';
    const quotes = run(text, [
      ['وكالة الأنباء الألمانية', 'ORG'],
      ['أفيخاي أدرعي', 'PER'],
      ['حسن عبد الغني', 'PER'],
    ]);
    expect(find(quotes, 'العملية')?.speaker).toBe('E2');
    expect(find(quotes, 'مفاوضات')).toMatchObject({ speaker: 'E3', cue: 'بحسب' });
  });

  it('an indirect quote ends where a participle cue opens the next one', () => {
    const text = 'وأكد الرئيس اللبناني جوزاف عون أن الجيش سينتشر في الجنوب، مشيراً إلى أن الاتصالات مستمرة.';
    const quotes = run(text, [['جوزاف عون', 'PER']]);
    expect(quotes.map((q) => q.text)).toEqual(['الجيش سينتشر في الجنوب', 'الاتصالات مستمرة']);
    expect(quotes.map((q) => q.speaker)).toEqual(['E1', 'E1']);
  });

  it('an indirect quote ends before a contrast that opens a second report', () => {
    const text =
      'وقال وزير المالية خالد العلي إن الحكومة ستخفض الضرائب العام المقبل، في حين أكد نواب المعارضة أن الخطة تفتقر إلى التمويل.';
    const quotes = run(text, [['خالد العلي', 'PER']]);
    expect(quotes.map((q) => q.text)).toEqual([
      'الحكومة ستخفض الضرائب العام المقبل',
      'الخطة تفتقر إلى التمويل',
    ]);
    expect(quotes[0]?.speaker).toBe('E1');
  });

  it('a contrast without a reporting verb after it stays inside the quote', () => {
    const text = 'وقال الوزير خالد العلي إن الأسعار ارتفعت في المدن بينما استقرت في الأرياف.';
    const quotes = run(text, [['خالد العلي', 'PER']]);
    expect(quotes.map((q) => q.text)).toEqual(['الأسعار ارتفعت في المدن بينما استقرت في الأرياف']);
  });

  it('short scare quotes without a cue are not quotes', () => {
    const text = 'وتصف الحكومة هذه الجماعات بأنها "إرهابية" وتلاحق عناصرها.';
    expect(run(text, []).filter((q) => q.kind === 'direct')).toEqual([]);
  });
});

describe('names in quotation marks are not quotes', () => {
  it('a name after the noun it names, and the real quote keeps its cue', () => {
    const text =
      'وقال وزير الصحة ماجد الحربي لقناة "المدار" الإخبارية إن "المستشفيات الميدانية استقبلت مئات المرضى منذ الصباح".';
    const quotes = run(text, [['ماجد الحربي', 'PER']]);
    expect(quotes.map((q) => q.text)).toEqual(['المستشفيات الميدانية استقبلت مئات المرضى منذ الصباح']);
    expect(quotes[0]).toMatchObject({ speaker: 'E1', cue: 'وقال' });
  });

  it('a name the tagger knows, an acronym in brackets and a subject before أن', () => {
    const text =
      'وذكرت «رويترز» أن القافلة وصلت. وأفادت هيئة الطيران المدني (هطم) بتعليق الرحلات. ' +
      'وقالت دائرة الأرصاد "سما" إن العاصفة تقترب.';
    const quotes = run(text, [['رويترز', 'ORG']]);
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('a name of four words after a naming noun', () => {
    const text = 'ونقلت وكالة «أنباء الخليج العربي المستقلة» عن مصدر رسمي تأكيده الخبر.';
    expect(run(text, []).filter((q) => q.kind === 'direct')).toEqual([]);
  });

  it('a short quote that is the speaker’s own word stays a quote', () => {
    const text2 = 'وقال النائب سامر الخطيب إن القرار «مجحف».';
    expect(find(run(text2, [['سامر الخطيب', 'PER']]), 'مجحف')).toMatchObject({
      kind: 'direct',
      speaker: 'E1',
    });
  });
});

describe('speakers carried on and named by role', () => {
  it('a continuation carries a speaker the tagger did not name, by the words that named it', () => {
    const text =
      'وقال الحربي لقناة "المدار" إن "الطواقم الطبية انتشرت في كل المخيمات منذ الفجر".\n' +
      'وتابع: "لم نسجل أي حالة خطيرة حتى الآن في المنطقة".';
    const quotes = run(text, []);
    expect(find(quotes, 'لم نسجل')).toMatchObject({ cue: 'وتابع', speakerText: 'الحربي' });
  });

  it('speech reported inside a quote does not change who the next وتابع continues', () => {
    const text =
      'وأضاف الوزير سامر الخطيب أن نظيره قال له إنه سيزور العاصمة قريباً.\n' +
      'وتابع: "نرحب بهذه الزيارة وننتظر نتائجها بفارغ الصبر".';
    const quotes = run(text, [['سامر الخطيب', 'PER']]);
    expect(find(quotes, 'نرحب')).toMatchObject({ speaker: 'E1' });
    expect(quotes.map((q) => q.speakerText)).not.toContain('له');
  });

  it('a verb of saying with no subject continues the person of the previous sentence', () => {
    const text =
      'ووصفت الوزيرة هالة العلي الخطة بأنها طموحة.\nوقالت "سنبدأ التنفيذ في الربيع المقبل دون تأخير".';
    const quotes = run(text, [['هالة العلي', 'PER']]);
    expect(find(quotes, 'سنبدأ')).toMatchObject({ speaker: 'E1', cue: 'وقالت' });
  });

  it('the organisation inside a role phrase is not the speaker', () => {
    const text = 'وقال رئيس نقابة الأطباء إن "المستشفيات تعمل بأكثر من طاقتها منذ أسبوع".';
    const [q] = run(text, [['نقابة الأطباء', 'ORG']]);
    expect(q).toMatchObject({ speaker: null, speakerText: 'رئيس نقابة الأطباء' });
  });

  it('a person named in marks after a role noun is the speaker', () => {
    const text = 'وقال مؤسس حركة الوفاق "منير الساعدي" أمام أنصاره: "لن نتراجع عن مطالبنا مهما طال الوقت".';
    const quotes = run(text, [
      ['حركة الوفاق', 'ORG'],
      ['منير الساعدي', 'PER'],
    ]);
    expect(quotes.map((q) => q.text)).toEqual(['لن نتراجع عن مطالبنا مهما طال الوقت']);
    expect(quotes[0]).toMatchObject({ speaker: 'E2' });
  });

  it('أعرب عن is a verb of saying whose subject stands before it', () => {
    const text =
      'أما الأمين العام للاتحاد يوسف المرزوقي، فقد أعرب عن "قلقه البالغ من تدهور الأوضاع الإنسانية".';
    const [q] = run(text, [['يوسف المرزوقي', 'PER']]);
    expect(q).toMatchObject({ speaker: 'E1', cue: 'أعرب عن' });
  });
});

describe('roles and asides', () => {
  it('a rank word does not keep a later role phrase from its holder', () => {
    const text =
      'استقبل الأمين العام للجامعة نبيل الحسن الوفد صباحاً.\n' +
      'وقال الأمين "نقف مع الشعوب المنكوبة في كل مكان دون استثناء".';
    const quotes = run(text, [['نبيل الحسن', 'PER']]);
    expect(find(quotes, 'نقف مع')).toMatchObject({ speaker: 'E1', speakerText: 'الأمين' });
    const text2 =
      'استقبل الأمين للجامعة نبيل الحسن الوفد صباحاً.\n' +
      'وقال الأمين العام "نقف مع الشعوب المنكوبة في كل مكان دون استثناء".';
    expect(find(run(text2, [['نبيل الحسن', 'PER']]), 'نقف مع')).toMatchObject({ speaker: 'E1' });
  });

  it('an attribution between commas after the verb of saying does not name the speaker', () => {
    const text =
      'وقالت القاضية ليلى منصور إن المحكمة ستنظر، بحسب الأنظمة المرعية، في الطعون "خلال مدة لا تتجاوز أسبوعين".';
    const quotes = run(text, [['ليلى منصور', 'PER']]);
    expect(find(quotes, 'خلال مدة')).toMatchObject({ cue: 'وقالت', speaker: 'E1' });
  });
});

describe('quotes that share a sentence, and names with titles', () => {
  it('a short quote a few words after another in its sentence shares its speaker', () => {
    const text = 'وقال المدرب وليد الزين إن لاعبيه «جاهزون للتحدي» من أجل «اللقب الأول» هذا الموسم.';
    const quotes = run(text, [['وليد الزين', 'PER']]);
    expect(find(quotes, 'اللقب الأول')).toMatchObject({ kind: 'direct', speaker: 'E1', cue: 'وقال' });
  });

  it('a name with its titles in marks is not a quote, a phrase ending in a place is', () => {
    const text = 'التقى الوفد بإمام المسجد «سماحة الشيخ حسن الموسوي» ظهر اليوم.';
    expect(run(text, [['حسن الموسوي', 'PER']]).filter((q) => q.kind === 'direct')).toEqual([]);
    const text2 = 'ووصفت الصحف الهجوم بأنه «ضربة موجعة لاقتصاد لبنان» في افتتاحياتها.';
    expect(find(run(text2, [['لبنان', 'LOC']]), 'ضربة موجعة')).toBeDefined();
  });
});

describe('a quote over several paragraphs', () => {
  it('each paragraph that opens with a mark after an unclosed quote goes on with its speaker', () => {
    const text =
      'وقالت الجمعية في بيانها: «وزعنا خلال الأسبوع الماضي آلاف السلال الغذائية على الأسر النازحة\n\n' +
      '«وسنواصل العمل في المناطق الجبلية رغم صعوبة الطرق هناك\n\n' +
      '«ونشكر كل المتطوعين الذين ساعدونا في هذه الحملة».\n\n' +
      '«هذا سطر لا يسبقه اقتباس مفتوح ولا فعل قول في فقرته».';
    const quotes = run(text, [['الجمعية', 'ORG']]);
    for (const words of ['وسنواصل العمل', 'ونشكر كل']) {
      expect(find(quotes, words)).toMatchObject({ kind: 'direct', speaker: 'E1', cue: 'وقالت' });
    }
    expect(find(quotes, 'هذا سطر')).toMatchObject({ speaker: null, cue: null });
  });
});

describe('speakerText holds the name or the role, never a pronoun', () => {
  it('a pronoun object after the verb is skipped: the speaker follows it', () => {
    const text = 'وهذا ما أفاد به مدير الميناء سليم داود في تصريح مقتضب أن "الرصيف سيفتح غداً أمام السفن".';
    const quotes = run(text, [['سليم داود', 'PER']]);
    expect(find(quotes, 'الرصيف')).toMatchObject({ speaker: 'E1', speakerText: 'مدير الميناء سليم داود' });
  });

  it('a name in marks keeps both marks in speakerText', () => {
    const text = 'وقال مؤسس حركة الوفاق "منير الساعدي" أمام أنصاره: "لن نتراجع عن مطالبنا مهما طال الوقت".';
    const [q] = run(text, [
      ['حركة الوفاق', 'ORG'],
      ['منير الساعدي', 'PER'],
    ]);
    expect(q?.speakerText).toBe('مؤسس حركة الوفاق "منير الساعدي"');
  });
});

describe('who speaks: addressees, statements and organisations named again', () => {
  it('a name glued to a preposition is who was told, not who spoke', () => {
    const text =
      'وقال موظف في الميناء لوكالة الأنباء الألمانية إن "الرافعات توقفت عن العمل".\n' +
      'وقال لرويترز ضابط في خفر السواحل إن "القارب غرق قرب الشاطئ".';
    const quotes = run(text, [
      ['وكالة الأنباء الألمانية', 'ORG'],
      ['رويترز', 'ORG'],
    ]);
    expect(find(quotes, 'الرافعات')).toMatchObject({ speaker: null, speakerText: 'موظف' });
    expect(find(quotes, 'القارب')).toMatchObject({ speaker: null, speakerText: 'ضابط' });
  });

  it('a verb form with the article or after عدم is a noun, not the cue', () => {
    const text = 'وصرح موظف رفض الكشف عن اسمه وطلب عدم ذكر منصبه: «الأجور لم تصرف منذ شهرين».';
    const [q] = run(text, []);
    expect(q?.cue).toBe('وصرح');
    expect(q?.speakerText?.startsWith('موظف')).toBe(true);
  });

  it('an organisation named again by its head noun is the one named last', () => {
    const text =
      'واستدعت وزارة الخارجية الكويتية السفير. وقالت الوزارة في بيانها: «لن نقبل المساس بسيادتنا».\n' +
      'وأصدرت حركة النهضة بياناً. وأضافت الحركة أن "الانتخابات لم تكن نزيهة".';
    const quotes = run(text, [
      ['وزارة الخارجية الكويتية', 'ORG'],
      ['حركة النهضة', 'ORG'],
    ]);
    expect(find(quotes, 'المساس')).toMatchObject({ speaker: 'E1', speakerText: 'الوزارة' });
    expect(find(quotes, 'الانتخابات')).toMatchObject({ speaker: 'E2', speakerText: 'الحركة' });
  });

  it('a head noun that is a role or has words after it refers to no organisation', () => {
    const text =
      'زار وفد من وزارة الزراعة المزارع. وقالت الوزارة الأخرى إن "الموسم جيد". وقال الوزير إن "الأسعار ستنخفض".';
    const quotes = run(text, [['وزارة الزراعة', 'ORG']]);
    expect(find(quotes, 'الموسم')?.speaker).toBeNull();
    expect(find(quotes, 'الأسعار')?.speaker).toBeNull();
  });

  it('a statement or a saying stands before who made it', () => {
    const text =
      '"الحدود ستبقى مفتوحة أمام الشاحنات"، بحسب بيان لهيئة المعابر.\n' +
      'ونقلت الإذاعة عن قول مزارع من الجنوب إن "المحصول هذا العام ضعيف".';
    const quotes = run(text, [['هيئة المعابر', 'ORG']]);
    expect(find(quotes, 'الحدود')).toMatchObject({ speaker: 'E1', speakerText: 'هيئة المعابر' });
    expect(find(quotes, 'المحصول')).toMatchObject({ speaker: null, speakerText: 'مزارع من الجنوب' });
  });

  it('the verb restated after ما is not part of the speaker', () => {
    const text = 'ووفق ما أعلنه المتحدث باسم البلدية رامي يوسف، فإن "المياه ستعود مساء الغد".';
    const [q] = run(text, [['رامي يوسف', 'PER']]);
    expect(q).toMatchObject({ speaker: 'E1', speakerText: 'المتحدث باسم البلدية رامي يوسف' });
  });

  it('a person after a place inside a role phrase speaks', () => {
    const text = 'وقالت المتحدثة باسم بلدية طرابلس هدى الكيلاني إن "الطرقات فتحت جميعها".';
    const [q] = run(text, [
      ['طرابلس', 'LOC'],
      ['هدى الكيلاني', 'PER'],
    ]);
    expect(q?.speaker).toBe('E2');
  });

  it('a name in marks right after the verb speaks, and a post is introduced by كتب', () => {
    const text =
      'ونشرت "الأناضول" خبراً عاجلاً بعنوان: "انفجار في مستودع للوقود".\n' +
      'وكتب أحد النواب على حسابه: «لن أصوت لهذه الميزانية».';
    const quotes = run(text, [['الأناضول', 'ORG']]);
    expect(find(quotes, 'انفجار')?.speaker).toBe('E1');
    expect(find(quotes, 'لن أصوت')).toMatchObject({ cue: 'وكتب', speakerText: 'أحد النواب' });
  });

  it('speakerText stops before a clause about the speaker, an object or a saying noun', () => {
    const text =
      'وقال رجل مسن وهو يقف أمام بيته: «لم يبق لنا شيء».\n' +
      'ونقلت القناة عن سكان قولهم إن "الماء مقطوع".\n' +
      'ونشرت صفحات محلية صوراً تظهر "طوابير طويلة أمام المخابز".';
    const quotes = run(text, []);
    expect(find(quotes, 'لم يبق')?.speakerText).toBe('رجل مسن');
    expect(find(quotes, 'الماء')?.speakerText).toBe('سكان');
    expect(find(quotes, 'طوابير')?.speakerText).toBe('صفحات محلية');
  });
});

describe('verbs of stance and a verb restated after the quote', () => {
  it('دعا، أشاد، أعرب … عن put the subject’s words in marks', () => {
    const text =
      'ودعت نقابة الأطباء إلى "توفير الحماية للطواقم الطبية فوراً".\n' +
      'وأعرب مجلس التعاون الخليجي عن "ارتياحه لنتائج الحوار".\n' +
      'وطالب اتحاد العمال بـ"رفع الحد الأدنى للأجور".';
    const quotes = run(text, [
      ['نقابة الأطباء', 'ORG'],
      ['مجلس التعاون الخليجي', 'ORG'],
      ['اتحاد العمال', 'ORG'],
    ]);
    expect(find(quotes, 'الحماية')?.speaker).toBe('E1');
    expect(find(quotes, 'ارتياحه')?.speaker).toBe('E2');
    expect(find(quotes, 'الحد الأدنى')?.speaker).toBe('E3');
  });

  it('هذا ما قاله after a quote names its speaker; a verb in a relative clause does not', () => {
    const text =
      '«المدارس ستفتح في موعدها»، هذا ما أكده مدير التربية سمير خليل.\n' +
      'وقال سمير خليل إن العام سيكون صعباً، وأضاف في كلمة نشرها مكتب الإعلام: «لدينا نقص في المعلمين».';
    const quotes = run(text, [['سمير خليل', 'PER']]);
    expect(find(quotes, 'المدارس')).toMatchObject({ speaker: 'E1', speakerText: 'مدير التربية سمير خليل' });
    expect(find(quotes, 'نقص')?.speaker).toBe('E1');
  });
});

describe('who speaks when the sentence does not say', () => {
  it('a continuation cue keeps the speaker across a sub-heading', () => {
    const text =
      'وقال وزير الزراعة عادل الحسيني إن موسم القمح سيتأخر أسبوعين.\n' +
      'أزمة المياه\n' +
      'وتابع: «لن نسمح بانقطاع الخبز عن أي بيت».';
    const quotes = run(text, [['عادل الحسيني', 'PER']]);
    expect(find(quotes, 'انقطاع الخبز')).toMatchObject({ speaker: 'E1', cue: 'وتابع' });
  });

  it('a sub-heading does not stretch a plain cue past the next paragraph', () => {
    const text =
      'وقال وزير الزراعة عادل الحسيني إن موسم القمح سيتأخر.\n' +
      'ويعتمد البلد على استيراد نصف حاجته من الحبوب منذ سنوات طويلة.\n' +
      'ولا تزال الأسعار مرتفعة في الأسواق الشعبية رغم تدخل الدولة بالدعم.\n' +
      'وقال: «الأسعار ستنخفض قريباً جداً».';
    const quotes = run(text, [['عادل الحسيني', 'PER']]);
    expect(find(quotes, 'ستنخفض')?.speaker).toBeNull();
  });

  it('a paragraph that names someone new gives its وقال to that one', () => {
    const text =
      'وقال رئيس البلدية سمير الأحمد: «الشوارع ستفتح غداً».\n' +
      'الجامعة\n' +
      'وزار رئيس الجامعة فؤاد النجار المباني المتضررة. وقال عبر حسابه: «سنستأنف الدروس عن بعد».';
    const quotes = run(text, [
      ['سمير الأحمد', 'PER'],
      ['فؤاد النجار', 'PER'],
    ]);
    expect(find(quotes, 'الدروس')?.speaker).toBe('E2');
  });

  it('a person named inside what was reported is no newcomer', () => {
    const text =
      'وقال المبعوث الأممي كريم داود إن الطرفين وافقا على الهدنة.\n' +
      'ولفت إلى أن القائد الميداني نادر سلوم تعهد باحترامها. وأضاف أن المراقبين سيصلون الأحد.';
    const quotes = run(text, [
      ['كريم داود', 'PER'],
      ['نادر سلوم', 'PER'],
    ]);
    expect(find(quotes, 'المراقبين')?.speaker).toBe('E1');
  });

  it('a participle takes the subject of the verb right before it', () => {
    const text =
      'فيما أعلن زعيم المتمردين صابر العلي سيطرته على المطار، وحذر وزير الدفاع مراد الشامي من الفوضى، متوعداً بـ«رد حاسم على كل من يحمل السلاح».';
    const quotes = run(text, [
      ['صابر العلي', 'PER'],
      ['مراد الشامي', 'PER'],
    ]);
    expect(find(quotes, 'رد حاسم')).toMatchObject({ speaker: 'E2', cue: 'متوعداً' });
  });

  it('the role phrase that opens the sentence is its subject when no name is tagged', () => {
    const text = 'واستقبلت وزيرة الثقافة الجديدة وفداً من الفنانين، وقالت إن «المسارح ستفتح أبوابها مجاناً».';
    const [q] = run(text, []);
    expect(q).toMatchObject({ speaker: null, speakerText: 'وزيرة الثقافة الجديدة' });
  });

  it('an accusation in marks is the accuser’s, and the accused is not the speaker', () => {
    const text = 'واتهم الرئيس الفنزويلي زعيم المعارضة خوان بيريز بتدبير «مؤامرة ضد الوطن».';
    const [q] = run(text, [['خوان بيريز', 'PER']]);
    expect(q).toMatchObject({ cue: 'واتهم', speaker: null, speakerText: 'الرئيس الفنزويلي' });
  });

  it('a role phrase ends before the object of its verb', () => {
    const text =
      'وتعهد رئيس الحكومة بـ«إعادة الإعمار خلال عام». وانتقد الوزير الليبي القرار لأنه «متسرع وغير مدروس».';
    const quotes = run(text, []);
    expect(find(quotes, 'الإعمار')?.speakerText).toBe('رئيس الحكومة');
    expect(find(quotes, 'متسرع')?.speakerText).toBe('الوزير الليبي');
  });

  it('after a verb with its preposition, the next noun is what is spoken of, not who speaks', () => {
    const text =
      'والتقى المحافظ هشام الكردي أهالي القرية، وحذر من «كارثة إذا لم تصل المعونات».\n' +
      'وعبّر عن أمله في أن «تعود الحياة إلى طبيعتها».';
    const quotes = run(text, [['هشام الكردي', 'PER']]);
    expect(find(quotes, 'كارثة')).toMatchObject({ speaker: 'E1' });
    expect(find(quotes, 'الحياة')).toMatchObject({ speaker: 'E1' });
  });

  it('على حد قول after a quote names its speaker', () => {
    const text = '«المدينة لم تعرف مثل هذا البرد منذ عقود»، على حد قول رئيس مرصد الطقس المحلي.';
    const [q] = run(text, []);
    expect(q).toMatchObject({ cue: 'على حد قول', speakerText: 'رئيس مرصد الطقس المحلي' });
  });
});

describe('statements speak through their issuer', () => {
  it('وأضاف البيان goes back to whoever issued the statement', () => {
    const text =
      'وقالت هيئة الموانئ في بيان إن الملاحة عادت إلى طبيعتها. وأضاف البيان أن «السفن المحتجزة ستغادر خلال ساعات».';
    const quotes = run(text, [['هيئة الموانئ', 'ORG']]);
    expect(find(quotes, 'المحتجزة')).toMatchObject({ speaker: 'E1', speakerText: 'البيان' });
  });

  it('جاء في and جاء فيه point at the statement last mentioned', () => {
    const text =
      'وأصدرت رابطة الأطباء بياناً مساء الأحد جاء فيه: «نرفض العمل في ظل هذه الظروف».\n' +
      'وجاء في البيان أيضاً: «الإضراب سيستمر حتى تلبية المطالب».';
    const quotes = run(text, [['رابطة الأطباء', 'ORG']]);
    expect(find(quotes, 'نرفض')?.speaker).toBe('E1');
    expect(find(quotes, 'الإضراب')?.speaker).toBe('E1');
  });

  it('a statement with no issuer in sight names nobody', () => {
    const text = 'وقال البيان إن «المفاوضات ستستأنف الشهر المقبل».';
    expect(run(text, [])[0]).toMatchObject({ speaker: null, speakerText: 'البيان' });
  });
});

describe('the speaker’s words hold the name only', () => {
  it('a mark right after the name opens the quote and is not part of the name', () => {
    const text = 'وقال المدير التنفيذي للصندوق كمال يوسف “التمويل سيصل إلى المزارعين قبل الربيع”.';
    const [q] = run(text, [['كمال يوسف', 'PER']]);
    expect(q?.speakerText).toBe('المدير التنفيذي للصندوق كمال يوسف');
  });

  it('a name that the tagger ran into بأن loses the complementizer', () => {
    const text = 'وصرح رئيس الاتحاد منير صالح بأن "البطولة ستقام في موعدها".';
    const [q] = run(text, [['منير صالح بأن', 'PER']]);
    expect(q?.speakerText).toBe('رئيس الاتحاد منير صالح');
  });
});

describe('quotation marks typed the wrong way round', () => {
  it('”…“ and »…« are quotes', () => {
    const text = 'وقالت الممرضة سلمى داود: ”لم ننم منذ يومين“. وأضافت: »الأدوية تنفد بسرعة«.';
    const quotes = run(text, [['سلمى داود', 'PER']]);
    expect(quotes.map((q) => q.text)).toEqual(['لم ننم منذ يومين', 'الأدوية تنفد بسرعة']);
    expect(quotes.map((q) => q.speaker)).toEqual(['E1', 'E1']);
  });

  it('a closing mark left from the previous paragraph does not pair with the next opening one', () => {
    const text =
      'وقال المهندس طارق حمدان: «الجسر يحتاج إلى ترميم شامل\n' +
      'وقد يستغرق العمل عاماً كاملاً». وأضاف: «الكلفة لم تحدد بعد».';
    const quotes = run(text, [['طارق حمدان', 'PER']]);
    expect(find(quotes, 'الكلفة')?.text).toBe('الكلفة لم تحدد بعد');
    expect(quotes.some((q) => q.text.includes('وأضاف'))).toBe(false);
  });
});
