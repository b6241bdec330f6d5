/**
 * A story's full record from its grouped documents: title, members (with near-duplicates marked),
 * events with their actors' names, and its conflicts.
 *
 * Rules: the title is the earliest original (not duplicate) document's title, else its first
 * sentence cut at 90 characters; an event's date is its own resolved time, else its document's
 * publication date; actors are named by their corpus identity's name when the identity is known.
 */

import { splitSentences } from '../text/sentences.js';
import { findConflicts, type StoryDocument } from './conflicts.js';
import type { StoryGroup } from './stories.js';
import type { DocumentRef, Story, StoryDocumentRef, StoryEvent } from './types.js';

export interface StoryRecordDocument extends StoryDocument {
  /** Local entity id → corpus identity name (or the local name when unresolved). */
  readonly actorNames: ReadonlyMap<string, string>;
}

export function buildStoryRecord(
  group: StoryGroup,
  documents: ReadonlyMap<string, StoryRecordDocument>,
): Story {
  const docs = group.members.map((id) => {
    const doc = documents.get(id);
    if (!doc) throw new Error(`story ${group.id}: document ${id} is missing`);
    return { ...doc, duplicateOf: group.duplicateOf.get(id) ?? null };
  });
  const dates = docs
    .map((d) => d.ref.published)
    .filter((d): d is string => d !== null)
    .sort();
  return {
    id: group.id,
    title: storyTitle(docs),
    documents: docs.map((d) => documentRef(group, d.ref)),
    events: docs.filter((d) => d.duplicateOf === null).flatMap(storyEvents),
    conflicts: findConflicts(group.id, docs),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
  };
}

/**
 * A member as readers see it: a copy names its original and why; a member whose original cannot
 * be told names the other member with the same text instead, and so does the one standing for it.
 */
function documentRef(group: StoryGroup, ref: DocumentRef): StoryDocumentRef {
  const pointsTo = group.duplicateOf.get(ref.id) ?? null;
  if (pointsTo !== null && group.sameText.has(ref.id))
    return { ...ref, duplicateOf: null, copyBasis: null, sameTextAs: pointsTo };
  const standsFor = [...group.sameText].find((id) => group.duplicateOf.get(id) === ref.id) ?? null;
  return {
    ...ref,
    duplicateOf: pointsTo,
    copyBasis: group.copyBasis.get(ref.id) ?? null,
    sameTextAs: standsFor,
  };
}

function storyTitle(docs: readonly StoryRecordDocument[]): string {
  const original = docs.find((d) => d.duplicateOf === null) ?? docs[0];
  if (!original) return '';
  const withTitle = docs.find((d) => d.ref.title);
  if (original.ref.title) return original.ref.title;
  if (withTitle?.ref.title) return withTitle.ref.title;
  const first = splitSentences(original.analysis.text)[0];
  const sentence = first ? original.analysis.text.slice(first.start, first.end) : '';
  return sentence.length > 90 ? `${sentence.slice(0, 89)}…` : sentence;
}

function storyEvents(doc: StoryRecordDocument): StoryEvent[] {
  const { analysis } = doc;
  return analysis.events.map((event) => {
    const time = analysis.times.find((t) => t.id === event.time);
    const name = (id: string) => doc.actorNames.get(id) ?? id;
    return {
      type: event.type,
      date: time?.value ?? doc.ref.published,
      actors: event.actors.map(name),
      targets: event.targets.map(name),
      evidence: {
        document: doc.ref,
        start: event.start,
        end: event.end,
        text: analysis.text.slice(event.start, event.end),
      },
    };
  });
}
