/**
 * The event vocabulary (`data/ar/event-triggers.json`): trigger words → PLOVER category with
 * argument hints, and the words that mark agents, negation, hypotheses and places.
 */
import { z } from 'zod';
import { PLOVER_TYPES, type PloverType } from '../contract/analysis.js';
import { PhraseLexicon } from '../quantities/words.js';

export const EventDataSchema = z.object({
  triggers: z.array(
    z.object({
      type: z.enum(PLOVER_TYPES),
      forms: z.array(z.string()),
      mode: z.string().optional(),
      /** The subject is the host, the object the visitor (استقبل): PLOVER codes the visitor as source. */
      swap: z.boolean().optional(),
      /** All named parties are sources (meetings, clashes). */
      symmetric: z.boolean().optional(),
      /** The trigger counts only when one of these words is in the sentence (رفع … القائمة). */
      with: z.array(z.string()).optional(),
    }),
  ),
  agentCues: z.array(z.string()),
  negations: z.array(z.string()),
  hypotheticals: z.array(z.string()),
  placePrepositions: z.array(z.string()),
  placeNouns: z.array(z.string()),
  targetPrepositions: z.array(z.string()),
});

export type EventData = z.infer<typeof EventDataSchema>;

export interface TriggerSense {
  readonly type: PloverType;
  readonly mode: string | null;
  readonly swap: boolean;
  readonly symmetric: boolean;
  readonly with: PhraseLexicon<true> | null;
}

export interface EventLexicon {
  readonly triggers: PhraseLexicon<TriggerSense>;
  readonly agentCues: PhraseLexicon<true>;
  readonly negations: PhraseLexicon<true>;
  readonly hypotheticals: PhraseLexicon<true>;
  readonly placePrepositions: PhraseLexicon<true>;
  readonly placeNouns: PhraseLexicon<true>;
  readonly targetPrepositions: PhraseLexicon<true>;
}

const flag = (forms: readonly string[]) => new PhraseLexicon(forms.map((f): [string, true] => [f, true]));

export function buildEventLexicon(data: EventData): EventLexicon {
  return {
    triggers: new PhraseLexicon(
      data.triggers.flatMap((t) => {
        const sense: TriggerSense = {
          type: t.type,
          mode: t.mode ?? null,
          swap: t.swap ?? false,
          symmetric: t.symmetric ?? false,
          with: t.with ? flag(t.with) : null,
        };
        return t.forms.map((form): [string, TriggerSense] => [form, sense]);
      }),
    ),
    agentCues: flag(data.agentCues),
    negations: flag(data.negations),
    hypotheticals: flag(data.hypotheticals),
    placePrepositions: flag(data.placePrepositions),
    placeNouns: flag(data.placeNouns),
    targetPrepositions: flag(data.targetPrepositions),
  };
}
