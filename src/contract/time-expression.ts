/**
 * What the time parsers read from the text, before any reference date is applied.
 *
 * A `TimeExpression` says only what the text states: a year, a month, a day, a weekday, an offset
 * from the publication date ("أمس", "قبل يومين"), a duration or a set. Resolution against the
 * publication date (`resolveTime`) comes later, once the publication stage has chosen that date, so
 * the explicit dates can help choose it.
 *
 * The `timeExpressions` layer: a working layer (not printed by `rasd analyze`) that the times stage
 * provides and the publication stage reads, so its type lives with the layer types, not in a stage.
 */

export type TimeUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'hour' | 'minute';
export type Relation = 'past' | 'next' | 'current';
export type TimeMod = 'EARLY' | 'MID' | 'LATE' | 'APPROX';
export type Calendar = 'gregorian' | 'hijri';

/** A calendar date at the precision stated; a missing year is taken from the publication date. */
export interface DateReading {
  readonly type: 'date';
  readonly calendar: Calendar;
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** A year stated relative to publication: "مارس من العام الماضي" is −1. */
  readonly yearOffset?: number;
  /** A month stated relative to publication, with no month name: "5 من الشهر المقبل" is +1. */
  readonly monthOffset?: number;
  /** "أبريل الماضي", "يوليو المقبل", "مارس الجاري". */
  readonly relation?: Relation;
  /** A weekday stated beside the date ("الخميس 17 أبريل"), checked against it. */
  readonly weekday?: number;
}

/** A weekday alone: the latest such day on or before publication, or the next one. */
export interface WeekdayReading {
  readonly type: 'weekday';
  readonly weekday: number;
  readonly relation?: Relation;
  /** Announced (`من المقرر أن يصوّت المجلس الأحد`): the first such day on or after publication. */
  readonly ahead?: boolean;
}

/** An offset from the publication date in one unit: اليوم 0 day, أمس −1 day, الشهر الماضي −1 month. */
export interface OffsetReading {
  readonly type: 'offset';
  readonly unit: TimeUnit;
  readonly amount: number;
  readonly weekday?: number;
}

/** A length of time, already an ISO 8601 duration ("P20Y", "PT72H"). */
export interface DurationReading {
  readonly type: 'duration';
  readonly value: string;
}

/** A recurrence ("كل أسبوع", "سنوياً"), its period as an ISO 8601 duration. */
export interface SetReading {
  readonly type: 'set';
  readonly value: string;
}

/**
 * A decade ("الثمانينيات", "ثمانينات القرن الماضي"): its tens digit, and its century when one is
 * named, as a first year (القرن العشرين → 1900) or relative to publication (القرن الماضي → −1).
 */
export interface DecadeReading {
  readonly type: 'decade';
  readonly tens: number;
  readonly century?: number | undefined;
  readonly centuryOffset?: number | undefined;
}

/** TIMEX3's seasons: spring, summer, autumn (fall), winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A season with its year stated ("صيف 2024"), stated relatively ("ربيع العام الماضي"), or placed by a relation ("الشتاء الماضي"). */
export interface SeasonReading {
  readonly type: 'season';
  readonly season: Season;
  readonly year?: number;
  readonly yearOffset?: number;
  readonly relation?: Relation;
}

export type Reading =
  | DateReading
  | WeekdayReading
  | OffsetReading
  | DurationReading
  | SetReading
  | DecadeReading
  | SeasonReading;

/** One time expression found in the text: offsets are UTF-16 indices into the original text. */
export interface TimeExpression {
  readonly start: number;
  readonly end: number;
  readonly reading: Reading;
  readonly mod: TimeMod | null;
  /** The expression follows منذ ("since"): a date after publication is then a contradiction. */
  readonly since?: boolean;
  /** Index (in the same list) of the other end of a range this expression belongs to. */
  readonly rangeFrom?: number;
  readonly rangeTo?: number;
}
