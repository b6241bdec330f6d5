/**
 * A generated news stream for the monitoring benchmarks: stories of 1–8 articles by several
 * outlets, published at a steady rate (`perDay` articles a day, so a store of 100,000 articles
 * covers years, as a monitor's does), each article with several people, places and an
 * organisation, a death toll that changes as the story goes on (conflicts), a stated date and an
 * event. Words are generated pseudo-words: topic words shared by a story's articles, general
 * vocabulary drawn with a Zipf law (a few words everywhere, most rare) and function words.
 * Analyses are built directly (`makeAnalysis`), so the benchmark measures the store, not the tagger.
 */
import type { Analysis } from '../contract/analysis.js';
import { seededRandom } from '../core/seeded-random.js';
import { makeAnalysis } from '../corpus/testing/make-analysis.js';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const FIRST_NAMES = [
  'محمد',
  'أحمد',
  'علي',
  'حسن',
  'خالد',
  'سارة',
  'ليلى',
  'يوسف',
  'عمر',
  'مريم',
  'نور',
  'سلمى',
  'طارق',
  'هدى',
  'كريم',
  'رانيا',
];
const FUNCTION_WORDS = [
  'في',
  'من',
  'على',
  'إلى',
  'عن',
  'مع',
  'أن',
  'التي',
  'الذي',
  'قد',
  'كما',
  'بعد',
  'قبل',
];
const OUTLETS = ['النيل الإخبارية', 'الخليج اليوم', 'الأطلس نيوز', 'صوت الشرق', 'المرصد العربي', 'الرافدين'];
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** Zipf ranks the general vocabulary starts at (see `newsStream`). */
const RANK_OFFSET = 300;

export interface NewsStreamOptions {
  readonly seed?: number;
  /** Articles published per day (default 48). */
  readonly perDay?: number;
  /** General vocabulary size (default 20,000 words). */
  readonly vocabulary?: number;
}

/** `count` articles in publication order, starting 2020-01-01. */
export function* newsStream(count: number, options: NewsStreamOptions = {}): Generator<Analysis> {
  const next = seededRandom(options.seed ?? 17);
  const perDay = options.perDay ?? 48;
  const word = (min: number, max: number) =>
    Array.from(
      { length: min + Math.floor(next() * (max - min + 1)) },
      () => LETTERS[Math.floor(next() * LETTERS.length)],
    ).join('');
  const vocabulary = Array.from({ length: options.vocabulary ?? 20_000 }, () => word(4, 7));
  // Zipf (s = 1) by inverse transform over the harmonic numbers, from rank RANK_OFFSET: the words
  // above it are the function words and newsroom formulae a stopword list removes.
  const harmonic: number[] = [];
  let h = 0;
  for (let r = 1; r <= vocabulary.length; r++) {
    h += 1 / (r + RANK_OFFSET);
    harmonic.push(h);
  }
  const zipf = () => {
    const target = next() * h;
    let lo = 0;
    let hi = harmonic.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((harmonic[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo] as string;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const surnames = Array.from({ length: 3000 }, () => word(4, 6));
  const places = Array.from({ length: 1500 }, () => word(4, 6));
  const organisations = Array.from({ length: 400 }, () => `هيئة ${word(4, 6)}`);

  let produced = 0;
  let story = 0;
  while (produced < count) {
    const size = 1 + Math.floor(next() * 8);
    const day = Math.floor(produced / perDay);
    const topic = Array.from({ length: 14 }, () => pick(vocabulary));
    const people = [`${pick(FIRST_NAMES)} ${pick(surnames)}`, `${pick(FIRST_NAMES)} ${pick(surnames)}`];
    const place = pick(places);
    const region = pick(places);
    const organisation = pick(organisations);
    let toll = 3 + Math.floor(next() * 40);
    for (let k = 0; k < size && produced < count; k++, produced++) {
      const published = new Date(Date.UTC(2020, 0, 1 + day + Math.floor(next() * 3)));
      const iso = published.toISOString().slice(0, 10);
      const stated = `${published.getUTCDate()} ${MONTHS[published.getUTCMonth()]} ${published.getUTCFullYear()}`;
      toll += Math.floor(next() * 5);
      const sentence = (n: number) =>
        Array.from({ length: n }, () => {
          const r = next();
          return r < 0.4 ? pick(topic) : r < 0.7 ? zipf() : pick(FUNCTION_WORDS);
        }).join(' ');
      const [speaker, official] = people as [string, string];
      const eventSentence = `وقال ${speaker} إن ${organisation} ستدعم ${place} ${sentence(6)}.`;
      const parts = [
        `${sentence(10)} ${place} ${sentence(8)}.`,
        `وأسفر ذلك عن ${toll} قتيلا في ${region} بحسب ${organisation} ${sentence(6)}.`,
        eventSentence,
        `وأضاف ${official} في ${stated} أن ${sentence(12)}.`,
        ...Array.from({ length: 6 }, () => `${sentence(14)}.`),
      ];
      const text = parts.join(' ');
      yield makeAnalysis({
        text,
        title: `${pick(topic)} ${place} ${pick(topic)}`,
        outlet: pick(OUTLETS),
        url: `https://news.example/${story}/${k}`,
        published: iso,
        entities: [
          { type: 'PER', name: speaker },
          { type: 'PER', name: official },
          { type: 'LOC', name: place },
          { type: 'LOC', name: region },
          { type: 'ORG', name: organisation },
        ],
        quantities: [{ surface: String(toll), value: toll, role: 'killed' }],
        times: [{ surface: stated, value: iso }],
        events: [{ type: 'SUPPORT', actors: [organisation], targets: [place], sentence: eventSentence }],
      });
    }
    story++;
  }
}
