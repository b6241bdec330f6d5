import { describe, expect, it } from 'vitest';
import { tagHeadedOrganisations } from './head-rule.js';
import { loadHeadRuleData } from './resources.js';
import { TAGS } from './tagger/tags.js';

const data = loadHeadRuleData();
const O = (n: number) => new Int32Array(n);
const tagsOf = (words: string[], tags = O(words.length)) =>
  Array.from(tagHeadedOrganisations(words, tags, data), (t) => TAGS[t]);

describe('tagHeadedOrganisations', () => {
  it('tags a head noun and the article words after it as one organisation', () => {
    const words = ['وأصدرت', 'وزارة', 'الخارجية', 'المصرية', 'بيانا'];
    expect(tagsOf(words)).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('stops before a time word', () => {
    const words = ['قالت', 'وزارة', 'الدفاع', 'الثلاثاء', 'إن'];
    expect(tagsOf(words)).toEqual(['O', 'B-ORG', 'I-ORG', 'O', 'O']);
  });

  it('leaves a head noun alone when no article word follows', () => {
    expect(tagsOf(['زار', 'وزارة', 'في', 'المدينة'])).toEqual(['O', 'O', 'O', 'O']);
  });

  it('does not overwrite what the tagger found', () => {
    const words = ['حركة', 'طالبان', 'الأفغانية'];
    const tags = Int32Array.from([5, 6, 0]);
    expect(tagsOf(words, tags)).toEqual(['B-ORG', 'I-ORG', 'O']);
  });
});

/** The tags of an organisation of `n` words. */
const orgTags = (n: number) => ['B-ORG', ...Array<string>(n - 1).fill('I-ORG')];

describe('tagHeadedOrganisations: the name grammar', () => {
  it('takes a weak head with the article when a nationality adjective and a complement follow', () => {
    const words = ['أعلن', 'المعهد', 'الياباني', 'للأرصاد', 'أن', 'الهزة', 'قوية'];
    expect(tagsOf(words)).toEqual(['O', ...orgTags(3), 'O', 'O', 'O']);
  });

  it('joins two genitives coordinated with و before the nationality adjective', () => {
    const words = ['قالت', 'إدارة', 'الطرق', 'والجسور', 'الأردنية', 'إن', 'العمل', 'انتهى'];
    expect(tagsOf(words)).toEqual(['O', ...orgTags(4), 'O', 'O', 'O']);
  });

  it('ends the name at the nationality adjective, before the object of the verb', () => {
    const words = ['ودعت', 'وزارة', 'الزراعة', 'الكندية', 'المزارعين', 'إلى', 'الحذر'];
    expect(tagsOf(words)).toEqual(['O', ...orgTags(3), 'O', 'O', 'O']);
  });

  it('reads a nationality adjective the tagger took for the country as part of the name', () => {
    const words = ['أكدت', 'وزارة', 'الطاقة', 'السعودية', 'أمس', 'ارتفاع', 'الإنتاج'];
    const tags = Int32Array.from([0, 0, 0, 3, 0, 0, 0]);
    expect(tagsOf(words, tags)).toEqual(['O', ...orgTags(3), 'O', 'O', 'O']);
  });

  it('takes a complement of an indefinite noun and its genitive', () => {
    const words = ['وذكر', 'المركز', 'الفرنسي', 'لبحوث', 'الفضاء', 'أن', 'القمر', 'اقترب'];
    expect(tagsOf(words)).toEqual(['O', ...orgTags(4), 'O', 'O', 'O']);
  });

  it('leaves a weak head with a single genitive alone', () => {
    expect(tagsOf(['نقل', 'المصابون', 'إلى', 'مركز', 'المدينة', 'بسرعة'])).toEqual(Array(6).fill('O'));
    expect(tagsOf(['احتل', 'الفريق', 'المركز', 'الثالث', 'في', 'الترتيب'])).toEqual(Array(6).fill('O'));
  });

  it('does not take a verbal noun of purpose or the people spoken to as a complement', () => {
    const sent = ['انتشر', 'الجيش', 'المصري', 'للتصدي', 'لهم', 'في', 'الشوارع'];
    expect(tagsOf(sent)).toEqual(['O', ...orgTags(2), 'O', 'O', 'O', 'O']);
    const aid = ['أرسلت', 'الحكومة', 'اليمنية', 'لتقديم', 'العون', 'للنازحين'];
    expect(tagsOf(aid)).toEqual(['O', ...orgTags(2), 'O', 'O', 'O']);
    const press = ['قالت', 'وزارة', 'الخارجية', 'الكندية', 'للصحفيين', 'إن', 'السفير', 'غادر'];
    expect(tagsOf(press)).toEqual(['O', ...orgTags(3), 'O', 'O', 'O', 'O']);
  });

  it('starts a second organisation at a head after و', () => {
    const words = ['وشارك', 'مركز', 'الأبحاث', 'البحرية', 'والمعهد', 'الفرنسي', 'للمياه', 'في', 'الدراسة'];
    expect(tagsOf(words)).toEqual(['O', ...orgTags(3), ...orgTags(3), 'O', 'O']);
  });

  it('runs an organisation the tagger found over a nationality adjective and a complement', () => {
    const words = ['أفادت', 'شبكة', 'النجم', 'المغربية', 'للأخبار', 'بأن', 'الطريق', 'مغلق'];
    const tags = Int32Array.from([0, 0, 5, 6, 0, 0, 0, 0]);
    expect(tagsOf(words, tags)).toEqual(['O', 'O', ...orgTags(3), 'O', 'O', 'O']);
  });

  it('takes a complement after one adjective of rank or reach, not after a noun with a pronoun', () => {
    const council = ['أعلن', 'المجلس', 'الوطني', 'للبحوث', 'قرارا', 'جديدا'];
    expect(tagsOf(council)).toEqual(['O', ...orgTags(3), 'O', 'O']);
    const authority = ['وقالت', 'الهيئة', 'العليا', 'للرقابة', 'إن', 'البث', 'توقف'];
    expect(tagsOf(authority)).toEqual(['O', ...orgTags(3), 'O', 'O', 'O']);
    const envoy = ['وأكدت', 'وزارة', 'الخارجية', 'لنظيرتها', 'الفرنسية', 'أن', 'الحوار', 'مستمر'];
    expect(tagsOf(envoy)).toEqual(['O', ...orgTags(2), 'O', 'O', 'O', 'O', 'O']);
  });
});
