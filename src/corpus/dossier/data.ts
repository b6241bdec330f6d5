/**
 * The language data a dossier reads (`data/ar/dossier.json`): seats of power and relational
 * adjectives that stand for a state, and labels for relation kinds and types. Outlets' names by
 * web domain are the segment stage's table (`src/segment/outlet-domains.ts`).
 */
import { z } from 'zod';
import { loadLanguageData } from '../../data/language-data.js';

export const DossierDataSchema = z.object({
  /** Capital or seat of power → the state it stands for (`الكرملين` → روسيا). */
  seats: z.record(z.string(), z.string()),
  /** Relational adjective → state (`الروسية` → روسيا), for `وزارة الخارجية الروسية`. */
  nisbas: z.record(z.string(), z.string()),
  /** Nouns heading a government body (`وزارة`, `المتحدث`): with a nisba, the body stands for its state. */
  governmentNouns: z.array(z.string()),
  /** `كان`/`كانت`: with `قد` before the verb (`وكانت روسيا قد صنفت`), a pluperfect recounting background. */
  pastAuxiliaries: z.array(z.string()),
  /** Arabic labels of relation kinds (the trigger data's `mode`). */
  relations: z.record(z.string(), z.string()),
  /** Arabic labels of PLOVER types. */
  types: z.record(z.string(), z.string()),
  undated: z.string(),
  months: z.array(z.string()).length(12),
});

export type DossierData = z.infer<typeof DossierDataSchema>;

export function loadDossierData(): DossierData {
  return loadLanguageData('ar/dossier', DossierDataSchema);
}
