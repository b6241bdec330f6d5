/**
 * Quantities: the figures of a news text with their value, approximation, unit and role.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. numbers come from digit tokens (`1,500`, `٢٫٥`) and from the shared number-word parser's
 *     mentions (`ثلاثة`), which win where both cover the same words; ordinals are never quantities;
 *  1b. a definite `الألف`/`المليون` is a number only as a threshold, after a threshold noun (`حاجز`,
 *     `عتبة`) or governed by a bounding verb (`تجاوزت الحصيلة الألف`);
 *  2. a multiplier after a number scales it (`2.5 مليون`, `3 آلاف`);
 *  3. vague amounts (`عشرات`, `مئات الآلاف`) have no value, only a `min` (`عشرات` is at least 20);
 *     they are not an approximation of a number, so their `approx` is null unless a word sets it;
 *     loose ones (`عدد كبير من`) have no bound and are figures only when they count casualties or
 *     fighters of people;
 *  3b. a dual noun of people (`شخصين`، `جنديان`, listed in the data) counts two of them, a figure
 *     only when they are casualties (`مقتل شخصين`, not `التقى جنديين`);
 *  4. ranges join two numbers (`1500 - 2200`, `بين 10 و20`, `من 3 إلى 5 آلاف`): value null, `min`
 *     and `max`, and a multiplier after the second number scales the first when it has none;
 *  5. an approximator directly before (`نحو`, `أكثر من`, `لا يزيد على` — the longest phrase wins) or
 *     after (`على الأقل`) sets `approx`;
 *  6. the unit is the word right after the number (`شخصاً`, `دولار`, `%`, `بالمئة`), or after a
 *     partitive `من` when the figure is vague or multiplied (`الآلاف من المقاتلين`, `عدة آلاف من
 *     الدولارات`);
 *  6b. a nisba adjective after the number counts people (`68 هنديا`, `3 سنغاليين`);
 *  6d. a plural of people the data does not list counts people: a participle's sound plural
 *     (`متقاعدين`) or a listed plural in the construct (`موظفيها`، `موظفي المرفأ`), also after a
 *     partitive `من` with a plain number; a word behind و is never the figure's noun;
 *  6c. a verb that bounds the figure a few words before it sets `approx` when nothing closer does
 *     (`تجاوز عدد القتلى في البلدين 20 ألفا` → more_than);
 *  7. the role comes from the unit when it has one (`قتيلاً`, `دولار`), else from the nearest cue
 *     word before the figure in its sentence (`مقتل`, `إصابة`), up to ten words back so that a
 *     verb-first sentence's subject and date may stand between (`قتلت هجمات الجماعة في مارس نحو 40
 *     شخصاً`), never across another figure or a comma (except the comma before `إلى N`), else from
 *     a cue right after it (three words, or three past a state verb such as `ما زالوا` within six);
 *     a casualty noun before the figure (`عدد المشردين`) is a cue too; people with no cue are
 *     `other`; things counted (`منزلاً`) never take a casualty or fighters role; a word behind `و`
 *     after the number is the next item, not its unit; an age is a year count after an age cue or in
 *     brackets;
 *  7a. a verb right before the figure and its object after it tell a fate together (`فارق 3 أطفال
 *     الحياة`، `نقل 50 شخصاً إلى المستشفيات`: `frameCues`);
 *  7b. a casualty cue before the figure (`أصيب 3 جنود`) wins over a unit that only says who they are;
 *     so does one right after it (`لقي 5 جنود حتفهم`) unless that cue's own figure follows it;
 *     two casualty words of different roles joined by و (`قتل وأصيب`، `القتلى والجرحى`) count both,
 *     role `other`, unless the first cue follows its own figure (`لقي 9 مصرعهم وجرح 20`); the line
 *     after و in a list shares the casualty of its first line (`قتل 5 مدنيين و3 جنود`); `إصابة` with a disease after it, or once the text has counted cases of a disease
 *     in the forty words before, counts cases (`other`); the target of a rise or of `بلغ` looks
 *     twenty words back for its subject; a bare figure, with nothing after it but a place or the
 *     end of the clause, counts what the figure before it in its sentence counts;
 *  8. what is not a quantity is skipped: numbers inside time mentions, bare years (1900–2099), day
 *     numbers before a month name, parts of dates and clock times (`15/3`, `10:30`), phone numbers,
 *     numbers after `المادة`/`رقم`/`القرار`, and numbers glued to a word by a hyphen (`كوفيد-19`);
 *     a year cue after `هذا` does not make the next number a year (`هذا العام 1081 حاجاً`);
 *  9. pieces of a figure are marked with a `scope`: a figure after a part cue (`منهم`, `من بينها`)
 *     is a `part` of the figure before it, one after a breakdown cue (`تشمل الحصيلة`) or in a list
 *     after such a piece (`132 إندونيسيا، و68 هنديا`, `170 في الأولى، و95 في الثانية`) is a
 *     `breakdown` line, with the place it names (`في …`, `من …`) kept; pieces without a role of
 *     their own take their total's role; a figure in a condition (`18 في حالة حرجة`) or after a
 *     total opened by `بين` (`من بين الضحايا الـ 190، هناك 43 سورياً`) is a part; list lines with
 *     different roles of their own are never a breakdown; a piece named only by who they are
 *     (`بينهم 8 جنود`) shares its total's casualty, and the line after a part with `منهم` (`40 منهم
 *     في العاصمة و24 في الضواحي`) is a part too;
 * 10. court, sport and family: a punishment with `على` before the figure (`قضت بالسجن على 12
 *     متهماً`) counts those sentenced, not arrests or deaths; stopping players (`أوقف الاتحاد 3
 *     لاعبين`) suspends them; a charge after the figure (`بتهمة القتل`) stops the search for a cue
 *     after it; a figure after a parent and `ل` (`أم لثلاثة أطفال`) has no role;
 * 11. a definite number word after a definite plural of people counts them (`الحجاج الستة`); a teen
 *     in digits written again as a word (`18 عشر`) is one number; the length of a definite period
 *     (`الساعات الأربع والعشرين`، `الأيام الـ 3`) is no count; a casualty verb opening the clause
 *     reaches people named only by who they are (`جرح في … 27 شرطياً`) as far as the target of a rise;
 * 12. a group count restating people counted before (`6 حجاج … الحجاج الستة`) shares that figure's
 *     casualty; loss (`فقدان`) in a sentence that has named deaths is death; a death said of a group
 *     named after a partitive (`توفي 4 من الجرحى`) is their fate now.
 */
import type { Quantity, Span } from '../contract/analysis.js';
import { overlapsAny, spanAt } from '../core/span-search.js';
import { foldArabic } from '../text/normalize.js';
import { foldKey, type Word, type Words, wordIndexAt, wordIndexContaining, wordsOf } from '../text/words.js';
import type { Approx, QuantityLexicon, UnitSense } from './lexicon.js';

/** A number found by the shared number parser (src/text/numbers.ts), in words or digits. */
export interface NumberMention {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: 'cardinal' | 'ordinal';
  /** A magnitude without a count (`عشرات`): `value` is the magnitude, the amount at least twice it. */
  readonly indefinite?: boolean;
}

export interface QuantityInput {
  readonly text: string;
  readonly numbers?: readonly NumberMention[];
  /** Spans whose numbers are not quantities: the time mentions. */
  readonly excluded?: readonly Span[];
  readonly sentences?: readonly Span[];
  /** The text's words (the words layer); cut here when absent. */
  readonly words?: Words;
}

interface Item {
  /** First and one-past-last word of the number itself. */
  wi: number;
  wj: number;
  value: number | null;
  min?: number;
  max?: number;
  multiplied: boolean;
  vague: boolean;
  digits: string | null;
  /** Where the number itself starts, when a proclitic glued to its first word is not part of it. */
  start?: number;
  /** A loose count (`عدد كبير`): a figure only when it counts casualties or fighters. */
  loose?: boolean;
  /** A dual noun (`شخصين`): two of what it names, a figure only when they are casualties. */
  dual?: UnitSense;
  /** `الحجاج الستة`: a definite number word counting the definite people noun before it. */
  nounBefore?: UnitSense;
}

const SENTENCE_STOPS = new Set(['.', '،', ',', '؛', ';', '!', '?', '؟', '\n']);

/** Where a figure's role came from: the weaker sources give way to a total's role (rule 9). */
type RoleSource = 'unit' | 'cue' | 'people' | 'none';

/** A described figure with the word positions rule 9 reads around it. */
interface Described {
  readonly quantity: Quantity;
  /** First word of the figure (its approximator included) and one past its unit. */
  readonly firstWord: number;
  readonly endWord: number;
  roleFrom: RoleSource;
  /** The unit is a nisba adjective (`هنديا`): the figure counts one nationality. */
  readonly nisba: boolean;
  /** A definite group count (`الحجاج الستة`): it names people the text has counted before. */
  readonly restates?: boolean;
}

export function extractQuantities(input: QuantityInput, lexicon: QuantityLexicon): Quantity[] {
  const words = input.words ?? wordsOf(input.text);
  const items = joinRanges(input.text, words, findItems(input, words, lexicon), lexicon).filter(
    (item) => !isExcluded(input, words, item, lexicon) && !isYearItem(item, words, lexicon),
  );
  const taken = new Set<number>();
  for (const item of items) for (let k = item.wi; k < item.wj; k++) taken.add(k);
  const described: Described[] = [];
  for (const item of items) {
    const figure = describe(input, words, item, lexicon, taken);
    const role = figure.quantity.role;
    if (item.dual) {
      if (role !== null && lexicon.casualtyRoles.has(role)) described.push(figure);
    } else if (!item.loose || countsCasualtiesOrFighters(role, lexicon)) described.push(figure);
  }
  markPieces(input.text, words, described, lexicon);
  carryCasualtyRole(input.text, described, lexicon);
  shareListRole(input.text, described);
  shareElidedRole(input, words, described, lexicon);
  shareRestatedRole(described, lexicon);
  return described.map((d) => d.quantity);
}

/**
 * `توفي 6 حجاج … وأوضح البيان أن الحجاج الستة من خارج البعثة`: a definite group count with no
 * casualty of its own names the people an earlier figure of the same value counted, within
 * RESTATE_REACH characters, and shares that figure's casualty.
 */
function shareRestatedRole(figures: Described[], lexicon: QuantityLexicon) {
  for (let n = 1; n < figures.length; n++) {
    const figure = figures[n] as Described;
    if (!figure.restates || figure.roleFrom !== 'people') continue;
    for (let k = n - 1; k >= 0; k--) {
      const earlier = (figures[k] as Described).quantity;
      if (figure.quantity.start - earlier.end > RESTATE_REACH) break;
      if (earlier.value !== figure.quantity.value || earlier.unit !== 'person') continue;
      if (!lexicon.casualtyRoles.has(earlier.role ?? '')) continue;
      figure.quantity.role = earlier.role;
      figure.roleFrom = 'cue';
      break;
    }
  }
}

const RESTATE_REACH = 1500;

/** Rule 3: a loose count (`عدد كبير من`) is a figure only when it counts casualties or fighters. */
function countsCasualtiesOrFighters(role: string | null, lexicon: QuantityLexicon): boolean {
  return role !== null && (lexicon.casualtyRoles.has(role) || role === 'fighters');
}

/**
 * Rule 7b: `قتل 5 مدنيين و3 جنود`: the line after و in a list shares the casualty its first line's
 * cue states, when its own noun only says who they are.
 */
function carryCasualtyRole(text: string, figures: Described[], lexicon: QuantityLexicon) {
  for (let n = 1; n < figures.length; n++) {
    const previous = figures[n - 1] as Described;
    const figure = figures[n] as Described;
    const role = previous.quantity.role;
    if (previous.roleFrom !== 'cue' || role === null || !lexicon.casualtyRoles.has(role)) continue;
    if (figure.quantity.unit !== 'person' || figure.roleFrom === 'cue') continue;
    if (lexicon.casualtyRoles.has(figure.quantity.role ?? '')) continue;
    if (!/^\s*و$/u.test(text.slice(previous.quantity.end, figure.quantity.start).trim())) continue;
    figure.quantity.role = role;
    figure.roleFrom = 'cue';
  }
}

/** Rule 8's years: a bare year, or a number after a year cue, with no unit of its own. */
function isYearItem(item: Item, words: Words, lexicon: QuantityLexicon): boolean {
  if (item.multiplied || countedAfter(words, item.wj, lexicon)) return false;
  // `نحو 2000`، `أكثر من 2000`: an approximator bounds a count; a year is never approximated so.
  if (approximatorBefore(words, item.wi, lexicon)) return false;
  return isBareYear(item, words, lexicon);
}

/** A unit right after the number, or after a partitive `من` (`2000 من السكان`). */
function countedAfter(words: Words, at: number, lexicon: QuantityLexicon): boolean {
  if (lexicon.units.matchAt(words, at)) return true;
  return lexicon.partitives.has(words.at(at)?.key ?? '') && lexicon.units.matchAt(words, at + 1) !== null;
}

/** An approximator phrase ending right before word `wi`. */
function approximatorBefore(words: Words, wi: number, lexicon: QuantityLexicon): boolean {
  for (let j = Math.max(0, wi - 5); j < wi; j++) {
    const match = lexicon.approximators.matchAt(words, j);
    if (match && j + match.length === wi) return true;
  }
  return false;
}

function findItems(input: QuantityInput, words: Words, lexicon: QuantityLexicon): Item[] {
  const byWord = new Map<number, Item>();
  const blocked = new Set<number>();
  for (const n of input.numbers ?? []) {
    const wi = wordIndexContaining(words, n.start);
    if (wi >= words.length) continue;
    const wj = Math.max(wi + 1, wordIndexAt(words, n.end));
    for (let k = wi; k < wj; k++) blocked.add(k);
    if (n.kind === 'ordinal') continue;
    const item: Item = {
      wi,
      wj,
      value: round(n.value),
      multiplied: wj - wi > 1,
      vague: false,
      digits: null,
      start: n.start,
    };
    if (n.indefinite) Object.assign(item, { value: null, min: n.value * 2, vague: true });
    else if (wj - wi === 1 && words.at(wi)?.kind === 'number')
      Object.assign(item, { multiplied: false, digits: words.at(wi)?.text });
    byWord.set(wi, item);
  }
  for (let i = 0; i < words.length; i++) {
    if (words.kind(i) !== 'number' || blocked.has(i)) continue;
    const digits = words.text(i);
    const value = parseDigits(digits);
    if (value !== null) byWord.set(i, { wi: i, wj: i + 1, value, multiplied: false, vague: false, digits });
  }
  const items = dropRepeatedTeens(
    words,
    [...byWord.values()].sort((a, b) => a.wi - b.wi),
  );
  for (const item of items) {
    const multiplier = lexicon.multipliers.matchAt(words, item.wj, { exact: true });
    if (multiplier && item.value !== null) {
      item.value = round(item.value * multiplier.value);
      item.wj += multiplier.length;
      item.multiplied = true;
    }
  }
  const covered = new Set<number>();
  for (const item of items) for (let k = item.wi; k < item.wj; k++) covered.add(k);
  for (let i = 0; i < words.length; i++) {
    if (covered.has(i) || covered.has(i - 1)) continue;
    const vague = lexicon.vague.matchAt(words, i);
    if (!vague) continue;
    const item: Item = {
      wi: i,
      wj: i + vague.length,
      value: null,
      multiplied: false,
      vague: true,
      digits: null,
    };
    if (vague.value.min !== undefined) item.min = vague.value.min;
    if (vague.value.max !== undefined) item.max = vague.value.max;
    if (vague.value.loose) item.loose = true;
    // `بضع عشرات`: the phrase takes in the indefinite number (`عشرات`) it ends with.
    for (let n = items.length - 1; n >= 0; n--) {
      const inner = items[n] as Item;
      if (inner.vague && inner.wi > i && inner.wj <= item.wj) items.splice(n, 1);
    }
    items.push(item);
    i += vague.length - 1;
  }
  for (let i = 0; i < words.length; i++) {
    if (covered.has(i)) continue;
    // Rule 3b: `مقتل شخصين`، `أصيب جنديان`: a dual noun counts two.
    const dual = lexicon.duals.matchAt(words, i);
    if (dual?.length === 1) {
      items.push({
        wi: i,
        wj: i + 1,
        value: 2,
        multiplied: false,
        vague: false,
        digits: null,
        dual: dual.value,
      });
      continue;
    }
    const value = thresholdValue(words, i, lexicon);
    if (value !== null) items.push({ wi: i, wj: i + 1, value, multiplied: true, vague: false, digits: null });
    const group = groupCount(words, i, lexicon);
    if (group) items.push({ ...group, wi: i, wj: i + 1, multiplied: false, vague: false, digits: null });
  }
  return items.sort((a, b) => a.wi - b.wi);
}

/**
 * `18 عشر إصابة`: a teen in digits followed by the word `عشر` writes the same number twice (a slip
 * of the pen the digits already settle), so the word is part of the number, not a second one.
 */
function dropRepeatedTeens(words: Words, items: Item[]): Item[] {
  for (let n = items.length - 2; n >= 0; n--) {
    const a = items[n] as Item;
    const b = items[n + 1] as Item;
    if (a.digits === null || a.value === null || a.value < 11 || a.value > 19) continue;
    if (b.wi !== a.wj || b.wj !== b.wi + 1 || !TEN_WORDS.has(words.key(b.wi))) continue;
    a.wj = b.wj;
    items.splice(n + 1, 1);
  }
  return items;
}

const TEN_WORDS = new Set(['عشر', 'عشره']);

/** `الحجاج الستة`، `المتهمين التسعة`: a definite number word after a definite plural of people. */
function groupCount(words: Words, i: number, lexicon: QuantityLexicon) {
  const numeral = lexicon.attributeNumerals.matchAt(words, i, { exact: true });
  if (!numeral || i === 0 || !words.key(i).startsWith('ال')) return null;
  const noun = words.at(i - 1) as Word;
  if (noun.kind !== 'word' || !noun.key.replace(/^و/u, '').startsWith('ال')) return null;
  const unit = lexicon.units.matchAt(words, i - 1, { exact: true })?.value ?? peopleNoun(noun, lexicon);
  if (unit?.unit !== 'person') return null;
  return { value: numeral.value, nounBefore: unit };
}

/**
 * Rule 1b: `تجاوزت الحصيلة الألف`، `تخطى حاجز المليون`: a definite `الألف` or `المليون` is a number
 * when it is a threshold, after a threshold noun or governed by a bounding verb (rule 6c's).
 */
function thresholdValue(words: Words, i: number, lexicon: QuantityLexicon): number | null {
  const numeral = lexicon.definiteNumerals.matchAt(words, i, { exact: true });
  if (!numeral) return null;
  if (i > 0 && lexicon.thresholdNouns.matchAt(words, i - 1)) return numeral.value;
  return verbBound(words, i, lexicon, new Set()) ? numeral.value : null;
}

/** Rule 4: two numbers joined by a dash, `بين … و…` or `من … إلى …` become one range. */
function joinRanges(text: string, words: Words, items: Item[], lexicon: QuantityLexicon): Item[] {
  const out: Item[] = [];
  for (let n = 0; n < items.length; n++) {
    const a = items[n] as Item;
    const b = items[n + 1];
    if (!b || a.value === null || b.value === null || a.vague || b.vague) {
      out.push(a);
      continue;
    }
    const before = words.at(a.wi - 1)?.stems ?? [];
    const gapText = text.slice(words.at(a.wj - 1)?.end ?? 0, words.at(b.wi)?.start ?? 0).trim();
    const gap = gapText === '' && words.at(b.wi)?.text.startsWith('و') ? 'و' : foldArabic(gapText);
    const dash = /^[-–—]$/u.test(gap) && a.digits !== null && b.digits !== null;
    const between = before.includes('بين') && gap === 'و';
    const fromTo = before.includes('من') && (gap === 'الي' || gap === 'حتي');
    // `30 إلى 40 شخصاً`: a bare `إلى` between a smaller and a larger number is a range too.
    const upTo = gap === 'الي' && a.value < b.value && !before.some((stem) => TARGET_WORDS.has(stem));
    if (!dash && !between && !fromTo && !upTo) {
      out.push(a);
      continue;
    }
    let low = a.value;
    if (!a.multiplied && b.multiplied) {
      const multiplier = lexicon.multipliers.matchAt(words, b.wj - 1, { exact: true });
      if (multiplier && low < (b.value as number) / multiplier.value + 1) low = round(low * multiplier.value);
    }
    const first = dash || (upTo && !fromTo) ? a.wi : a.wi - 1;
    out.push({
      wi: first,
      wj: b.wj,
      value: null,
      min: low,
      max: b.value,
      multiplied: b.multiplied,
      vague: false,
      digits: null,
    });
    n++;
  }
  return out;
}

function describe(
  input: QuantityInput,
  words: Words,
  item: Item,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): Described {
  const first = words.at(item.wi) as Word;
  let startWord = item.wi;
  let approx: Approx | null = null;
  for (let j = Math.max(0, item.wi - 5); j < item.wi; j++) {
    const match = lexicon.approximators.matchAt(words, j);
    if (match && j + match.length === item.wi) {
      approx = match.value;
      startWord = j;
      break;
    }
  }
  let endWord = item.wj;
  // `الآلاف من المقاتلين`، `500 من موظفيها`: a partitive after a vague or multiplied figure, or
  // before people, puts the counted noun after it.
  const partitive =
    lexicon.partitives.has(words.at(item.wj)?.key ?? '') &&
    (item.vague || item.multiplied || countsPeople(words, item.wj + 1, lexicon));
  const unitAt = partitive ? item.wj + 1 : item.wj;
  const unitMatch = item.dual || item.nounBefore ? null : unitAfter(words, unitAt, lexicon);
  // A hundred and more in digits count a singular noun as the multipliers do (`150 فلسطيني`); a
  // lone number word is too often a name's part (`ألفا`) to say so.
  const singular = item.multiplied || (item.digits !== null && (item.value ?? 0) >= 100);
  const own = item.dual ?? item.nounBefore;
  const nisba = !own && !unitMatch && isNisba(words.at(item.wj), singular, lexicon);
  const plural = !own && !unitMatch && !nisba ? peopleNoun(words.at(unitAt), lexicon) : null;
  const unit: UnitSense | null = own ?? unitMatch?.value ?? (nisba ? { unit: 'person', role: null } : plural);
  if (unitMatch) endWord = unitAt + unitMatch.length;
  else if (nisba) endWord += 1;
  else if (plural) endWord = unitAt + 1;
  const post = lexicon.postApproximators.matchAt(words, endWord);
  if (post) {
    approx = post.value;
    endWord += post.length;
  }
  approx ??= verbBound(words, startWord, lexicon, taken);
  const sentence = spanAt(input.sentences ?? [], first.start);
  let roleFrom: RoleSource = 'unit';
  let role = crewOf(words, endWord, unit, lexicon)
    ? null
    : (unit?.role ?? ageRole(words, startWord, unit, lexicon));
  if (unitMatch && role) role = coordinatedRole(words, unitAt, unitMatch.length, role, lexicon, taken, true);
  else if (item.dual && role) role = coordinatedRole(words, item.wi, 1, role, lexicon, taken, true);
  // `3 حالات وفاة و12 حالة اختناق`: the word after a case noun names the case.
  const caseOf = unitMatch && lexicon.caseUnits.matchAt(words, unitAt, { exact: true });
  if (!role && caseOf) role = lexicon.roleCues.matchAt(words, unitAt + unitMatch.length)?.value ?? null;
  const inTime = input.excluded ? overlapTest(input.excluded) : undefined;
  // `قتل في الهجوم الذي استهدف سوقا … صباح الجمعة 18 شخصا`: people the clause's verb speaks of
  // may stand past a long place or relative clause.
  // `جرح في الاشتباكات التي اندلعت … أمام البرلمان 27 شرطياً`: so may people named only by who
  // they are, when the far cue is a casualty.
  const near = cueBefore(words, startWord, sentence, lexicon, taken, inTime);
  const far =
    !near && unit?.unit === 'person' && (!role || !lexicon.casualtyRoles.has(role))
      ? cueBefore(words, startWord, sentence, lexicon, taken, inTime, true)
      : null;
  const before = near ?? (far && (!role || lexicon.casualtyRoles.has(far.role)) ? far : null);
  // `أصيب 3 جنود`، `قتل 40 عنصراً`: what happened to them says more than who they are.
  const casualty = before && lexicon.casualtyRoles.has(before.role);
  if (!role || (casualty && unit?.unit === 'person' && !lexicon.casualtyRoles.has(role))) {
    roleFrom = 'cue';
    role = before?.role ?? cueAfter(words, startWord, endWord, sentence, lexicon, taken)?.role ?? null;
    // `دمر القصف الذي قتل العشرات 50 منزلاً`: things counted are never casualties or fighters.
    if (unit && unit.unit !== 'person' && countsCasualtiesOrFighters(role, lexicon)) role = null;
  } else if (
    !before &&
    unit?.unit === 'person' &&
    !lexicon.casualtyRoles.has(role) &&
    !lexicon.casualtyRoles.has(unit.role ?? '')
  ) {
    // `لقي 5 جنود حتفهم`، `3 جنود جرحى`: a fate told right after people who are named by who they
    // are says more, unless that cue has a figure of its own (`3000 مقاتل قتل منهم 200`).
    const after = cueAfter(words, startWord, endWord, sentence, lexicon, taken);
    if (after && lexicon.casualtyRoles.has(after.role) && !cueOwnsFigure(words, after.end, taken, lexicon)) {
      role = after.role;
      roleFrom = 'cue';
    }
  }
  // `عدد الوفيات ازداد، حيث أعلنت الأردن فقدان 14 حاجاً`: loss in a sentence about deaths is death.
  if (role === 'missing' && before && lossAfterDeaths(words, before.end, sentence, lexicon, taken))
    role = 'killed';
  // `توفي 4 من الجرحى`، `فارق 3 من المصابين الحياة`: a group named after a partitive is where the
  // people came from; a casualty said of them before, or a death after, is what befell them now.
  if (partitive && unitMatch && roleFrom === 'unit' && lexicon.casualtyRoles.has(role ?? '')) {
    const fate =
      before && lexicon.casualtyRoles.has(before.role)
        ? before.role
        : cueAfter(words, startWord, endWord, sentence, lexicon, taken)?.role;
    if (fate && lexicon.casualtyRoles.has(fate) && fate !== role && (before || fate === 'killed')) {
      role = fate;
      roleFrom = 'cue';
    }
  }
  // `قضت بالسجن على 12 متهماً`، `بالإعدام على 6`: those sentenced, neither arrested nor killed;
  // `أوقف الاتحاد 3 لاعبين`: suspended, not arrested.
  if (
    roleFrom === 'cue' &&
    ((lexicon.casualtyRoles.has(role ?? '') && verdictOn(words, startWord, endWord, lexicon)) ||
      (role === 'arrested' && suspended(words, startWord, endWord, lexicon)))
  )
    role = null;
  // `45 إصابة جديدة بالكوليرا`: cases of an illness, not people wounded.
  if (
    role === 'injured' &&
    (diseaseNear(words, endWord, lexicon, before?.end) || diseaseBefore(words, startWord, lexicon))
  )
    role = 'other';
  if (!role) {
    roleFrom = unit?.unit === 'person' ? 'people' : 'none';
    role = unit?.unit === 'person' ? 'other' : null;
  }
  // `أم لثلاثة أطفال`: someone's children, no figure an analyst tracks.
  if (childrenOf(input.text, words, item, lexicon)) {
    role = null;
    roleFrom = 'none';
  }
  const firstWord = words.at(startWord) as Word;
  const quantity: Quantity = {
    start:
      startWord === item.wi && item.start !== undefined
        ? Math.max(firstWord.start, item.start)
        : firstWord.start,
    end: (words.at(endWord - 1) as Word).end,
    value: item.value,
    approx,
    unit: unit?.unit ?? null,
    role,
  };
  if (item.min !== undefined) quantity.min = item.min;
  if (item.max !== undefined) quantity.max = item.max;
  const described: Described = { quantity, firstWord: startWord, endWord, roleFrom, nisba };
  return item.nounBefore ? { ...described, restates: true } : described;
}

/**
 * The cue ending at `cueEnd` is a loss noun (`فقدان`) and a death cue stands before it in its
 * sentence, across commas, with no figure between (TARGET_REACH words).
 */
function lossAfterDeaths(
  words: Words,
  cueEnd: number,
  sentence: Span | undefined,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): boolean {
  const cue = cueEnd - 1;
  if (!lexicon.lossNouns.matchAt(words, cue, { exact: true })) return false;
  for (let k = cue - 1; k >= Math.max(0, cue - TARGET_REACH); k--) {
    const word = words.at(k) as Word;
    if (taken.has(k) || (sentence && word.start < sentence.start)) return false;
    if (word.text !== '،' && word.text !== ',' && SENTENCE_STOPS.has(word.text)) return false;
    const found = lexicon.roleCues.matchAt(words, k)?.value ?? casualtyNoun(words, k, lexicon)?.value;
    if (found === 'killed') return true;
  }
  return false;
}

/**
 * `قضت المحكمة بالسجن المؤبد على 12 متهماً`، `حكمت على 5 متهمين بالإعدام`، `بالسجن 10 سنوات بحق 5
 * متهمين`: a punishment within
 * VERDICT_REACH words of a figure governed by `على` tells a sentence, not an arrest.
 */
function verdictOn(words: Words, startWord: number, endWord: number, lexicon: QuantityLexicon): boolean {
  if (startWord < 1 || !lexicon.verdictPrepositions.matchAt(words, startWord - 1, { exact: true }))
    return false;
  const stop = (k: number) => SENTENCE_STOPS.has(words.text(k));
  for (let k = startWord - 2; k >= Math.max(0, startWord - 2 - VERDICT_REACH) && !stop(k); k--)
    if (lexicon.verdictCues.matchAt(words, k)) return true;
  for (let k = endWord; k < Math.min(words.length, endWord + VERDICT_REACH) && !stop(k); k++)
    if (lexicon.verdictCues.matchAt(words, k)) return true;
  return false;
}

const VERDICT_REACH = 4;

/** `أوقف الاتحاد 3 لاعبين`: a stopping verb a few words before people of sport suspends them. */
function suspended(words: Words, startWord: number, endWord: number, lexicon: QuantityLexicon): boolean {
  if (!lexicon.suspensions.people.matchAt(words, endWord - 1, { exact: true })) return false;
  for (let k = startWord - 1; k >= Math.max(0, startWord - 4); k--) {
    if (SENTENCE_STOPS.has(words.text(k))) return false;
    if (lexicon.suspensions.verbs.matchAt(words, k, { exact: true })) return true;
  }
  return false;
}

/** `أم لثلاثة أطفال`، `أب لـ 5 أبناء`: a figure after a parent noun and `ل`. */
function childrenOf(text: string, words: Words, item: Item, lexicon: QuantityLexicon): boolean {
  const first = words.at(item.wi) as Word;
  const glued = item.start !== undefined && item.start > first.start && text[first.start] === 'ل';
  const head = glued ? item.wi - 1 : item.wi - 2;
  if (!glued && !/^لـ?$/u.test(words.at(item.wi - 1)?.text ?? '')) return false;
  return (words.at(head)?.stems ?? []).some((stem) => lexicon.kinshipHeads.has(stem));
}

/**
 * Rule 7b: `تضم 25 ألف مقاتل، وهناك أكثر من 5 آلاف في روستوف`، `ارتفع العدد إلى 17، ثم إلى 19`: a
 * bare figure, with no unit and no cue, counts what the figure before it in its sentence counts,
 * unless a preposition of place or time governs it (`في 3 محافظات`).
 */
function shareElidedRole(input: QuantityInput, words: Words, figures: Described[], lexicon: QuantityLexicon) {
  for (let n = 1; n < figures.length; n++) {
    const figure = figures[n] as Described;
    const q = figure.quantity;
    if (q.role !== null || q.unit !== null) continue;
    if (GOVERNING.has((words.at(figure.firstWord - 1) as Word | undefined)?.key ?? '')) continue;
    // `70 دولة`، `65 ألف خيمة`: a word right after the figure is what it counts, listed or not.
    const next = words.at(figure.endWord);
    if (next?.kind === 'word' && !lexicon.elisionFollowers.has(next.key)) continue;
    if (q.value !== null && !Number.isInteger(q.value)) continue;
    const previous = figures[n - 1] as Described;
    if (previous.quantity.unit !== 'person' || previous.quantity.role === null) continue;
    const between = input.text.slice(previous.quantity.end, q.start);
    if (/[.!?؟\n]/u.test(between)) continue;
    const sentence = spanAt(input.sentences ?? [], q.start);
    if (sentence && previous.quantity.start < sentence.start) continue;
    q.role = previous.quantity.role;
    q.unit = 'person';
    figure.roleFrom = 'cue';
  }
}

/** Prepositions before a bare number that make it a count of places or times, not of people. */
const GOVERNING = new Set(['في', 'ب', 'ل', 'علي', 'خلال', 'منذ', 'عن', 'بعد', 'قبل', 'حتي', 'من', 'مع']);

/**
 * Rule 6: the unit right after a number; a word behind a conjunction (`بلغ 78 والجرحى 4000`) starts
 * the next item and is not this number's noun.
 */
function unitAfter(words: Words, at: number, lexicon: QuantityLexicon) {
  const match = lexicon.units.matchAt(words, at);
  if (!match) return match;
  // `46 بين قتيل وجريح`: a unit of two letters (`ين`) read through a proclitic is another word.
  const first = foldKey(match.phrase.split(/\s+/u)[0] ?? '');
  if (!words.at(at)?.text.startsWith('و') && (first.length > 2 || words.key(at) === first)) return match;
  return lexicon.units.matchAt(words, at, { exact: true });
}

/** People are counted at word `k`: a person unit or a plural of people (`الموظفين`، `موظفيها`). */
function countsPeople(words: Words, k: number, lexicon: QuantityLexicon): boolean {
  return unitAfter(words, k, lexicon)?.value.unit === 'person' || peopleNoun(words.at(k), lexicon) !== null;
}

/**
 * Rule 6d: a plural of people the data does not list: a listed person noun in the construct with a
 * pronoun (`موظفيها` → `موظفين`, `مقاتليه`), or a participle's sound plural (`متقاعدين`،
 * `منتسبون`: `م…ين/ون`, not the broken plural `مفاعيل` of things, `ميادين`).
 */
function peopleNoun(word: Word | undefined, lexicon: QuantityLexicon): UnitSense | null {
  if (word?.kind !== 'word') return null;
  const { plurals } = lexicon;
  // `178 والمفقودين`: a word behind و is the next item, not this figure's noun (as in `unitAfter`).
  for (const stem of word.text.startsWith('و') ? [word.key] : word.stems) {
    for (const suffix of plurals.constructSuffixes) {
      if (!stem.endsWith(suffix) || stem.length - suffix.length < 3) continue;
      const sense = lexicon.personForms.get(`${stem.slice(0, stem.length - suffix.length)}ين`);
      if (sense) return sense;
    }
    const sense = lexicon.personForms.get(stem);
    if (sense) return sense;
    if (stem.length < plurals.minLength || plurals.notPeople.has(stem)) continue;
    if (!plurals.prefixes.some((p) => stem.startsWith(p))) continue;
    if (!plurals.endings.some((e) => stem.endsWith(e))) continue;
    // `ميادين`، `مضامين`: مفاعيل, six letters with an alef third, is a broken plural of things.
    if (stem.length === 6 && stem[2] === 'ا') continue;
    return { unit: 'person', role: null };
  }
  return null;
}

/** Rule 6b: `هنديا`, `سنغاليين` — a nisba ending on a word that is not a listed adverb. */
function isNisba(word: Word | undefined, singular: boolean, lexicon: QuantityLexicon): boolean {
  if (word?.kind !== 'word' || word.key.length < 4) return false;
  // `171 والجرحى`: a word behind و is the next item, not this figure's noun.
  if (word.text.startsWith('و')) return false;
  if (lexicon.nisba.notPeople.has(word.key)) return false;
  // After ألف or مليون, or a hundred and more, the counted noun is singular (`9.7 مليون تونسي`).
  const endings = singular ? lexicon.nisba.endingsAfterMultiplier : lexicon.nisba.endings;
  return endings.some((ending) => word.key.endsWith(ending));
}

/** Rule 6c: a bounding verb up to ten words before the figure (CUE_REACH), with no figure or comma between. */
function verbBound(
  words: Words,
  startWord: number,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): Approx | null {
  for (let k = startWord - 1; k >= Math.max(0, startWord - CUE_REACH); k--) {
    const word = words.at(k) as Word;
    if (taken.has(k) || SENTENCE_STOPS.has(word.text)) return null;
    const verb = lexicon.verbApproximators.matchAt(words, k);
    if (verb) return verb.value;
  }
  return null;
}

/**
 * Rule 9, lists: the lines of one list count the same thing, so lines whose role is only `other`
 * take the one role a cue gives another line (`ولقي 14 ماليزيا، و165 إندونيسيا … و98 هنديا حتفهم`).
 */
function shareListRole(text: string, figures: Described[]) {
  let from = 0;
  for (let n = 1; n <= figures.length; n++) {
    const joined = n < figures.length && listed(text, figures[n - 1] as Described, figures[n] as Described);
    if (joined) continue;
    const run = figures.slice(from, n);
    from = n;
    if (run.length < 2 || run.some((f) => f.quantity.unit !== 'person' || f.roleFrom === 'unit')) continue;
    const roles = new Set(run.filter((f) => f.roleFrom === 'cue').map((f) => f.quantity.role));
    const [role] = roles;
    if (roles.size !== 1 || !role) continue;
    for (const f of run) if (f.roleFrom === 'people') f.quantity.role = role;
  }
}

/** Rule 9: parts, breakdown lines and the totals they belong to. */
function markPieces(text: string, words: Words, figures: Described[], lexicon: QuantityLexicon) {
  for (let n = 1; n < figures.length; n++) {
    const figure = figures[n] as Described;
    const previous = figures[n - 1] as Described;
    const cue = pieceCue(words, figure.firstWord, lexicon) ?? partAfter(words, figure.endWord, lexicon);
    let kind: 'part' | 'breakdown' | null = cue;
    let total: number | null = null;
    // `ومن بين المصابين الـ 120، هناك 18 في حالة حرجة`: those in a condition are a part of the total.
    const conditionOf =
      !cue && lexicon.conditions.matchAt(words, figure.endWord) ? totalBefore(text, figures, n, 200) : null;
    if (cue) total = totalBefore(text, figures, n, cue === 'part' ? 200 : 400);
    else if (conditionOf !== null) {
      kind = 'part';
      total = conditionOf;
    } else if (amongTotal(text, words, previous, figure, lexicon)) {
      kind = 'part';
      total = n - 1;
    } else if (
      previous.quantity.scope &&
      previous.quantity.scope.kind !== 'total' &&
      listed(text, previous, figure, pieceEnd(words, previous, lexicon))
    ) {
      kind = previous.quantity.scope.kind;
      total = previous.quantity.scope.of ?? null;
    } else if (
      listed(text, previous, figure) &&
      sameCount(previous, figure) &&
      (previous.nisba || figure.nisba || placeAfter(words, figure.endWord))
    ) {
      // A list of figures by place or nationality with no total before it: its lines are a breakdown
      // of a total the text does not give, and the first line is one of them too.
      kind = 'breakdown';
      markPiece(words, previous, 'breakdown', null, null, lexicon);
    }
    if (!kind) continue;
    const source = total !== null ? (figures[total] as Described) : previous;
    markPiece(words, figure, kind, total, source, lexicon);
    if (total !== null) {
      const totalFigure = figures[total] as Described;
      totalFigure.quantity.scope ??= { kind: 'total' };
    }
  }
}

function markPiece(
  words: Words,
  figure: Described,
  kind: 'part' | 'breakdown',
  total: number | null,
  source: Described | null,
  lexicon: QuantityLexicon,
) {
  if (figure.quantity.scope && figure.quantity.scope.kind !== 'total') return;
  const scope: NonNullable<Quantity['scope']> = { kind };
  if (total !== null) scope.of = total;
  const condition = lexicon.conditions.matchAt(words, figure.endWord);
  // `40 منهم في العاصمة`: the place follows the part cue.
  const placeAt = partAfter(words, figure.endWord, lexicon) ? figure.endWord + 1 : figure.endWord;
  const place = condition ? null : placeAfter(words, placeAt);
  if (place) scope.place = place;
  if (figure.nisba) scope.subgroup = (words.at(figure.endWord - 1) as Word).text;
  if (condition) scope.subgroup = wordsText(words, figure.endWord, condition.length);
  figure.quantity.scope = scope;
  const role = source?.quantity.role;
  if (!role) return;
  const weak = figure.roleFrom === 'people' || figure.roleFrom === 'none';
  // `قتل 30 شخصاً بينهم 8 جنود`: a piece named only by who they are shares its total's casualty.
  const who = whoOnly(figure, lexicon) && lexicon.casualtyRoles.has(role);
  if ((role !== 'other' && weak) || who) {
    figure.quantity.role = role;
    figure.roleFrom = 'cue';
  }
}

/** A figure whose unit only says who the people are (`جنود`، `عناصر`), not what befell them. */
function whoOnly(figure: Described, lexicon: QuantityLexicon): boolean {
  const { role, unit } = figure.quantity;
  return figure.roleFrom === 'unit' && unit === 'person' && !lexicon.casualtyRoles.has(role ?? '');
}

/**
 * `ومن بين الضحايا الـ 190، هناك 43 سورياً`: a total opened by `بين` and a casualty noun, and a
 * figure after it in its sentence with no casualty of its own, are a total and its part.
 */
function amongTotal(
  text: string,
  words: Words,
  total: Described,
  figure: Described,
  lexicon: QuantityLexicon,
) {
  if (figure.roleFrom !== 'people' && figure.roleFrom !== 'none' && !whoOnly(figure, lexicon)) return false;
  // The total is the noun's own number (`الضحايا الـ 190`), not a count of its own (`40 شخصاً`).
  if (total.quantity.unit !== null || !lexicon.casualtyRoles.has(total.quantity.role ?? '')) return false;
  const gap = text.slice(total.quantity.end, figure.quantity.start);
  if (gap.length > AMONG_GAP || /[.؛;!?؟\n]/u.test(gap)) return false;
  let noun = false;
  for (let k = total.firstWord - 1; k >= Math.max(0, total.firstWord - 4); k--) {
    const word = words.at(k) as Word;
    if (word.kind === 'number' || SENTENCE_STOPS.has(word.text)) return false;
    if (word.stems.includes('بين')) return noun;
    noun ||= casualtyNoun(words, k, lexicon) !== null;
  }
  return false;
}

/** How far after a total opened by `بين` its part may stand, in characters. */
const AMONG_GAP = 24;

/**
 * Two lines of a list count the same thing unless each has a role of its own and they differ:
 * `100 قتيل و4 آلاف جريح في انفجار …` are two tolls, not a breakdown of one.
 */
function sameCount(a: Described, b: Described): boolean {
  const own = (d: Described) => d.roleFrom === 'unit' || d.roleFrom === 'cue';
  return !own(a) || !own(b) || a.quantity.role === b.quantity.role;
}

/** A part or breakdown cue in the three words before the figure (`بينهم`, `ويشمل العدد`). */
function pieceCue(words: Words, firstWord: number, lexicon: QuantityLexicon) {
  for (let k = firstWord - 1; k >= Math.max(0, firstWord - 3); k--) {
    const word = words.at(k) as Word;
    if (word.kind === 'number' || (SENTENCE_STOPS.has(word.text) && word.text !== '،' && word.text !== ','))
      return null;
    const cue = lexicon.partCues.matchAt(words, k);
    if (cue) return cue.value;
  }
  return null;
}

/** Where a piece ends: past its part cue when one follows it (`40 منهم`), else at its own end. */
function pieceEnd(words: Words, piece: Described, lexicon: QuantityLexicon): number {
  return partAfter(words, piece.endWord, lexicon)
    ? (words.at(piece.endWord) as Word).end
    : piece.quantity.end;
}

/** `3 منهم`: a part cue right after the figure makes it a part too. */
function partAfter(words: Words, endWord: number, lexicon: QuantityLexicon) {
  const cue = lexicon.partCues.matchAt(words, endWord, { exact: true });
  return cue?.value === 'part' && cue.length === 1 ? 'part' : null;
}

/** The nearest earlier figure with a role within `reach` characters: what a piece belongs to. */
function totalBefore(text: string, figures: readonly Described[], n: number, reach: number): number | null {
  const figure = figures[n] as Described;
  for (let k = n - 1; k >= 0; k--) {
    const candidate = figures[k] as Described;
    if (figure.quantity.start - candidate.quantity.end > reach) return null;
    if (text.slice(candidate.quantity.end, figure.quantity.start).includes('\n\n')) return null;
    if (candidate.quantity.scope?.kind === 'part' || candidate.quantity.scope?.kind === 'breakdown') continue;
    if (candidate.quantity.role !== null && candidate.quantity.value !== null) return k;
  }
  return null;
}

/**
 * Two figures are lines of one list: only a place phrase, a comma and `و` stand between them, read
 * from `from` (the end of the first line's part cue, `40 منهم في العاصمة و24 في الضواحي`).
 */
function listed(text: string, a: Described, b: Described, from = a.quantity.end): boolean {
  const gap = text.slice(from, b.quantity.start);
  if (gap.length > 48 || /[.؛;!?؟\n]/u.test(gap)) return false;
  const trimmed = gap.trim();
  if (trimmed === '') return false;
  if (!/(^|[\s،,])و$/u.test(trimmed) && !/[،,]$/u.test(trimmed)) return false;
  const head = trimmed.replace(/[،,]?\s*و?$/u, '').trim();
  // Nothing, the place of the line before (`في المحافظة الأولى`) or one word (`ماليزيا`).
  return head === '' || !/\s/u.test(head) || /^(في|من|ب\S*)\s/u.test(`${head} `);
}

/** The text of `length` words from word `from`. */
function wordsText(words: Words, from: number, length: number): string {
  return Array.from({ length }, (_, j) => words.text(from + j)).join(' ');
}

/** The place a breakdown line names right after it (`في المحافظة الأولى`, `من كردستان العراق`). */
function placeAfter(words: Words, endWord: number): string | null {
  const lead = words.at(endWord);
  if (!lead || (lead.key !== 'في' && lead.key !== 'من')) return null;
  const parts: Word[] = [];
  for (let k = endWord + 1; k < Math.min(words.length, endWord + 4); k++) {
    const word = words.at(k) as Word;
    if (word.kind !== 'word' || (k > endWord + 1 && word.text.startsWith('و'))) break;
    parts.push(word);
  }
  if (parts.length === 0) return null;
  return parts.map((w) => w.text).join(' ');
}

function ageRole(words: Words, startWord: number, unit: UnitSense | null, lexicon: QuantityLexicon) {
  if (unit?.unit !== 'year') return null;
  if (words.at(startWord - 1)?.text === '(') return 'age';
  for (let k = startWord - 1; k >= Math.max(0, startWord - 4); k--) {
    if (lexicon.ageCues.matchAt(words, k)) return 'age';
  }
  return null;
}

function cueBefore(
  words: Words,
  startWord: number,
  sentence: Span | undefined,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
  inTime?: (start: number, end: number) => boolean,
  far = false,
): { role: string; end: number } | null {
  // `فُقد 4 صيادين`: a cue read only right before the figure (`فقد` there is no particle).
  const adjacent = lexicon.adjacentRoleCues.matchAt(words, startWord - 1);
  if (adjacent?.length === 1) return { role: adjacent.value, end: startWord };
  // `ارتفع عدد قتلى الانهيار الذي ضرب القرية ليلة الثلاثاء إلى 48`: the target of a rise or of
  // `بلغ` counts the subject, which a relative clause and a date may keep far from it.
  const target = TARGET_WORDS.has(words.at(startWord - 1)?.key ?? '');
  const reach = target || far ? TARGET_REACH : CUE_REACH;
  for (let k = startWord - 1; k >= Math.max(0, startWord - reach); k--) {
    const word = words.at(k) as Word;
    if (sentence && word.start < sentence.start) break;
    // `ارتفع عدد القتلى …، إلى 500`: the comma before the target of a rise does not end the clause.
    const comma = word.text === '،' || word.text === ',';
    const beforeTarget = comma && k === startWord - 2 && words.at(k + 1)?.key === 'الي';
    // `ارتفع عدد القتلى، اليوم الخميس، إلى 149`: a date set off by commas does not end the clause.
    const besideTime =
      comma && inTime !== undefined && (timeWord(words, k - 1, inTime) || timeWord(words, k + 1, inTime));
    // `قتل، بحسب مصادر محلية، 13 شخصا`: an attribution set off by commas does not end the clause.
    const aside = comma && !beforeTarget && !besideTime ? asideStart(words, k, lexicon) : null;
    if (aside !== null) {
      k = aside;
      continue;
    }
    if (taken.has(k) || (SENTENCE_STOPS.has(word.text) && !beforeTarget && !besideTime)) break;
    const cue = lexicon.roleCues.matchAt(words, k) ?? casualtyNoun(words, k, lexicon);
    if (cue)
      return { role: coordinatedRole(words, k, cue.length, cue.value, lexicon, taken), end: k + cue.length };
  }
  return null;
}

/**
 * The comma opening an aside that the comma at `k` closes: an attribution (`بحسب مصادر محلية`,
 * `وفق حصيلة أولية`) of at most ASIDE_REACH words, with no figure or stop inside.
 */
function asideStart(words: Words, k: number, lexicon: QuantityLexicon): number | null {
  for (let j = k - 2; j >= Math.max(0, k - ASIDE_REACH - 1); j--) {
    const word = words.at(j) as Word;
    if (word.kind === 'number') return null;
    if (word.text === '،' || word.text === ',') return lexicon.asideLeads.matchAt(words, j + 1) ? j : null;
    if (SENTENCE_STOPS.has(word.text)) return null;
  }
  return null;
}

const ASIDE_REACH = 8;

/** `55 عنصرا من الدفاع المدني`، `عناصر الإطفاء`: members of a civil body are a crew, not fighters. */
function crewOf(words: Words, endWord: number, unit: UnitSense | null, lexicon: QuantityLexicon): boolean {
  if (unit?.role !== 'fighters') return false;
  const at = lexicon.partitives.has(words.at(endWord)?.key ?? '') ? endWord + 1 : endWord;
  return lexicon.civilBodies.matchAt(words, at) !== null;
}

/** Word `k` lies inside a time mention. */
function timeWord(words: Words, k: number, inTime: (start: number, end: number) => boolean): boolean {
  const word = words.at(k);
  return word !== undefined && inTime(word.start, word.end);
}

/** `تجاوز عدد المشردين 300 ألف`: a casualty noun before the figure is a cue like the listed ones. */
function casualtyNoun(words: Words, k: number, lexicon: QuantityLexicon) {
  const unit = lexicon.units.matchAt(words, k);
  const role = unit?.value.role;
  return unit && role && lexicon.casualtyRoles.has(role) ? { length: unit.length, value: role } : null;
}

/** How far back a role cue is looked for: ten words, twenty before the target of a rise. */
const CUE_REACH = 10;
const TARGET_REACH = 20;
const TARGET_WORDS = new Set(['الي', 'بلغ', 'بلغت', 'وبلغ', 'وبلغت', 'ليبلغ', 'لتبلغ', 'ليصل', 'لتصل']);

/**
 * `قتل وأصيب العشرات`، `مئات القتلى والجرحى`: a casualty cue joined by و to one of another role
 * counts both at once, so the figure is `other`.
 */
function coordinatedRole(
  words: Words,
  at: number,
  length: number,
  role: string,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
  /** The cue is the unit of the figure before it (`6 قتلى`), not a cue before a figure. */
  isUnit = false,
): string {
  if (!lexicon.casualtyRoles.has(role)) return role;
  const differs = (k: number) => {
    const found = lexicon.roleCues.matchAt(words, k)?.value ?? lexicon.units.matchAt(words, k)?.value.role;
    return typeof found === 'string' && found !== role && lexicon.casualtyRoles.has(found);
  };
  // `سقط 6 قتلى وأصيب 20`، `لقوا حتفهم وأصيب أكثر من 300`: a unit's figure is its own, so a cue
  // after it with a figure of its own (past an approximator) starts the next clause.
  const nextClause = isUnit && figureWithin(words, at + length + 1, NEXT_FIGURE_REACH, taken);
  const joinedAfter =
    words.at(at + length)?.key.startsWith('و') === true && differs(at + length) && !nextClause;
  // `لقي 99 شخصاً مصرعهم وجرح 330`: a cue that follows its own figure is another clause's.
  const ownFigure = figureBefore(words, at - 1, taken);
  const joinedBefore = at > 0 && words.at(at)?.key.startsWith('و') === true && differs(at - 1) && !ownFigure;
  return joinedAfter || joinedBefore ? 'other' : role;
}

/** A figure in the `reach` words from `from`, in its clause. */
function figureWithin(words: Words, from: number, reach: number, taken: ReadonlySet<number>): boolean {
  for (let k = from; k < Math.min(words.length, from + reach); k++) {
    if (taken.has(k)) return true;
    if (SENTENCE_STOPS.has((words.at(k) as Word).text)) return false;
  }
  return false;
}

/**
 * `قتل منهم 200`: a figure follows the cue ending at `from` with no other cue between, so the cue
 * is that figure's (`9 من جنوده قتلوا وأصيب 61` is not: 61 has `أصيب`).
 */
function cueOwnsFigure(words: Words, from: number, taken: ReadonlySet<number>, lexicon: QuantityLexicon) {
  for (let k = from; k < Math.min(words.length, from + NEXT_FIGURE_REACH); k++) {
    if (taken.has(k)) return true;
    if (SENTENCE_STOPS.has((words.at(k) as Word).text) || lexicon.roleCues.matchAt(words, k)) return false;
  }
  return false;
}

/** How far after a joined cue its own figure may stand: `وأصيب ما لا يقل عن 300`. */
const NEXT_FIGURE_REACH = 5;

/** A figure within six words before `at`, in its clause: the cue there is that figure's. */
function figureBefore(words: Words, at: number, taken: ReadonlySet<number>): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    if (taken.has(k)) return true;
    if (SENTENCE_STOPS.has((words.at(k) as Word).text)) return false;
  }
  return false;
}

/**
 * `سجلت 31 إصابة بالكوليرا … منها 18 إصابة في بغداد`: once the text has counted cases of a disease
 * (a disease right after `إصابة`) in the words before, a later `إصابة` counts cases too.
 */
function diseaseBefore(words: Words, startWord: number, lexicon: QuantityLexicon): boolean {
  for (let k = startWord - 1; k >= Math.max(0, startWord - DISEASE_REACH); k--) {
    if (!lexicon.diseases.matchAt(words, k)) continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--)
      if ((words.at(j) as Word).stems.some((stem) => CASE_NOUNS.has(stem))) return true;
  }
  return false;
}

const DISEASE_REACH = 40;
const CASE_NOUNS = new Set(['اصابه', 'اصابات']);

/** A disease named within three words after the figure or after its cue. */
function diseaseNear(words: Words, endWord: number, lexicon: QuantityLexicon, cueEnd?: number): boolean {
  for (const from of cueEnd === undefined ? [endWord] : [endWord, cueEnd]) {
    for (let k = from; k < Math.min(words.length, from + 3); k++) {
      if (SENTENCE_STOPS.has((words.at(k) as Word).text)) break;
      if (lexicon.diseases.matchAt(words, k)) return true;
    }
  }
  return false;
}

/** The role of a frame whose verb stands right before the figure and whose object is at `k`. */
function frameRole(words: Words, startWord: number, k: number, lexicon: QuantityLexicon): string | null {
  for (const frame of lexicon.frameCues)
    if (frame.objects.matchAt(words, k) && frame.verbs.matchAt(words, startWord - 1)) return frame.role;
  return null;
}

function cueAfter(
  words: Words,
  startWord: number,
  endWord: number,
  sentence: Span | undefined,
  lexicon: QuantityLexicon,
  taken: ReadonlySet<number>,
): { role: string; end: number } | null {
  // `200 شخص في البلدة ما زالوا عالقين`: a state verb lets its complement, past a place, speak.
  let limit = endWord + CUE_AFTER_REACH;
  for (let k = endWord; k < Math.min(words.length, Math.max(limit, endWord + STATE_REACH)); k++) {
    const word = words.at(k) as Word;
    if (sentence && word.start >= sentence.end) break;
    if (taken.has(k) || SENTENCE_STOPS.has(word.text)) break;
    // `4 ضباط بتهمة القتل`: the crime they are charged with is not their fate.
    if (lexicon.chargeWords.matchAt(words, k, { exact: true })) break;
    // `12 عنصراً من الدفاع المدني في عداد المفقودين`: the body they belong to is not counted.
    const partitive = lexicon.partitives.has(word.key) ? 1 : 0;
    const body = lexicon.civilBodies.matchAt(words, k + partitive);
    if (body && k < limit) {
      limit += partitive + body.length;
      k += partitive + body.length - 1;
      continue;
    }
    // `فارق 3 أطفال الحياة`: a verb right before the figure and its object here tell the fate.
    const frame = k < limit ? frameRole(words, startWord, k, lexicon) : null;
    if (frame) return { role: frame, end: k + 1 };
    const cue = k < limit ? lexicon.roleCues.matchAt(words, k) : null;
    // `10 من عناصر الإطفاء`: a crew noun without a role is more than the `عناصر` it starts with.
    const crew = cue && lexicon.units.matchAt(words, k);
    // `46 بين قتيل وجريح`: two casualties joined after the figure count both (`other`), unless the
    // second has a figure of its own (`لقي 99 شخصاً مصرعهم وجرح 330`).
    if (cue && !(crew && crew.length > cue.length && crew.value.role === null))
      return {
        role: coordinatedRole(words, k, cue.length, cue.value, lexicon, taken, true),
        end: k + cue.length,
      };
    const state = lexicon.stateVerbs.matchAt(words, k);
    if (state) {
      limit = k + state.length + CUE_AFTER_REACH;
      k += state.length - 1;
    }
  }
  return null;
}

/** A cue after the figure is read within three words, or three past a state verb within six. */
const CUE_AFTER_REACH = 3;
const STATE_REACH = 6;

/** One overlap index per excluded list (the document's times), built on first use. */
const overlapTests = new WeakMap<readonly Span[], (start: number, end: number) => boolean>();

function overlapTest(excluded: readonly Span[]): (start: number, end: number) => boolean {
  let test = overlapTests.get(excluded);
  if (!test) {
    test = overlapsAny(excluded);
    overlapTests.set(excluded, test);
  }
  return test;
}

function isExcluded(input: QuantityInput, words: Words, item: Item, lexicon: QuantityLexicon): boolean {
  const first = words.at(item.wi) as Word;
  const last = words.at(item.wj - 1) as Word;
  // `ارتفع السعر إلى 2000 دولار`: a time reading (`إلى 2000`) gives way to money or people after it.
  if (
    input.excluded &&
    overlapTest(input.excluded)(first.start, last.end) &&
    !countsMoneyOrPeople(words, item.wj, lexicon)
  )
    return true;
  const prev = words.at(item.wi - 1);
  const next = words.at(item.wj);
  // `على جانب الطريق 6 جنود`: people counted after the number make it a count, not a road's number.
  const people = lexicon.units.matchAt(words, item.wj)?.value.unit === 'person';
  // `خلال الأيام الـ 3 الماضية`: a detached article stands between the label and its number.
  const label = prev?.key === 'ال' ? item.wi - 2 : item.wi - 1;
  if (label >= 0 && lexicon.skipBefore.matchAt(words, label) && !people) return true;
  if (next && lexicon.months.matchAt(words, item.wj) && (item.value ?? 0) <= 31) return true;
  const glued = (w: Word | undefined, other: Word | undefined, marks: RegExp) =>
    w !== undefined && marks.test(w.text) && other?.kind === 'number';
  if (glued(prev, words.at(item.wi - 2), /^[/:.]$/u) || glued(next, words.at(item.wj + 1), /^[/:.]$/u))
    return true;
  if (prev?.text === '+' || (item.digits !== null && /^[0٠]\d{5,}$/u.test(foldArabic(item.digits))))
    return true;
  if (prev && /^[-–]$/u.test(prev.text) && prev.start === first.start - 1) {
    const before = words.at(item.wi - 2);
    if (before && before.kind !== 'number' && before.end === prev.start) return true;
  }
  return false;
}

/** A unit of money, per cent or people right after the number (never after a year or a day). */
function countsMoneyOrPeople(words: Words, at: number, lexicon: QuantityLexicon): boolean {
  const unit = unitAfter(words, at, lexicon)?.value;
  return unit !== undefined && (unit.unit === 'person' || unit.role === 'money' || unit.role === 'percent');
}

/** A bare four-digit integer in 1900–2099 without a unit reads as a year. */
function isBareYear(item: Item, words: Words, lexicon: QuantityLexicon): boolean {
  if (item.value !== null && item.digits !== null) {
    const digits = foldArabic(item.digits);
    if (/^(19|20)\d\d$/u.test(digits)) return true;
  }
  if (item.value === null && item.min !== undefined && item.max !== undefined) {
    const isYear = (v: number) => Number.isInteger(v) && v >= 1900 && v <= 2099;
    if (isYear(item.min) && isYear(item.max)) return true;
  }
  if (item.wi === 0 || lexicon.yearCues.matchAt(words, item.wi - 1, { exact: true }) === null) return false;
  return item.wi < 2 || lexicon.notYearAfter.matchAt(words, item.wi - 2) === null;
}

/** `1,500` → 1500, `2.5` and `٢٫٥` → 2.5, `1,5` → 1.5. */
export function parseDigits(raw: string): number | null {
  const ascii = foldArabic(raw);
  let plain = ascii;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/u.test(ascii)) plain = ascii.replaceAll(',', '');
  else if (/^\d+,\d+$/u.test(ascii)) plain = ascii.replace(',', '.');
  if (!/^\d+(\.\d+)?$/u.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** Six decimals, then fifteen significant digits: `16.414 مليار` is 16414000000, not …000002. */
function round(value: number): number {
  return Number((Math.round(value * 1e6) / 1e6).toPrecision(15));
}
