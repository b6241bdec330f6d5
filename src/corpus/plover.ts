/**
 * Events as PLOVER records, with the JSON field names of the openeventdata/PLOVER gold-standard
 * records: `id`, `date`, `source` and `target` (lists of `{actorText}`), `event`, `eventText`,
 * `text`, `language`, `publication`, and the magnitudes `dead`, `injured`, `size`.
 *
 * Rules: the date is the event's resolved time, else the document's publication date; `text` is the
 * evidence sentence; magnitudes come from the event's quantities by role (`killed`/`dead` → dead,
 * `injured` → injured, anything counting people such as `protesters` or `fighters` → size); fields
 * without a value are left out, as in PLOVER's records. Rasd adds `url` and `entityId` per actor.
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

const SIZE_ROLES = new Set(['protesters', 'fighters', 'troops', 'participants', 'people', 'size']);

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
    const magnitudes: { dead?: number; injured?: number; size?: number } = {};
    for (const index of event.quantities) {
      const q = analysis.quantities[index];
      if (!q || q.value === null) continue;
      if (q.role === 'killed' || q.role === 'dead') magnitudes.dead = q.value;
      else if (q.role === 'injured') magnitudes.injured = q.value;
      else if (q.role && SIZE_ROLES.has(q.role)) magnitudes.size = q.value;
    }
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
      ...magnitudes,
    };
  });
}
