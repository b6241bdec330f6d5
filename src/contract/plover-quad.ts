/**
 * PLOVER's quad classes: each of its 19 event types is verbal or material, cooperation or
 * conflict. The graph colours its edges by these four; the web UI reads the same table. Domain
 * data of the event types, so it lives with them in the contract, not in the HTTP layer.
 */
import type { PloverType } from './analysis.js';

export const PLOVER_QUADS = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;

export type PloverQuad = (typeof PLOVER_QUADS)[number];

export const PLOVER_QUAD: Readonly<Record<PloverType, PloverQuad>> = {
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  SUPPORT: 'verbal-cooperation',
  CONCEDE: 'verbal-cooperation',
  COOPERATE: 'material-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
  INVESTIGATE: 'material-cooperation',
  DEMAND: 'verbal-conflict',
  DISAPPROVE: 'verbal-conflict',
  REJECT: 'verbal-conflict',
  THREATEN: 'verbal-conflict',
  PROTEST: 'material-conflict',
  CRIME: 'material-conflict',
  MOBILIZE: 'material-conflict',
  COERCE: 'material-conflict',
  ASSAULT: 'material-conflict',
  FIGHT: 'material-conflict',
  SANCTION: 'material-conflict',
};
