/**
 * One identity per real-world thing across the corpus.
 *
 * Rules, in order:
 *  1. entities whose names have the same matching key (`nameKey`: letter variants, long vowels,
 *     diacritics, the ligature of Allah folded) are one identity, whatever their outlet or spelling;
 *  2. a shorter person name joins a longer one only when they are compatible: the same surname (last
 *     word) and, when the shorter name has a first name, the same first name (`لافروف`, `سيرغي
 *     لافروف` → `سيرغي فيكتوروفيتش لافروف`); `عمران خان` and `إسماعيل خان` stay apart;
 *  3. a compatible shorter name joins the longer one named in the same document; otherwise it joins
 *     only when exactly one longer identity in the whole corpus is compatible — an ambiguous bare
 *     surname stays an identity of its own rather than merge two people;
 *  5. an organisation's name is compatible with the same name opened by a generic head noun
 *     (`heads` of data/ar/entities/organisation-heads.json): `طالبان` joins `حركة طالبان` and
 *     `الخارجية الروسية` joins `وزارة الخارجية الروسية` under rule 3, while `جامعة القاهرة` never
 *     takes in the city, which is a place; both keep their last word, so an update that re-resolves
 *     a surname meets them together;
 *  6. a place joins a longer place it opens, unless the words it lacks are adjectives (`روستوف` →
 *     `روستوف أون دون`, never `كوريا` → `كوريا الشمالية`), under rule 3's uniqueness;
 *  4. an identity's type is its most frequent type; its name is its most frequent spelling (ties:
 *     the longer, then the alphabetically first); its id is `C` + a hash of its key, so it is stable.
 */
import type { EntityType } from '../contract/analysis.js';
import { placeEndsOnAdjective } from '../entities/linker/link.js';
import { loadOrganisationHeads } from '../entities/organisation-heads.js';
import { nameKeyWords } from '../text/name-key.js';
import { shortHash } from './document-key.js';
import type { CorpusEntity } from './types.js';

export interface EntityOccurrence {
  readonly documentId: string;
  /** The analysis's local id, `E1`… */
  readonly localId: string;
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: number;
}

export interface ResolvedIdentities {
  readonly entities: readonly CorpusEntity[];
  /** `documentId\tlocalId` → corpus id. */
  readonly identityOf: ReadonlyMap<string, string>;
}

export function occurrenceKey(documentId: string, localId: string): string {
  return `${documentId}\t${localId}`;
}

interface KeyGroup {
  readonly key: string;
  readonly words: readonly string[];
  readonly occurrences: EntityOccurrence[];
  /** The type most of its occurrences have. */
  type: EntityType | undefined;
}

export function resolveIdentities(occurrences: readonly EntityOccurrence[]): ResolvedIdentities {
  const groups = groupByKey(occurrences);
  const target = new Map<EntityOccurrence, KeyGroup>();
  const longerOf = compatibleLongerNames(groups);
  const keysInDocument = new Map<string, Set<string>>();
  for (const o of occurrences) {
    const set = keysInDocument.get(o.documentId) ?? new Set<string>();
    set.add(groupKey(o));
    keysInDocument.set(o.documentId, set);
  }
  for (const group of groups.values()) {
    const longer = longerOf.get(group.key) ?? [];
    for (const o of group.occurrences) {
      const here = longer.filter((l) => keysInDocument.get(o.documentId)?.has(l.key));
      const chosen =
        here.length === 1 ? here[0] : here.length === 0 && longer.length === 1 ? longer[0] : undefined;
      target.set(o, chosen ? rootOf(chosen, longerOf) : group);
    }
  }
  const byIdentity = new Map<KeyGroup, EntityOccurrence[]>();
  for (const [o, g] of target) byIdentity.set(g, [...(byIdentity.get(g) ?? []), o]);
  const identityOf = new Map<string, string>();
  const entities: CorpusEntity[] = [];
  for (const [group, members] of [...byIdentity].sort((a, b) => (a[0].key < b[0].key ? -1 : 1))) {
    const entity = describeIdentity(group.key, members);
    entities.push(entity);
    for (const o of members) identityOf.set(occurrenceKey(o.documentId, o.localId), entity.id);
  }
  return { entities, identityOf };
}

function groupKey(o: EntityOccurrence): string {
  return nameKeyWords(o.name).join(' ');
}

function groupByKey(occurrences: readonly EntityOccurrence[]): Map<string, KeyGroup> {
  const groups = new Map<string, KeyGroup>();
  for (const o of occurrences) {
    const words = nameKeyWords(o.name);
    const key = words.join(' ') || o.name;
    let group = groups.get(key);
    if (!group) {
      group = { key, words, occurrences: [], type: undefined };
      groups.set(key, group);
    }
    group.occurrences.push(o);
  }
  for (const group of groups.values()) group.type = majority(group.occurrences.map((o) => o.type));
  return groups;
}

/** Rules 2 and 5: for each person or organisation key, the longer keys it may join (sorted by key). */
function compatibleLongerNames(groups: ReadonlyMap<string, KeyGroup>): Map<string, KeyGroup[]> {
  const named = [...groups.values()].filter(
    (g) => (g.type === 'PER' || g.type === 'ORG') && g.words.length > 0,
  );
  const bySurname = new Map<string, KeyGroup[]>();
  for (const g of named) {
    const surname = g.words[g.words.length - 1] as string;
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), g]);
  }
  const result = new Map<string, KeyGroup[]>();
  for (const g of named) {
    const surname = g.words[g.words.length - 1] as string;
    const fits = g.type === 'PER' ? isCompatible : isHeadedForm;
    const longer = (bySurname.get(surname) ?? [])
      .filter(
        (other) => other.type === g.type && other.words.length > g.words.length && fits(g.words, other.words),
      )
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    if (longer.length > 0) result.set(g.key, longer);
  }
  for (const [key, longer] of longerPlaces(groups)) result.set(key, longer);
  return result;
}

/**
 * Rule 6: a place is compatible with a longer place it opens, unless the words it lacks are
 * adjectives (`روستوف` → `روستوف أون دون`; `كوريا` never → `كوريا الشمالية`), as the linker joins
 * them inside a document.
 */
function longerPlaces(groups: ReadonlyMap<string, KeyGroup>): Map<string, KeyGroup[]> {
  const places = [...groups.values()].filter((g) => g.type === 'LOC' && g.words.length > 0);
  const byFirstWord = new Map<string, KeyGroup[]>();
  for (const g of places) {
    const first = g.words[0] as string;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), g]);
  }
  const result = new Map<string, KeyGroup[]>();
  for (const g of places) {
    const longer = (byFirstWord.get(g.words[0] as string) ?? [])
      .filter(
        (other) =>
          other.words.length > g.words.length &&
          g.words.every((word, i) => other.words[i] === word) &&
          !placeEndsOnAdjective(other.occurrences[0]?.name ?? '', other.words.length, g.words.length),
      )
      .sort((a, b) => (a.key < b.key ? -1 : 1));
    if (longer.length > 0) result.set(g.key, longer);
  }
  return result;
}

/** Rule 5: `long` is `short` opened by a generic head noun. */
function isHeadedForm(short: readonly string[], long: readonly string[]): boolean {
  return (
    long.length === short.length + 1 &&
    organisationHeads().has(long[0] as string) &&
    short.every((word, i) => long[i + 1] === word)
  );
}

let heads: ReadonlySet<string> | undefined;

/** The one-word heads of organisation-heads.json, as name keys. */
function organisationHeads(): ReadonlySet<string> {
  heads ??= new Set(
    loadOrganisationHeads()
      .heads.map((head) => nameKeyWords(head))
      .filter((words) => words.length === 1)
      .map((words) => words[0] as string),
  );
  return heads;
}

function isCompatible(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 1) return true;
  if (short[0] !== long[0]) return false;
  // The middle words of the shorter name must appear in order in the longer one.
  let at = 1;
  for (const word of short.slice(1, -1)) {
    while (at < long.length - 1 && long[at] !== word) at++;
    if (at >= long.length - 1) return false;
    at++;
  }
  return true;
}

/** Follows unique joins upwards (`لافروف` → `سيرغي لافروف` → `سيرغي فيكتوروفيتش لافروف`). */
function rootOf(group: KeyGroup, longerOf: ReadonlyMap<string, KeyGroup[]>): KeyGroup {
  let current = group;
  for (let steps = 0; steps < 8; steps++) {
    const next = longerOf.get(current.key);
    if (next?.length !== 1) return current;
    current = next[0] as KeyGroup;
  }
  return current;
}

function majority<T extends string>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

function describeIdentity(key: string, members: readonly EntityOccurrence[]): CorpusEntity {
  const spellings = new Map<string, number>();
  for (const o of members) spellings.set(o.name, (spellings.get(o.name) ?? 0) + o.mentions);
  const names = [...spellings].sort(
    (a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1),
  );
  return {
    id: `C${shortHash(key)}`,
    type: majority(members.map((o) => o.type)) ?? 'MISC',
    name: names[0]?.[0] ?? key,
    aliases: names.slice(1).map(([name]) => name),
    documentCount: new Set(members.map((o) => o.documentId)).size,
    mentionCount: members.reduce((sum, o) => sum + o.mentions, 0),
  };
}
