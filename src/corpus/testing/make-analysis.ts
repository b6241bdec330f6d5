/**
 * Analyses built by hand for tests of cross-document code, so those tests do not depend on how
 * well the entity, time, quantity and event stages do today. Mentions are found in the text by
 * their surface form, so offsets are always right.
 */
import type {
  Analysis,
  EntityType,
  EventMention,
  PloverType,
  Quantity,
  TimeMention,
} from '../../contract/analysis.js';

export interface AnalysisSpec {
  readonly text: string;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
  /** Entities by surface form: every occurrence of `surface` (default `name`) is a mention. */
  readonly entities?: readonly { type: EntityType; name: string; surface?: readonly string[] }[];
  /** Figures: `surface` is found in the text (the `nth` occurrence, default 0). */
  readonly quantities?: readonly { surface: string; value: number; role: string; nth?: number }[];
  /** A null value is a relative date the analysis could not resolve (no publication date). */
  readonly times?: readonly { surface: string; value: string | null }[];
  /** Events: actor/target names refer to `entities` names; `sentence` is a substring of the text. */
  readonly events?: readonly {
    type: PloverType;
    actors: string[];
    targets: string[];
    sentence: string;
    time?: string;
    /** The trigger word, found inside `sentence`. */
    trigger?: string;
    mode?: string;
  }[];
}

function occurrences(text: string, surface: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + surface.length))
    out.push(at);
  return out;
}

export function makeAnalysis(spec: AnalysisSpec): Analysis {
  const { text } = spec;
  const entities = (spec.entities ?? []).map((e, i) => ({
    id: `E${i + 1}`,
    type: e.type,
    name: e.name,
    mentions: (e.surface ?? [e.name]).flatMap((s) =>
      occurrences(text, s).map((start) => ({ start, end: start + s.length })),
    ),
  }));
  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const start = occurrences(text, q.surface)[q.nth ?? 0];
    if (start === undefined) throw new Error(`"${q.surface}" is not in the text`);
    return { start, end: start + q.surface.length, value: q.value, approx: null, unit: null, role: q.role };
  });
  const times: TimeMention[] = (spec.times ?? []).map((t, i) => {
    const start = occurrences(text, t.surface)[0];
    if (start === undefined) throw new Error(`"${t.surface}" is not in the text`);
    return {
      id: `T${i + 1}`,
      start,
      end: start + t.surface.length,
      text: t.surface,
      value: t.value,
      mod: null,
      kind: 'date',
      anchor: t.value === null ? 'unresolved' : 'absolute',
    };
  });
  const idOf = (name: string) => entities.find((e) => e.name === name)?.id ?? 'E0';
  const events: EventMention[] = (spec.events ?? []).map((v, i) => {
    const start = occurrences(text, v.sentence)[0];
    if (start === undefined) throw new Error(`"${v.sentence}" is not in the text`);
    const time = v.time ? (times.find((t) => t.text === v.time)?.id ?? null) : null;
    const event: EventMention = {
      id: `V${i + 1}`,
      type: v.type,
      actors: v.actors.map(idOf),
      targets: v.targets.map(idOf),
      time,
      place: null,
      quantities: [],
      start,
      end: start + v.sentence.length,
    };
    if (v.trigger) {
      const at = v.sentence.indexOf(v.trigger);
      if (at < 0) throw new Error(`"${v.trigger}" is not in "${v.sentence}"`);
      event.trigger = { start: start + at, end: start + at + v.trigger.length, text: v.trigger };
    }
    if (v.mode) event.mode = v.mode;
    return event;
  });
  return {
    version: 1,
    text,
    document: {
      title: spec.title ?? null,
      outlet: spec.outlet ?? null,
      url: spec.url ?? null,
      published: {
        value: spec.published ?? null,
        inferred: false,
        basis: spec.published ? 'stated' : 'none',
      },
      language: 'ar',
    },
    segments: text.length > 0 ? [{ kind: 'body', start: 0, end: text.length }] : [],
    entities,
    times,
    quantities,
    quotes: [],
    events,
  };
}
