/**
 * Quotes: who said what, as stand-off spans with their speaker.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. a direct quote is the text between « », “ ” or a pair of " within one paragraph, or between
 *     such marks typed the wrong way round (`”…“`، `»…«`) when the first is left over; a quote whose
 *     closing mark is missing runs to the end of its paragraph and is marked `unclosed`, but only
 *     when a cue introduces it; text in brackets is a quote only when a cue introduces it;
 *     1b. a word or three in marks that name a thing are not a quote (`وكالة «سانا»`, `(إيرنا)`);
 *     1c. a quote a few words after another in its sentence shares its cue (`«…» من أجل «…»`);
 *     1d. a paragraph opening with a mark after an unclosed quote goes on with that quote;
 *     1e. a paragraph opening with a quote after a paragraph that ends with a colon takes the cue
 *         of that colon's sentence (`وقالت الوزارة في بيان:` and the words on the next line);
 *     a word or three in marks glued to لـ (`لـ«الشروق»`) are the outlet told, not a quote;
 *  2. the cue is the last reporting verb before the quote in its sentence (an attribution between
 *     commas after that verb, `، بحسب القانون،`, does not replace it), else the first one after
 *     it (`«…»، قال لافروف`), else — for quotes of four words or more — there is none;
 *  3. an indirect quote is the clause after a complementizer (أن، إن، بأن) that follows a cue, up to
 *     the end of the sentence, the next `، مشيراً…`, or a contrast that opens a second report within
 *     three words (`في حين أكد`, `بينما قال`); none is made where a direct quote opens in it;
 *  4. the speaker is the entity right after the cue, titles allowed in between but not a
 *     preposition (`قال في بيان` names nobody); a place speaks only right after its verb (`قالت
 *     موسكو`); an organisation followed at once by a person (`المتحدث باسم الحركة ذبيح الله`)
 *     yields the person, but an organisation inside a role phrase (`رئيس جمعية الهلال الأحمر`) does
 *     not speak, though a person closing that role phrase does (`رئيس أركان الجيش الفلاني الفريق
 *     فلان`), as does a person after the role's body behind في، لدى or إلى (`وزير الخارجية في
 *     الحكومة المؤقتة فلان`); after `نقل` the speaker follows `عن`; an object pronoun (`قال له`) is
 *     skipped; a statement's issuer is never the place it was posted (`على صفحته في فيسبوك`);
 *  5. a speaker named by role is the entity established for that role (see roles.ts), and
 *     `speakerText` keeps the words used either way, with the holder's name the tagger missed
 *     when two or three plain words close the subject after a complete role phrase (5c);
 *  6. a cue with no named speaker (`وأضاف أن…`) takes the person just before the verb, else —
 *     for a participle (`متوعداً`، `مشيراً`) — the speaker of the verb of saying before it in its
 *     sentence, or the quote of its own sentence, else — for a continuation cue (وأضاف، وتابع) —
 *     the previous quote's speaker unless its paragraph opens with someone new, else the sentence's
 *     subject person, else the role phrase the sentence opens with, else the new subject of its
 *     paragraph, else the previous speaker in the same or the previous paragraph (the one before
 *     it when the paragraph between names nobody, a few for a continuation cue; sub-headings and
 *     captions between do not count), else the first person of
 *     the previous sentence; speech reported inside another quote does not change the running
 *     speaker, and a speaker known only by its words is carried on by those words;
 *  7. after a verb whose object comes before what is said (`اتهم`، `أعرب عن`، `حذر من`), a common
 *     noun is that object, never the speaker;
 *  8. a quote with no cue right after a colon is credited to the lead before the colon, as in
 *     headlines (`وزير الخارجية المصري: «…»`; lead.ts), and such a lead attributes a short quote too;
 *     a headline's role phrase refers to a role established anywhere in the text (5b); a quote in
 *     another article's headline, a caption or site chrome is no running speaker and does not put
 *     the running one further away (6c); an unnamed speaker's words keep the body it belongs to
 *     (`مسؤول في وزارة الدفاع`).
 */
import type { Entity, Quote, Segment, SegmentKind, Span } from '../contract/analysis.js';
import { anyStartingWithin, lastStartingAtOrBefore, spanAt, spanIndexAt } from '../core/span-search.js';
import type { PhraseMatch } from '../text/phrases.js';
import { foldKey, type Word, type Words, wordIndexAt, wordsOf } from '../text/words.js';
import { leadSpeaker } from './lead.js';
import { type CueSense, cueAt, type SpeechLexicon } from './lexicon.js';
import {
  type EntityMentionRef,
  establishRoles,
  headKey,
  objectAt,
  type RoleFact,
  resolveRole,
  rolePhraseAt,
} from './roles.js';

/** What the speaker search needs of a time expression: where it is. */
interface Offsets {
  readonly start: number;
  readonly end: number;
}

export interface QuoteInput {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly sentences?: readonly Span[];
  /** The text's words (the words layer); cut here when absent. */
  readonly words?: Words;
  /** The document's segments (title, related headlines, captions…), when known. */
  readonly segments?: readonly Segment[];
  /** The time expressions the time stage found, when known. */
  readonly times?: readonly Offsets[];
}

export type QuoteKind = 'direct' | 'indirect';

export interface FoundQuote extends Quote {
  kind: QuoteKind;
  unclosed?: boolean;
}

interface Candidate {
  readonly kind: QuoteKind;
  readonly start: number;
  readonly end: number;
  readonly unclosed: boolean;
  readonly paragraph: number;
  /** Word index and length of the cue, when there is one. */
  readonly cue: { index: number; length: number; sense: CueSense } | null;
  /** Words where the speaker is looked for, [from, to). */
  readonly region: readonly [number, number];
}

interface Context {
  readonly input: QuoteInput;
  readonly words: Words;
  readonly mentions: readonly EntityMentionRef[];
  /** The persons' mentions, sorted by start. */
  readonly persons: readonly EntityMentionRef[];
  readonly roles: readonly RoleFact[];
  readonly lexicon: SpeechLexicon;
  readonly paragraphs: readonly Span[];
  /** The input's sentences sorted by start, for binary search. */
  readonly sentences: readonly Span[];
  /** The first mention of each word index it starts at, all types and persons only. */
  readonly mentionAtWord: ReadonlyMap<number, EntityMentionRef>;
  readonly personAtWord: ReadonlyMap<number, EntityMentionRef>;
  /** The first mention (in the mentions' order) running over each word index past its first. */
  readonly mentionOverWord: ReadonlyMap<number, EntityMentionRef>;
  /** The first person mention starting at each offset. */
  readonly personStartingAt: ReadonlyMap<number, EntityMentionRef>;
  /** The first person mention (in text order) ending at each word index. */
  readonly personEndingAtWord: ReadonlyMap<number, EntityMentionRef>;
  /** The first mention (in text order) ending at each offset. */
  readonly mentionEndingAt: ReadonlyMap<number, EntityMentionRef>;
  /** Whether a mention spans all of `[start, end)`. */
  readonly mentionCovers: (start: number, end: number) => boolean;
  /** Each person's last name (folded), for the persons it names alone: `الحية` → خليل الحية. */
  readonly surnames: ReadonlyMap<string, ReadonlySet<string>>;
  /** The kind of the segment holding an offset, when segments are known. */
  readonly segmentAt: (offset: number) => SegmentKind | undefined;
  /** The time expressions, sorted by start. */
  readonly times: readonly Offsets[];
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '(': ')', '»': '«', '”': '“' };
const OPENER = /[«“"(»”]/g;
/** `”…“`، `»…«`: marks typed the wrong way round; a closing mark not closing anything opens a quote. */
const REVERSED = new Set(['»', '”']);
const HARD_STOPS = new Set(['.', '!', '?', '؟', ':', '«', '»', '"', '“', '”', '\n']);
/** How many words after a contrast a reporting verb may stand (`في حين أكد`، `بينما قال المتحدث`). */
const CUE_REACH = 3;
const MIN_UNATTRIBUTED_WORDS = 4;
/** How many words a speaker with titles may take between a cue and the colon before a bracket. */
const MAX_COLON_SPEAKER_WORDS = 12;
/** Up to this many words in marks may be a name rather than a quote (rule 1b). */
const MAX_NAME_WORDS = 3;
/** At most this many words between two quotes of one sentence that share a speaker (rule 1c). */
const MAX_SIBLING_GAP = 6;

export function extractQuotes(input: QuoteInput, lexicon: SpeechLexicon): FoundQuote[] {
  const words = input.words ?? wordsOf(input.text);
  const mentions = mentionRefs(input.entities, words);
  const persons = mentions.filter((m) => m.type === 'PER');
  const context: Context = {
    input,
    words,
    mentions,
    persons,
    roles: establishRoles(words, mentions, lexicon),
    lexicon,
    paragraphs: paragraphsOf(input.text),
    sentences: [...(input.sentences ?? [])].sort((a, b) => a.start - b.start),
    mentionAtWord: firstBy(mentions, (m) => m.wi),
    mentionOverWord: overWords(mentions),
    personStartingAt: firstBy(persons, (m) => m.start),
    personAtWord: firstBy(persons, (m) => m.wi),
    personEndingAtWord: firstBy(persons, (m) => m.wj),
    mentionEndingAt: firstBy(mentions, (m) => m.end),
    mentionCovers: coverOf(mentions),
    segmentAt: segmentKindAt(input.segments ?? []),
    surnames: surnamesOf(input.entities, input.text),
    times: [...(input.times ?? [])].sort((a, b) => a.start - b.start),
  };
  const direct = directCandidates(context);
  const candidates = [...direct, ...indirectCandidates(context, direct)].sort((a, b) => a.start - b.start);
  return attribute(context, candidates);
}

/** `mentionOverWord`: a map, since asking each mention for each role phrase was quadratic. */
function overWords(mentions: readonly EntityMentionRef[]): Map<number, EntityMentionRef> {
  const over = new Map<number, EntityMentionRef>();
  for (const m of mentions) for (let w = m.wi + 1; w < m.wj; w++) if (!over.has(w)) over.set(w, m);
  return over;
}

export function mentionRefs(entities: readonly Entity[], words: Words): EntityMentionRef[] {
  const refs: EntityMentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      let wi = wordIndexAt(words, m.start);
      if (wi > 0 && (words.at(wi - 1)?.end ?? 0) > m.start) wi--;
      const wj = Math.max(wi + 1, wordIndexAt(words, m.end));
      refs.push({ entity: entity.id, type: entity.type, start: m.start, end: m.end, wi, wj });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/**
 * Whether a span of `sorted` (by start) covers `[start, end)`: the furthest end among the spans
 * starting at or before `start`, kept for each prefix, answers in log time.
 */
function coverOf(
  sorted: readonly { readonly start: number; readonly end: number }[],
): (start: number, end: number) => boolean {
  const furthest: number[] = [];
  let best = Number.NEGATIVE_INFINITY;
  for (const span of sorted) {
    best = Math.max(best, span.end);
    furthest.push(best);
  }
  return (start, end) => {
    const k = lastStartingAtOrBefore(sorted, start);
    return k >= 0 && (furthest[k] as number) >= end;
  };
}

/** The first person mention (mentions sorted by start) starting in `[from, to)` that `fits`. */
function firstPersonStartingWithin(
  mentions: readonly EntityMentionRef[],
  from: number,
  to: number,
  fits: (m: EntityMentionRef) => boolean,
): EntityMentionRef | undefined {
  for (let k = lastStartingAtOrBefore(mentions, from - 1) + 1; k < mentions.length; k++) {
    const m = mentions[k] as EntityMentionRef;
    if (m.start >= to) return undefined;
    if (m.type === 'PER' && fits(m)) return m;
  }
  return undefined;
}

/** Rule 4e: the last word of each person's names, with the persons it may stand for. */
function surnamesOf(entities: readonly Entity[], text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    for (const m of e.mentions) {
      const parts = text.slice(m.start, m.end).trim().split(/\s+/u);
      const last = parts.length > 1 ? foldKey(parts[parts.length - 1] as string) : '';
      if (last.length < 3) continue;
      const set = out.get(last) ?? new Set<string>();
      set.add(e.id);
      out.set(last, set);
    }
  }
  return out;
}

function segmentKindAt(segments: readonly Segment[]): (offset: number) => SegmentKind | undefined {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  return (offset) => spanAt(sorted, offset)?.kind;
}

/**
 * Rule 6c: another article's headline, a caption or the site's chrome between two paragraphs is
 * not running text: a quote there neither continues nor becomes the running speaker.
 */
const ASIDES: ReadonlySet<SegmentKind> = new Set(['related', 'caption', 'boilerplate', 'byline']);

/** The first item (in list order) for each key. */
/**
 * The index of the first word after the time expression that starts at word `k`, if one does:
 * asked only where a speaker is looked for, so no table of every expression is built.
 */
function timeEndFrom(ctx: Context, k: number): number | undefined {
  const word = ctx.words.at(k);
  if (!word) return undefined;
  const { times } = ctx;
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] as Offsets).start < word.start) lo = mid + 1;
    else hi = mid;
  }
  const t = times[lo];
  return t && t.start === word.start ? wordIndexAt(ctx.words, t.end) : undefined;
}

function firstBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T> {
  const map = new Map<number, T>();
  for (const item of items) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

function paragraphsOf(text: string): Span[] {
  // indexOf, not /[^\n]+/g: the regex overflowed the stack on a paragraph of several megabytes.
  const out: Span[] = [];
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (end > start) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/**
 * `text.indexOf(char, from)` for calls whose `from` never decreases per char: each answer is kept
 * and reused while it still lies ahead, so a mark that never closes is not looked for again to the
 * end of a long text at each opening.
 */
function nextIndexOf(text: string): (char: string, from: number) => number {
  const ahead = new Map<string, { from: number; at: number }>();
  return (char, from) => {
    const known = ahead.get(char);
    if (known && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    const at = text.indexOf(char, from);
    ahead.set(char, { from, at });
    return at;
  };
}

/** Rule 1. */
function directCandidates(ctx: Context): Candidate[] {
  const { text } = ctx.input;
  const out: Candidate[] = [];
  const nextIndex = nextIndexOf(text);
  // The next opening mark of the text, looked for again only once passed.
  let openerAt = -1;
  ctx.paragraphs.forEach((p, paragraph) => {
    let i = p.start;
    while (i < p.end) {
      if (openerAt < i) {
        OPENER.lastIndex = i;
        openerAt = OPENER.exec(text)?.index ?? Number.POSITIVE_INFINITY;
      }
      if (openerAt >= p.end) break;
      i = openerAt;
      const open = text[i] as string;
      const close = PAIRS[open] as string;
      let closeAt = nextIndex(close, i + 1);
      let closed = closeAt >= 0 && closeAt < p.end;
      const runOn =
        closed || open === close || REVERSED.has(open) || open === '('
          ? -1
          : closingLater(ctx, paragraph, open, close);
      if (runOn >= 0) {
        closeAt = runOn;
        closed = true;
      }
      // A closing mark left over from a quote that opened in an earlier paragraph, followed by a
      // quote the right way round (`…»، وأضاف: «…»`), is no reversed pair.
      const reopened = closed && REVERSED.has(open) ? nextIndex(open, closeAt + 1) : -1;
      if (REVERSED.has(open) && (!closed || (reopened >= 0 && reopened < p.end))) {
        i++;
        continue;
      }
      const innerEnd = closed ? closeAt : trimEnd(text, i + 1, p.end);
      const openWord = wordIndexAt(ctx.words, i);
      const cue =
        cueBefore(ctx, openWord, Math.max(p.start, sentenceStart(ctx, i), lastEnd(out, paragraph))) ??
        (open === '(' ? null : continuedQuote(ctx, out, paragraph, i)) ??
        colonLineCue(ctx, paragraph, i);
      const start = trimStart(text, i + 1, innerEnd);
      const next = closed ? closeAt + 1 : p.end;
      // `وأضاف: «النصر قريب»`: words a cue introduces with a colon are said, whatever they name.
      const announced = cue !== null && ctx.words.at(openWord - 1)?.text === ':';
      if (closed && !announced && namesAThing(ctx, open, i, start, innerEnd, next)) {
        i = next;
        continue;
      }
      const bracketOk = open !== '(' || (cue !== null && bracketIntroduced(ctx, cue, openWord));
      if (start >= innerEnd || ((open === '(' || !closed) && !cue) || !bracketOk) {
        i = open === '(' || !closed ? i + 1 : next;
        continue;
      }
      const after = wordIndexAt(ctx.words, next);
      const sibling = cue ? null : siblingOf(ctx, out, paragraph, i);
      const trailing = cue || sibling ? null : cueAfter(ctx, after, sentenceEndFrom(ctx, next, p.end), p.end);
      const chosen = cue ?? sibling ?? trailing;
      if (!chosen && uncuedName(ctx, start, innerEnd)) {
        i = next;
        continue;
      }
      if (
        !chosen &&
        countWords(text.slice(start, innerEnd)) < MIN_UNATTRIBUTED_WORDS &&
        !colonLead(ctx, start).speakerText
      ) {
        i = next;
        continue;
      }
      out.push({
        kind: 'direct',
        start,
        end: innerEnd,
        unclosed: !closed,
        paragraph,
        cue: chosen?.cue ?? null,
        region: chosen?.region ?? [openWord, openWord],
      });
      i = next;
    }
  });
  return out;
}

/** How many paragraphs a quote whose closing mark is missing may run over. */
const MAX_RUN_ON_PARAGRAPHS = 3;

/**
 * Rule 1f: a quote over several paragraphs that opens once and closes only at its end: the
 * closing mark of a later paragraph, none opening before it there, with only paragraphs without
 * marks between, closes the quote left open in paragraph `paragraph`.
 */
function closingLater(ctx: Context, paragraph: number, open: string, close: string): number {
  const { text } = ctx.input;
  for (let k = paragraph + 1; k <= paragraph + MAX_RUN_ON_PARAGRAPHS; k++) {
    const p = ctx.paragraphs[k];
    if (!p) return -1;
    const line = text.slice(p.start, p.end);
    const closeAt = line.indexOf(close);
    const openAt = line.indexOf(open);
    if (openAt >= 0 && (closeAt < 0 || openAt < closeAt)) return -1;
    if (closeAt >= 0) return p.start + closeAt;
  }
  return -1;
}

/**
 * Rule 1b: a word or three in marks that name a thing are not a quote: a name the tagger knows
 * (`«رويترز»`), a name after the noun it names (`وكالة «سانا»`, `قوات «فاغنر»`, `رئيس «آفاد»`), an
 * acronym or aside in brackets (`وكالة الأنباء الإيرانية (إيرنا)`), or the subject right after
 * a verb of saying with the sentence going on (`ذكرت "رويترز" أن`).
 */
function namesAThing(ctx: Context, open: string, openAt: number, start: number, end: number, next: number) {
  const { words, lexicon } = ctx;
  const size = countWords(ctx.input.text.slice(start, end));
  const openWord = wordIndexAt(words, openAt);
  const before = openWord - 1;
  const prev = words.at(before);
  const adjacent = prev !== undefined && prev.kind !== 'punct' && prev.end >= openAt - 1;
  if (adjacent && size <= MAX_NAME_WORDS + 2 && lexicon.nameNouns.matchAt(words, before)) return true;
  if (size > MAX_NAME_WORDS) return false;
  if (ctx.mentionCovers(start, end)) return true;
  if (!adjacent) return false;
  if (open === '(' && size <= 2) return true;
  // `قال فلان لـ«الشروق»:`: a name glued to the preposition of who was told.
  if (/^[لب]ـ?$/u.test((prev as Word).key)) return true;
  const afterIndex = wordIndexAt(words, next);
  const after = words.at(afterIndex);
  if (cueAt(lexicon, words, before) !== null && after?.kind === 'word') return true;
  return (
    lexicon.complementizers.matchAt(words, afterIndex, { exact: true }) !== null && inSpeakerSlot(ctx, before)
  );
}

/** A verb of saying within a few words before word `k`, no punctuation between: `قالت الهيئة "…" إن`. */
function inSpeakerSlot(ctx: Context, k: number): boolean {
  for (let j = k; j >= Math.max(0, k - 6); j--) {
    const w = ctx.words.at(j) as Word;
    if (w.kind === 'punct') return false;
    if (cueAt(ctx.lexicon, ctx.words, j)) return true;
  }
  return false;
}

/**
 * Rule 1c: `«مستعدون للموت» من أجل «الوطن الأم»`: a quote that follows another in the same sentence,
 * a few words on, shares its cue and speaker.
 */
function siblingOf(
  ctx: Context,
  out: readonly Candidate[],
  paragraph: number,
  openAt: number,
): CueHit | null {
  const prev = out[out.length - 1];
  if (!prev?.cue || prev.paragraph !== paragraph) return null;
  const gap = ctx.input.text.slice(prev.end + 1, openAt);
  if (/[.!?؟:\n]/u.test(gap) || countWords(gap) > MAX_SIBLING_GAP) return null;
  return { cue: prev.cue, region: prev.region };
}

/**
 * Rule 1d: a quote that runs over several paragraphs opens each of them with a mark and closes only
 * at its end; a paragraph that opens with a mark right after a paragraph whose quote never closed
 * goes on with that quote's cue and speaker.
 */
function continuedQuote(
  ctx: Context,
  out: readonly Candidate[],
  paragraph: number,
  openAt: number,
): CueHit | null {
  const prev = out[out.length - 1];
  const p = ctx.paragraphs[paragraph];
  if (!p || !prev?.cue || !prev.unclosed || prev.paragraph !== paragraph - 1) return null;
  if (ctx.input.text.slice(p.start, openAt).trim() !== '') return null;
  return { cue: prev.cue, region: prev.region };
}

/**
 * Rule 1e: `وقالت الوزارة في بيان:` and the statement's words on the next line: a quote that opens
 * its paragraph right after a paragraph ending with a colon takes the cue of that colon's sentence.
 */
function colonLineCue(ctx: Context, paragraph: number, openAt: number): CueHit | null {
  const { text } = ctx.input;
  const p = ctx.paragraphs[paragraph];
  const prev = ctx.paragraphs[paragraph - 1];
  if (!p || !prev || text.slice(p.start, openAt).trim() !== '') return null;
  const end = trimEnd(text, prev.start, prev.end);
  if (end <= prev.start || text[end - 1] !== ':') return null;
  const colonWord = wordIndexAt(ctx.words, end - 1);
  return cueBefore(ctx, colonWord, Math.max(prev.start, sentenceStart(ctx, end - 1)));
}

/** A short quote with no cue that ends with a name is that name with its titles (`«آية الله فلان»`). */
function uncuedName(ctx: Context, start: number, end: number): boolean {
  if (countWords(ctx.input.text.slice(start, end)) > MAX_NAME_WORDS + 2) return false;
  return firstPersonStartingWithin(ctx.mentions, start, end, (m) => m.end >= end) !== undefined;
}

/**
 * A bracket is a quote only right after its cue and speaker: `وأكد الوزير (…)`, `قال: (…)`; a colon
 * right before it lets a longer speaker stand between (`وقال المتحدث باسم المنظمة فلان: (…)`).
 */
function bracketIntroduced(ctx: Context, hit: CueHit, openWord: number): boolean {
  const [from] = hit.region;
  const colon = ctx.words.at(openWord - 1)?.text === ':';
  if (openWord - from > (colon ? MAX_COLON_SPEAKER_WORDS : 6)) return false;
  for (let k = from; k < openWord; k++) {
    if (ctx.lexicon.complementizers.matchAt(ctx.words, k, { exact: true })) return false;
    const w = ctx.words.at(k) as Word;
    if (w.kind === 'punct' && w.text !== ':') return false;
  }
  return true;
}

type CueHit = { cue: NonNullable<Candidate['cue']>; region: readonly [number, number] };

/** The last cue in words [from-offset, openWord). */
function cueBefore(ctx: Context, openWord: number, from: number): CueHit | null {
  const first = wordIndexAt(ctx.words, from);
  let aside: CueHit | null = null;
  for (let k = openWord - 1; k >= first; k--) {
    const match = cueAt(ctx.lexicon, ctx.words, k);
    if (match && k + match.length <= openWord) {
      const hit: CueHit = {
        cue: { index: k, length: match.length, sense: match.value },
        region: [k + match.length, openWord],
      };
      // `لافتاً إلى أنه يتوجب، بحسب القانون، إجراء…`: an attribution between commas after the
      // sentence's own verb of saying qualifies the claim; the verb still names who speaks.
      if (match.value.attribution && k > first && isComma(ctx.words.at(k - 1))) {
        aside ??= hit;
        continue;
      }
      return hit;
    }
  }
  return aside;
}

const isComma = (w: Word | undefined) => w !== undefined && (w.text === '،' || w.text === ',');

/**
 * The first cue in the few words after a closing mark, within the sentence; a verb with the quote as
 * its object pronoun (`«…»، قالها فلان`) right there is one. Past a full stop, only a word pointing
 * back at the quote (`«…». هكذا وصفت فلانة…`) goes on with it.
 */
function cueAfter(ctx: Context, from: number, end: number, paragraphEnd: number): CueHit | null {
  const stop = ctx.words.at(from);
  if (stop?.kind === 'punct' && /^[.!]$/u.test(stop.text) && ctx.words.at(from + 1)?.kind === 'word') {
    const echo = echoAt(ctx, from + 1);
    return echo
      ? cueAfter(
          ctx,
          from + 1,
          sentenceEndFrom(ctx, (ctx.words.at(from + 1) as Word).start, paragraphEnd),
          paragraphEnd,
        )
      : null;
  }
  const last = Math.min(wordIndexAt(ctx.words, end), from + 4);
  for (let k = from; k < last; k++) {
    const word = ctx.words.at(k) as Word;
    if (word.kind === 'punct' && word.text !== '،' && word.text !== ',') return null;
    const first = k === from || (k === from + 1 && isComma(ctx.words.at(from)));
    const match = cueAt(ctx.lexicon, ctx.words, k, first) ?? echoAt(ctx, k);
    if (match) {
      const stop = Math.min(wordIndexAt(ctx.words, end), k + match.length + 10);
      return {
        cue: { index: k, length: match.length, sense: match.value },
        region: [k + match.length, stop],
      };
    }
  }
  return null;
}

/** `هكذا`، `بهذه الكلمات` and the verb after them: a cue whatever the verb (rule 2b). */
const ECHO: CueSense = { lemma: 'هكذا', continuation: false, attribution: false, via: null, object: false };

/**
 * Rule 2b: `«…»، هكذا علق فلان`، `«…»، بهذه الكلمات ختم فلان كلمته`: a word pointing back at the
 * quote makes the verb right after it report the quote, though that verb is not one of saying.
 */
function echoAt(ctx: Context, k: number): PhraseMatch<CueSense> | null {
  const echo = ctx.lexicon.echoes.matchAt(ctx.words, k);
  const verb = echo ? ctx.words.at(k + echo.length) : undefined;
  if (!echo || verb?.kind !== 'word') return null;
  return { length: echo.length + 1, value: ECHO, phrase: echo.phrase };
}

/** Rule 3. */
function indirectCandidates(ctx: Context, direct: readonly Candidate[]): Candidate[] {
  const { words, lexicon } = ctx;
  const { text } = ctx.input;
  const out: Candidate[] = [];
  // Direct quotes are found paragraph by paragraph, each after the last: sorted and disjoint.
  const insideDirect = (offset: number) => spanAt(direct, offset) !== undefined;
  for (let k = 0; k < words.length; k++) {
    const match = cueAt(lexicon, words, k);
    if (!match || match.value.attribution || insideDirect((words.at(k) as Word).start)) continue;
    const from = k + match.length;
    let c = -1;
    for (let j = from; j < Math.min(words.length, from + 10); j++) {
      const w = words.at(j) as Word;
      if (HARD_STOPS.has(w.text) || cueAt(lexicon, words, j)) break;
      if (lexicon.complementizers.matchAt(words, j, { exact: true })) {
        c = j;
        break;
      }
    }
    const body = words.at(c + 1);
    if (c < 0 || !body) continue;
    const paragraph = spanIndexAt(ctx.paragraphs, body.start);
    const p = ctx.paragraphs[paragraph];
    if (!p) continue;
    let end = sentenceEndFrom(ctx, body.start, p.end);
    for (let j = c + 1; j < words.length && (words.at(j) as Word).start < end; j++) {
      const w = words.at(j) as Word;
      if ((w.text === '،' || w.text === ',') && cueAt(lexicon, words, j + 1)) {
        end = w.start;
        break;
      }
      if (j > c + 1 && opensSecondReport(ctx, j)) {
        end = w.start;
        break;
      }
    }
    end = trimEnd(text, body.start, end);
    if (anyStartingWithin(direct, body.start, end) || end <= body.start) continue;
    out.push({
      kind: 'indirect',
      start: body.start,
      end,
      unclosed: false,
      paragraph,
      cue: { index: k, length: match.length, sense: match.value },
      region: [from, c],
    });
    k = c;
  }
  return out;
}

/** A contrast (في حين، بينما) at word `j` with a cue within the next words (rule 3). */
function opensSecondReport(ctx: Context, j: number): boolean {
  const contrast = ctx.lexicon.contrasts.matchAt(ctx.words, j);
  if (!contrast) return false;
  const after = j + contrast.length;
  for (let k = after; k < Math.min(ctx.words.length, after + CUE_REACH); k++) {
    if (cueAt(ctx.lexicon, ctx.words, k)) return true;
  }
  return false;
}

function attribute(ctx: Context, candidates: readonly Candidate[]): FoundQuote[] {
  const { text } = ctx.input;
  const out: FoundQuote[] = [];
  let last: Running | null = null;
  const inside = enclosingQuotes(candidates);
  const body = bodyParagraphIndex(ctx);
  for (const c of candidates) {
    const gap = last ? (body[c.paragraph] ?? 0) - (body[last.paragraph] ?? 0) : 0;
    const quiet = last !== null && namesNobodyBetween(ctx, last.paragraph, c.paragraph);
    const reach = c.cue?.sense.continuation ? CONTINUATION_REACH : quiet ? 2 : 1;
    const recent = last && gap <= reach ? last : null;
    const who = findSpeaker(ctx, c, recent, last);
    const cueText = c.cue
      ? text.slice(
          (ctx.words.at(c.cue.index) as Word).start,
          (ctx.words.at(c.cue.index + c.cue.length - 1) as Word).end,
        )
      : null;
    const quote: FoundQuote = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      speaker: who.speaker,
      speakerText: who.speakerText,
      cue: cueText,
      kind: c.kind,
    };
    if (c.unclosed) quote.unclosed = true;
    out.push(quote);
    const aside = ASIDES.has(ctx.segmentAt(c.start) as SegmentKind);
    if (c.cue && !aside && !inside(c, (ctx.words.at(c.cue.index) as Word).start))
      last = { who, paragraph: c.paragraph, at: c.start };
  }
  return out;
}

/**
 * Rule 6b: how far back, in paragraphs of running text, the last speaker is still the one speaking:
 * the next paragraph for any cue without a subject, a few for `وأضاف`، `وتابع`, which only ever
 * continue someone.
 */
const CONTINUATION_REACH = 3;
/**
 * Rule 6d: `وأكد الوزير فلان أن…` / a paragraph of background naming nobody / `وأشار إلى أن…`: a
 * verb with no subject still continues the last speaker across one paragraph that names no person
 * (more background than that, and the subject is no longer clear).
 */
function namesNobodyBetween(ctx: Context, from: number, to: number): boolean {
  const start = ctx.paragraphs[from + 1]?.start;
  const end = ctx.paragraphs[to - 1]?.end;
  if (start === undefined || end === undefined || to - from < 2) return false;
  return !anyStartingWithin(ctx.persons, start, end);
}

/** A line of at most this many words that ends without a stop is a heading or a caption. */
const MAX_HEADING_WORDS = 12;

/**
 * Each paragraph's index among the paragraphs of running text: a sub-heading or a caption between
 * two paragraphs (a short line with no final stop) does not put the speaker further away.
 */
function bodyParagraphIndex(ctx: Context): number[] {
  const { text } = ctx.input;
  let n = 0;
  return ctx.paragraphs.map((p) => {
    const line = text.slice(p.start, p.end).trim();
    const heading = countWords(line) <= MAX_HEADING_WORDS && !/[.!?؟:»"”]$/u.test(line);
    if (!heading && !ASIDES.has(ctx.segmentAt(p.start) as SegmentKind)) n++;
    return n;
  });
}

interface Speaker {
  speaker: string | null;
  speakerText: string | null;
}

/** The speaker of the last quote with a cue, where that quote is. */
interface Running {
  readonly who: Speaker;
  readonly paragraph: number;
  readonly at: number;
}

const NOBODY: Speaker = { speaker: null, speakerText: null };

/**
 * A cue inside another quote (`وأضاف أن فلاناً قال له إنه…`) reports speech within speech: its
 * speaker does not become the one the next `وأضاف` continues.
 */
function enclosingQuotes(candidates: readonly Candidate[]): (c: Candidate, at: number) => boolean {
  // Whether a candidate other than `c` holds `at`: among candidates starting at or before `at`, the
  // furthest end other than c's. Each prefix of the candidates by start keeps its two furthest ends
  // and the owner of the first, so a cue is answered in log time, not by a walk over all quotes.
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  const owner: Candidate[] = [];
  const second: number[] = [];
  let best = Number.NEGATIVE_INFINITY;
  let bestOwner: Candidate | undefined;
  let next = Number.NEGATIVE_INFINITY;
  for (const c of sorted) {
    if (c.end > best) {
      next = best;
      best = c.end;
      bestOwner = c;
    } else if (c.end > next) next = c.end;
    furthest.push(best);
    owner.push(bestOwner as Candidate);
    second.push(next);
  }
  return (c, at) => {
    const k = lastStartingAtOrBefore(sorted, at);
    if (k < 0) return false;
    return (owner[k] === c ? (second[k] as number) : (furthest[k] as number)) > at;
  };
}

/** The speaker carried on: the entity alone when there is one, else the words that named it. */
function carried(recent: Speaker | null): Speaker {
  if (!recent) return NOBODY;
  return recent.speaker ? { speaker: recent.speaker, speakerText: null } : recent;
}

/** Rules 4–6. */
function findSpeaker(ctx: Context, c: Candidate, recent: Running | null, last: Running | null): Speaker {
  const { words, lexicon, mentions } = ctx;
  const { text } = ctx.input;
  if (!c.cue) {
    const lead = colonLead(ctx, c.start);
    if (lead.speakerText !== null || lead.speaker !== null) return lead;
    const above = nameLineAbove(ctx, c.start);
    return above.speaker !== null ? above : interviewee(ctx, c.paragraph, c.start);
  }
  let [from, to] = c.region;
  if (c.cue.sense.via) {
    const via = c.cue.sense.via;
    for (let k = from; k < Math.min(to, words.length); k++) {
      if (words.stems(k).includes(via)) {
        from = k + 1;
        break;
      }
    }
  }
  while (
    from < to &&
    (words.at(from) as Word).kind === 'punct' &&
    /[،,]/u.test((words.at(from) as Word).text)
  )
    from++;
  // `أفاد به وزير الداخلية`، `قال له إنه`: a pronoun after the verb is its object, never the speaker.
  while (from < to && lexicon.objectPronouns.matchAt(words, from, { exact: true })) from++;
  from = pastAddressees(ctx, from, to);
  from = pastTimes(ctx, from, to);
  from = pastRestatedCue(ctx, from, to);
  if (last && (last.who.speaker || last.who.speakerText) && sameSource(ctx, from, to))
    return carried(last.who);
  const source = pastStatementNoun(ctx, from, to);
  const statementAt = from;
  if (source !== from) {
    // `بحسب بيان لوزارة الصحة`، `بيان صادر عن الرئاسة`: the name a few words after the statement
    // speaks, its preposition aside.
    const issuer = issuerAfter(ctx, source);
    if (issuer)
      return { speaker: issuer.entity, speakerText: text.slice(issuer.start, speakerEnd(ctx, issuer)) };
    from = source;
  }
  const named =
    namedSpeaker(ctx, from, to) ?? surnameSpeaker(ctx, from, to) ?? complementHolder(ctx, from, to);
  if (named) return named;
  const organisation = organisationAnaphor(ctx, from, to, (words.at(c.cue.index) as Word).start);
  if (organisation) return organisation;
  const statement = statementAnaphor(ctx, c.cue.index, from, to);
  if (statement) return statement;
  const role = rolePhraseAt(words, from, lexicon);
  const apposed = role !== null && from < to ? appositiveHolder(ctx, role, to) : undefined;
  if (apposed)
    return { speaker: apposed.entity, speakerText: text.slice((words.at(from) as Word).start, apposed.end) };
  if (role !== null && from < to) {
    const end = Math.min(role, to);
    return {
      speaker:
        resolveRole(words, from, end, ctx.roles, roleHorizon(ctx, (words.at(from) as Word).start), lexicon) ??
        subheadingPerson(ctx, c.paragraph),
      speakerText: text.slice(
        (words.at(from) as Word).start,
        (
          words.at(
            untaggedNameEnd(ctx, roleComplementEnd(ctx, bodyTaggedWithPlace(ctx, end), to), to) - 1,
          ) as Word
        ).end,
      ),
    };
  }
  const opensClause =
    from >= to ||
    (words.at(from) as Word).kind === 'punct' ||
    lexicon.stops.matchAt(words, from, { exact: true }) !== null ||
    lexicon.complementizers.matchAt(words, from, { exact: true }) !== null;
  // `وشدد البيان الختامي للقمة على «…»`: a statement that is the verb's own subject, with no
  // issuer named, speaks as itself; after `عن` or `بحسب` (`نقلت عن قول مزارع`) the one after it does.
  const statementSpeaks = source !== statementAt && !c.cue.sense.via && !c.cue.sense.attribution;
  if (!opensClause && !c.cue.sense.object)
    return {
      speaker: null,
      speakerText: unnamedSpeakerText(ctx, statementSpeaks ? statementAt : from, to),
    };
  const cueStart = (words.at(c.cue.index) as Word).start;
  const endingAtCue = ctx.personEndingAtWord.get(c.cue.index);
  const subjectBefore =
    endingAtCue && !/[.،,:]/u.test(text.slice(endingAtCue.end, cueStart)) ? endingAtCue : undefined;
  if (subjectBefore)
    return { speaker: subjectBefore.entity, speakerText: text.slice(subjectBefore.start, subjectBefore.end) };
  const sentenceFrom = sentenceStart(ctx, cueStart);
  const subject = firstPersonStartingWithin(mentions, sentenceFrom, cueStart, (m) => m.end <= cueStart);
  const participle = /^(م|قائل|بالقول)/u.test((words.at(c.cue.index) as Word).key);
  const surname = participle ? null : surnameBefore(ctx, sentenceFrom, c.cue.index);
  if (surname) return surname;
  const going = recent && (recent.who.speaker || recent.who.speakerText) ? recent : null;
  // `وذكّر فلان بالضربة…، متوعداً بـ«…»`: a participle's subject is that of the verb before it.
  const verb = participle ? verbBefore(ctx, sentenceFrom, c.cue.index) : null;
  if (verb) return verb;
  // `قال فلان إن…، مشيراً إلى أن…`: a participle goes on with the quote of its own sentence.
  if (participle && going && going.at >= sentenceFrom) return carried(going.who);
  // A paragraph that names someone new before its `وقال` or `وأضاف` is about that one.
  const newcomer =
    going && going.paragraph !== c.paragraph ? paragraphSubject(ctx, c.paragraph, sentenceFrom) : null;
  if (c.cue.sense.continuation && going && !newcomer) return carried(going.who);
  if (subject) return { speaker: subject.entity, speakerText: null };
  // `واكتفت الوزارة الفلانية بالقول إن…`: with no person, the name after the opening verb.
  const opener = participle ? issuerOpening(ctx, c.cue.index) : undefined;
  if (opener) return { speaker: opener.entity, speakerText: null };
  const byRole = subjectRole(ctx, sentenceFrom, c.cue.index);
  if (byRole) return byRole;
  if (newcomer) return newcomer;
  if (going) return carried(going.who);
  return previousSubject(ctx, sentenceFrom, c.paragraph);
}

/**
 * Rule 6e: `وأفاد المصدر ذاته`، `وحسب المسؤول الحكومي نفسه`، `وبحسب ذات المصدر`: a role noun said to
 * be the same one is the last speaker, however many paragraphs back, named or not.
 */
function sameSource(ctx: Context, from: number, to: number): boolean {
  const { words, lexicon } = ctx;
  const prefix = lexicon.samePrefixes.matchAt(words, from, { exact: true });
  const head = prefix ? from + prefix.length : from;
  const end = rolePhraseAt(words, head, lexicon);
  if (end === null) return false;
  if (prefix) return true;
  for (let k = head + 1; k <= Math.min(end, to - 1); k++) {
    const w = words.at(k) as Word;
    if (w.kind === 'punct') return false;
    if (lexicon.sameMarkers.matchAt(words, k, { exact: true })) return true;
  }
  return false;
}

/** The nearest verb of saying before word `cueIndex` in its sentence that names its speaker. */
function verbBefore(ctx: Context, sentenceFrom: number, cueIndex: number): Speaker | null {
  const first = wordIndexAt(ctx.words, sentenceFrom);
  for (let k = cueIndex - 1; k >= first; k--) {
    const match = cueAt(ctx.lexicon, ctx.words, k);
    if (!match || match.value.attribution) continue;
    const named = namedSpeaker(ctx, k + match.length, cueIndex);
    if (named) return { speaker: named.speaker, speakerText: null };
  }
  return null;
}

/**
 * The subject of a sentence of paragraph `paragraph` before offset `before`: a person right after
 * the sentence's opening verb, role words allowed between (`وقدّم العاهل الأردني الملك فلان`), not
 * one named inside what is reported (`ونوّه إلى أن فلاناً…`).
 */
function paragraphSubject(ctx: Context, paragraph: number, before: number): Speaker | null {
  const { words, lexicon } = ctx;
  const p = ctx.paragraphs[paragraph];
  if (!p || before <= p.start) return null;
  for (let s = p.start; s < before; ) {
    const opening = wordIndexAt(words, s);
    for (let k = opening + 1; k < opening + 1 + MAX_SUBJECT_REACH; k++) {
      const w = words.at(k);
      if (!w || w.start >= before || w.kind === 'punct') break;
      const m = ctx.personAtWord.get(k);
      if (m) return { speaker: m.entity, speakerText: null };
      if (
        lexicon.stops.matchAt(words, k, { exact: true }) ||
        lexicon.complementizers.matchAt(words, k, { exact: true })
      )
        break;
    }
    const end = sentenceEndFrom(ctx, s, p.end);
    s = end > s ? end + 1 : p.end;
  }
  return null;
}

/** How many words after a sentence's opening verb its subject may start: a verb's role words. */
const MAX_SUBJECT_REACH = 6;

/**
 * `ورحبت وزيرة خارجية البلاد فلانة بالقرار، وقالت إنه…`: with no person tagged in the sentence, a
 * role phrase before the cue, no punctuation before it but the sentence's opening, is the sentence's
 * subject; it names the speaker by its words and the person its role was established for.
 */
function subjectRole(ctx: Context, sentenceFrom: number, cueIndex: number): Speaker | null {
  const { words, lexicon } = ctx;
  for (let k = wordIndexAt(words, sentenceFrom); k < cueIndex; k++) {
    const w = words.at(k) as Word;
    if (w.kind === 'punct') {
      if (w.start > sentenceFrom + 2) return null;
      continue;
    }
    const end = rolePhraseAt(words, k, lexicon);
    if (end === null) continue;
    const stop = Math.min(end, cueIndex);
    return {
      speaker: resolveRole(words, k, stop, ctx.roles, roleHorizon(ctx, w.start), lexicon),
      speakerText: ctx.input.text.slice(w.start, (words.at(stop - 1) as Word).end),
    };
  }
  return null;
}

/**
 * `ووصف الوزير فلان الخطة بأنها… وقال «…»`: a verb of saying with no subject of its own continues
 * the person the previous sentence was about, its first person named, in this paragraph or the one
 * before.
 */
function previousSubject(ctx: Context, sentenceFrom: number, paragraph: number, passOver = true): Speaker {
  const floor = ctx.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  // Rule 6d again: a paragraph of background naming nobody is passed over, to the one before it.
  const passed = ctx.paragraphs[paragraph - 2];
  const quiet = passed && namesNobodyBetween(ctx, paragraph - 2, paragraph);
  if (passOver && quiet && sentenceFrom <= (ctx.paragraphs[paragraph]?.start ?? 0))
    return previousSubject(ctx, passed.end + 1, paragraph - 1, false);
  let end = sentenceFrom - 1;
  while (end > floor && /[\s.!?؟]/u.test(ctx.input.text[end - 1] ?? '')) end--;
  if (end <= floor) return NOBODY;
  const from = Math.max(floor, sentenceStart(ctx, end - 1));
  const m = firstPersonStartingWithin(ctx.mentions, from, end, (x) => x.end <= end);
  return m ? { speaker: m.entity, speakerText: null } : NOBODY;
}

/**
 * Rule 4b: `قال لرويترز مسؤول`، `قال مصدر لوكالة فرانس برس`: a name glued to a preposition is who
 * was told, never the speaker. The mention starting in word `k` behind such a preposition, if any.
 */
function addresseeAt(ctx: Context, k: number): EntityMentionRef | undefined {
  const m = ctx.mentionAtWord.get(k);
  const w = ctx.words.at(k);
  if (!m || !w || m.start <= w.start) return undefined;
  return /[لب]/u.test(ctx.input.text.slice(w.start, m.start)) ? m : undefined;
}

function pastAddressees(ctx: Context, from: number, to: number): number {
  let k = from;
  for (let m = addresseeAt(ctx, k); m && k < to; m = addresseeAt(ctx, k)) k = m.wj;
  return k < to ? k : from;
}

/**
 * Rule 6f: `وقال أمس وزير الخارجية`، `وأكدت الثلاثاء المتحدثة`، `وأعلن في وقت سابق من هذا الأسبوع
 * قائد الجيش`: a time between the verb and its subject is passed over; `وقال أمس: «…»` leaves
 * nothing, so the subject is the one before the verb.
 */
function pastTimes(ctx: Context, from: number, to: number): number {
  const { words, lexicon } = ctx;
  let k = from;
  for (;;) {
    while (k < to && isComma(words.at(k))) k++;
    const vague = lexicon.timeAdverbials.matchAt(words, k, { exact: true });
    if (vague && k + vague.length <= to) {
      k += vague.length;
      continue;
    }
    const lead = lexicon.timePrepositions.matchAt(words, k, { exact: true }) ? 1 : 0;
    const after = timeEndFrom(ctx, k + lead) ?? timeEndFrom(ctx, k);
    if (after === undefined || after <= k || after > to) return k;
    k = after;
  }
}

/** `وفق ما قاله الناطق`، `بحسب ما أعلنته الوزارة`: the verb restated after ما is not the speaker. */
function pastRestatedCue(ctx: Context, from: number, to: number): number {
  const { words, lexicon } = ctx;
  if ((words.at(from) as Word | undefined)?.key !== 'ما' || from + 1 >= to) return from;
  const verb = words.at(from + 1) as Word;
  const bare = verb.key.replace(/(ته|وه|ها|ه)$/u, '');
  if (!cueAt(lexicon, words, from + 1) && lexicon.cues.startingWith(bare.replace(/^[وف]/u, '')).length === 0)
    return from;
  let k = from + 2;
  while (k < to && lexicon.objectPronouns.matchAt(words, k, { exact: true })) k++;
  return k < to ? k : from;
}

/**
 * `بحسب بيان لوزارة الصحة`، `نقلت عن قول مسؤول`: a noun for what was said stands right before who
 * said it. The word after the noun, or `from` when no statement noun is there or nothing follows it.
 */
function pastStatementNoun(ctx: Context, from: number, to: number): number {
  const { words, lexicon } = ctx;
  const noun = lexicon.statementNouns.matchAt(words, from);
  if (!noun) return from;
  const k = from + noun.length;
  // `وقال البيان إن`: a statement with no issuer after it is all the text says of the speaker.
  if (k >= to || (words.at(k) as Word).kind !== 'word') return from;
  if (
    lexicon.stops.matchAt(words, k, { exact: true }) ||
    lexicon.complementizers.matchAt(words, k, { exact: true })
  )
    return from;
  return k;
}

/**
 * `مسؤول في وزارة الدفاع`، `مصادر في المستشفى الحكومي`: an unnamed speaker is told apart by the body
 * it belongs to, after في، من or لدى: a name, or a few definite words up to the clause. Where the
 * speaker's words end, from the end of its role phrase `end`.
 */
function roleComplementEnd(ctx: Context, end: number, to: number): number {
  const { words, lexicon } = ctx;
  if (end >= to || !/^(في|من|لدى)$/u.test((words.at(end) as Word).key)) return end;
  const named = ctx.mentionAtWord.get(end + 1);
  if (named && named.type !== 'PER') return Math.min(named.wj, to);
  let k = end + 1;
  while (k < to && k < end + 4 && /^ال/u.test((words.at(k) as Word).key)) k++;
  const next = words.at(k);
  const closes =
    k >= to ||
    next?.kind === 'punct' ||
    lexicon.complementizers.matchAt(words, k, { exact: true }) !== null ||
    lexicon.stops.matchAt(words, k, { exact: true }) !== null;
  return k > end + 1 && closes ? k : end;
}

/** The words of a name the tagger missed: at least a first and a last name, at most this many. */
const MAX_UNTAGGED_NAME_WORDS = 3;

/**
 * Rule 5c: `رئيس هيئة المعابر في غزة فلان الفلاني.`: two or three plain words (no article, no
 * accusative ending, no preposition, role noun or verb of saying) between a complete role phrase
 * and the end of the subject (punctuation, a complementizer, a preposition) are its holder's name
 * the tagger missed; `speakerText` keeps them. Where the speaker's words end, from `end`.
 */
function untaggedNameEnd(ctx: Context, end: number, to: number): number {
  const { words, lexicon } = ctx;
  const closes = (k: number) =>
    k >= to ||
    (words.at(k) as Word).kind === 'punct' ||
    lexicon.complementizers.matchAt(words, k, { exact: true }) !== null ||
    (lexicon.stops.matchAt(words, k, { exact: true }) !== null && !opensName(ctx, k)) ||
    // `فلان الفلاني لوكالة الأناضول`: who was told ends the subject.
    addresseeAt(ctx, k) !== undefined;
  let k = end;
  while (k < to && k < end + MAX_UNTAGGED_NAME_WORDS && !closes(k)) {
    const w = words.at(k) as Word;
    const plain =
      w.kind === 'word' &&
      // `منير البرش`، `صباح الجبوري`: a last name may carry the article, a first name not.
      (!/^[وف]?ال/u.test(w.key) || k > end) &&
      !/(اً|ًا)$/u.test(w.text) &&
      !/\p{N}/u.test(w.text) &&
      !lexicon.roleHeads.matchAt(words, k) &&
      !cueAt(lexicon, words, k) &&
      !ctx.mentionAtWord.has(k);
    if (!plain) return end;
    k++;
  }
  return k - end >= 2 && closes(k) ? k : end;
}

/**
 * `صباح النعمان`، `فجر الحسن`: a time word that is also a given name opens a name when what follows
 * is no time (`صباح اليوم`، `صباح الغد`، `صباح 12 مارس`, a stop word or a number).
 */
function opensName(ctx: Context, k: number): boolean {
  const { words, lexicon } = ctx;
  const next = words.at(k + 1);
  if (!lexicon.timeNames.matchAt(words, k, { exact: true }) || next?.kind !== 'word') return false;
  if (/\p{N}/u.test(next.text)) return false;
  return (
    !lexicon.stops.matchAt(words, k + 1, { exact: true }) &&
    !lexicon.timeFollowers.matchAt(words, k + 1, { exact: true })
  );
}

/** `@handle`: the account line an embedded post carries under its author's name. */
const HANDLE_LINE = /^@[\w.]+$/u;

/**
 * An embedded post (`نشر تغريدة جاء فيها:` and, on their own lines, the author's name, perhaps
 * the account's handle, then «…»): the person whose name alone fills the line above the quote.
 */
function nameLineAbove(ctx: Context, quoteStart: number): Speaker {
  const { text } = ctx.input;
  let lineStart = quoteStart;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  if (!/^[\s«“"]*$/u.test(text.slice(lineStart, quoteStart))) return NOBODY;
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 2; lines++) {
    let start = end;
    while (start > 0 && text[start - 1] !== '\n') start--;
    const line = text.slice(start, end).trim();
    if (HANDLE_LINE.test(line)) {
      end = start - 1;
      continue;
    }
    const lineFrom = start + text.slice(start, end).indexOf(line);
    const m = ctx.personStartingAt.get(lineFrom);
    return m && m.end === lineFrom + line.length ? { speaker: m.entity, speakerText: line } : NOBODY;
  }
  return NOBODY;
}

const DASH = /^[-–—]$/u;

/**
 * Does paragraph `p` open with an interview line's label (`س:`، `ج -`, a dash alone), before
 * offset `before`? Only the label may stand there.
 */
function opensWithLabel(
  ctx: Context,
  p: Span,
  markers: SpeechLexicon['answerMarkers'],
  before: number,
): boolean {
  const { words } = ctx;
  const raw = ctx.input.text.slice(p.start, p.end);
  const k = wordIndexAt(words, p.start + raw.length - raw.trimStart().length);
  const first = words.at(k);
  if (!first || first.start >= before) return false;
  if (DASH.test(first.text)) return true;
  const label = markers.matchAt(words, k, { exact: true });
  const after = label ? words.at(k + label.length) : undefined;
  return after !== undefined && (after.text === ':' || DASH.test(after.text)) && after.end <= before;
}

/** An interview's question line: labelled as one, or a dash line asking. */
function questionLine(ctx: Context, p: Span): boolean {
  const line = ctx.input.text.slice(p.start, p.end).trim();
  return (
    opensWithLabel(ctx, p, ctx.lexicon.questionMarkers, p.end) ||
    (/^[-–—]/u.test(line) && /[؟?]$/u.test(line))
  );
}

/**
 * Rule 8c: `س: كيف تقيّمون…؟` / `ج: «…»`, or a dash opening both lines: an answer in marks after a
 * question is said by the person the interview is with, the last one named before its first
 * question (`حوار مع الوزير فلان`، `التقت «الصحيفة» فلاناً، وكان هذا الحوار:`).
 */
function interviewee(ctx: Context, paragraph: number, quoteStart: number): Speaker {
  const p = ctx.paragraphs[paragraph];
  if (!p || !opensWithLabel(ctx, p, ctx.lexicon.answerMarkers, quoteStart)) return NOBODY;
  let first = paragraph;
  for (let k = paragraph - 1; k >= 0; k--) {
    const q = ctx.paragraphs[k] as Span;
    if (questionLine(ctx, q)) first = k;
    else if (!opensWithLabel(ctx, q, ctx.lexicon.answerMarkers, q.end)) break;
  }
  if (first === paragraph) return NOBODY;
  const opening = (ctx.paragraphs[first] as Span).start;
  const floor = ctx.paragraphs[Math.max(0, first - 2)]?.start ?? 0;
  const m = ctx.persons[lastStartingAtOrBefore(ctx.persons, opening - 1)];
  return m && m.start >= floor && m.end <= opening ? { speaker: m.entity, speakerText: null } : NOBODY;
}

/**
 * `حسن عبد الله: التضخم سيتراجع` as a sub-heading, then `قال محافظ البنك المركزي: «…»`: a role the
 * text never tied to a name is the person a sub-heading right above its paragraph opens with
 * before a colon.
 */
function subheadingPerson(ctx: Context, paragraph: number): string | null {
  const p = ctx.paragraphs[paragraph - 1];
  if (!p) return null;
  const line = ctx.input.text.slice(p.start, p.end).trim();
  if (countWords(line) > MAX_HEADING_WORDS || /[.!?؟]$/u.test(line)) return null;
  const lineFrom = p.start + ctx.input.text.slice(p.start, p.end).indexOf(line);
  const m = ctx.personStartingAt.get(lineFrom);
  return m && /^\s*:/u.test(ctx.input.text.slice(m.end, p.end)) ? m.entity : null;
}

/** Where a speaker's words end: after a closing mark when the name is in marks. */
function speakerEnd(ctx: Context, m: EntityMentionRef): number {
  const w = ctx.words.at(m.wj);
  return inMarks(ctx, m) ? (w as Word).end : m.end;
}

/**
 * A name in marks (`مؤسس الحركة "فلان"`): a mark right before it and one right after. A mark
 * after a name with none before opens the quote (`وقال فلان “…”`) and is not the name's.
 */
function inMarks(ctx: Context, m: EntityMentionRef): boolean {
  const before = ctx.words.at(m.wi);
  const opened = isMark(before) || (m.wi > 0 && isMark(ctx.words.at(m.wi - 1)));
  return opened && isMark(ctx.words.at(m.wj)) && m.wj > m.wi;
}

/**
 * Rule 4c: `وقالت الوزارة`، `وأضاف الجيش`: an organisation's head noun alone, with its article, is
 * the organisation last named with that head (`وزارة الصحة`، `الجيش السوداني`) before the cue.
 */
function organisationAnaphor(ctx: Context, from: number, to: number, before: number): Speaker | null {
  const { words, lexicon } = ctx;
  const w = words.at(from);
  if (w?.kind !== 'word' || !/^[وف]?ال/u.test(w.key) || lexicon.roleHeads.matchAt(words, from)) return null;
  const next = words.at(from + 1);
  const alone =
    from + 1 >= to ||
    next?.kind === 'punct' ||
    lexicon.stops.matchAt(words, from + 1, { exact: true }) !== null ||
    lexicon.complementizers.matchAt(words, from + 1, { exact: true }) !== null;
  if (!alone) return null;
  const head = headKey(w);
  const floor = Math.max(0, before - ANAPHOR_REACH);
  for (let i = lastStartingAtOrBefore(ctx.mentions, before - 1); i >= 0; i--) {
    const m = ctx.mentions[i] as EntityMentionRef;
    if (m.start < floor) break;
    if (m.type === 'ORG' && m.end <= before && (words.at(m.wi) as Word).stems.includes(head))
      return {
        speaker: m.entity,
        speakerText: ctx.input.text.slice(w.start, w.end).replace(/^[وف](?=ال)/u, ''),
      };
  }
  return null;
}

/**
 * Rule 4d: `وأضاف البيان أن…`، `وجاء في البيان: «…»`، `بياناً جاء فيه`: a statement named by its
 * definite noun alone, or by a pronoun after `جاء في`, is the statement last mentioned, and its
 * issuer speaks: the name right after that noun (`بيان لوزارة الخارجية`، `بيان صادر عن الجيش`), else
 * the name that opens its sentence (`وقالت الوزارة في بيان`، `وأصدرت الرئاسة بياناً`). `speakerText`
 * keeps the words that name the statement.
 */
function statementAnaphor(ctx: Context, cueIndex: number, from: number, to: number): Speaker | null {
  const { words, lexicon } = ctx;
  const cueWord = words.at(cueIndex + (cueAt(lexicon, words, cueIndex)?.length ?? 1) - 1) as Word;
  // `جاء فيه`، and `بياناً قالت فيه`: the pronoun after the verb is the statement.
  const inStatement = (x: Word | undefined) => x !== undefined && /^(فيه|فيها)$/u.test(x.text);
  // `بياناً قالت فيه`: a pronoun after the verb refers to the noun right before it, not further.
  const after = !inStatement(cueWord) && inStatement(words.at(from));
  const pronoun = inStatement(cueWord) || after;
  const w = words.at(from);
  const definite =
    from < to &&
    w?.kind === 'word' &&
    /^[وف]?ال/u.test(w.text) &&
    lexicon.statementNouns.matchAt(words, from);
  if (!pronoun && !definite) return null;
  const noun = definite ? headKey(w as Word) : null;
  const floor = after
    ? (words.at(Math.max(0, cueIndex - 1)) as Word).start
    : Math.max(0, (words.at(cueIndex) as Word).start - ANAPHOR_REACH);
  for (let k = cueIndex - 1; k >= 0 && (words.at(k) as Word).start >= floor; k--) {
    const match = lexicon.statementNouns.matchAt(words, k);
    if (!match || (noun !== null && !(words.at(k) as Word).stems.some((x) => x.replace(/ا$/u, '') === noun)))
      continue;
    const issuer = issuerAfter(ctx, k + match.length) ?? issuerOpening(ctx, k);
    if (!issuer) return null;
    const said = definite ? ctx.input.text.slice((w as Word).start, (w as Word).end) : null;
    return { speaker: issuer.entity, speakerText: said?.replace(/^[وف](?=ال)/u, '') ?? null };
  }
  return null;
}

/**
 * `بيان لوزارة الخارجية`، `بيان مشترك صادر عن الرئاسة`: a name a few words after a statement noun,
 * but not where it was posted (`تدوينة على صفحته في فيسبوك`): a preposition other than عن or من
 * ends the search.
 */
function issuerAfter(ctx: Context, k: number): EntityMentionRef | undefined {
  for (let j = k; j < k + 4; j++) {
    // `حسب تصريحات رئيس الهيئة فلان`، `رسالة وجهها الأمين العام للجامعة فلان`: a role phrase there
    // speaks through the person closing it, not the body inside it.
    const holder = bodyHolder(ctx, j);
    if (holder) return holder;
    const w = ctx.words.at(j);
    if (!w || w.kind === 'punct') return undefined;
    if (!/^(عن|من)$/u.test(w.key) && ctx.lexicon.stops.matchAt(ctx.words, j, { exact: true }))
      return undefined;
    const m = ctx.mentionAtWord.get(j);
    if (m) return m.type === 'LOC' ? undefined : m;
  }
  return undefined;
}

/**
 * `وقالت الوزارة في بيان`: the name that follows the verb opening the statement noun's sentence;
 * `ونشر رئيس الحكومة المغربية فلان تدوينة`: a person closing the role phrase there, not its body.
 */
function issuerOpening(ctx: Context, k: number): EntityMentionRef | undefined {
  const at = (ctx.words.at(k) as Word).start;
  const from = sentenceStart(ctx, at);
  const opening = wordIndexAt(ctx.words, from);
  for (let j = opening; j < Math.min(k, opening + MAX_SUBJECT_REACH); j++) {
    const m = ctx.mentionAtWord.get(j);
    if (m && m.start >= at) return undefined;
    if (m) {
      const role = m.type === 'PER' ? null : rolePhraseAt(ctx.words, j - 1, ctx.lexicon);
      const holder = role !== null ? roleHolder(ctx, m.wj, role, k) : undefined;
      return holder ?? m;
    }
    if ((ctx.words.at(j) as Word).kind === 'punct') return undefined;
  }
  return undefined;
}

/** How far back (characters) an organisation's head noun may refer: a few paragraphs. */
const ANAPHOR_REACH = 3000;

/**
 * Rule 4e: `وقال الحية في تصريح`: a word right after the cue that is the last name of one person
 * the text names in full is that person, though the tagger missed it there, when the subject ends
 * with it (a preposition, a mark, a comma or the clause follows).
 */
/**
 * `فعاد الزين ليقول:`، `ثم رد بلقاسم قائلاً`: a last name alone the tagger missed, of the one
 * person the text names in full, standing between the sentence's opening and its cue, no
 * punctuation between, is the cue's subject.
 */
function surnameBefore(ctx: Context, sentenceFrom: number, cueIndex: number): Speaker | null {
  const { words } = ctx;
  const first = wordIndexAt(words, sentenceFrom);
  for (let k = cueIndex - 1; k >= Math.max(first, cueIndex - MAX_SUBJECT_REACH); k--) {
    const w = words.at(k) as Word;
    if (w.kind === 'punct') return null;
    if (ctx.mentionAtWord.has(k) || ctx.mentionOverWord.has(k)) continue;
    const persons = ctx.surnames.get(w.key);
    if (persons?.size === 1) return { speaker: [...persons][0] as string, speakerText: w.text };
  }
  return null;
}

function surnameSpeaker(ctx: Context, from: number, to: number): Speaker | null {
  const { words, lexicon } = ctx;
  const w = words.at(from);
  if (w?.kind !== 'word' || from >= to) return null;
  const persons = ctx.surnames.get(w.key);
  if (persons?.size !== 1) return null;
  const next = words.at(from + 1);
  const closes =
    from + 1 >= to ||
    next === undefined ||
    next.kind === 'punct' ||
    lexicon.stops.matchAt(words, from + 1, { exact: true }) !== null ||
    lexicon.complementizers.matchAt(words, from + 1, { exact: true }) !== null;
  if (!closes) return null;
  return { speaker: [...persons][0] as string, speakerText: w.text };
}

/** Rule 4: the entity right after the cue, titles allowed before it, not a preposition. */
function namedSpeaker(ctx: Context, from: number, to: number): Speaker | null {
  const { words, lexicon } = ctx;
  const { text } = ctx.input;
  let first: EntityMentionRef | undefined;
  for (let k = from; k < to && !first; k++) {
    const told = addresseeAt(ctx, k);
    if (told) {
      k = told.wj - 1;
      continue;
    }
    first = ctx.mentionAtWord.get(k);
    if (first) break;
    const w = words.at(k) as Word;
    // `ذكرت "رويترز"`، `نشرت «فرانس برس»`: a name in marks right after the verb is its subject.
    if (k === from && isMark(w) && ctx.mentionAtWord.has(k + 1)) continue;
    if (w.kind === 'punct' || lexicon.stops.matchAt(words, k, { exact: true })) return null;
    if (lexicon.complementizers.matchAt(words, k, { exact: true })) return null;
  }
  if (!first || first.wi >= to) return null;
  const next = isMark(words.at(first.wj)) ? first.wj + 1 : first.wj;
  const person =
    first.type === 'PER' ? first : (ctx.personAtWord.get(first.wj) ?? ctx.personAtWord.get(next));
  // A place speaks only right after its verb, but `المتحدثة باسم البيت الأبيض فلانة` names the person.
  if (first.type === 'LOC' && first.wi !== from && !person) return null;
  // `رئيس جمعية الهلال الأحمر`: the organisation inside a role phrase is not the one speaking, but
  // a person after it, titles between (`رئيس أركان الجيش الجزائري الفريق أول فلان`), is.
  const role = rolePhraseAt(words, from, lexicon);
  const holder =
    !person && role !== null && first.wi > from
      ? (roleHolder(ctx, first.wj, role, to) ?? appositiveHolder(ctx, first.wj, to))
      : undefined;
  if (!person && !holder && role !== null && first.wi > from && first.wi < role) return null;
  // `اتهم الرئيس الروسي زعيمَ الجماعة فلاناً`: a name past the role phrase's object is the object.
  if (role !== null && first.wi >= role && objectAt(words, role, lexicon)) return null;
  const chosen = person ?? holder ?? first;
  // A name in marks (`مؤسس الحركة "فلان"`) keeps its closing mark, so the words stay balanced.
  let end = inMarks(ctx, chosen) ? (words.at(chosen.wj) as Word).end : chosen.end;
  // `فلان بأن`: a name the tagger ran into the complementizer keeps its words only.
  for (let k = wordIndexAt(words, end) - 1; k > from; k--) {
    if (!lexicon.complementizers.matchAt(words, k, { exact: true })) break;
    end = (words.at(k - 1) as Word).end;
  }
  return { speaker: chosen.entity, speakerText: text.slice((words.at(from) as Word).start, end) };
}

const isMark = (w: Word | undefined) => w !== undefined && /^["«»“”]$/u.test(w.text);

/** How many words of titles and role words may stand between a role's body and its holder's name. */
const MAX_TITLE_WORDS = 4;

/**
 * Rule 4f: `الناطق باسم مديرية الأمن العام العقيد فلان`: the person a role phrase ends with, after
 * the body named inside it (from word `after`), titles and rank words allowed between and nothing
 * that ends the subject (punctuation, a preposition, a complementizer).
 */
/** How many words of a role's body may stand between the role and the comma before its holder. */
const MAX_APPOSITION_GAP = 8;

/** The person closing the role phrase at word `k` after the body it names, if any. */
function bodyHolder(ctx: Context, k: number): EntityMentionRef | undefined {
  const role = rolePhraseAt(ctx.words, k, ctx.lexicon);
  if (role === null) return undefined;
  for (let b = k + 1; b < role; b++) {
    const body = ctx.mentionAtWord.get(b);
    if (body) return body.type === 'PER' ? undefined : roleHolder(ctx, body.wj, role, role + 4);
  }
  return undefined;
}

/**
 * Rule 5c: `وقال وكيل وزارة الصحة بمحافظة الجيزة، الدكتور فلان، إن…`: the role's holder set off by
 * commas after it, titles allowed before the name, is the one speaking.
 */
function appositiveHolder(ctx: Context, after: number, to: number): EntityMentionRef | undefined {
  const { words, lexicon } = ctx;
  for (let k = after; k < Math.min(to, after + MAX_APPOSITION_GAP); k++) {
    const w = words.at(k) as Word;
    if (w.kind !== 'punct') {
      if (lexicon.stops.matchAt(words, k, { exact: true })) return undefined;
      if (lexicon.complementizers.matchAt(words, k, { exact: true })) return undefined;
      continue;
    }
    if (!isComma(w)) return undefined;
    let j = k + 1;
    for (let title = 0; title < 2; title++) {
      const honorific = lexicon.honorifics.matchAt(words, j, { exact: true });
      if (!honorific) break;
      j += honorific.length;
    }
    const m = ctx.personAtWord.get(j);
    if (!m) return undefined;
    // `خالد آيت الطالب،` with the tagger's name cut short: a word or two may close it.
    for (let e = m.wj; e < Math.min(to, m.wj + 3); e++) {
      if (isComma(words.at(e))) return m;
      if ((words.at(e) as Word).kind === 'punct' || lexicon.stops.matchAt(words, e, { exact: true }))
        return undefined;
      if (lexicon.complementizers.matchAt(words, e, { exact: true })) return undefined;
    }
    return m.wj >= to ? m : undefined;
  }
  return undefined;
}

function roleHolder(ctx: Context, after: number, role: number, to: number): EntityMentionRef | undefined {
  const { words, lexicon } = ctx;
  for (let k = after; k < Math.min(to, Math.max(role, after) + MAX_TITLE_WORDS); k++) {
    const m = ctx.personAtWord.get(k);
    if (m) return m;
    const w = words.at(k) as Word;
    // `علي` (the name) folds to the key of the preposition `على`: as written, it is a name.
    const stop = w.text !== 'علي' && lexicon.stops.matchAt(words, k, { exact: true });
    if (w.kind === 'punct' || stop) return undefined;
    if (lexicon.complementizers.matchAt(words, k, { exact: true })) return undefined;
  }
  return undefined;
}

/** The prepositions that open a role's body (`في الحكومة`، `لدى الأمم المتحدة`، `إلى سوريا`), folded. */
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(['في', 'لدى', 'إلى'].map(foldKey));

/**
 * Rule 4g: `وزير الخارجية في الحكومة المؤقتة فلان`، `سفير البلاد لدى الأمم المتحدة فلان`: a role
 * phrase whose body follows في، لدى or إلى (a name, or a few definite words) and then the holder's
 * name: that person speaks. Bodies may follow one another (`منسق الشؤون الإنسانية للأمم المتحدة في
 * اليمن فلان`), the first glued to لـ, and a body the tagger took with its place (`مدير عام وزارة
 * الصحة في غزة فلان`) is one body.
 */
function complementHolder(ctx: Context, from: number, to: number): Speaker | null {
  const { words, lexicon } = ctx;
  const role = rolePhraseAt(words, from, lexicon);
  if (role === null || role >= to) return null;
  let k = bodyTaggedWithPlace(ctx, role);
  for (let next = bodyEnd(ctx, k, to); next > k && next < to; next = bodyEnd(ctx, k, to)) k = next;
  const person = k > role ? roleHolder(ctx, k, k, to) : undefined;
  if (!person) return null;
  return {
    speaker: person.entity,
    speakerText: ctx.input.text.slice((words.at(from) as Word).start, person.end),
  };
}

/** `وزارة الصحة في غزة` tagged as one name across the end `end` of a role phrase: where it ends. */
function bodyTaggedWithPlace(ctx: Context, end: number): number {
  const m = ctx.mentionOverWord.get(end);
  return m && m.type !== 'PER' ? m.wj : end;
}

/**
 * Where a role's body starting at word `k` ends (`k` when none starts there): `للأمم المتحدة`, a
 * name glued to لـ; or في، لدى، إلى and a name, a few definite words, or one plain word the tagger
 * missed when a person's name follows it (`مدير الدفاع المدني في إدلب فلان`).
 */
function bodyEnd(ctx: Context, k: number, to: number): number {
  const { words } = ctx;
  const w = words.at(k) as Word;
  const glued = ctx.mentionAtWord.get(k);
  if (glued && glued.type !== 'PER' && glued.wi === k && /^لل/u.test(w.text)) return glued.wj;
  if (!BODY_PREPOSITIONS.has(w.key) || k + 1 >= to) return k;
  const body = ctx.mentionAtWord.get(k + 1);
  if (body) return body.type === 'PER' ? k : body.wj;
  let j = k + 1;
  while (j < to && j < k + 4 && /^ال/u.test((words.at(j) as Word).key)) j++;
  if (j > k + 1) return j;
  const place = words.at(k + 1) as Word;
  const plain = place.kind === 'word' && !/(اً|ًا)$/u.test(place.text) && !/\p{N}/u.test(place.text);
  // A full name after it (`في مستشفى ناصر` is a hospital's name, not a place and a person).
  const person = ctx.personAtWord.get(k + 2);
  const named = person !== undefined && person.wi === k + 2 && person.wj - person.wi >= 2;
  return plain && named && !ctx.lexicon.stops.matchAt(words, k + 1, { exact: true }) ? k + 2 : k;
}

/** `مصدر أمني`: the words that name a speaker the text does not identify. */
function unnamedSpeakerText(ctx: Context, from: number, to: number): string | null {
  const { words, lexicon } = ctx;
  let end = from;
  while (
    end < to &&
    end < from + 4 &&
    (words.at(end) as Word).kind === 'word' &&
    !addresseeAt(ctx, end) &&
    !(end > from && lexicon.statementNouns.matchAt(words, end, { exact: true })) &&
    // `نشرت وسائل إعلام مقطعاً`: an indefinite accusative is the verb's object, past the speaker.
    !/(اً|ًا)$/u.test((words.at(end) as Word).text) &&
    !lexicon.stops.matchAt(words, end, { exact: true }) &&
    !lexicon.complementizers.matchAt(words, end, { exact: true })
  ) {
    end++;
  }
  return end > from
    ? ctx.input.text.slice((words.at(from) as Word).start, (words.at(end - 1) as Word).end)
    : null;
}

/**
 * Rule 5b: a role phrase refers to a role established before it, but a headline's (`الرئيس الفرنسي
 * يحذر…`) to one established anywhere: the headline comes before the body that names the person.
 */
function roleHorizon(ctx: Context, at: number): number {
  return ctx.segmentAt(at) === 'title' ? Number.POSITIVE_INFINITY : at;
}

/** Rule 8: `لافروف: «…»`، `وزير الخارجية المصري: «…»`: the lead before a colon right before the quote. */
function colonLead(ctx: Context, quoteStart: number): Speaker {
  const { text } = ctx.input;
  // Walks back from the quote rather than slicing the text before it, which was quadratic.
  let colon = quoteStart - 2;
  while (colon >= 0 && /\s/u.test(text[colon] ?? '')) colon--;
  if (text[colon] !== ':') return NOBODY;
  return leadSpeaker(ctx, colon) ?? NOBODY;
}

function sentenceStart(ctx: Context, offset: number): number {
  const s = spanAt(ctx.sentences, offset);
  if (s) return s.start;
  const { text } = ctx.input;
  let at = offset - 1;
  while (at >= 0 && !/[.!?؟\n]/u.test(text[at] ?? '')) at--;
  return at + 1;
}

function sentenceEndFrom(ctx: Context, offset: number, limit: number): number {
  const s = spanAt(ctx.sentences, offset);
  if (s) return Math.min(s.end, limit);
  const rest = ctx.input.text.slice(offset, limit);
  const m = /[.!?؟]/u.exec(rest);
  return m ? offset + m.index : limit;
}

function lastEnd(out: readonly Candidate[], paragraph: number): number {
  const prev = out[out.length - 1];
  return prev && prev.paragraph === paragraph ? prev.end + 1 : 0;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.،,؛;]/u.test(text[e - 1] ?? '')) e--;
  return e;
}

function trimStart(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && /\s/u.test(text[s] ?? '')) s++;
  return s;
}

function countWords(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
