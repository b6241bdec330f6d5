/**
 * The linker: mentions of one document joined into one entity per thing.
 *
 * Rules, applied in this order:
 *  1. an alias becomes its canonical name first (`الاتحاد الروسي` → `روسيا`, data/ar/entities/aliases.json);
 *  2. an organisation head word before a name is dropped for matching (`حركة طالبان` ≈ `طالبان`);
 *  3. mentions whose name keys (src/text/name-key.ts, the key the corpus joins documents by) are
 *     equal are one entity, so `محمد عباس` and `محمود عباس` stay two people;
 *  4. a shorter mention joins a longer person's name when its words end the longer one's
 *     (`كابولوف` → `زامير كابولوف`), or when it is that name's first word and its last words
 *     (`تركي آل الشيخ` → `تركي بن عبد المحسن آل الشيخ`); when several names fit, the nearest
 *     earlier one wins; a mention that shares only a first name joins nothing;
 *  4b. a place joins the one longer place of the document that it opens (`روستوف` → `روستوف أون
 *     دون`) unless the words it lacks are adjectives (`أذربيجان الشرقية` is a province), and an organisation the one longer organisation that is its name and a nationality
 *     (`الهلال الأحمر` → `الهلال الأحمر الإيراني`, `الرجاء` → `الرجاء البيضاوي`: a nationality or
 *     one relational adjective) or that it shortens to its head and the
 *     object of its `ل` (`هيئة الانتخابات` → `الهيئة العليا المستقلة للانتخابات`); with two such (`الأهلي السعودي`, `الأهلي
 *     المصري`) the short name stays apart;
 *  4c. a one-word organisation in brackets or quotes right after an organisation is its
 *     abbreviation (`وكالة الأنباء الإيرانية (إيرنا)`);
 *  5. an entity's type is its mentions' majority type (the first mention's on a tie), its name the
 *     canonical alias or else its fullest mention, and ids E1, E2… follow first mentions.
 */
import type { Entity, EntityType } from '../../contract/analysis.js';
import { type NameVariants, nameKeyWords } from '../../text/name-key.js';
import { foldKey } from '../../text/words.js';
import type { EntityMention } from '../mentions.js';

export interface LinkerData {
  readonly aliases: Readonly<Record<string, string>>;
  readonly orgHeadsToDrop: readonly string[];
  /** Head words dropped only before one of the words listed with them (`البنك` + `المركزي`). */
  readonly orgHeadsToDropBefore?: Readonly<Record<string, readonly string[]>>;
  /** The letter-variant table of the name key (src/text/name-key.ts). */
  readonly variants: NameVariants;
  /** Nationality adjectives (masculine, no article): the last words of `الهلال الأحمر الإيراني`. */
  readonly nationalities?: readonly string[];
}

interface Group {
  readonly key: string;
  readonly words: string[];
  readonly mentions: EntityMention[];
  canonical: string | null;
  parent: Group | null;
}

interface LinkerTables {
  readonly aliasByKey: ReadonlyMap<string, string>;
  readonly heads: ReadonlySet<string>;
  readonly headsBefore: ReadonlyMap<string, ReadonlySet<string>>;
  /** Name keys of the nationality adjectives in their four forms (with and without ال and ة). */
  readonly nationalityKeys: ReadonlySet<string>;
}

const tablesOf = new WeakMap<LinkerData, LinkerTables>();

/** The aliases and head words folded for lookup, once per linker data, not once per document. */
function linkerTables(data: LinkerData): LinkerTables {
  let tables = tablesOf.get(data);
  if (!tables) {
    tables = {
      aliasByKey: new Map(
        Object.entries(data.aliases).map(([alias, canon]) => [normalizePhrase(alias), canon]),
      ),
      heads: new Set(data.orgHeadsToDrop.map(foldKey)),
      headsBefore: new Map(
        Object.entries(data.orgHeadsToDropBefore ?? {}).map(([head, next]) => [
          foldKey(head),
          new Set(next.map(foldKey)),
        ]),
      ),
      nationalityKeys: new Set(
        (data.nationalities ?? []).flatMap((adjective) =>
          [adjective, `ال${adjective}`, `${adjective}ة`, `ال${adjective}ة`].map((form) =>
            phraseKey([form], data.variants),
          ),
        ),
      ),
    };
    tablesOf.set(data, tables);
  }
  return tables;
}

/** `text`, the text the mentions' offsets point into, lets an abbreviation in brackets join its name. */
export function linkMentions(mentions: readonly EntityMention[], data: LinkerData, text?: string): Entity[] {
  const tables = linkerTables(data);
  const { aliasByKey, heads } = tables;
  const groupOf = new Map<EntityMention, Group>();
  const groups = new Map<string, Group>();
  const ordered = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const mention of ordered) {
    const canonical = aliasByKey.get(normalizePhrase(mention.name)) ?? null;
    let words = (canonical ?? mention.name).split(/\s+/u).filter(Boolean);
    if (words.length > 1 && heads.has(foldKey(words[0] as string))) words = words.slice(1);
    else if (
      words.length > 2 &&
      tables.headsBefore.get(foldKey(words[0] as string))?.has(foldKey(words[1] as string))
    )
      words = words.slice(1);
    const key = phraseKey(words, data.variants);
    let group = groups.get(key);
    if (!group) {
      group = { key, words: key.split(' '), mentions: [], canonical, parent: null };
      groups.set(key, group);
    }
    // The canonical name whichever mention comes first (`السعودية` before `المملكة العربية السعودية`).
    group.canonical ??= canonical;
    group.mentions.push(mention);
    groupOf.set(mention, group);
  }
  joinShortNames([...groups.values()]);
  joinShortPlacesAndBodies([...groups.values()], tables.nationalityKeys);
  if (text !== undefined) joinAbbreviations(ordered, groupOf, text);
  const clusters = new Map<Group, EntityMention[]>();
  const canonicals = new Map<Group, string | null>();
  for (const group of groups.values()) {
    const root = rootOf(group);
    clusters.set(root, [...(clusters.get(root) ?? []), ...group.mentions]);
    if (group.canonical && !canonicals.get(root)) canonicals.set(root, group.canonical);
  }
  const entities = [...clusters].map(([root, ms]) => toEntity(ms, canonicals.get(root) ?? null));
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  return entities.map((entity, i) => ({ ...entity, id: `E${i + 1}` }));
}

function joinShortNames(groups: readonly Group[]): void {
  const persons = groups.filter((g) => g.words.length > 1 && majorityType(g.mentions) === 'PER');
  for (const short of groups) {
    const candidates = persons.filter(
      (long) =>
        long !== short && (endsWith(long.words, short.words) || firstAndLastOf(long.words, short.words)),
    );
    if (candidates.length === 0) continue;
    const first = short.mentions[0]?.start ?? 0;
    const before = candidates.filter((c) => (c.mentions[0]?.start ?? 0) < first);
    const pool = before.length > 0 ? before : candidates;
    const nearest = pool.reduce((a, b) => (lastStartBefore(b, first) > lastStartBefore(a, first) ? b : a));
    const root = rootOf(nearest);
    if (root !== rootOf(short)) rootOf(short).parent = root;
  }
}

/** Rule 4b: a place or an organisation joins the only longer one of its type that it fits. */
function joinShortPlacesAndBodies(groups: readonly Group[], nationalityKeys: ReadonlySet<string>): void {
  // Every fit shares the first key word, so only groups of one type and first word are compared:
  // a whole document's places against each other would grow with the square of a long text.
  const byOpening = new Map<string, Group[]>();
  const typeOf = new Map<Group, EntityType>();
  for (const group of groups) {
    const type = majorityType(group.mentions);
    if (type !== 'LOC' && type !== 'ORG') continue;
    typeOf.set(group, type);
    const opening = `${type} ${group.words[0]}`;
    const same = byOpening.get(opening);
    if (same) same.push(group);
    else byOpening.set(opening, [group]);
  }
  for (const [short, type] of typeOf) {
    const fits = type === 'LOC' ? placeFits : bodyFits;
    const candidates = (byOpening.get(`${type} ${short.words[0]}`) ?? []).filter(
      (long) => long !== short && fits(short, long, nationalityKeys),
    );
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && rootOf(only) !== rootOf(short)) rootOf(short).parent = rootOf(only);
  }
}

/** The longer place opens with the shorter one and what follows is no adjective (`روستوف أون دون`). */
function placeFits(short: Group, long: Group): boolean {
  return opensWith(long, short) && !endsOnAdjective(long, short.words.length);
}

/**
 * The longer organisation is the shorter one and a nationality or one relational adjective
 * (`الهلال الأحمر الإيراني`, `الرجاء البيضاوي`), or the shorter one is its head and the object of its ل.
 */
function bodyFits(short: Group, long: Group, nationalityKeys: ReadonlySet<string>): boolean {
  if (isShortBody(short, long)) return true;
  if (!opensWith(long, short)) return false;
  const rest = long.words.slice(short.words.length);
  return rest.every((w) => nationalityKeys.has(w)) || endsOnOneNisba(long, short.words.length);
}

function opensWith(long: Group, short: Group): boolean {
  return long.words.length > short.words.length && short.words.every((w, i) => long.words[i] === w);
}

/** The words of the group's first mention as written (the name key drops the article, joins some words). */
function writtenWords(group: Group): string[] {
  return (group.mentions[0]?.name ?? '').split(/\s+/u).filter(Boolean);
}

function endsOnAdjective(long: Group, from: number): boolean {
  return placeEndsOnAdjective(long.mentions[0]?.name ?? '', long.words.length, from);
}

/**
 * A place's written name has, after its first `from` words, a word with the article, as an
 * adjective has: `أذربيجان الشرقية` is a province, not Azerbaijan, and `كوريا الشمالية` not Korea
 * (`روستوف أون دون` is Rostov). Read on the name as written, since the name key drops the article;
 * a name whose written words are not its `keyLength` key words is taken as ending on one.
 */
export function placeEndsOnAdjective(name: string, keyLength: number, from: number): boolean {
  const written = name.split(/\s+/u).filter(Boolean);
  if (written.length !== keyLength) return true;
  return written.slice(from).some((word) => foldKey(word).startsWith('ال'));
}

/** The name is the first `from` words and one relational adjective (`الرجاء البيضاوي`). */
function endsOnOneNisba(long: Group, from: number): boolean {
  const written = writtenWords(long);
  if (written.length !== long.words.length || written.length !== from + 1) return false;
  const last = foldKey(written[from] as string);
  return last.startsWith('ال') && /(ي|يه)$/u.test(last);
}

/**
 * `هيئة الانتخابات` for `الهيئة العليا المستقلة للانتخابات`: a body named by its head noun and the
 * object of its `ل`, the words between left out (`هيئة الرياضة`, `الهيئة العامة للرياضة`).
 */
function isShortBody(short: Group, long: Group): boolean {
  const written = writtenWords(short).map(foldKey);
  const full = writtenWords(long).map(foldKey);
  const [head, object] = written;
  const last = full[full.length - 1] ?? '';
  if (written.length !== 2 || full.length < 3 || !head || !object) return false;
  if (short.words[0] !== long.words[0] || !/^ل/u.test(last) || last.startsWith('ال')) return false;
  return last.replace(/^لل?/u, '') === object.replace(/^ال/u, '');
}

/** Rule 4c: `… (إيرنا)`, `… "سانا"`: one organisation word in marks right after an organisation. */
function joinAbbreviations(
  ordered: readonly EntityMention[],
  groupOf: ReadonlyMap<EntityMention, Group>,
  text: string,
): void {
  for (let i = 1; i < ordered.length; i++) {
    const full = ordered[i - 1] as EntityMention;
    const short = ordered[i] as EntityMention;
    if (full.type !== 'ORG' || short.type !== 'ORG' || /\s/u.test(short.text)) continue;
    if (!OPENING_MARK.test(text.slice(full.end, short.start))) continue;
    if (!CLOSING_MARK.test(text.slice(short.end, short.end + 2))) continue;
    const [a, b] = [groupOf.get(full), groupOf.get(short)];
    if (a && b && rootOf(a) !== rootOf(b)) rootOf(b).parent = rootOf(a);
  }
}

const OPENING_MARK = /^\s*[("«“'[]\s*$/u;
const CLOSING_MARK = /^\s*[)"»”'\]]/u;

/** `تركي آل الشيخ` in `تركي بن عبد المحسن آل الشيخ`: the same first word, and the rest ends it. */
function firstAndLastOf(long: readonly string[], short: readonly string[]): boolean {
  return short.length >= 2 && long[0] === short[0] && endsWith(long.slice(1), short.slice(1));
}

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((w, i) => long[offset + i] === w);
}

function lastStartBefore(group: Group, at: number): number {
  let last = -1;
  for (const m of group.mentions) if (m.start < at) last = Math.max(last, m.start);
  return last;
}

function rootOf(group: Group): Group {
  let g = group;
  while (g.parent) g = g.parent;
  return g;
}

function majorityType(mentions: readonly EntityMention[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best = mentions[0]?.type ?? 'MISC';
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

function toEntity(mentions: EntityMention[], canonical: string | null): Entity {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const fullest = sorted.reduce((a, b) => {
    const wa = a.name.split(/\s+/u).length;
    const wb = b.name.split(/\s+/u).length;
    return wb > wa || (wb === wa && b.name.length > a.name.length) ? b : a;
  });
  const name = canonical ?? fullest.name;
  const aliases = [...new Set(sorted.map((m) => m.name))].filter((n) => n !== name);
  return {
    id: '',
    type: majorityType(sorted),
    name,
    mentions: sorted.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

/** The name key as words; a mention of no letters or digits keeps its folded words. */
function phraseKey(words: readonly string[], variants: NameVariants): string {
  const key = nameKeyWords(words.join(' '), variants).join(' ');
  return key !== '' ? key : words.map(foldKey).join(' ');
}

function normalizePhrase(phrase: string): string {
  return phrase.split(/\s+/u).filter(Boolean).map(foldKey).join(' ');
}
