/**
 * The outlet a page's URL names: its host looked up in data/ar/outlets.json (Arab outlets'
 * domains → the names they give themselves), then each parent domain (`gate.ahram.org.eg` →
 * `ahram.org.eg`), else the host itself without `www.`, `m.` or `amp.`, so a document always
 * names its site.
 */
import { z } from 'zod';
import { loadLanguageData } from '../data/language-data.js';

const OutletDomainsSchema = z.object({ outlets: z.record(z.string(), z.string()) });

let table: ReadonlyMap<string, string> | undefined;

function outletDomains(): ReadonlyMap<string, string> {
  table ??= new Map(Object.entries(loadLanguageData('ar/outlets', OutletDomainsSchema).outlets));
  return table;
}

export function hostOf(url: string | null | undefined): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(url?.trim() ?? '');
  if (!m?.[1]) return null;
  return m[1].toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./u, '');
}

export function outletFromUrl(
  url: string | null | undefined,
  domains: ReadonlyMap<string, string> = outletDomains(),
): string | null {
  const host = hostOf(url);
  if (!host) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = domains.get(labels.slice(i).join('.'));
    if (name) return name;
  }
  return host;
}

/** The names the table's outlets give themselves (`الشرق الأوسط`، `سكاي نيوز عربية`). */
export function outletNames(): string[] {
  return [...new Set(outletDomains().values())];
}
