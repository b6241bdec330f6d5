/**
 * Generated hostile inputs for the fuzz run (issue 18): the character classes of the property test
 * (`test/properties.test.ts`) — Arabic letters and marks, presentation forms, bidi controls, lone
 * surrogates, digits of three scripts, punctuation and breaks — mixed with words and phrases every
 * stage reacts to (numbers, months, speech verbs, quote marks) and long runs of one character.
 *
 * Input `n` depends only on `n` and the seed (its own mulberry32 stream), so any range of a run
 * can be replayed or resumed without generating what came before, and a failing input is named by
 * its index alone.
 */
import { seededRandom } from '../core/seeded-random.js';

type Pick = () => string;

const range =
  (random: () => number, from: number, to: number): Pick =>
  () =>
    String.fromCodePoint(from + Math.floor(random() * (to - from + 1)));

const oneOf =
  (random: () => number, items: readonly string[]): Pick =>
  () =>
    items[Math.floor(random() * items.length)] as string;

const MARKS = [...'\u0640\u0670\u06D6\u06E1'];
const CONTROLS = [
  ...'\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200F\u200E\u200B\u200C\u200D\u00AD',
];
const SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𝟘'];
const PUNCTUATION = [...'.!?؟…«»“”"\'()،؛٫٬,:-/%#@'];
const BREAKS = [' ', ' ', ' ', '\n', '\r\n', '\n\n', '\t', '\u00A0', '\u2029'];
/** Words and phrases that wake the stages: numbers, dates, speech, places, titles. */
const TRIGGERS = [
  'ثلاثة',
  'عشر',
  'آلاف',
  ' و',
  'الحادي',
  'مليون',
  'د.',
  'أ.ف.ب',
  'https://x.org/a.b',
  '3.5',
  'قال',
  'وأضاف',
  'إن',
  'آذار/مارس',
  'يوم الخميس',
  '2024',
  '١٢',
  'الرئيس',
  'وزارة',
  'في القاهرة',
  'قتلى',
  'دولار',
  'بالمئة',
  'محمد',
  'بن',
  'أبو',
  'عبد',
];

function makePickers(random: () => number): { weight: number; pick: Pick }[] {
  return [
    { weight: 10, pick: range(random, 0x0621, 0x064a) },
    { weight: 2, pick: range(random, 0x064b, 0x065f) },
    { weight: 1, pick: oneOf(random, MARKS) },
    { weight: 1, pick: range(random, 0xfb50, 0xfdff) },
    { weight: 1, pick: range(random, 0xfe70, 0xfeff) },
    { weight: 1, pick: oneOf(random, CONTROLS) },
    { weight: 1, pick: range(random, 0x0300, 0x036f) },
    { weight: 1, pick: oneOf(random, SURROGATES) },
    { weight: 2, pick: range(random, 0x0660, 0x0669) },
    { weight: 1, pick: range(random, 0x06f0, 0x06f9) },
    { weight: 2, pick: range(random, 0x30, 0x39) },
    { weight: 3, pick: oneOf(random, PUNCTUATION) },
    { weight: 5, pick: oneOf(random, BREAKS) },
    { weight: 1, pick: range(random, 0x41, 0x7a) },
    { weight: 6, pick: oneOf(random, TRIGGERS) },
  ];
}

/** The `n`th input of a run: up to `maxParts` pieces, now and then a long run of one piece. */
export function fuzzInput(n: number, seed = 18, maxParts = 80): string {
  // Mixing n into the seed (a large odd multiplier) gives unrelated streams for neighbouring n.
  const random = seededRandom((Math.imul(n, 0x9e3779b1) ^ seed) >>> 0);
  const pickers = makePickers(random);
  const total = pickers.reduce((sum, p) => sum + p.weight, 0);
  const piece = (): string => {
    let at = random() * total;
    for (const p of pickers) {
      at -= p.weight;
      if (at < 0) return p.pick();
    }
    return ' ';
  };
  const parts = Math.floor(random() * (maxParts + 1));
  let text = '';
  for (let i = 0; i < parts; i++) {
    text += random() < 1 / 80 ? piece().repeat(2 + Math.floor(random() * 199)) : piece();
  }
  return text;
}
