/**
 * The stages of a relationship, as an analyst's "مراحل تطور العلاقات" reads: the entries grouped by
 * year, a year split where its events fall into clusters more than GAP_DAYS apart (a spring
 * of talks and an autumn agreement are two stages), undated entries last.
 *
 * Labels: a whole year is `2019`; a cluster is its month range (`مايو – يوليو 2025`, `مايو
 * 2025`); a decade (`201X`) is `العقد 2010`; the undated stage takes the data's label.
 */
import type { DossierEntry, DossierStage } from '../types.js';

const GAP_DAYS = 120;

export function dossierStages(
  entries: readonly DossierEntry[],
  labels: { readonly months: readonly string[]; readonly undated: string },
): DossierStage[] {
  const byYear = new Map<string, number[]>();
  const undated: number[] = [];
  entries.forEach((entry, i) => {
    if (entry.date === null) undated.push(i);
    else {
      const year = entry.date.slice(0, 4);
      byYear.set(year, [...(byYear.get(year) ?? []), i]);
    }
  });
  const stages: DossierStage[] = [];
  for (const [year, indexes] of [...byYear].sort(([x], [y]) => (x < y ? -1 : 1))) {
    const clusters = splitByGaps(entries, indexes);
    for (const cluster of clusters) {
      const from = (entries[cluster[0] as number] as DossierEntry).date;
      const to = (entries[cluster[cluster.length - 1] as number] as DossierEntry).date;
      const label = /X$/u.test(year)
        ? `العقد ${year.replace('X', '0')}`
        : clusters.length === 1
          ? year
          : monthRange(from, to, year, labels.months);
      stages.push({ label, from, to, entries: cluster });
    }
  }
  if (undated.length > 0) stages.push({ label: labels.undated, from: null, to: null, entries: undated });
  return stages;
}

/** Entries of one year, cut where two dated days stand more than GAP_DAYS apart. */
function splitByGaps(entries: readonly DossierEntry[], indexes: readonly number[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let lastDay: number | null = null;
  for (const i of indexes) {
    const date = (entries[i] as DossierEntry).date as string;
    const day = /^\d{4}-\d{2}/u.test(date)
      ? Date.parse(date.length === 7 ? `${date}-01` : date.slice(0, 10))
      : NaN;
    if (
      !Number.isNaN(day) &&
      lastDay !== null &&
      day - lastDay > GAP_DAYS * 86_400_000 &&
      current.length > 0
    ) {
      out.push(current);
      current = [];
    }
    current.push(i);
    if (!Number.isNaN(day)) lastDay = day;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function monthRange(from: string | null, to: string | null, year: string, months: readonly string[]): string {
  const month = (d: string | null) =>
    d && /^\d{4}-\d{2}/u.test(d) ? months[Number(d.slice(5, 7)) - 1] : undefined;
  const first = month(from);
  const last = month(to);
  if (!first) return last ? `${last} ${year}` : year;
  return !last || first === last ? `${first} ${year}` : `${first} – ${last} ${year}`;
}
