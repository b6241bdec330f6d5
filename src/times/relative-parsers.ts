/**
 * Parsers for time stated relative to publication, and for durations and sets (rules 6–11 of
 * `parsers.ts`).
 */

import type { Reading, TimeUnit } from '../contract/time-expression.js';
import { parseNumberAt } from '../text/numbers.js';
import { dayAt, lookup, numberAt, phraseAt, stemIn, wordAt } from './match.js';
import {
  type Parsed,
  type Parser,
  type ParserInput,
  parseGregorianDate,
  parseHijriDate,
  parseNumericDate,
} from './parsers.js';
import { stemStart, type WordStream } from './words.js';

const ISO_UNIT: Readonly<Record<TimeUnit, { letter: string; factor: number; time: boolean }>> = {
  minute: { letter: 'M', factor: 1, time: true },
  hour: { letter: 'H', factor: 1, time: true },
  day: { letter: 'D', factor: 1, time: false },
  week: { letter: 'W', factor: 1, time: false },
  month: { letter: 'M', factor: 1, time: false },
  year: { letter: 'Y', factor: 1, time: false },
  decade: { letter: 'Y', factor: 10, time: false },
  century: { letter: 'Y', factor: 100, time: false },
};

/** "P20Y", "P3D", "PT72H"; decades and centuries in years. */
export function isoDuration(amount: number, unit: TimeUnit): string {
  const u = ISO_UNIT[unit];
  return `P${u.time ? 'T' : ''}${amount * u.factor}${u.letter}`;
}

/** A date with a day right after word `k` (a comma or الموافق between is allowed). */
function dateAfter(input: ParserInput, k: number, from: number): Parsed | null {
  const linker = stemIn(input.stream, k, input.lexicon.linkers);
  const at = linker && wordAt(input.stream, k, from) ? k + 1 : k;
  if (!wordAt(input.stream, at, from)) return null;
  const date = parseNumericDate(input, at) ?? parseGregorianDate(input, at) ?? parseHijriDate(input, at);
  if (date?.reading.type !== 'date' || date.reading.day === undefined) return null;
  return date;
}

const COMMAS: ReadonlySet<string> = new Set(['،', ',']);
const AFTER_HEADLINE_DAY: ReadonlySet<string> = new Set(['.', ':', '-', '–', '—', '،', ',']);

/**
 * The weekday is set off as the day of the news: between commas after its verb (`أعلنت الوزارة،
 * الاثنين، أن …`), or opening a line before a stop or a colon (`الأحد.. أجواء باردة`). "The two"
 * and "the one" are never punctuated so.
 */
function setOffAsDay(stream: WordStream, first: number, last: number): boolean {
  const before = stream.words[first - 1];
  const after = stream.words[last + 1];
  if (after?.kind !== 'punct' || after.start !== stream.words[last]?.end) return false;
  if (before?.kind === 'punct' && COMMAS.has(before.text))
    return COMMAS.has(after.text) || after.text === '.';
  const opensLine = first === 0 || stream.words[first]?.breakBefore === true;
  return opensLine && AFTER_HEADLINE_DAY.has(after.text) && after.text !== '،' && after.text !== ',';
}

export const parseWeekday: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const name = phraseAt(stream, i, lexicon.weekdays);
  if (name?.stem.clitics !== '') {
    if (!name || !/^[وف]$/u.test(name.stem.clitics)) return null;
  }
  const weekday = name.value.value;
  const relation = wordAt(stream, name.last + 1, i) ? lookup(stream, name.last + 1, lexicon.relatives) : null;
  const date = relation ? null : dateAfter(input, name.last + 1, i);
  if (date && date.reading.type === 'date') {
    return { first: i, last: date.last, start: name.start, reading: { ...date.reading, weekday } };
  }
  const prefixed =
    stemIn(stream, i - 1, lexicon.dayWords) !== null || stemIn(stream, i - 1, lexicon.partsOfDay) !== null;
  const preposition = stemIn(stream, i - 1, lexicon.temporalPrepositions);
  // "بين الاثنين" is "between the two"; a preposition that opens a range says nothing of a day.
  const context =
    prefixed ||
    (preposition !== null && !lexicon.rangeStarts.has(preposition.text)) ||
    setOffAsDay(stream, i, name.last);
  const verb = relation ? null : scheduledBy(input, i);
  // `تبدأ الامتحانات الاثنين`: a weekday closing its scheduling verb's clause is a day; right after
  // the verb (`يلتقي الاثنين`) it is still "the two".
  const scheduled = verb !== null && verb < i - 1 && preposition === null;
  if (name.value.strict && !relation && !context && !scheduled) return null;
  const ahead = !relation && (announced(input, i) || verb !== null);
  const reading: Reading = {
    type: 'weekday',
    weekday,
    ...(relation ? { relation: relation.value } : {}),
    ...(ahead ? { ahead } : {}),
  };
  return { first: i, last: relation?.last ?? name.last, start: name.start, reading };
};

/** How many words before a weekday a word announcing the future still governs it. */
const ANNOUNCEMENT_REACH = 8;

/** A future cue (`سوف`, `المقرر`, `توقعت`) in the words before, on the line, with no sentence end between. */
function announced({ stream, lexicon }: ParserInput, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - ANNOUNCEMENT_REACH); k--) {
    const word = wordAt(stream, k, k);
    if (!word || !wordAt(stream, i, k)) return false;
    if (word.kind === 'punct' && !COMMAS.has(word.text)) return false;
    if (stemIn(stream, k, lexicon.futureCues)) return true;
  }
  return false;
}

/**
 * `يلتقي الوزير نظيره الخميس`، `تنخفض درجات الحرارة، الأحد`: the index of an imperfect verb of a
 * scheduled or forecast event in the words before the weekday, on its line and in its sentence, not
 * set in the past by a word before it (`لم يلتق`، `كان يلتقي`); null when there is none.
 */
function scheduledBy({ stream, lexicon }: ParserInput, i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - ANNOUNCEMENT_REACH); k--) {
    const word = wordAt(stream, k, k);
    if (!word || !wordAt(stream, i, k)) return null;
    if (word.kind === 'punct' && !COMMAS.has(word.text)) return null;
    if (stemIn(stream, k, lexicon.clauseOpeners)) return null;
    if (!stemIn(stream, k, lexicon.futureVerbs)) continue;
    return pastFramed(stream, k, lexicon.pastFrames) ? null : k;
  }
  return null;
}

/** `لم يلتق`، `وكان الوزير يلتقي`: a past frame up to PAST_FRAME_REACH words before the verb, in its clause. */
function pastFramed(stream: WordStream, verb: number, frames: ReadonlySet<string>): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - PAST_FRAME_REACH); k--) {
    const word = wordAt(stream, k, k);
    if (!word || !wordAt(stream, verb, k) || word.kind === 'punct') return false;
    if (stemIn(stream, k, frames)) return true;
  }
  return false;
}

/** The subject may stand between `كان` and its verb: `وكان الوزير يلتقي`. */
const PAST_FRAME_REACH = 3;

export const parseDayWord: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const day = phraseAt(stream, i, lexicon.days);
  if (!day) return null;
  const weekday = wordAt(stream, day.last + 1, i) ? phraseAt(stream, day.last + 1, lexicon.weekdays) : null;
  const next = stream.words[day.last + 1];
  if (day.value === 0 && !weekday && next && wordAt(stream, day.last + 1, i)) {
    // اليوم التالي، اليوم الوطني، اليوم الثاني، باليوم العالمي: another day than today.
    if (
      stemIn(stream, day.last + 1, lexicon.notToday) ||
      numberAt(stream, day.last + 1)?.kind === 'ordinal'
    ) {
      return null;
    }
    if (day.stem.clitics !== '' && /^ال/u.test(next.stems[0]?.text ?? '')) return null;
  }
  if (day.value === 0 && !weekday && endsAnOutletName(input, i)) return null;
  const reading: Reading = {
    type: 'offset',
    unit: 'day',
    amount: day.value,
    ...(weekday ? { weekday: weekday.value.value } : {}),
  };
  return { first: i, last: weekday?.last ?? day.last, start: day.start, reading };
};

/** `صحيفة المصري اليوم`, `موقع الشروق اليوم`: an outlet's noun one or two words before, on one line. */
function endsAnOutletName({ stream, lexicon }: ParserInput, i: number): boolean {
  for (const back of [2, 3]) {
    if (i - back < 0 || !wordAt(stream, i, i - back)) return false;
    if (stream.words.slice(i - back + 1, i).some((w) => w.kind === 'punct')) return false;
    if (stemIn(stream, i - back, lexicon.outletNouns)) return true;
  }
  return false;
}

export const parsePeriod: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const demonstrative = stemIn(stream, i, lexicon.demonstratives);
  const at = demonstrative ? i + 1 : i;
  const period = wordAt(stream, at, i) ? lookup(stream, at, lexicon.periods) : null;
  if (!period) return null;
  const start = demonstrative?.start ?? period.start;
  if (demonstrative)
    return { first: i, last: at, start, reading: { type: 'offset', unit: period.value, amount: 0 } };
  const relation = wordAt(stream, at + 1, i) ? lookup(stream, at + 1, lexicon.relatives) : null;
  if (relation) {
    const amount = relation.value === 'past' ? -1 : relation.value === 'next' ? 1 : 0;
    return { first: i, last: at + 1, start, reading: { type: 'offset', unit: period.value, amount } };
  }
  // "مطلع العام", "نهاية الشهر": the current period, only after a modifier.
  if (lookup(stream, i - 1, lexicon.modifiers)) {
    return { first: i, last: at, start, reading: { type: 'offset', unit: period.value, amount: 0 } };
  }
  return null;
};

/** A count of one unit at word `k`: "ثلاثة أيام", "20 عاماً", "يومين", "شهر واحد", "عام". */
export function countAt(
  input: ParserInput,
  k: number,
  from: number,
): { amount: number; unit: TimeUnit; last: number; start: number; bare: boolean } | null {
  const { stream, lexicon } = input;
  if (!wordAt(stream, k, from)) return null;
  const n = numberAt(stream, k);
  if (n) {
    if (n.kind !== 'cardinal' || !wordAt(stream, n.last + 1, from)) return null;
    const unit = lookup(stream, n.last + 1, lexicon.units);
    if (unit?.stem.clitics !== '') return null;
    return { amount: n.value, unit: unit.value.unit, last: n.last + 1, start: n.start, bare: false };
  }
  const unit = lookup(stream, k, lexicon.units);
  if (!unit || unit.value.count === null || unit.stem.clitics !== '') return null;
  if (unit.value.count === 2)
    return { amount: 2, unit: unit.value.unit, last: k, start: unit.start, bare: false };
  const one = wordAt(stream, k + 1, from) ? stemIn(stream, k + 1, lexicon.one) : null;
  return { amount: 1, unit: unit.value.unit, last: one ? k + 1 : k, start: unit.start, bare: !one };
}

export const parseAgo: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const ago = stemIn(stream, i, lexicon.ago);
  const hence = ago ? null : stemIn(stream, i, lexicon.hence);
  if (!ago && !hence) return null;
  const count = countAt(input, i + 1, i);
  if (!count || count.unit === 'hour' || count.unit === 'minute') return null;
  // "بعد ثلاثة أيام من الهجوم" counts from an event, not from publication.
  if (stream.words[count.last + 1]?.text === 'من' || stream.words[count.last + 1]?.text === 'علي')
    return null;
  const sign = ago ? -1 : 1;
  const scale = count.unit === 'decade' ? 10 : count.unit === 'century' ? 100 : 1;
  const unit: TimeUnit = scale > 1 ? 'year' : count.unit;
  const start = (ago ?? hence)?.start ?? 0;
  return {
    first: i,
    last: count.last,
    start,
    reading: { type: 'offset', unit, amount: sign * count.amount * scale },
  };
};

export const parseDuration: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const count = countAt(input, i, i);
  if (!count) return null;
  // "بعد أسبوع من إعلان…": a bare unit after قبل/بعد that counts from an event.
  const fromEvent =
    (stemIn(stream, i - 1, lexicon.ago) ?? stemIn(stream, i - 1, lexicon.hence)) !== null &&
    stream.words[count.last + 1]?.text === 'من';
  if (count.bare && !fromEvent && !stemIn(stream, i - 1, lexicon.durationCues)) return null;
  const reading: Reading = { type: 'duration', value: isoDuration(count.amount, count.unit) };
  return { first: i, last: count.last, start: count.start, reading };
};

/** A plural unit with the article at word `i` ("الأيام", "والأشهر"): its unit, or null. */
function definitePluralUnit(
  { stream, lexicon }: ParserInput,
  i: number,
): { unit: TimeUnit; start: number } | null {
  const word = stream.words[i];
  if (word?.kind !== 'arabic') return null;
  for (const stem of word.stems) {
    if (!stem.text.startsWith('ال')) continue;
    const unit = lexicon.units.get(stem.text.slice(2));
    if (unit && unit.count === null) return { unit: unit.unit, start: stemStart(stream, word, stem) };
  }
  return null;
}

/** A number with the article at word `k`: "الثلاثة", "الخمس", or "الـ" then digits ("الـ24"). */
function definiteNumberAt(
  stream: WordStream,
  k: number,
  from: number,
): { value: number; last: number } | null {
  const word = wordAt(stream, k, from);
  if (word?.kind !== 'arabic') return null;
  if (word.text === 'ال') {
    const n = wordAt(stream, k + 1, from) ? numberAt(stream, k + 1) : null;
    return n?.kind === 'cardinal' && n.digits > 0 ? { value: n.value, last: n.last } : null;
  }
  if (!word.text.startsWith('ال') || word.text.length < 5) return null;
  const rest = word.text.slice(2);
  const n = parseNumberAt(rest, 0);
  return n && n.end === rest.length && n.kind === 'cardinal' ? { value: n.value, last: k } : null;
}

/**
 * Rule 10b: a duration stated as a definite period, "الأيام الثلاثة الماضية", "الأشهر الستة
 * المقبلة", "الساعات الـ48 الأخيرة", "الـ24 ساعة الماضية"; a relation or a "last" word after it is
 * part of the span. The period ends (or begins) at publication, but what the text states is its
 * length, as TimeML reads "the past three days".
 */
export const parseDefiniteDuration: Parser = (input, i) => {
  const { stream, lexicon } = input;
  let found: { amount: number; unit: TimeUnit; last: number; start: number } | null = null;
  const plural = definitePluralUnit(input, i);
  if (plural) {
    const n = definiteNumberAt(stream, i + 1, i);
    if (n && n.value >= 2) found = { amount: n.value, unit: plural.unit, last: n.last, start: plural.start };
  } else if (stream.words[i]?.text === 'ال') {
    const n = definiteNumberAt(stream, i, i);
    const unit = n && wordAt(stream, n.last + 1, i) ? lookup(stream, n.last + 1, lexicon.units) : null;
    if (n && unit && unit.stem.clitics === '' && unit.value.count !== 2 && n.value >= 2)
      found = {
        amount: n.value,
        unit: unit.value.unit,
        last: n.last + 1,
        start: stream.words[i]?.start ?? 0,
      };
  }
  if (!found) return null;
  const tail =
    wordAt(stream, found.last + 1, i) &&
    (lookup(stream, found.last + 1, lexicon.relatives) ?? stemIn(stream, found.last + 1, lexicon.lastWords));
  const last = tail ? found.last + 1 : found.last;
  const reading: Reading = { type: 'duration', value: isoDuration(found.amount, found.unit) };
  return { first: i, last, start: found.start, reading };
};

export const parseSet: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const adverb = lookup(stream, i, lexicon.sets);
  if (adverb)
    return { first: i, last: i, start: adverb.start, reading: { type: 'set', value: adverb.value } };
  const every = stemIn(stream, i, lexicon.every);
  if (!every) return null;
  const count = countAt(input, i + 1, i);
  if (!count) return null;
  const reading: Reading = { type: 'set', value: isoDuration(count.amount, count.unit) };
  return { first: i, last: count.last, start: every.start, reading };
};

/** "الثالث والعشرين من الشهر الجاري", "5 من الشهر المقبل": a day of a month placed by a relation. */
export const parseDayOfMonthPeriod: Parser = (input, i) => {
  const { stream, lexicon } = input;
  const day = dayAt(stream, i);
  if (!day || stream.words[day.last]?.text !== 'من') return null;
  const period = parsePeriod(input, day.last + 1);
  if (period?.reading.type !== 'offset' || period.reading.unit !== 'month') return null;
  if (stemIn(stream, day.last + 1, lexicon.demonstratives) === null && period.last === day.last + 1)
    return null;
  const reading: Reading = {
    type: 'date',
    calendar: 'gregorian',
    day: day.day,
    monthOffset: period.reading.amount,
  };
  return { first: i, last: period.last, start: day.start, reading };
};
