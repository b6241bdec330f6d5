import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../analyze/analyze.js';
import { loadLanguageData } from '../data/language-data.js';
import { SpeechDataSchema } from './lexicon.js';

const cueData = loadLanguageData('ar/speech-cues', SpeechDataSchema);

/**
 * Issue 21: `speakerText` is the speaker as written (a name or a role phrase), never the cue
 * before it, a conjunction, `قول` or a bare pronoun, and always words of the text itself.
 */
const CASES: [string, string][] = [
  ['colon after a cue and a name', 'وقال رئيس البلدية سامي الحداد: «سنفتح الطريق الساحلي خلال أيام».'],
  ['a closing colon lead', 'وختم نبيل القاسم حديثه بالقول: «لن نتراجع عن مطالبنا المشروعة».'],
  ['a reply with a colon', 'ورد منافسه كريم العبيدي: «هذه الأرقام لا تعكس الواقع في الميدان».'],
  ['a spokesman with a colon', 'وأضاف المتحدث باسم وزارة الداخلية: «تم توقيف ثلاثة مشتبه بهم».'],
  ['a role phrase with a name', 'وأكد وزير المالية التونسي منير الشابي: «الميزانية تحتاج إلى مراجعة شاملة».'],
  ['a feminine cue', 'وقالت المفوضة الأوروبية لينا فوغل: «المساعدات ستصل قبل نهاية الشهر».'],
  ['a cue with ف', 'فقال رئيس الاتحاد جمال بن صالح: «المباراة ستقام في موعدها».'],
  ['a quote reported through a source', 'ونقلت وكالة الأنباء عن عمر الفاسي قوله: «الوضع تحت السيطرة الآن».'],
  ['a headline-like colon lead', 'رئيس الحكومة هشام الطاهري: «لا زيادة في أسعار الخبز هذا العام».'],
  ['a cue after the quote', '«سنواصل العمل حتى تعود الكهرباء»، قال مدير الشركة فادي الخوري.'],
  ['an added point', 'وتابع المتحدث باسم الجيش: «العملية انتهت دون خسائر بين المدنيين».'],
  ['a statement', 'وأعلنت وزارة الصحة في بيان: «ارتفع عدد المصابين إلى أربعين».'],
  ['a warning', 'وحذر الأمين العام للمنظمة سليم العلي: «المجاعة تقترب من المخيمات».'],
  ['an indirect report', 'وأوضح محافظ البنك المركزي طارق منصور أن التضخم سيتراجع في الربع المقبل.'],
  ['a stressed point', 'وشدد رئيس البرلمان عادل الكردي على أن «القانون سيمر بالتوافق».'],
  ['a reply by a role', 'وردت المتحدثة باسم الحكومة بالقول: «لم نتلق أي طلب رسمي».'],
  ['a closing with a role', 'واختتم السفير الفرنسي كلمته قائلا: «فرنسا تقف إلى جانب الشعب اللبناني».'],
  ['a reply to someone with a colon', 'وردت عليه الوزيرة ريم الخطيب: «الأرقام موثقة لدينا».'],
  ['a remark with a colon', 'وعلقت النائبة سهى الراشد: «هذا القرار ظالم للعمال».'],
  ['a quote told through a pronoun', 'والتقت الصحيفة النقابي فريد السعدي. ونقلت عنه قوله: «الإضراب مستمر».'],
  ['a closing by a bare role', 'وختم الوزير حديثه قائلا: «سنلتقي مجددا الشهر المقبل».'],
  ['a new paragraph with a colon', 'وعلق الخبير الاقتصادي ماهر زيدان على القرار: «إنه خطوة متأخرة».'],
];

/** The first words of every cue form in the data, and verbs that open a lead before a colon. */
const CUE_WORDS = new Set([
  ...cueData.cues.flatMap((c) => c.forms.map((f) => f.split(/\s+/u)[0] as string)),
  ...['رد', 'ردت', 'ختم', 'ختمت', 'اختتم', 'علق', 'علقت'],
]);
const opensWithCue = (s: string) => {
  const first = s.split(/\s+/u)[0] as string;
  return CUE_WORDS.has(first) || (/^[وف]/u.test(first) && CUE_WORDS.has(first.slice(1)));
};
const BARE_PRONOUN = /^(?:هو|هي|هم|هن|إياه|إياها|إياهم|قوله|قولها)$/u;

describe('speakerText (issue 21)', () => {
  for (const [name, text] of CASES) {
    it(name, () => {
      const quotes = analyzeDocument({ text }).quotes;
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) {
        if (q.speakerText === null) continue;
        const s = q.speakerText;
        expect(text.includes(s), s).toBe(true);
        expect(s, s).toBe(s.trim());
        expect(opensWithCue(s), s).toBe(false);
        expect(/^و(?!زير|زارة|كالة)/u.test(s), s).toBe(false);
        expect(/^(?:عليه|عليها|عنه|عنها|له|لها)(?:\s|$)/u.test(s), s).toBe(false);
        expect(/(?:^|\s)(?:ب?ال)?قول[هها]*(?:\s|$)/u.test(s), s).toBe(false);
        expect(BARE_PRONOUN.test(s), s).toBe(false);
      }
    });
  }

  it('the words said are not the speaker (`وختم الوزير حديثه قائلا`)', () => {
    const text = 'وختم الوزير حديثه قائلا: «سنلتقي مجددا الشهر المقبل».';
    expect(analyzeDocument({ text }).quotes[0]?.speakerText).toBe('الوزير');
  });
});
