/**
 * An outlet's name for every source: the page's own (the `outlet` the analysis found), else the
 * name of the URL's site from the one table of Arab outlets (`data/ar/outlets.json`, read by
 * `outletFromUrl`), else the bare domain. Null only without page name or URL.
 */
import { outletFromUrl } from '../../segment/outlet-domains.js';
import type { DocumentRef } from '../types.js';

export function outletName(ref: DocumentRef, outlets?: ReadonlyMap<string, string>): string | null {
  if (ref.outlet?.trim()) return ref.outlet.trim();
  return outletFromUrl(ref.url ?? ref.source, outlets);
}
