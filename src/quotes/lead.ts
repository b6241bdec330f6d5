/**
 * Headline speakers: `لافروف: «…»`، `وزير الخارجية المصري: «…»`، `ميقاتي عن الأزمة: «…»`،
 * `مسؤول أممي لـ«الشرق»: «…»`. A quote with no verb of saying right after a colon is credited to
 * the words that open its line or sentence before that colon (the lead), as headlines do.
 *
 * Rules, in order:
 *  1. the lead runs back from the colon to the last stop (. ! ? ؟ : ، or the line's start), marks
 *     around an outlet's name (`لـ«الشرق»`) aside; a lead of more than MAX_LEAD_WORDS is prose, not
 *     a speaker's name;
 *  2. the speaker's words end where a complement opens: a preposition (`عن الأزمة`، `في مؤتمر`), a
 *     name glued to لـ or بـ (`لرويترز`: who was told), a mark;
 *  3. a person named in those words speaks, else the name that opens them (`الجيش السوداني`), else
 *     the name that ends right at the colon when no complement opened before it (`المبعوث الأممي
 *     إلى سوريا:` is no quote of Syria's), else a last name alone of the one person the text names in
 *     full with it (`الشيباني:`), else a role phrase that opens them (`وزير الخارجية
 *     المصري`): it stands for the person that role is established for anywhere in the text, since a
 *     headline comes before the body that names the person; `speakerText` keeps the words either way;
 *  4. those words never open with a verb (`ورد منافسه فلان:` gives `منافسه فلان`).
 */
import type { Word, Words } from '../text/words.js';
import type { SpeechLexicon } from './lexicon.js';
import { type EntityMentionRef, type RoleFact, resolveRole, rolePhraseAt } from './roles.js';

export interface LeadContext {
  readonly input: { readonly text: string };
  readonly words: Words;
  readonly lexicon: SpeechLexicon;
  readonly roles: readonly RoleFact[];
  /** The first mention of each word index it starts at. */
  readonly mentionAtWord: ReadonlyMap<number, EntityMentionRef>;
  readonly personAtWord: ReadonlyMap<number, EntityMentionRef>;
  /** The first mention (in text order) ending at each offset. */
  readonly mentionEndingAt: ReadonlyMap<number, EntityMentionRef>;
  /** Each person's last name (folded), for the persons it names alone. */
  readonly surnames: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface LeadSpeaker {
  speaker: string | null;
  speakerText: string | null;
}

/** Beyond this many words before a colon, the words are a sentence, not a speaker's name. */
const MAX_LEAD_WORDS = 12;
const LEAD_STOP = /^[.!?؟:،,؛;]$/u;
const MARK = /^["«»“”]$/u;

/** The speaker the lead before the colon at offset `colon` names, or null when there is none. */
export function leadSpeaker(ctx: LeadContext, colon: number): LeadSpeaker | null {
  const { words, lexicon } = ctx;
  const { text } = ctx.input;
  const lineStart = text.lastIndexOf('\n', colon) + 1;
  const colonWord = wordBefore(words, colon + 1);
  let from = colonWord;
  while (from > 0) {
    const w = words.at(from - 1) as Word;
    if (w.start < lineStart || LEAD_STOP.test(w.text)) break;
    from--;
  }
  if (from >= colonWord || colonWord - from > MAX_LEAD_WORDS) return null;
  const end = speakerWordsEnd(ctx, from, colonWord);
  const slice = (a: number, z: number) => text.slice((words.at(a) as Word).start, z);
  const head = speakerWordsStart(ctx, from, end);
  for (let k = from; k < end; k++) {
    const person = ctx.personAtWord.get(k);
    if (person) return { speaker: person.entity, speakerText: slice(Math.min(head, k), person.end) };
  }
  const opening = ctx.mentionAtWord.get(from);
  if (opening && end > from) return { speaker: opening.entity, speakerText: slice(from, opening.end) };
  // `المبعوث الأممي إلى سوريا:`: a name inside the complement is not the speaker.
  const atColon = end === colonWord ? mentionEndingBefore(ctx, colon) : undefined;
  if (atColon) return { speaker: atColon.entity, speakerText: text.slice(atColon.start, atColon.end) };
  // `الشيباني: «…»`: a last name alone that the tagger missed, of the one person the body names in full.
  const alone = end === from + 1 ? ctx.surnames.get((words.at(from) as Word).key) : undefined;
  if (alone?.size === 1)
    return { speaker: [...alone][0] as string, speakerText: slice(from, (words.at(from) as Word).end) };
  const role = end > from ? rolePhraseAt(words, from, lexicon) : null;
  if (role === null) return null;
  const stop = Math.min(role, end);
  return {
    speaker: resolveRole(words, from, stop, ctx.roles, Number.POSITIVE_INFINITY, lexicon),
    speakerText: slice(from, (words.at(stop - 1) as Word).end),
  };
}

/**
 * Rule 4: the first of the speaker's words. A verb opening the lead is not one of them (`ورد
 * منافسه فلان:`، `وعلق الخبير فلان على القرار:`): a verb of saying, or a word glued to و or ف that
 * starts no name, no role and no stop, with the object pronoun after it (`وردت عليه`), when words
 * follow them before the complement.
 */
function speakerWordsStart(ctx: LeadContext, from: number, end: number): number {
  const { words, lexicon } = ctx;
  if (end - from < 2 || ctx.mentionAtWord.has(from) || ctx.personAtWord.has(from)) return from;
  const cue = lexicon.cues.matchAt(words, from);
  const w = words.at(from) as Word;
  const glued = /^[وف]\p{L}{2,}$/u.test(w.text);
  const verb = cue
    ? cue.length
    : glued && !lexicon.roleHeads.matchAt(words, from) && !lexicon.stops.matchAt(words, from)
      ? 1
      : 0;
  // `وردت عليه الوزيرة فلانة:`: the verb's object pronoun goes with it.
  let k = from + verb;
  while (verb && k < end && lexicon.objectPronouns.matchAt(words, k, { exact: true })) k++;
  return k < end ? k : from;
}

/** Rule 2: the first word of the lead that opens a complement, or `to`. */
function speakerWordsEnd(ctx: LeadContext, from: number, to: number): number {
  const { words, lexicon } = ctx;
  for (let k = from; k < to; k++) {
    const w = words.at(k) as Word;
    if (w.kind === 'punct' || MARK.test(w.text)) return k;
    if (k > from && lexicon.stops.matchAt(words, k, { exact: true })) return k;
    const m = ctx.mentionAtWord.get(k);
    if (k > from && m && m.start > w.start && /^[لب]/u.test(w.text)) return k;
  }
  return to;
}

/** The index of the word that ends at or before offset `at` (the colon's own word). */
function wordBefore(words: Words, at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words.at(mid) as Word).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** `لافروف: «…»`: the longest mention ending right before the colon, spaces aside. */
function mentionEndingBefore(ctx: LeadContext, colon: number): EntityMentionRef | undefined {
  const { text } = ctx.input;
  let m: EntityMentionRef | undefined;
  for (let end = colon; end >= 0 && (end === colon || /\s/u.test(text[end] ?? '')); end--) {
    const ending = ctx.mentionEndingAt.get(end);
    if (ending && (!m || ending.start < m.start)) m = ending;
  }
  return m;
}
