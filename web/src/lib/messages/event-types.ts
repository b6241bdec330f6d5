/**
 * PLOVER's types in Arabic: the labels of data/ar/dossier.json, so the CLI's dossier and the web UI
 * name a type the same way from one list.
 */
import dossierData from '../../../../data/ar/dossier.json';

export const EVENT_TYPES_AR = dossierData.types;
