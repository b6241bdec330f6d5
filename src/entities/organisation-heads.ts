/**
 * `data/ar/entities/organisation-heads.json` with its one schema. The entity rules and the corpus's
 * identities both read it; `loadLanguageData` caches a path's first parse, so a second, narrower
 * schema loaded first (the corpus's, in a process that refreshed before it analysed) left the
 * entity rules without their fields.
 */
import { z } from 'zod';
import { loadLanguageData } from '../data/language-data.js';

const strings = z.array(z.string());

const OrganisationHeadsSchema = z.object({
  heads: strings,
  ruleHeads: strings,
  constructHeads: strings,
  chainHeads: strings,
  chainStops: strings,
  ruleWeakHeads: strings,
  ruleTrailing: strings,
  ruleComplementStops: strings,
  ruleComplementAdjectives: strings,
  ruleStops: strings,
  eventHeads: strings,
  stormHeads: strings,
  namedBodies: strings,
  outletNouns: strings,
  outletNounsOutside: strings,
  placeBodies: strings,
  ministryEllipses: strings,
  bankEllipses: strings,
});

export type OrganisationHeads = z.infer<typeof OrganisationHeadsSchema>;

export function loadOrganisationHeads(): OrganisationHeads {
  return loadLanguageData('ar/entities/organisation-heads', OrganisationHeadsSchema);
}
