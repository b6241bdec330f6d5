/** PLOVER quad colours, shared by the graph's edges, the legend and the dossier timeline. */
import type { PloverType } from '../../../src/contract/analysis.js';
import { PLOVER_QUAD, PLOVER_QUADS, type PloverQuad } from '../../../src/contract/plover-quad.js';

export { PLOVER_QUAD, PLOVER_QUADS, type PloverQuad };

export const QUAD_COLOURS: Readonly<Record<PloverQuad, string>> = {
  'verbal-cooperation': '#4f9d69',
  'material-cooperation': '#1f6e43',
  'verbal-conflict': '#e08a2b',
  'material-conflict': '#c0392b',
};

export function quadOf(type: PloverType | null): PloverQuad | null {
  return type ? PLOVER_QUAD[type] : null;
}
