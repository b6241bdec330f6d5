/**
 * Country and region names in Arabic from Node's ICU data (`Intl.DisplayNames`), so the list of
 * countries is neither typed by hand nor shipped.
 *
 * Rules:
 *  1. every two-letter code A–Z × A–Z that ICU names is a country or territory, except codes that
 *     name no place (X…, ZZ, EU, EZ, UN, QO) or that are deprecated duplicates;
 *  2. UN M49 region codes (continents and sub-regions) are regions;
 *  3. a qualifier after ` (` or ` - ` is dropped (`ميانمار (بورما)` gives `ميانمار` and `بورما`).
 */
const NOT_PLACES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);
const M49_REGIONS = [
  '002',
  '005',
  '009',
  '011',
  '013',
  '014',
  '015',
  '017',
  '018',
  '019',
  '021',
  '029',
  '030',
  '034',
  '035',
  '039',
  '053',
  '061',
  '142',
  '143',
  '145',
  '150',
  '151',
  '154',
  '155',
  '419',
];

export function icuCountryNames(locale = 'ar'): string[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const out = new Set<string>();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (code.startsWith('X') || NOT_PLACES.has(code)) continue;
      for (const name of splitQualifiers(safeName(names, code))) out.add(name);
    }
  }
  return [...out].sort();
}

export function icuRegionNames(locale = 'ar'): string[] {
  const names = new Intl.DisplayNames([locale], { type: 'region' });
  const out = new Set<string>();
  for (const code of M49_REGIONS) for (const name of splitQualifiers(safeName(names, code))) out.add(name);
  return [...out].sort();
}

function safeName(names: Intl.DisplayNames, code: string): string {
  try {
    const name = names.of(code);
    return name && name !== code ? name : '';
  } catch {
    return '';
  }
}

function splitQualifiers(name: string): string[] {
  if (!name) return [];
  const parts = name.split(/\s+-\s+|\s*[()]\s*/u).map((part) => part.trim());
  return parts.filter((part) => part.length > 1 && !/[A-Za-z]/.test(part));
}
