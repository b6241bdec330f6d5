/**
 * Quotes: who said what, as stand-off spans with their speaker.
 *
 * Rules, in the order they apply (each has a test named after it):
 *  1. a direct quote is the text between « », “ ” or a pair of " within one paragraph; a quote whose
 *     closing mark is missing runs to the end of its paragraph and is marked `unclosed`, but only
 *     when a cue introduces it; text in brackets is a quote only when a cue introduces it;
 *  2. the cue is the last reporting verb before the quote in its sentence, else the first one after
 *     it (`«…»، قال لافروف`), else — for quotes of four words or more — there is none;
 *  3. an indirect quote is the clause after a complementizer (أن، إن، بأن) that follows a cue, up to
 *     the end of the sentence, the next `، مشيراً…`, or a contrast that opens a second report within
 *     three words (`في حين أكد`, `بينما قال`); none is made where a direct quote opens in it;
 *  4. the speaker is the entity right after the cue, titles allowed in between but not a
 *     preposition (`قال في بيان` names nobody); a place speaks only right after its verb (`قالت
 *     موسكو`); an organisation followed at once by a person (`المتحدث باسم الحركة ذبيح الله`)
 *     yields the person; after `نقل` the speaker follows `عن`;
 *  5. a speaker named by role is the entity established for that role (see roles.ts), and
 *     `speakerText` keeps the words used either way;
 *  6. a cue with no named speaker (`وأضاف أن…`) takes the person just before the verb, else —
 *     for a continuation cue (وأضاف، وتابع) — the previous quote's speaker, else the sentence's
 *     subject person, else the previous speaker in the same or the previous paragraph.
 */
import type { Entity, Quote, Span } from '../contract/analysis.js';
import { anyStartingWithin, lastStartingAtOrBefore, spanAt, spanIndexAt } from '../core/span-search.js';
import { type Word, wordIndexAt, wordsOf } from '../quantities/words.js';
import type { CueSense, SpeechLexicon } from './lexicon.js';
import { type EntityMentionRef, establishRoles, type RoleFact, resolveRole, rolePhraseAt } from './roles.js';

export interface QuoteInput {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly sentences?: readonly Span[];
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
  readonly words: readonly Word[];
  readonly mentions: readonly EntityMentionRef[];
  readonly roles: readonly RoleFact[];
  readonly lexicon: SpeechLexicon;
  readonly paragraphs: readonly Span[];
  /** The input's sentences sorted by start, for binary search. */
  readonly sentences: readonly Span[];
  /** The first mention of each word index it starts at, all types and persons only. */
  readonly mentionAtWord: ReadonlyMap<number, EntityMentionRef>;
  readonly personAtWord: ReadonlyMap<number, EntityMentionRef>;
  /** The first person mention (in text order) ending at each word index. */
  readonly personEndingAtWord: ReadonlyMap<number, EntityMentionRef>;
  /** The first mention (in text order) ending at each offset. */
  readonly mentionEndingAt: ReadonlyMap<number, EntityMentionRef>;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"', '(': ')' };
const HARD_STOPS = new Set(['.', '!', '?', '؟', ':', '«', '»', '"', '“', '”', '\n']);
/** How many words after a contrast a reporting verb may stand (`في حين أكد`، `بينما قال المتحدث`). */
const CUE_REACH = 3;
const MIN_UNATTRIBUTED_WORDS = 4;

export function extractQuotes(input: QuoteInput, lexicon: SpeechLexicon): FoundQuote[] {
  const words = wordsOf(input.text);
  const mentions = mentionRefs(input.entities, words);
  const context: Context = {
    input,
    words,
    mentions,
    roles: establishRoles(words, mentions, lexicon),
    lexicon,
    paragraphs: paragraphsOf(input.text),
    sentences: [...(input.sentences ?? [])].sort((a, b) => a.start - b.start),
    mentionAtWord: firstBy(mentions, (m) => m.wi),
    personAtWord: firstBy(
      mentions.filter((m) => m.type === 'PER'),
      (m) => m.wi,
    ),
    personEndingAtWord: firstBy(
      mentions.filter((m) => m.type === 'PER'),
      (m) => m.wj,
    ),
    mentionEndingAt: firstBy(mentions, (m) => m.end),
  };
  const direct = directCandidates(context);
  const candidates = [...direct, ...indirectCandidates(context, direct)].sort((a, b) => a.start - b.start);
  return attribute(context, candidates);
}

export function mentionRefs(entities: readonly Entity[], words: readonly Word[]): EntityMentionRef[] {
  const refs: EntityMentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      let wi = wordIndexAt(words, m.start);
      if (wi > 0 && (words[wi - 1]?.end ?? 0) > m.start) wi--;
      const wj = Math.max(wi + 1, wordIndexAt(words, m.end));
      refs.push({ entity: entity.id, type: entity.type, start: m.start, end: m.end, wi, wj });
    }
  }
  return refs.sort((a, b) => a.start - b.start);
}

/** The first item (in list order) for each key. */
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

/** Rule 1. */
function directCandidates(ctx: Context): Candidate[] {
  const { text } = ctx.input;
  const out: Candidate[] = [];
  ctx.paragraphs.forEach((p, paragraph) => {
    let i = p.start;
    while (i < p.end) {
      const open = text[i] ?? '';
      const close = PAIRS[open];
      if (!close) {
        i++;
        continue;
      }
      const closeAt = text.indexOf(close, i + 1);
      const closed = closeAt >= 0 && closeAt < p.end;
      const innerEnd = closed ? closeAt : trimEnd(text, i + 1, p.end);
      const openWord = wordIndexAt(ctx.words, i);
      const cue = cueBefore(ctx, openWord, Math.max(p.start, sentenceStart(ctx, i), lastEnd(out, paragraph)));
      const start = trimStart(text, i + 1, innerEnd);
      const next = closed ? closeAt + 1 : p.end;
      const bracketOk = open !== '(' || (cue !== null && bracketIntroduced(ctx, cue, openWord));
      if (start >= innerEnd || ((open === '(' || !closed) && !cue) || !bracketOk) {
        i = open === '(' || !closed ? i + 1 : next;
        continue;
      }
      const after = wordIndexAt(ctx.words, next);
      const trailing = cue ? null : cueAfter(ctx, after, sentenceEndFrom(ctx, next, p.end));
      const chosen = cue ?? trailing;
      if (!chosen && countWords(text.slice(start, innerEnd)) < MIN_UNATTRIBUTED_WORDS) {
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

/** A bracket is a quote only right after its cue and speaker: `وأكد الوزير (…)`, `قال: (…)`. */
function bracketIntroduced(ctx: Context, hit: CueHit, openWord: number): boolean {
  const [from] = hit.region;
  if (openWord - from > 6) return false;
  for (let k = from; k < openWord; k++) {
    if (ctx.lexicon.complementizers.matchAt(ctx.words, k, { exact: true })) return false;
    const w = ctx.words[k] as Word;
    if (w.kind === 'punct' && w.text !== ':') return false;
  }
  return true;
}

type CueHit = { cue: NonNullable<Candidate['cue']>; region: readonly [number, number] };

/** The last cue in words [from-offset, openWord). */
function cueBefore(ctx: Context, openWord: number, from: number): CueHit | null {
  const first = wordIndexAt(ctx.words, from);
  for (let k = openWord - 1; k >= first; k--) {
    const match = ctx.lexicon.cues.matchAt(ctx.words, k);
    if (match && k + match.length <= openWord) {
      return {
        cue: { index: k, length: match.length, sense: match.value },
        region: [k + match.length, openWord],
      };
    }
  }
  return null;
}

/** The first cue in the few words after a closing mark, within the sentence. */
function cueAfter(ctx: Context, from: number, end: number): CueHit | null {
  const last = Math.min(wordIndexAt(ctx.words, end), from + 4);
  for (let k = from; k < last; k++) {
    const word = ctx.words[k] as Word;
    if (word.kind === 'punct' && word.text !== '،' && word.text !== ',') return null;
    const match = ctx.lexicon.cues.matchAt(ctx.words, k);
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

/** Rule 3. */
function indirectCandidates(ctx: Context, direct: readonly Candidate[]): Candidate[] {
  const { words, lexicon } = ctx;
  const { text } = ctx.input;
  const out: Candidate[] = [];
  // Direct quotes are found paragraph by paragraph, each after the last: sorted and disjoint.
  const insideDirect = (offset: number) => spanAt(direct, offset) !== undefined;
  for (let k = 0; k < words.length; k++) {
    const match = lexicon.cues.matchAt(words, k);
    if (!match || match.value.attribution || insideDirect((words[k] as Word).start)) continue;
    const from = k + match.length;
    let c = -1;
    for (let j = from; j < Math.min(words.length, from + 10); j++) {
      const w = words[j] as Word;
      if (HARD_STOPS.has(w.text) || lexicon.cues.matchAt(words, j)) break;
      if (lexicon.complementizers.matchAt(words, j, { exact: true })) {
        c = j;
        break;
      }
    }
    const body = words[c + 1];
    if (c < 0 || !body) continue;
    const paragraph = spanIndexAt(ctx.paragraphs, body.start);
    const p = ctx.paragraphs[paragraph];
    if (!p) continue;
    let end = sentenceEndFrom(ctx, body.start, p.end);
    for (let j = c + 1; j < words.length && (words[j] as Word).start < end; j++) {
      const w = words[j] as Word;
      if ((w.text === '،' || w.text === ',') && lexicon.cues.matchAt(words, j + 1)) {
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
    if (ctx.lexicon.cues.matchAt(ctx.words, k)) return true;
  }
  return false;
}

function attribute(ctx: Context, candidates: readonly Candidate[]): FoundQuote[] {
  const { text } = ctx.input;
  const out: FoundQuote[] = [];
  let last: { speaker: string | null; paragraph: number } | null = null;
  for (const c of candidates) {
    const recent = last && c.paragraph - last.paragraph <= 1 ? last.speaker : null;
    const who = findSpeaker(ctx, c, recent);
    const cueText = c.cue
      ? text.slice(
          (ctx.words[c.cue.index] as Word).start,
          (ctx.words[c.cue.index + c.cue.length - 1] as Word).end,
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
    if (c.cue) last = { speaker: who.speaker, paragraph: c.paragraph };
  }
  return out;
}

interface Speaker {
  speaker: string | null;
  speakerText: string | null;
}

/** Rules 4–6. */
function findSpeaker(ctx: Context, c: Candidate, recent: string | null): Speaker {
  const { words, lexicon, mentions } = ctx;
  const { text } = ctx.input;
  if (!c.cue) return precedingColonSpeaker(ctx, c);
  let [from, to] = c.region;
  if (c.cue.sense.via) {
    const via = words.slice(from, to).findIndex((w) => w.stems.includes(c.cue?.sense.via ?? ''));
    if (via >= 0) from += via + 1;
  }
  while (from < to && (words[from] as Word).kind === 'punct' && /[،,]/u.test((words[from] as Word).text))
    from++;
  const named = namedSpeaker(ctx, from, to);
  if (named) return named;
  const role = rolePhraseAt(words, from, lexicon);
  if (role !== null && from < to) {
    const end = Math.min(role, to);
    return {
      speaker: resolveRole(words, from, end, ctx.roles, (words[from] as Word).start, lexicon),
      speakerText: text.slice((words[from] as Word).start, (words[end - 1] as Word).end),
    };
  }
  const opensClause =
    from >= to ||
    (words[from] as Word).kind === 'punct' ||
    lexicon.stops.matchAt(words, from, { exact: true }) !== null ||
    lexicon.complementizers.matchAt(words, from, { exact: true }) !== null;
  if (!opensClause) return { speaker: null, speakerText: unnamedSpeakerText(ctx, from, to) };
  const cueStart = (words[c.cue.index] as Word).start;
  const endingAtCue = ctx.personEndingAtWord.get(c.cue.index);
  const subjectBefore =
    endingAtCue && !/[.،,:]/u.test(text.slice(endingAtCue.end, cueStart)) ? endingAtCue : undefined;
  if (subjectBefore)
    return { speaker: subjectBefore.entity, speakerText: text.slice(subjectBefore.start, subjectBefore.end) };
  const sentenceFrom = sentenceStart(ctx, cueStart);
  const subject = firstPersonWithin(mentions, sentenceFrom, cueStart);
  const participle = /^(م|قائل)/u.test((words[c.cue.index] as Word).key);
  if ((c.cue.sense.continuation || participle) && recent) return { speaker: recent, speakerText: null };
  if (subject) return { speaker: subject.entity, speakerText: null };
  return { speaker: recent, speakerText: null };
}

/** Rule 4: the entity right after the cue, titles allowed before it, not a preposition. */
function namedSpeaker(ctx: Context, from: number, to: number): Speaker | null {
  const { words, lexicon } = ctx;
  const { text } = ctx.input;
  let first: EntityMentionRef | undefined;
  for (let k = from; k < to && !first; k++) {
    first = ctx.mentionAtWord.get(k);
    if (first) break;
    const w = words[k] as Word;
    if (w.kind === 'punct' || lexicon.stops.matchAt(words, k, { exact: true })) return null;
    if (lexicon.complementizers.matchAt(words, k, { exact: true })) return null;
  }
  if (!first || first.wi >= to) return null;
  if (first.type === 'LOC' && first.wi !== from) return null;
  const person = first.type === 'PER' ? first : ctx.personAtWord.get(first.wj);
  const chosen = person ?? first;
  return { speaker: chosen.entity, speakerText: text.slice((words[from] as Word).start, chosen.end) };
}

/** `مصدر أمني`: the words that name a speaker the text does not identify. */
function unnamedSpeakerText(ctx: Context, from: number, to: number): string | null {
  const { words, lexicon } = ctx;
  let end = from;
  while (
    end < to &&
    end < from + 4 &&
    (words[end] as Word).kind === 'word' &&
    !lexicon.stops.matchAt(words, end, { exact: true }) &&
    !lexicon.complementizers.matchAt(words, end, { exact: true })
  ) {
    end++;
  }
  return end > from ? ctx.input.text.slice((words[from] as Word).start, (words[end - 1] as Word).end) : null;
}

/** `لافروف: «…»` — a name and a colon right before the quote, as in headlines. */
function precedingColonSpeaker(ctx: Context, c: Candidate): Speaker {
  const { text } = ctx.input;
  // Walks back from the quote rather than slicing the text before it, which was quadratic.
  let colon = c.start - 2;
  while (colon >= 0 && /\s/u.test(text[colon] ?? '')) colon--;
  if (text[colon] !== ':') return { speaker: null, speakerText: null };
  let m: EntityMentionRef | undefined;
  for (let end = colon; end >= 0 && (end === colon || /\s/u.test(text[end] ?? '')); end--) {
    const ending = ctx.mentionEndingAt.get(end);
    if (ending && (!m || ending.start < m.start)) m = ending;
  }
  return m
    ? { speaker: m.entity, speakerText: text.slice(m.start, m.end) }
    : { speaker: null, speakerText: null };
}

function sentenceStart(ctx: Context, offset: number): number {
  const s = spanAt(ctx.sentences, offset);
  if (s) return s.start;
  const { text } = ctx.input;
  let at = offset - 1;
  while (at >= 0 && !/[.!?؟\n]/u.test(text[at] ?? '')) at--;
  return at + 1;
}

/** The first person mention lying in `[from, to)`, in text order. */
function firstPersonWithin(
  mentions: readonly EntityMentionRef[],
  from: number,
  to: number,
): EntityMentionRef | undefined {
  for (let k = lastStartingAtOrBefore(mentions, from - 1) + 1; k < mentions.length; k++) {
    const m = mentions[k] as EntityMentionRef;
    if (m.start >= to) return undefined;
    if (m.type === 'PER' && m.end <= to) return m;
  }
  return undefined;
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
