/**
 * Parties as an analyst reads them: a capital or seat of power (`موسكو`، `الكرملين`، `البيت
 * الأبيض`) stands for its state, and so does a government body named with its state's adjective
 * (`وزارة الخارجية الروسية`، `المتحدث باسم الخارجية الروسية`). Each party keeps the name the text
 * writes and carries the state it stands for, so a dossier on Russia finds the Kremlin's acts
 * and shows them as written.
 */
import type { Analysis } from '../../contract/analysis.js';
import { foldKey } from '../../quantities/words.js';
import type { CorpusEntity, DossierParty } from '../types.js';
import type { DossierData } from './data.js';

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

/** The dossier's two actors as sets of folded keys: each name and the state it stands for. */
export interface ActorKeys {
  readonly id: string;
  readonly keys: ReadonlySet<string>;
}

export function actorKeys(entity: CorpusEntity, names: readonly string[], states: StateTable): ActorKeys {
  const keys = new Set<string>();
  for (const name of [entity.name, ...entity.aliases, ...names]) {
    keys.add(foldKey(name));
    const state = states.stateOf(name);
    if (state) keys.add(foldKey(state));
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
  const state = names.map((n) => states.stateOf(n)).find((s) => s !== null) ?? null;
  const keys = names.map(foldKey);
  if (state) keys.push(foldKey(state));
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
