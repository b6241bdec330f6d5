/**
 * Event rule 8 (see `extract.ts`): PLOVER's magnitudes (`dead`, `injured`, `arrested`, `size`)
 * read from the roles of the sentence's figures. The one place they are computed: the PLOVER export
 * (`src/corpus/plover.ts`) reads them from the event.
 */
import type { EventMention, PloverType, Quantity } from '../contract/analysis.js';

export type Magnitudes = NonNullable<EventMention['magnitudes']>;

/** Rule 8. */
export function magnitudesOf(quantities: readonly Quantity[], type: PloverType): Magnitudes | null {
  const out: Magnitudes = {};
  const amount = (q: Quantity) => q.value ?? q.min ?? null;
  for (const q of quantities) {
    const value = amount(q);
    if (value === null) continue;
    if (q.role === 'killed' && out.dead === undefined) out.dead = value;
    else if (q.role === 'injured' && out.injured === undefined) out.injured = value;
    else if (q.role === 'arrested' && out.arrested === undefined) out.arrested = value;
    else if (
      (type === 'PROTEST' || type === 'MOBILIZE') &&
      q.unit === 'person' &&
      (q.role === null || q.role === 'other' || q.role === 'fighters') &&
      out.size === undefined
    ) {
      out.size = value;
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}
