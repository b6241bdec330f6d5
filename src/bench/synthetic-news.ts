/**
 * Generated Arabic news text of any size for the scaling bench, the large-input tests and the fuzz
 * run: sentences assembled from small parts written for Rasd (names, places, dates, figures, quotes
 * and event verbs), so every stage has something to find. Deterministic for a seed.
 */
import { seededRandom } from '../core/seeded-random.js';

const PEOPLE = ['محمد بن سلمان', 'عبد الله الثاني', 'قيس سعيد', 'نجيب ميقاتي', 'أحمد أبو الغيط'];
const PLACES = ['عمّان', 'بيروت', 'القاهرة', 'الرباط', 'تونس', 'بغداد', 'الدوحة'];
const BODIES = ['وزارة الصحة', 'الأمم المتحدة', 'جامعة الدول العربية', 'البنك المركزي'];
const DATES = ['يوم الخميس', 'في 3 آذار/مارس 2024', 'أمس', 'في الخامس من أيار 2023', 'مطلع العام الجاري'];
const FIGURES = ['12 شخصاً', 'نحو 300 مليون دولار', 'خمسة جرحى', '40 في المئة', 'ألفي طن'];
const VERBS = ['استقبل', 'زار', 'اعتقلت', 'أعلنت', 'وقّعت', 'قصفت', 'التقى'];
const SAYINGS = ['نعمل على تحسين الخدمات', 'الوضع تحت السيطرة', 'لن نتراجع عن الخطة'];

export type Layout = 'one paragraph' | 'many paragraphs';

/** One generated sentence, ending with its terminator. */
function sentence(pick: <T>(items: readonly T[]) => T): string {
  switch (Math.floor(pick([0, 1, 2, 3, 4]))) {
    case 0:
      return `${pick(VERBS)} ${pick(PEOPLE)} ${pick(DATES)} وفداً من ${pick(PLACES)}.`;
    case 1:
      return `وقال ${pick(PEOPLE)} إن "${pick(SAYINGS)}".`;
    case 2:
      return `${pick(VERBS)} ${pick(BODIES)} في ${pick(PLACES)} ${pick(DATES)} أن ${pick(FIGURES)} تأثروا بالقرار.`;
    case 3:
      return `وأضاف المتحدث باسم ${pick(BODIES)}: "${pick(SAYINGS)}"، مشيراً إلى ${pick(FIGURES)}.`;
    default:
      return `نعم.`;
  }
}

/**
 * At least `bytes` of UTF-8 text. `many paragraphs` breaks the line every 20 sentences, as a news
 * page does; `one paragraph` never does, the worst case for anything paragraph-wide.
 */
export function syntheticNews(bytes: number, layout: Layout, seed = 18): string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const parts: string[] = [];
  let size = 0;
  for (let n = 1; size < bytes; n++) {
    const next = sentence(pick) + (layout === 'many paragraphs' && n % 20 === 0 ? '\n' : ' ');
    parts.push(next);
    size += Buffer.byteLength(next);
  }
  return parts.join('');
}
