/**
 * The dossier's finer relation codes (`recognize`, `sever`…) in the reader's language. The Arabic
 * labels are the ones the chronology itself uses, read from the same data file; in English the
 * code is already a word.
 */
import dossierData from '../../../data/ar/dossier.json';
import type { Lang } from './i18n.js';

const ARABIC: Readonly<Record<string, string>> = dossierData.relations;

export function relationLabel(relation: string, lang: Lang): string {
  return lang === 'ar' ? (ARABIC[relation] ?? relation) : relation;
}
