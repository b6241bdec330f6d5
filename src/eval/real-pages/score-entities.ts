/**
 * Entities on a real page, by type. A gold entity is found when a predicted entity of its type has
 * a mention that is one of its surfaces (after the clitics the gold leaves out); a predicted entity
 * is right when one of its mentions is a surface of a gold entity of its type that no earlier
 * prediction stood for (a duplicate is a prediction, never a right one). Optional gold
 * entities count neither way, nor do predictions that lie wholly in lines the gold leaves
 * unannotated (boilerplate, other articles' headlines).
 */
import type { Analysis, Entity } from '../../contract/analysis.js';
import type { Tally } from '../tally.js';
import { sameName, type TextSpan, unannotatedSpans, within } from './matching.js';
import type { GoldEntity, GoldEntityType, RealPage } from './pages.js';

export const ENTITY_TYPES: readonly GoldEntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

interface TypedGold extends GoldEntity {
  readonly type: GoldEntityType;
}

export function goldEntities(page: RealPage): TypedGold[] {
  return ENTITY_TYPES.flatMap((type) => (page.gold.entities[type] ?? []).map((e) => ({ ...e, type })));
}

export function mentionTexts(analysis: Analysis, entity: Entity): string[] {
  return entity.mentions.map((m) => analysis.text.slice(m.start, m.end));
}

/** Is one of the entity's mentions one of the gold entity's surfaces? */
export function stands(analysis: Analysis, entity: Entity, gold: GoldEntity): boolean {
  const mentions = mentionTexts(analysis, entity);
  return gold.surfaces.some((surface) => mentions.some((m) => sameName(m, surface)));
}

function inUnannotated(entity: Entity, excluded: readonly TextSpan[]): boolean {
  return entity.mentions.length > 0 && entity.mentions.every((m) => excluded.some((s) => within(m, s)));
}

export function scoreEntities(page: RealPage, analysis: Analysis, t: Tally): void {
  const golds = goldEntities(page);
  const excluded = unannotatedSpans(page.text, page.gold.segments);
  for (const gold of golds) {
    if (gold.optional) continue;
    t.add(`entities.gold`);
    t.add(`entities.${gold.type}.gold`);
    const found = analysis.entities.some((e) => e.type === gold.type && stands(analysis, e, gold));
    if (found) {
      t.add('entities.found');
      t.add(`entities.${gold.type}.found`);
    } else {
      const other = analysis.entities.find((e) => stands(analysis, e, gold));
      if (other) t.add('entities.wrongType');
      t.miss(`${page.id} entity ${gold.type} ${gold.name}: ${other ? `typed ${other.type}` : 'not found'}`);
    }
  }
  // Each gold entity is claimed by the first prediction standing for it: a second entity for the
  // same thing (the same person listed twice) is a prediction too, but not a right one.
  const claimed = new Set<GoldEntity>();
  for (const entity of analysis.entities) {
    if (inUnannotated(entity, excluded)) continue;
    const matches = golds.filter((g) => stands(analysis, entity, g));
    if (matches.some((g) => g.optional) && !matches.some((g) => !g.optional && g.type === entity.type))
      continue;
    t.add('entities.predicted');
    t.add(`entities.${entity.type}.predicted`);
    const sameType = matches.filter((g) => g.type === entity.type);
    const unclaimed = sameType.find((g) => !claimed.has(g));
    if (unclaimed) {
      claimed.add(unclaimed);
      t.add('entities.predictedMatched');
      t.add(`entities.${entity.type}.predictedMatched`);
    } else if (sameType.length > 0) {
      t.add('entities.duplicates');
      t.miss(`${page.id} entity duplicate ${entity.type} ${mentionTexts(analysis, entity).join(' | ')}`);
    } else {
      t.miss(`${page.id} entity spurious ${entity.type} ${mentionTexts(analysis, entity).join(' | ')}`);
    }
  }
}
