/**
 * Parties as an analyst reads them: a capital or seat of power (`موسكو`، `الكرملين`، `البيت
 * الأبيض`) stands for its state, and so does a government body named with its state's adjective
 * (`وزارة الخارجية الروسية`، `المتحدث باسم الخارجية الروسية`), and so does a person whose title
 * names it (`وزير الخارجية السعودي فيصل بن فرحان`). Each party keeps the name the text
 * writes and carries the state it stands for, so a dossier on Russia finds the Kremlin's acts
 * and shows them as written.
 */
import type { Analysis } from '../../contract/analysis.js';
import { nameKey } from '../../text/name-key.js';
import { foldKey } from '../../text/words.js';
import type { CorpusEntity, DossierParty } from '../types.js';
import type { DossierData } from './data.js';

/** Words allowed between a title's state adjective and the name (`الأمير`). */
const TITLE_GAP = 2;

/** Folded lookup tables, built once per dossier. */
export class StateTable {
  private readonly seats: Map<string, string>;
  private readonly nisbas: Map<string, string>;
  private readonly bodies: Set<string>;

  constructor(data: Pick<DossierData, 'seats' | 'nisbas' | 'governmentNouns'>) {
    this.seats = new Map(Object.entries(data.seats).map(([k, v]) => [foldKey(k), v]));
    this.nisbas = new Map(Object.entries(data.nisbas).map(([k, v]) => [foldKey(k), v]));
    this.bodies = new Set(data.governmentNouns.map(foldKey));
  }

  /**
   * The state a person's title names right before the name (`وزير الخارجية السعودي فيصل بن
   * فرحان`, `ونظيره الإيراني حسين …`, `ولي العهد السعودي الأمير محمد`): a state adjective at most
   * TITLE_GAP words before the name, a title noun before it, all in one clause.
   */
  titleStateBefore(text: string, start: number): string | null {
    const head = text.slice(Math.max(0, start - 80), start);
    const clause = head.slice(
      Math.max(head.lastIndexOf('،'), head.lastIndexOf('.'), head.lastIndexOf('\n')) + 1,
    );
    const words = clause.trim().split(/\s+/u).filter(Boolean).map(foldKey);
    for (let k = words.length - 1; k >= Math.max(0, words.length - 1 - TITLE_GAP); k--) {
      const state = this.nisbas.get(words[k] as string);
      if (!state) continue;
      const titled = words
        .slice(Math.max(0, k - 3), k)
        .some((w) => this.bodies.has(w.replace(/^[وف]/u, '')) || this.bodies.has(w));
      return titled ? state : null;
    }
    return null;
  }

  /** The state `name` stands for, or null when it is no seat of power or government body. */
  stateOf(name: string): string | null {
    const key = foldKey(name.trim());
    const seat = this.seats.get(key);
    if (seat) return seat;
    const words = key.split(/\s+/u);
    if (words.length < 2 || !this.bodies.has(words[0] as string)) return null;
    return this.nisbas.get(words[words.length - 1] as string) ?? null;
  }
}

/**
 * The key a party is matched by: the name key, so that one name spelt two ways (`فاغنر`/`فاجنر`,
 * `كابل`/`كابول`) is one party, as it is one identity in the corpus.
 */
export function partyKey(name: string): string {
  return nameKey(name);
}

/** The dossier's two actors as sets of keys: each name and the state it stands for. */
export interface ActorKeys {
  readonly id: string;
  readonly keys: ReadonlySet<string>;
}

export function actorKeys(entity: CorpusEntity, names: readonly string[], states: StateTable): ActorKeys {
  const keys = new Set<string>();
  for (const name of [entity.name, ...entity.aliases, ...names]) {
    keys.add(partyKey(name));
    const state = states.stateOf(name);
    if (state) keys.add(partyKey(state));
  }
  return { id: entity.id, keys };
}

/** A document's entity as a party: its name as written, its corpus identity and its state. */
export function partyOf(
  analysis: Analysis,
  identities: Readonly<Record<string, string | null>>,
  local: string,
  states: StateTable,
): DossierParty & { readonly keys: readonly string[] } {
  const entity = analysis.entities.find((e) => e.id === local);
  const name = entity?.name ?? local;
  const names = [name, ...(entity?.aliases ?? [])];
  const state =
    names.map((n) => states.stateOf(n)).find((s) => s !== null) ??
    (entity?.type === 'PER'
      ? (entity.mentions
          .map((m) => states.titleStateBefore(analysis.text, m.start))
          .find((s) => s !== null) ?? null)
      : null);
  const keys = names.map(partyKey);
  if (state) keys.push(partyKey(state));
  return { name, entity: identities[local] ?? null, state, keys };
}

/** Whether a party is the actor: the same corpus identity, the same name, or the same state. */
export function isActor(
  party: { entity: string | null; keys: readonly string[] },
  actor: ActorKeys,
): boolean {
  if (party.entity !== null && party.entity === actor.id) return true;
  return party.keys.some((k) => actor.keys.has(k));
}
