/**
 * Many phrasings of each figure role, written for Rasd (not taken from any page): the rules must
 * read a role from how Arabic news says it, not from the few sentences they were tuned on. Each row
 * is one sentence and the roles of its figures in order; a row that fails names its sentence.
 */
import { describe, expect, it } from 'vitest';
import { buildPipeline } from '../core/pipeline.js';
import { segmentStage } from '../segment/stage.js';
import { numberStage } from '../text/number-stage.js';
import { sentenceStage } from '../text/sentence-stage.js';
import { wordStage } from '../text/word-stage.js';
import { extractQuantities } from './extract.js';
import { quantityLexicon } from './stage.js';

const pipeline = buildPipeline([segmentStage, sentenceStage, wordStage, numberStage]);

/** The figures of one sentence as `role` (and `min-max` for a range), read with the shared parsers. */
function roles(text: string): string[] {
  const doc = pipeline.run({ text }, {});
  const figures = extractQuantities(
    { text, numbers: doc.get('numbers'), sentences: doc.get('sentences'), words: doc.get('words') },
    quantityLexicon(),
  );
  return figures.map((q) =>
    q.value === null && q.max !== undefined ? `${q.role}:${q.min}-${q.max}` : `${q.role}`,
  );
}

const TABLE: Record<string, [string, string[]][]> = {
  'the counted noun': [
    ['أعلنت السلطات سقوط 25 قتيلاً في الفيضانات التي اجتاحت الإقليم.', ['killed']],
    ['سجلت المستشفيات 14 وفاة منذ صباح الأحد.', ['killed']],
    ['عثر رجال الإنقاذ على 11 جثة تحت الأنقاض.', ['killed']],
    ['نقل 45 مصاباً إلى المستشفيات القريبة.', ['injured']],
    ['أسفر الحادث عن 16 جريحاً بينهم حالات حرجة.', ['injured']],
    ['تبحث فرق الإنقاذ عن 9 مفقودين في البحر.', ['missing']],
    ['أفرجت السلطات عن 150 أسيراً في صفقة التبادل.', ['arrested']],
    ['يقبع 5000 معتقل في السجون منذ سنوات.', ['arrested']],
    ['ما زال 2000 محتجز في سجون الاحتلال.', ['arrested']],
    ['تؤوي المخيمات 40 ألف نازح في ظروف صعبة.', ['displaced']],
    ['نشرت الوزارة 600 جندي على الحدود.', ['fighters']],
    ['خلف الحادث 4 قتلى و27 جريحاً.', ['killed', 'injured']],
    ['شارك 2000 متظاهر في المسيرة.', ['other']],
    ['يعمل في الشركة 5000 موظف.', ['other']],
  ],
  'a toll or count named before the figure': [
    ['ارتفعت حصيلة القتلى إلى 63 بعد انتشال جثث جديدة.', ['killed']],
    ['بلغ عدد الضحايا 112 حتى مساء اليوم.', ['killed']],
    ['ارتفع عدد المصابين إلى 210 وفق وزارة الصحة.', ['injured']],
    ['بلغ عدد المفقودين 37 حتى الآن.', ['missing']],
    ['ارتفع عدد المعتقلين إلى 400 منذ بدء الاحتجاجات.', ['arrested']],
    ['بلغ عدد النازحين 120 ألفاً في المخيمات.', ['displaced']],
    ['وصل عدد القتلى في البلاد منذ بدء الاشتباكات إلى 310.', ['killed']],
    ['أعلنت الوزارة ارتفاع حصيلة ضحايا الزلزال إلى 4300.', ['killed']],
    ['عدد الجرحى تجاوز 5 آلاف بحسب الصليب الأحمر.', ['injured']],
  ],
  'a verb first, with its subject or a date before the figure': [
    ['قتلت غارات الطيران في الأسبوع الماضي نحو 30 شخصاً في البلدة.', ['killed']],
    ['قتل مسلحون مجهولون فجر الثلاثاء 7 مزارعين في قرية نائية.', ['killed']],
    ['قتلت الشرطة في الأيام الثلاثة الماضية 14 محتجاً.', ['killed']],
    ['أصابت القذائف صباح اليوم 40 مدنياً في السوق.', ['injured']],
    ['اعتقلت قوات الأمن 60 محتجاً في العاصمة.', ['arrested']],
    ['احتجزت الشرطة 40 ناشطاً بعد المسيرة.', ['arrested']],
    ['أسرت الفصائل 3 جنود في الاشتباك.', ['arrested']],
    ['هجرت الحرب 2 مليون شخص.', ['displaced']],
    ['شردت السيول 900 أسرة.', ['displaced']],
    ['أجلت السلطات 2000 من السكان.', ['displaced']],
  ],
  'a verb in any person and number (feminine, plural)': [
    ['توفيت 4 نساء بسبب الحر.', ['killed']],
    ['غرقت 6 فتيات في النهر.', ['killed']],
    ['استشهدت 3 سيدات في القصف.', ['killed']],
    ['قضى 8 أشخاص في انهيار أرضي ضرب القرية.', ['killed']],
    ['قضت 4 عاملات في الحادث.', ['killed']],
    ['جرحت 8 عاملات في انهيار السقف.', ['injured']],
    ['نزحت 700 عائلة من المنطقة.', ['displaced']],
    ['لجأ 60 ألف شخص إلى المدارس.', ['displaced']],
    ['غادر أكثر من مليون شخص البلاد هرباً من الحرب.', ['displaced']],
  ],
  'the passive and a fate stated after the figure': [
    ['لقي 12 شخصاً حتفهم في حادث سير على الطريق الدولي.', ['killed']],
    ['لقيت 5 سيدات حتفهن في الحريق.', ['killed']],
    ['لقي 5 عمال مصرعهم إثر انهيار سقف المصنع.', ['killed']],
    ['أصيب 30 شخصاً بجروح متفاوتة في الانفجار.', ['injured']],
    ['أصيبت 6 نساء بحروق في الحريق.', ['injured']],
    ['تم توقيف 8 أشخاص على خلفية الأحداث.', ['arrested']],
    ['لا يزال 14 شخصاً في عداد المفقودين.', ['missing']],
    ['ما زال مصير 60 شخصاً مجهولاً.', ['missing']],
    ['قال الدفاع المدني إن 33 شخصاً لقوا حتفهم.', ['killed']],
    ['بات 300 ألف شخص بلا مأوى بعد الكارثة.', ['displaced']],
    ['نحو 300 ألف شخص أصبحوا بلا مأوى.', ['displaced']],
    ['أعدم 7 أشخاص فجر اليوم.', ['other']],
    ['ارتقى 6 شهداء وأصيب 20 آخرون.', ['killed', 'injured']],
    ['وأكد مصدر طبي وفاة شخصين متأثرين بجراحهما.', ['killed']],
    ['لقي شقيقان حتفهما غرقاً.', ['killed']],
  ],
  'a count of 100 or more, whose noun is singular without the accusative alef': [
    ['شارك 300 طالب في المسابقة الوطنية.', ['other']],
    ['اعتصم 500 عامل أمام مقر الشركة.', ['other']],
    ['وصل 800 مهاجر إلى الجزيرة خلال يومين.', ['other']],
    ['قتل 150 مدني في الغارات على الأحياء السكنية.', ['killed']],
    ['أصيب 120 فلسطيني بالرصاص الحي.', ['injured']],
    ['دمرت السيول 200 منزل في القرى الجبلية.', ['null']],
  ],
  'money in currencies beyond the dollar and the riyal': [
    ['بلغت ديون الشركة 5 مليارات فرنك.', ['money']],
    ['يتقاضى العامل 10 آلاف روبية في الشهر.', ['money']],
    ['قدرت كلفة الجسر بـ 800 مليون تومان.', ['money']],
    ['ارتفع معدل البطالة 0.5 نقطة مئوية.', ['percent']],
  ],
  'teams counted as people': [
    ['شارك 40 فريقا في عمليات البحث.', ['other']],
    ['وصل 16 فريق إنقاذ من دول مختلفة.', ['other']],
  ],
  'a role cue far before the figure, past a long place or relative clause': [
    ['قتل في الهجوم الذي استهدف سوقا شعبيا في وسط المدينة صباح الجمعة 18 شخصا.', ['killed']],
    ['أصيب جراء انفجار العبوة الناسفة التي زرعت على جانب الطريق 6 جنود.', ['injured']],
    ['قتل، بحسب مصادر محلية، 13 شخصا في القصف.', ['killed']],
    ['أصيب، وفق حصيلة أولية، 22 شخصا في الحريق.', ['injured']],
  ],
  'arrests in the words of police news': [
    ['تمكنت الشرطة من ضبط 7 متهمين بسرقة المحال.', ['arrested']],
    ['تم إيقاف 5 أشخاص من أجل السرقة.', ['arrested']],
    ['وضع 3 مشتبه بهم تحت الحراسة النظرية.', ['arrested']],
    ['ضبطت الدوريات 14 مخالفا لنظام الإقامة.', ['arrested']],
    ['ضبطت الجمارك 40 طنا من السلع المهربة.', ['null']],
    ['قررت اللجنة إيقاف اللاعب 3 مباريات.', ['null']],
  ],
  'the missing in the passive': [
    ['فقد 4 صيادين إثر غرق قاربهم قبالة الساحل.', ['missing']],
    ['وفقد 11 مهاجرا بعد انقلاب المركب.', ['missing']],
    ['فقد تجاوز عدد القتلى 40 شخصا.', ['killed']],
    ['فقد ارتفع العدد إلى 12 مصابا.', ['injured']],
  ],
  'leaving or losing home': [
    ['أجبر القتال 15 ألف أسرة على مغادرة منازلها.', ['displaced']],
    ['اضطر 3 آلاف شخص إلى ترك بيوتهم بسبب الفيضان.', ['displaced']],
    ['قال المحافظ إن نحو 250 ألف شخص فقدوا منازلهم في الانفجار.', ['displaced']],
  ],
  'tolls in the nominative, each role before its figure': [
    ['القتلى 180 والجرحى 6500 والمفقودون 30 حتى مساء أمس.', ['killed', 'injured', 'missing']],
    ['وبلغ عدد المصابين 70، والمعتقلون 12.', ['injured', 'arrested']],
  ],
  'crews of civil bodies and other people at work are no fighters': [
    ['وبين القتلى 10 من عناصر الإطفاء.', ['killed']],
    ['أرسلت فرنسا 55 عنصرا من الدفاع المدني للمساعدة في البحث.', ['other']],
    ['وصل 30 عنصرا من الهلال الأحمر إلى الموقع.', ['other']],
    ['قتل 4 عناصر من الدفاع المدني في القصف.', ['killed']],
    ['نشر الجيش 3000 عنصر في شوارع العاصمة.', ['fighters']],
    ['انضم 200 متطوع إلى حملة الإغاثة.', ['other']],
    ['وصل 15 خبيرا دوليا للمشاركة في التحقيق.', ['other']],
  ],
  'a few tens or hundreds, and a hundred as a threshold': [
    ['أصيب بضع عشرات من المحتجين بحالات اختناق.', ['injured']],
    ['نزح بضعة آلاف من السكان نحو الشمال.', ['displaced']],
    ['تجاوز عدد القتلى المئة بحسب مصادر طبية.', ['killed']],
    ['ارتفعت البطالة إلى 12 في المئة.', ['percent']],
  ],
  'a fate told around the figure, and a verb and its object before it': [
    ['فارق 4 مسنين الحياة في دار الرعاية بسبب انقطاع التكييف.', ['killed']],
    ['فارقت الحياة 3 ممرضات إثر الحريق.', ['killed']],
    ['لفظ 6 مهاجرين أنفاسهم الأخيرة في الصحراء.', ['killed']],
    ['فاز الفريق بفارق 5 نقاط عن أقرب منافسيه.', ['null']],
  ],
  'two casualties joined after the figure, unless the second has its own figure': [
    ['سقط في المواجهات 25 بين قتيل وجريح.', ['other']],
    ['قال المسؤول إن 40 شخصاً لقوا حتفهم وأصيب أكثر من 300 آخرين.', ['killed', 'injured']],
  ],
  'arrests, the missing and the sheltered in more words': [
    ['قررت المحكمة حبس 6 موظفين في قضية الرشوة.', ['arrested']],
    ['بلغ عدد من تم اعتقالهم منذ الأحد 210.', ['arrested']],
    ['فقد أثر 9 غواصين قرب الجزيرة.', ['missing']],
    ['تتولى البلدية إيواء 120 عائلة في قاعة رياضية.', ['displaced']],
  ],
  'labels, the Arabic per cent sign and short units': [
    ['سجل المهاجم هدفه في الدقيقة 77 أمام 30 ألف متفرج.', ['other']],
    ['انقلبت شاحنة عند الكيلومتر 120 وأصيب سائقها.', []],
    ['سجلت البطالة 9٪ في الربع الثالث.', ['percent']],
    ['قدرت الأضرار بـ 300 مليار ين.', ['money']],
    ['يشارك في المعرض 180 مستفيدا من البرنامج.', ['other']],
  ],
  'people in the plural the list does not name, and the hospitalised': [
    ['أعلنت الشركة تسريح 500 من موظفيها.', ['other']],
    ['أحصت الجمعية 700 متضررين من السيول.', ['other']],
    ['قتل 4 من موظفي الإغاثة في القصف.', ['killed']],
    ['وضع 16 من موظفي الجمارك قيد الإقامة الجبرية.', ['arrested']],
    ['شيدت البلدية 12 ميادين.', ['null']],
    ['نقل أكثر من 300 شخص إلى المستشفيات.', ['injured']],
    ['ما زال 40 شخصاً يتلقون العلاج في المستشفيات.', ['injured']],
    ['تم إسعاف 25 شخصا في عين المكان.', ['injured']],
    ['يعمل في المستشفى 300 طبيب.', ['other']],
  ],
  'a word behind و is the next toll, not the noun of the figure before': [
    ['ارتفع عدد القتلى إلى 178 والمفقودين إلى 30.', ['killed', 'missing']],
    ['بلغت حصيلة القتلى 171 والجرحى 6000.', ['killed', 'injured']],
  ],
  'a fate told after people named by who they are': [
    ['لقي 5 جنود حتفهم في الكمين.', ['killed']],
    ['ما زال 3 جنود مفقودين منذ المعركة.', ['missing']],
    ['3 جنود جرحى في انفجار لغم', ['injured']],
    ['وأضاف أن 14 جندياً أصيبوا بجروح.', ['injured']],
    ['فيما لا يزال 12 عنصراً من الدفاع المدني في عداد المفقودين.', ['missing']],
    ['لا يزال 7 من عناصر فوج الإطفاء مفقودين.', ['missing']],
    ['فقد الاتصال بـ 10 من رجال الإطفاء.', ['missing']],
    ['تضم الجماعة 3000 مقاتل قتل منهم 200.', ['fighters', 'killed']],
    ['أعلن الجيش أن 9 من جنوده قتلوا وأصيب 61 آخرون.', ['killed', 'injured']],
    ['نشرت الوزارة 600 جندي على الحدود.', ['fighters']],
    ['سقط في المعارك مئات القتلى والجرحى.', ['other']],
  ],
  ranges: [
    ['تضم الجماعة ما بين 3000 و4000 مقاتل.', ['fighters:3000-4000']],
    ['يبلغ تعداد القوة 3000 - 4000 مقاتل.', ['fighters:3000-4000']],
    ['ولا يزال 30 إلى 40 في عداد المفقودين.', ['missing:30-40']],
    ['قدرت قيمة الأضرار بما بين 10 و15 مليار دولار.', ['money:10000000000-15000000000']],
  ],
  'parts of a total and breakdowns': [
    ['قتل 40 شخصاً من بينهم 12 طفلاً في الغارة.', ['killed', 'killed']],
    ['أصيب 90 شخصاً، منهم 15 في حالة خطرة.', ['injured', 'injured']],
    ['بلغت حصيلة القتلى 265، منهم 170 في المحافظة الأولى، و95 في الثانية.', ['killed', 'killed', 'killed']],
    ['ارتفع عدد القتلى إلى 41 ألفاً، بينهم 5 آلاف في سوريا.', ['killed', 'killed']],
  ],
};

describe('figure roles over many phrasings', () => {
  for (const [group, rows] of Object.entries(TABLE)) {
    it(group, () => {
      const wrong = rows
        .map(([text, expected]) => ({ text, expected, got: roles(text) }))
        .filter((row) => row.got.join() !== row.expected.join());
      expect(wrong).toEqual([]);
    });
  }
});
