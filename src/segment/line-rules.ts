/**
 * What one line is, judged alone (the first pass of classify-lines.ts). Each rule returns a verdict
 * or null; `judgeLine` tries them in this order, the first verdict winning:
 *  1. boilerplate anywhere: copyright notices (naming the holder, the site's own name); cookie notices (a cookie word and a consent word, so a
 *     news sentence about cookie law is not one); lines of only links, e-mails, handles or hashtags;
 *     short lines with a phrase only a site's interface says to its reader (`بريدك الإلكتروني`);
 *  2. read-also labels: a label alone opens a list of other articles' headlines (`listLabel`); a
 *     label, a separator and a headline on one line is related;
 *  3. captions: a caption prefix and a separator (`صورة:`), or a short line ending in a bracketed
 *     photo or agency credit (`(أ.ف.ب)`, `(رويترز/أرشيف)`, any dotted abbreviation); a credit alone on
 *     its line credits the whole article and is a byline;
 *  4. datelines: a line that is only a date or time (Latin-letter months too: `January 9, 2021`), or a
 *     place of a few words, a separator and a date; the weather a site prints beside its date
 *     (`الرياض 41° | الأحد …`) is part of the date;
 *  5. bylines: a credit alone on a short line (`وكالات`, `النهار نيوز -`, `بيروت / الوكالة`, a site and
 *     an agency's initials `المدينة 24 – أ. ف. ب`, an editor's initials `م.ع`), or
 *     a cue (`نشر في`, `المصدر`, `بقلم`, `كتب`…) then a separator or a short name, in a short
 *     line that does not end a sentence, the cue at the start or after a place and a dash (`الموصل - نشر`); after an outlet cue the first part that is not a date and not
 *     a generic source (`وكالات`) is the outlet;
 *     Also wire credits in brackets (`(إعداد … - تحرير …)`), a place and an agency in brackets
 *     (`الجزائر (واج)`), an agency and initials (`العمانية/ع خ`);
 *  6. boilerplate of interface: the site's header, its name and how it describes itself
 *     (`X | جريدة إلكترونية مستقلة`، naming the outlet X), an outlet's name alone; menus and breadcrumbs (three or more short parts between separators),
 *     lines made only of section names or social networks, a menu run together (one pair of words
 *     three times: the site's name before each section), short lines starting with an interface
 *     phrase (`شارك`, `تابعونا على`…) whose rest is only glue words, networks or numbers, or names a
 *     network, or that labels a list with a colon (`الوسوم: …`, `رئيس التحرير: …`); a short line
 *     naming a kind of news site (`… الإخبارية`) or a slogan `… منذ 1998` is the site's own;
 *  7. related headlines: a headline-length line, not ending a sentence, whose first or last part
 *     between ` | `, ` - `, ` – ` is a short name (the outlet), once parts that are dates are set aside;
 *     a last part that says what kind of item it is (`لحظة بلحظة`, `بالفيديو`) names no outlet, nor
 *     does a first part that is a section label or a place (`عاجل |`, `لبنان |`), nor a last part
 *     that is a place no outlet in data/ar/outlets.json is named after (`- لبنان`, but `| الخليج`).
 */
import type { SegmentKind } from '../contract/analysis.js';
import { afterPhrase, coveredBy, endsLikeProse, type Line } from './lines.js';
import { fold, type SegmentVocabulary } from './vocabulary.js';

export interface LineVerdict {
  readonly kind: SegmentKind;
  readonly outlet?: string;
  /** The line is a label ("اقرأ أيضاً") that the next headlines belong to. */
  readonly listLabel?: boolean;
  /** Characters at the start of the line that are not the segment (a section label before a title). */
  readonly skip?: number;
  /** The line is related because it stands in a list under a read-also label. */
  readonly listed?: boolean;
  /** The line is only an outlet's name (`الشرق الأوسط`): the site's name where the page's chrome is. */
  readonly siteName?: boolean;
}

const SEPARATOR_AFTER = /^\s*[:：\-–—|»›]/u;
const PART_SEPARATOR = /\s+[|–—-]\s+|\s*\|\s*/u;
const MENU_SEPARATOR = /\s*[|•·›‹»«>/]\s*|\s+[-–—]\s+/u;
const LINKS_ONLY =
  /^(?:(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{N}_]+)(?:[\s,،|]+(?:(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|[#@][\p{L}\p{N}_]+))*$/u;
const BRACKETED_END = /\(([^()]{1,60})\)\s*\.?$/u;
const ABBREVIATION = /^(?:\p{L}\s?\.\s?){1,4}\p{L}?\.?$/u;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/u;
/** `منذ 3 ساعات`: how long ago the page was published. */
const TIME_AGO =
  /(^|\s)(?:منذ|قبل) (?:\d+ (?:دقيق[ةه]|دقائق|ساع[ةه]|ساعات|يوم|[أا]يام|[أا]سبوع|[أا]سابيع|شهر|[أا]شهر)|(?:ساعت|يوم|دقيقت|[أا]سبوع|شهر)(?:ين|ان)|ساع[ةه]|يوم|[أا]سبوع|شهر|دقيق[ةه])$/u;
/** `2023-02-08T09:26:00+03:00`: a machine timestamp printed as it is. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/u;
const DAY_OR_YEAR = /^\d+(?:st|nd|rd|th)?$/iu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function judgeLine(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  return (
    anywhereBoilerplate(line, vocab) ??
    readAlso(line, vocab) ??
    caption(line, vocab) ??
    dateline(line, vocab) ??
    byline(line, vocab) ??
    interfaceBoilerplate(line, vocab) ??
    relatedHeadline(line, vocab)
  );
}

function anywhereBoilerplate(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  if (vocab.copyrightPhrases.some((phrase) => line.folded.includes(phrase)))
    return { kind: 'boilerplate', ...copyrightHolder(line, vocab) };
  // Whole words only: موافق must not match the news word موافقة.
  const spaced = ` ${line.words.join(' ')} `;
  const has = (phrases: readonly string[]) => phrases.some((phrase) => spaced.includes(` ${phrase} `));
  if (has(vocab.cookieWords) && has(vocab.consentWords)) return { kind: 'boilerplate' };
  if (LINKS_ONLY.test(line.text)) return { kind: 'boilerplate' };
  // `الخرطوم 43° مشمس`: the weather a site's header prints (with a date it is a date line, rule 4).
  if (isWeatherLine(line, vocab) && !hasStrongDate(line, vocab)) return { kind: 'boilerplate' };
  // `لن يتم نشر عنوان بريدك الإلكتروني`، `زر الذهاب إلى الأعلى`: the site speaking to its reader.
  if (line.words.length <= INTERFACE_LINE_WORDS && has(vocab.interfacePhrases))
    return { kind: 'boilerplate' };
  return null;
}

/**
 * `© 2024 مدار 24 - جميع الحقوق محفوظة`، `جميع الحقوق محفوظة لموقع الوادي 2024`: the name the
 * copyright line gives, once the notice, years and separators are set aside and `لـ`/`لل` is read
 * as `ال`: the site's own name.
 */
function copyrightHolder(line: Line, vocab: SegmentVocabulary): { outlet?: string } {
  const rest = line.text
    .replace(COPYRIGHT_NOTICE, ' ')
    .replace(/\b(?:19|20)\d\d\b/gu, ' ')
    .split(/[-–—|,،:.()]+|\s{2,}/u);
  for (const chunk of rest) {
    const name = chunk
      .trim()
      .replace(/^لـ\s*/u, '')
      .replace(/^لل(?=\p{L})/u, 'ال')
      .replace(/^ل(?=(?:موقع|صحيفة|جريدة|شبكة|مجلة|بوابة|قناة|وكالة)\s)/u, '');
    const words = name.match(WORD)?.length ?? 0;
    if (words === 0 || words > MAX_HOLDER_WORDS || !/\p{L}/u.test(name)) continue;
    return isOutletName(name, vocab) && !isPlace(name, vocab) ? { outlet: name } : {};
  }
  return {};
}

const COPYRIGHT_NOTICE =
  /©|\(c\)|copyright|all rights reserved|(?:جميع\s+)?(?:ال)?حقوق(?:\s+(?:الطبع|النشر))?(?:\s+(?:والنشر|محفوظ[ةه]))*|محفوظ[ةه]/giu;
const MAX_HOLDER_WORDS = 4;

/** A line naming an interface phrase is boilerplate up to this many words; a paragraph is longer. */
const INTERFACE_LINE_WORDS = 14;

function readAlso(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  for (const label of vocab.listLabels) {
    const rest = afterPhrase(line.folded, label);
    if (rest === null) continue;
    if (/^[^\p{L}\p{N}]*$/u.test(rest)) return { kind: 'boilerplate', listLabel: true };
    if (SEPARATOR_AFTER.test(rest) && line.words.length - label.split(' ').length >= 3) {
      const outlet = relatedHeadline(line, vocab)?.outlet;
      return outlet ? { kind: 'related', outlet } : { kind: 'related' };
    }
    return null;
  }
  return null;
}

function caption(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  for (const prefix of vocab.captionPrefixes) {
    const rest = afterPhrase(line.folded, prefix);
    if (rest !== null && SEPARATOR_AFTER.test(rest) && rest.length > 1) return { kind: 'caption' };
  }
  // `… - تصوير: فلان`: a photo credit after the caption, its label and a colon.
  const tail = /\s[-–—|]\s*([^-–—|:]{2,30}):\s*[^:]{2,40}$/u.exec(line.text);
  if (tail && line.words.length <= vocab.captionMaxWords && !endsLikeProse(line)) {
    const label = fold(tail[1] ?? '');
    if (vocab.captionPrefixes.includes(label)) return { kind: 'caption' };
  }
  const bracket = BRACKETED_END.exec(line.text);
  if (!bracket || !isCredit(bracket[1] ?? '', vocab)) return null;
  const before = line.text.slice(0, bracket.index).match(WORD)?.length ?? 0;
  if (before === 0) return { kind: 'byline' };
  // `الجزائر (واج)`، `تونس - (أ ف ب)`: a dateline's place and the agency, alone on the line.
  const place = line.text.slice(0, bracket.index).replace(/[\s\-–—:،]+$/u, '');
  if (isPlace(place.trim(), vocab)) return { kind: 'byline', outlet: (bracket[1] ?? '').trim() };
  if (line.words.length > vocab.captionMaxWords) return null;
  // A paragraph that continues the story (starting with و) and ends its sentence is body.
  if (line.final === '.' && /^و/u.test(line.folded)) return null;
  return { kind: 'caption' };
}

function isCredit(inner: string, vocab: SegmentVocabulary): boolean {
  const parts = inner.split(/\s*[/،,+|]\s*|\s+-\s+/u).map((part) => part.trim());
  return parts.some((part) => {
    const folded = fold(part);
    return (
      vocab.credits.has(folded) ||
      ABBREVIATION.test(part) ||
      vocab.creditWords.some((word) => folded.split(' ').includes(word))
    );
  });
}

/** A day or year (`9`, `2021`, an English ordinal `3rd`) or a word of the date vocabulary (any case). */
function isDateWord(word: string, vocab: SegmentVocabulary): boolean {
  return DAY_OR_YEAR.test(word) || vocab.dateWords.has(word.toLowerCase());
}

/** Date or time evidence beyond mere date-ish words: a numeric date, a clock time, a weekday or a month beside a number. */
function hasStrongDate(line: Line, vocab: SegmentVocabulary): boolean {
  if (NUMERIC_DATE.test(line.folded) || CLOCK_TIME.test(line.folded) || TIME_AGO.test(line.folded))
    return true;
  return line.words.some((word, i) => {
    if (!vocab.strongDateWords.has(word.toLowerCase())) return false;
    const neighbours = [line.words[i - 1], line.words[i + 1], line.words[i + 2]];
    return word.startsWith('ال') || neighbours.some((n) => n !== undefined && DAY_OR_YEAR.test(n));
  });
}

/** A date word, or a word of the weather a site's date line carries (`الطقس 27° مشمس`). */
function isDateOrWeather(word: string, vocab: SegmentVocabulary): boolean {
  return isDateWord(word, vocab) || vocab.weatherWords.has(word);
}

function isDatePart(part: string, vocab: SegmentVocabulary): boolean {
  const words = fold(part).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.every((word) => isDateOrWeather(word, vocab));
}

/** `33°`، `°28`: a temperature, as a site's weather widget prints it. */
const TEMPERATURE = /\d\s*°|°\s*-?\d/u;
const WEATHER_LINE_WORDS = 10;

/** Words left over once date, weather words, numbers and a unit letter are set aside. */
function notDateNorWeather(words: readonly string[], vocab: SegmentVocabulary): string[] {
  return words.filter((word) => !isDateOrWeather(word, vocab) && !/^[cf]$/iu.test(word));
}

/** The words are places: each alone, or all together (`عمان`، `الرياض جدة`، `شرم الشيخ`). */
function onlyPlaces(words: readonly string[], vocab: SegmentVocabulary): boolean {
  if (words.length === 0) return true;
  if (words.length <= vocab.maxPlaceWords && isPlace(words.join(' '), vocab)) return true;
  return words.every((word) => isPlace(word, vocab));
}

/**
 * `الخرطوم 43° مشمس`، `الطقس: عمّان 28° غائم جزئيا`: a short line with a temperature whose other
 * words are weather words and places: the weather a site's header prints, no headline.
 */
function isWeatherLine(line: Line, vocab: SegmentVocabulary): boolean {
  if (line.words.length > WEATHER_LINE_WORDS || !TEMPERATURE.test(line.text)) return false;
  return onlyPlaces(notDateNorWeather(line.words, vocab), vocab);
}

function dateline(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  if (ISO_TIMESTAMP.test(line.text.trim())) return { kind: 'dateline' };
  // `منذ ساعتين`، `آخر تحديث: قبل 5 ساعات`: how long ago, after nothing but date words.
  const ago = TIME_AGO.exec(line.folded);
  if (ago && (line.folded.slice(0, ago.index).match(WORD) ?? []).every((word) => isDateWord(word, vocab)))
    return { kind: 'dateline' };
  if (line.words.length > 14 || !hasStrongDate(line, vocab)) return null;
  const others = withoutTimeZone(line.words).filter((word) => !isDateOrWeather(word, vocab));
  if (others.length === 0) return { kind: 'dateline' };
  // `الثلاثاء 7 مايو 2024 | القاهرة 33°`: the date, then the weather of the site's city.
  if (TEMPERATURE.test(line.text) && onlyPlaces(notDateNorWeather(others, vocab), vocab))
    return { kind: 'dateline' };
  if (others.length > vocab.maxPlaceWords || line.final === '.') return null;
  // A place and a date: the place words come first and a separator divides them from the date.
  const split = /^([^-–—|،,:]+)[-–—|،,:]\s*(.+)$/u.exec(line.folded);
  if (!split || !isDatePart(split[2] ?? '', vocab)) return null;
  const placeWords = ((split[1] ?? '').match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => !isDateOrWeather(word, vocab),
  );
  return placeWords.length === others.length ? { kind: 'dateline' } : null;
}

/** `… 10:30 بتوقيت القدس الشريف`: the zone named after بتوقيت (up to three words) is part of the date. */
function withoutTimeZone(words: readonly string[]): readonly string[] {
  const at = words.indexOf('بتوقيت');
  return at < 0 ? words : [...words.slice(0, at), ...words.slice(at + 4)];
}

function byline(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  // The date and time a byline carries (`كتب: … الأحد 25-06-2023 04:06`) do not make it longer.
  const length = line.words.filter((word) => !isDateWord(word, vocab)).length;
  if (length > vocab.bylineMaxWords || line.final === '.') return null;
  const afterPlace = leadingPlace(line.folded, vocab);
  // `• Author, فلان`: a credit laid out as a list item.
  const unbulleted = line.folded.replace(/^[•·*▪◦-]+\s*/u, '');
  return (
    underscoreCredit(line, vocab) ??
    bylineCue(unbulleted, line, vocab) ??
    (afterPlace === null ? null : bylineCue(afterPlace, line, vocab)) ??
    bracketedCredit(line, vocab) ??
    shortCredit(line, vocab)
  );
}

/**
 * `قاسيون_رصد`، `خاص_المدار`: a credit written as one tag, words joined by underscores, alone on its
 * line; the outlet is the part that is an outlet's name (data/ar/outlets.json), if any.
 */
function underscoreCredit(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  const text = line.text.trim();
  if (!/^\p{L}+(?:_\p{L}+){1,2}$/u.test(text)) return null;
  const outlet = text.split('_').find((part) => vocab.outletNames.has(fold(part)));
  return outlet ? { kind: 'byline', outlet } : { kind: 'byline' };
}

/** `(إعداد فلان للنشرة العربية - تحرير فلان)`: a wire's credits in brackets at the article's end. */
function bracketedCredit(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  const inner = /^\((.+)\)$/u.exec(line.folded)?.[1]?.trim();
  if (!inner) return null;
  return vocab.authorCues.some((cue) => {
    const rest = afterPhrase(inner, cue);
    return rest !== null && rest !== '';
  })
    ? { kind: 'byline' }
    : null;
}

const INITIALS = /^\p{L}(?:\s?[.،,/]\s?\p{L}){1,2}\.?$/u;
/** `ع خ`: an editor's initials after a credit, letters set apart by spaces. */
const SPACED_INITIALS = /^\p{L}(?:\s\p{L}){1,2}$/u;
const CREDIT_LINE = /^([^/\-–—:|]+?)\s*[/\-–—]\s*([^/\-–—:|]*?)\s*[:.]?\s*$/u;

/**
 * A credit alone on a short line: a source (`وكالات`), an outlet and a dash with nothing after it
 * (`النهار نيوز -`, the paragraph below goes on from it), or a place and an outlet either way round
 * (`بيروت / الوكالة`, `الوكالة/ بيروت`): the part that is not a place is the outlet.
 */
function shortCredit(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  if (vocab.genericSources.has(line.folded) || vocab.credits.has(line.folded)) return { kind: 'byline' };
  // `م.ع`، `ح/س`: an editor's initials alone on a line sign the article.
  if (INITIALS.test(line.text.trim())) return { kind: 'byline' };
  if (line.words.length > 5) return null;
  // `القاهرة: أ ش أ`، `بيروت: رويترز`: a place, a colon and an agency.
  const colon = /^([^:：]+)[:：]\s*([^:：]+)$/u.exec(line.text.trim());
  if (colon && isPlace((colon[1] ?? '').trim(), vocab)) {
    const agency = (colon[2] ?? '').trim();
    if (vocab.credits.has(fold(agency)) || ABBREVIATION.test(agency) || SPACED_INITIALS.test(agency))
      return { kind: 'byline', outlet: agency };
  }
  const m = CREDIT_LINE.exec(line.text);
  if (!m) return null;
  const [first, second] = [(m[1] ?? '').trim(), (m[2] ?? '').trim()];
  const short = (part: string) => (part.match(WORD)?.length ?? 0) <= 3;
  if (!short(first) || !short(second)) return null;
  const named = (part: string) => (isOutletName(part, vocab) ? { outlet: part } : {});
  // `خاص - الميادين نت`، `وكالات - الميادين`: a generic source, then the outlet.
  if (second !== '' && vocab.genericSources.has(fold(first)) && !isPlace(second, vocab))
    return { kind: 'byline', ...named(second) };
  // `الرئيسية - الإمارات`: a breadcrumb, not a credit.
  if (vocab.breadcrumbRoots.has(fold(first)) || coveredBy(fold(first), vocab.menuWords)) return null;
  if (second === '') return isPlace(first, vocab) ? null : { kind: 'byline', ...named(first) };
  // An agency's name may also be a region's (`الأناضول`): as a credit it is the source.
  if (vocab.credits.has(fold(second))) return { kind: 'byline', ...named(second) };
  // `المدينة 24 – أ. ف. ب`: the site, then the agency it credits by its initials.
  // `العمانية/ع خ`: the agency, then its editor's initials.
  if ((ABBREVIATION.test(second) || SPACED_INITIALS.test(second)) && !isPlace(first, vocab))
    return { kind: 'byline', ...named(first) };
  if (isPlace(first, vocab) && !isPlace(second, vocab)) return { kind: 'byline', ...named(second) };
  if (isPlace(second, vocab) && !isPlace(first, vocab)) return { kind: 'byline', ...named(first) };
  // `بغداد/ الفرات`: a city, then an outlet that bears a place's name (a river, a region); a
  // country after the city (`القاهرة/ مصر`) is the dateline's country, no outlet.
  if (isPlace(first, vocab) && !vocab.countries.has(fold(second)) && !vocab.countries.has(fold(first)))
    return { kind: 'byline', ...named(second) };
  // `الرياضة - حسن يوسف`: a section or a place and the writer's name.
  const givenName = (part: string) => vocab.firstNames.has(fold(part).split(' ')[0] ?? '');
  if (givenName(second) && !givenName(first)) return { kind: 'byline' };
  // `أحمد علي - صحفي`: the writer's name, then their role.
  if (givenName(first) && vocab.writerRoles.has(fold(second).split(' ')[0] ?? '')) return { kind: 'byline' };
  return null;
}

export function isPlace(part: string, vocab: SegmentVocabulary): boolean {
  return vocab.places.has(fold(part));
}

function isOutletName(part: string, vocab: SegmentVocabulary): boolean {
  const folded = fold(part);
  // `غزة - مراسلنا`: a byline's cue (our correspondent) names no outlet.
  if (vocab.authorCues.includes(folded)) return false;
  // `الرئيسية - الإمارات`: a breadcrumb's root or a section is no outlet.
  if (coveredBy(folded, vocab.menuWords) || vocab.breadcrumbRoots.has(folded)) return false;
  return /\p{L}/u.test(folded) && !vocab.genericSources.has(folded) && !isDatePart(part, vocab);
}

/**
 * The outlet an article's first paragraph opens with (`الوكالة - أعلنت …`, `بيروت الوكالة- …`): a
 * name of one or two words before a dash or slash, once a leading place is set aside; null when
 * only a place stands there (`بيروت - `), the common dateline.
 */
export function leadInOutlet(paragraph: string, vocab: SegmentVocabulary): string | null {
  return leadInCredit(paragraph, vocab)?.outlet ?? null;
}

/**
 * The credit an article's first paragraph opens with, as a stretch of the paragraph: the outlet
 * (`الثقة نيوز - `) and any places or generic sources after it (`أمد/ عواصم- وكالات: `), up to where
 * the news starts; null when there is none.
 */
export function leadInCredit(
  paragraph: string,
  vocab: SegmentVocabulary,
): { outlet: string; length: number } | null {
  // `واشنطن (رويترز) - …`: a place and the agency in brackets.
  const wire = WIRE_LEAD_IN.exec(paragraph);
  // `(CNN)-- …`: an outlet's Latin initials in brackets, with nothing or a place before them.
  const latin = /^[A-Z]{2,6}$/u.test((wire?.[2] ?? '').trim()) && (!wire?.[1] || isPlace(wire[1], vocab));
  if (wire && (isCredit(wire[2] ?? '', vocab) || latin))
    return { outlet: (wire[2] ?? '').trim(), length: wire[0].length };
  const m = LEAD_IN.exec(paragraph);
  const outlet = m ? creditName(m[1] ?? '', vocab) : null;
  if (!m || !outlet) return placeThenCredit(paragraph, vocab);
  let length = m[0].length;
  for (
    let more = MORE_CREDIT.exec(paragraph.slice(length));
    more;
    more = MORE_CREDIT.exec(paragraph.slice(length))
  ) {
    const part = more[1] ?? '';
    if (!isPlace(part, vocab) && !vocab.genericSources.has(fold(part))) break;
    length += more[0].length;
  }
  return { outlet, length };
}

/**
 * `بيروت - «الشرق الأوسط»:`، `الرياض ـ واس:`، `بيروت - (رويترز) -`: the dateline's place, a dash
 * (or a spaced tatweel), then the outlet: a name in quotation marks or an agency in brackets,
 * either followed by a colon or a dash, or a name the data knows as an agency's or an outlet's
 * (data/ar/segment-caption.json, data/ar/outlets.json). Any other words after the place are the
 * news itself (`بيروت - أعلن الجيش …`).
 */
function placeThenCredit(
  paragraph: string,
  vocab: SegmentVocabulary,
): { outlet: string; length: number } | null {
  const m = PLACE_LEAD.exec(paragraph);
  if (!m || !isPlace((m[1] ?? '').trim(), vocab)) return null;
  const after = paragraph.slice(m[0].length);
  // A name in quotation marks or brackets, or one the data knows, is the outlet even when a place
  // bears it too (`«الشرق الأوسط»`، `الأناضول`).
  const named = (name: string, length: number) =>
    isOutletName(name, vocab) ? { outlet: name, length: m[0].length + length } : null;
  const quoted = QUOTED_CREDIT.exec(after);
  if (quoted) return named((quoted[1] ?? '').trim(), quoted[0].length);
  const bracket = BRACKETED_CREDIT.exec(after);
  if (bracket)
    return isCredit(bracket[1] ?? '', vocab) ? named((bracket[1] ?? '').trim(), bracket[0].length) : null;
  const plain = PLAIN_CREDIT.exec(after);
  const name = (plain?.[1] ?? '').trim();
  if (!plain || !(vocab.credits.has(fold(name)) || vocab.outletNames.has(fold(name)))) return null;
  return named(name, plain[0].length);
}

const CREDIT_DASH = '(?:\\s*[/\\-–—]+|\\s+ـ+|ـ{2,})';
const PLACE_LEAD = new RegExp(
  `^([^\\s/\\-–—ـ:،,.«»"“”(]+(?: [^\\s/\\-–—ـ:،,.«»"“”(]+){0,2})\\s*[،,]?${CREDIT_DASH}\\s*`,
  'u',
);
const QUOTED_CREDIT = /^[«"“]([^«»"“”]{2,40})[»"”]\s*(?:[:：]|[-–—]+|ـ+)\s*/u;
const BRACKETED_CREDIT = /^\(([^()]{1,30})\)\s*(?:[:：]|[-–—]+|ـ+)\s*/u;
const PLAIN_CREDIT =
  /^([^\s/\-–—ـ:،,.«»"“”(]+(?: [^\s/\-–—ـ:،,.«»"“”(]+){0,2})\s*(?:[:：]|\s[-–—]+\s|\sـ+\s?)\s*/u;

const WIRE_LEAD_IN =
  /^(?:([^\s()\-–—:،,.«"]+(?: [^\s()\-–—:،,.«"]+){0,2})\s*[،,]?\s*)?\(([^()]{1,30})\)\s*[-–—:]+\s*/u;
const LEAD_IN = /^([^\s/\-–—:،,.«"(]+(?: [^\s/\-–—:،,.«"(]+){0,2})\s*[/\-–—]\s/u;
const MORE_CREDIT = /^([^\s/\-–—:،,.«"(]+(?: [^\s/\-–—:،,.«"(]+){0,2})\s*[/\-–—:]\s/u;

function creditName(lead: string, vocab: SegmentVocabulary): string | null {
  const words = lead.split(' ');
  const rest = words.length > 1 && isPlace(words[0] ?? '', vocab) ? words.slice(1) : words;
  // `المدينة 24`: a number alone is no name; the place is part of the outlet's name.
  const name = rest.every((w) => /^\d+$/u.test(w)) ? words.join(' ') : rest.join(' ');
  if (rest.length > 2 || isPlace(name, vocab) || !isOutletName(name, vocab)) return null;
  return name;
}

/** `الموصل - نشر في: …`: the text after a short place name and a dash, or null. */
function leadingPlace(folded: string, vocab: SegmentVocabulary): string | null {
  const split = /^([^-–—|،,:]+?)\s+[-–—]\s+(.+)$/u.exec(folded);
  if (!split) return null;
  const placeWords = split[1]?.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return placeWords > 0 && placeWords <= vocab.maxPlaceWords ? (split[2] ?? null) : null;
}

function bylineCue(folded: string, line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  for (const [cues, namesOutlet] of [
    [vocab.outletCues, true],
    [vocab.authorCues, false],
  ] as const) {
    for (const cue of cues) {
      const rest = afterPhrase(folded, cue);
      if (rest === null || rest === '') continue;
      // `نشر في الوادي نيوز يوم 12 مايو 2024`: the date after the name does not make it a sentence.
      const restWords = (rest.match(/[\p{L}\p{N}]+/gu) ?? []).filter(
        (word) => !isDateWord(word, vocab),
      ).length;
      if (!SEPARATOR_AFTER.test(rest) && restWords > 4) return null;
      if (!namesOutlet) return { kind: 'byline', ...correspondentOutlet(cue, rest, line, vocab) };
      return { kind: 'byline', ...outletOf(rest.replace(SEPARATOR_AFTER, ''), line, vocab) };
    }
  }
  return null;
}

/**
 * `مراسل الرافد في نينوى - …`: the outlet whose correspondent signs, named between the cue and `في`;
 * none when the line says only `الموقع`، `الصحيفة` (the site speaking of itself) or names a place.
 */
function correspondentOutlet(
  cue: string,
  rest: string,
  line: Line,
  vocab: SegmentVocabulary,
): { outlet?: string } {
  if (vocab.roleCues.has(cue)) return roleOutlet(rest, line, vocab);
  if (!vocab.correspondentCues.has(cue)) return {};
  const m = /^[«"“]?([^\s«»"“”:،,|\-–—]+(?: [^\s«»"“”:،,|\-–—]+){0,2})[»"”]? في /u.exec(rest);
  const name = m?.[1];
  if (!name || vocab.selfReferences.has(name) || isPlace(name, vocab) || !isOutletName(name, vocab))
    return {};
  const written = writtenForm(line, name);
  return written ? { outlet: written } : {};
}

/**
 * `• Role, بي بي سي نيوز`: a role line of a credit list names the outlet when it opens with an
 * outlet's name (data/ar/outlets.json); the longest such name is taken as the line writes it, with
 * the words after it up to a comma (`بي بي سي نيوز`).
 */
function roleOutlet(rest: string, line: Line, vocab: SegmentVocabulary): { outlet?: string } {
  const role = rest.replace(/^[\s,،:]+/u, '').split(/\s*[,،]\s*/u)[0] ?? '';
  const known = [...vocab.outletNames].some((name) => afterPhrase(role, name) !== null);
  if (!known || (role.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > vocab.maxOutletWords + 1) return {};
  const written = writtenForm(line, role);
  return written ? { outlet: written } : {};
}

/** The outlet named in `rest` (folded), as the line writes it: the first part not a date nor generic. */
function outletOf(rest: string, line: Line, vocab: SegmentVocabulary): { outlet?: string } {
  const folded = rest.split(/\s*[-–—|،,+/]\s*/u).map((part) => part.trim());
  const name = folded.find(
    (part) =>
      part !== '' &&
      !isDatePart(part, vocab) &&
      !vocab.genericSources.has(part) &&
      (part.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= vocab.maxOutletWords + 1,
  );
  if (!name) return {};
  const written = writtenForm(line, name);
  return written ? { outlet: written } : {};
}

/** The stretch of the line as written whose folded form is `folded`. */
function writtenForm(line: Line, folded: string): string | null {
  const words = [...line.text.matchAll(WORD)];
  const target = folded.split(' ').length;
  for (let i = 0; i + target <= words.length; i++) {
    const first = words[i];
    const last = words[i + target - 1];
    if (!first || !last) continue;
    const candidate = line.text.slice(first.index, last.index + last[0].length);
    if (fold(candidate) === folded) return candidate;
  }
  return null;
}

function interfaceBoilerplate(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  if (isValueTicker(line)) return { kind: 'boilerplate' };
  if (endsLikeProse(line) && line.final !== ':') return null;
  const header = siteHeader(line, vocab);
  if (header) return header;
  // `الشرق الأوسط` alone on its line: an outlet's name (data/ar/outlets.json) in the site's header.
  if (line.words.length <= SITE_NAME_WORDS && vocab.outletNames.has(line.folded))
    return { kind: 'boilerplate', outlet: line.text.trim(), siteName: true };
  const parts = line.text.split(MENU_SEPARATOR).filter((part) => /[\p{L}\p{N}]/u.test(part));
  const shortParts = parts.every((part) => (part.match(WORD)?.length ?? 0) <= 3);
  if (parts.length >= 3 && shortParts) return { kind: 'boilerplate' };
  // `الرئيسية » أخبار محلية`: a breadcrumb from the home page, however few parts follow; with arrows
  // or slashes its last part may be the article's headline (`الرئيسية > صحة > ارتفاع …`).
  if (parts.length >= 2 && vocab.breadcrumbRoots.has(fold(parts[0] ?? ''))) {
    const arrows = line.text.split(BREADCRUMB_ARROW).filter((part) => /[\p{L}\p{N}]/u.test(part));
    if (shortParts || arrows.length === parts.length) return { kind: 'boilerplate' };
  }
  if (coveredBy(line.folded, vocab.socialNetworks)) return { kind: 'boilerplate' };
  const siteName = repeatedPair(line.words);
  if (siteName) {
    // The pair printed before each section is the site's name (`قناة X X رياضة X اقتصاد`).
    const written = writtenForm(line, siteName);
    return written && isOutletName(written, vocab)
      ? { kind: 'boilerplate', outlet: written }
      : { kind: 'boilerplate' };
  }
  if (line.words.length >= 2 && coveredBy(line.folded, vocab.menuWords)) return { kind: 'boilerplate' };
  // `موقع الوادي الإخباري`، `صوت الناس منذ 1998`: the site's name or slogan in its header.
  if (line.words.length <= SITE_NAME_WORDS && !endsLikeProse(line)) {
    const name = /[|–—:-]/u.test(line.text) ? {} : { outlet: line.text.trim() };
    if (SLOGAN_SINCE.test(line.folded)) return { kind: 'boilerplate' };
    if (line.words.some((word) => vocab.siteNameWords.has(word))) return { kind: 'boilerplate', ...name };
    // `صحيفة الوادي`، `جريدة الحقل اليومية`: a kind of outlet and its name.
    if (line.words.length <= 3 && vocab.outletKinds.has(line.words[0] ?? ''))
      return { kind: 'boilerplate', ...name };
  }
  if (line.words.length > vocab.boilerplateMaxWords) return null;
  for (const phrase of vocab.shortLinePhrases) {
    const rest = afterPhrase(line.folded, phrase);
    if (rest === null) continue;
    // A label and a colon (`الوسوم: …`, `كلمات مفتاحية: …`) introduces a list of interface items.
    if (
      rest === '' ||
      rest.startsWith(':') ||
      coveredBy(rest, vocab.socialNetworks, vocab.glueWords) ||
      // `تسجيل الدخول | اشترك`: two interface labels side by side.
      coveredBy(rest, [...vocab.shortLinePhrases, ...vocab.menuWords]) ||
      // `اشترك مجاناً بقناتنا على يوتيوب`: an invitation that names a network, whatever else it says.
      (rest.match(/[\p{L}\p{N}]+/gu) ?? []).some((word) => vocab.socialNetworks.has(word)) ||
      !/\p{L}/u.test(rest)
    ) {
      return { kind: 'boilerplate' };
    }
  }
  return null;
}

const BREADCRUMB_ARROW = /\s*[›‹»«>/]\s*/u;

/** `الدولار 48.20`، `مواقيت الصلاة: الفجر 4:12`، `الذهب عيار 21: 3150`: a label, then its value. */
const VALUE_PART = /^[\p{L}\p{M}\d\s:：]+?\s*[:：]?\s*[-+]?\d[\d.,:٫]*\s*[%$€£]?$/u;
const MAX_VALUE_LABEL_WORDS = 3;
const MAX_VALUE_TICKER_WORDS = 30;

/**
 * `الدولار 48.20 | اليورو 52.10`، `مواقيت الصلاة: الفجر 4:12 | الظهر 11:54`: a site's ticker of
 * prices or prayer times, parts between bars or bullets each a short label ending in its value.
 * A headline's parts do not each end in a number.
 */
function isValueTicker(line: Line): boolean {
  if (line.words.length > MAX_VALUE_TICKER_WORDS || !/[|•·]/u.test(line.text)) return false;
  const parts = line.text
    .split(/\s*[|•·]\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return (
    parts.length >= 2 &&
    parts.every((part) => {
      const labelWords = part.match(/\p{L}+/gu)?.length ?? 0;
      return VALUE_PART.test(part) && labelWords >= 1 && labelWords <= MAX_VALUE_LABEL_WORDS;
    })
  );
}

/**
 * `مدار 24 | جريدة إلكترونية مستقلة`، `المرصد - صوت الجهات منذ 2011`، `النيلين بوست | أخبار السودان`:
 * the site's name and how it describes itself, in its header. The name (up to three words, not a
 * place, a section or a date) is the outlet.
 */
function siteHeader(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  if (line.words.length > SITE_HEADER_WORDS || /[:：]/u.test(line.text)) return null;
  const parts = line.text
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
  if (parts.length < 2 || parts.length > 3) return null;
  if (parts.some((part) => (part.match(WORD)?.length ?? 0) > SITE_HEADER_PART_WORDS)) return null;
  const describes = (part: string) => {
    const folded = fold(part);
    return vocab.siteDescriptions.has(folded.split(' ')[0] ?? '') || SLOGAN_SINCE.test(folded);
  };
  const name = parts.find((part) => !describes(part));
  if (!name || !parts.some(describes) || (name.match(WORD)?.length ?? 0) > 3) return null;
  if (isPlace(name, vocab) || !isOutletName(name, vocab)) return null;
  return { kind: 'boilerplate', outlet: name };
}

const SITE_HEADER_WORDS = 9;
const SITE_HEADER_PART_WORDS = 5;

/** A site's name or slogan is a short line; a headline naming a news site is longer. */
const SITE_NAME_WORDS = 4;
const SLOGAN_SINCE = /(^|\s)منذ (19|20)\d\d$/u;

/**
 * A site's menu run together on one line: the site's name before each section (`X رياضة X اقتصاد
 * X فن`). Returns that pair of words (folded), or null.
 */
function repeatedPair(words: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const [pair, most] = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  return most >= 3 ? pair : null;
}

function relatedHeadline(line: Line, vocab: SegmentVocabulary): LineVerdict | null {
  if (endsLikeProse(line) || line.words.length > vocab.maxHeadlineWords) return null;
  const parts = line.text
    .split(PART_SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !isDatePart(part, vocab));
  if (parts.length < 2) return null;
  const count = (part: string) => part.match(WORD)?.length ?? 0;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  const headlineWords = (from: number, to: number) => parts.slice(from, to).reduce((n, p) => n + count(p), 0);
  if (count(last) <= vocab.maxOutletWords && headlineWords(0, -1) >= 4) {
    // `… - لبنان`: a place after the headline is its section, unless an outlet bears its name (`الخليج`).
    const section = isPlace(last, vocab) && !vocab.outletNames.has(fold(last));
    return vocab.formatTags.has(fold(last)) || section
      ? { kind: 'related' }
      : { kind: 'related', outlet: last };
  }
  if (count(first) <= vocab.maxOutletWords && headlineWords(1, parts.length) >= 4) {
    // `عاجل | …`، `خاص | …`، `لبنان | …`: a label or a place before the headline names no outlet.
    const label = coveredBy(fold(first), vocab.menuWords) || isPlace(first, vocab);
    return label ? { kind: 'related' } : { kind: 'related', outlet: first };
  }
  return null;
}
