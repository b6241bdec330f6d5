/**
 * Codes whose Arabic names live in the language data the analysis itself reads: the dossier's
 * finer relations (`recognize`, `sever`…) and the subgroups a toll may count (`children`,
 * `serious`). Arabic labels come from those files, so there is one list; in English the code is
 * already a word.
 */
import conflictData from '../../../data/ar/conflicts.json';
import dossierData from '../../../data/ar/dossier.json';
import type { Lang } from './i18n.js';

const RELATIONS: Readonly<Record<string, string>> = dossierData.relations;
const SUBGROUPS: Readonly<Record<string, { readonly ar: string }>> = conflictData.subgroups;

export function relationLabel(relation: string, lang: Lang): string {
  return lang === 'ar' ? (RELATIONS[relation] ?? relation) : relation;
}

export function subgroupLabel(subgroup: string, lang: Lang): string {
  return lang === 'ar' ? (SUBGROUPS[subgroup]?.ar ?? subgroup) : subgroup;
}
