/**
 * B-cubed precision and recall of a clustering against gold clusters (Bagga & Baldwin 1998):
 * for each item, the share of its predicted cluster that shares its gold cluster (precision) and
 * the share of its gold cluster that shares its predicted cluster (recall), averaged over items.
 * Items missing from either side are left out.
 */
export interface BCubed {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly items: number;
}

export function bcubed(predicted: ReadonlyMap<string, string>, gold: ReadonlyMap<string, string>): BCubed {
  const items = [...gold.keys()].filter((item) => predicted.has(item));
  const members = (map: ReadonlyMap<string, string>) => {
    const out = new Map<string, string[]>();
    for (const item of items) {
      const c = map.get(item) as string;
      out.set(c, [...(out.get(c) ?? []), item]);
    }
    return out;
  };
  const pred = members(predicted);
  const gol = members(gold);
  let p = 0;
  let r = 0;
  for (const item of items) {
    const inPred = pred.get(predicted.get(item) as string) ?? [];
    const inGold = gol.get(gold.get(item) as string) ?? [];
    const shared = inPred.filter((other) => gold.get(other) === gold.get(item)).length;
    p += shared / inPred.length;
    r += shared / inGold.length;
  }
  const precision = items.length ? p / items.length : 0;
  const recall = items.length ? r / items.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, items: items.length };
}
