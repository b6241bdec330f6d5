/** Test and evaluation helper: entities built from surface forms, as a tagger would give them. */
import type { Entity, EntityType } from '../contract/analysis.js';

export type EntityForms = readonly (readonly [string, EntityType, ...string[]])[];

/**
 * Every occurrence of each surface form becomes a mention of its entity (ids E1, E2… in list
 * order); longer forms are placed first, so `حركة طالبان` is not also read as `طالبان`.
 */
export function entitiesFrom(text: string, forms: EntityForms): Entity[] {
  const taken: { start: number; end: number }[] = [];
  const mentions = forms.map(() => [] as { start: number; end: number }[]);
  const all = forms.flatMap(([name, , ...variants], i) => [name, ...variants].map((form) => ({ form, i })));
  all.sort((a, b) => b.form.length - a.form.length);
  for (const { form, i } of all) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (taken.some((t) => t.start < end && at < t.end)) continue;
      taken.push({ start: at, end });
      mentions[i]?.push({ start: at, end });
    }
  }
  return forms.map(([name, type], i) => ({
    id: `E${i + 1}`,
    type,
    name,
    mentions: (mentions[i] ?? []).sort((a, b) => a.start - b.start),
  }));
}
