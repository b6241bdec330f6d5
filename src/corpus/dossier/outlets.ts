/**
 * An outlet's name for every source: the page's own (the `outlet` the analysis found), else the
 * name of the URL's site from the table of Arab outlets (a subdomain falls back to its parent:
 * `arabic.example.com` → `example.com`), else the bare domain. Null only without page name or URL.
 */
import type { DocumentRef } from '../types.js';

export function outletName(ref: DocumentRef, outlets: Readonly<Record<string, string>>): string | null {
  if (ref.outlet?.trim()) return ref.outlet.trim();
  const host = hostOf(ref.url ?? ref.source);
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i + 2 <= labels.length; i++) {
    const name = outlets[labels.slice(i).join('.')];
    if (name) return name;
  }
  return host;
}

function hostOf(url: string | null): string | null {
  if (!url || !/^https?:\/\//iu.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d?\./u, '');
  } catch {
    return null;
  }
}
