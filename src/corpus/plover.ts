/**
 * Events as PLOVER records, with the JSON field names of the openeventdata/PLOVER gold-standard
 * records: `id`, `date`, `source` and `target` (lists of `{actorText}`), `event`, `eventText`,
 * `text`, `language`, `publication`, and the magnitudes `dead`, `injured`, `size`.
 *
 * Rules: the date is the event's resolved time, else the document's publication date; `text` is the
 * evidence sentence; the magnitudes `dead`, `injured` and `size` are the event's own (`magnitudes`,
 * read by the events stage from its figures' roles), never recomputed here, so the export says what
 * `rasd analyze` says; fields without a value are left out, as in PLOVER's records. Rasd adds `url`
 * and `entityId` per actor.
 */
import type { Analysis } from '../contract/analysis.js';
import type { DocumentRef } from './types.js';

export interface PloverActor {
  readonly actorText: string;
  readonly entityId?: string;
}

export interface PloverRecord {
  readonly id: string;
  readonly date?: string;
  readonly source?: readonly PloverActor[];
  readonly target?: readonly PloverActor[];
  readonly event: string;
  readonly eventText: string;
  readonly text: string;
  readonly language: string;
  readonly publication?: string;
  readonly url?: string;
  readonly dead?: number;
  readonly injured?: number;
  readonly size?: number;
}

export function ploverRecords(
  ref: DocumentRef,
  analysis: Analysis,
  identities: Readonly<Record<string, string | null>> = {},
): PloverRecord[] {
  return analysis.events.map((event) => {
    const actor = (id: string): PloverActor => {
      const entity = analysis.entities.find((e) => e.id === id);
      const corpusId = identities[id];
      return { actorText: entity?.name ?? id, ...(corpusId ? { entityId: corpusId } : {}) };
    };
    const time = analysis.times.find((t) => t.id === event.time);
    const date = time?.value ?? ref.published ?? undefined;
    const { dead, injured, size } = event.magnitudes ?? {};
    const text = analysis.text.slice(event.start, event.end);
    return {
      id: `${ref.id}#${event.id}`,
      ...(date ? { date } : {}),
      ...(event.actors.length > 0 ? { source: event.actors.map(actor) } : {}),
      ...(event.targets.length > 0 ? { target: event.targets.map(actor) } : {}),
      event: event.type,
      eventText: text,
      text,
      language: analysis.document.language,
      ...(ref.outlet ? { publication: ref.outlet } : {}),
      ...(ref.url ? { url: ref.url } : {}),
      ...(dead !== undefined ? { dead } : {}),
      ...(injured !== undefined ? { injured } : {}),
      ...(size !== undefined ? { size } : {}),
    };
  });
}
