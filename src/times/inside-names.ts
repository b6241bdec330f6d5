/**
 * A time word inside the name of an organisation or a person names, it does not date:
 * `روسيا اليوم` and `أخبار اليوم` are outlets, `الجمعة` in a mosque's or a party's name is not a
 * Friday. Expressions lying wholly inside such a name are dropped. Names of other kinds keep their
 * dates (`حرب أكتوبر 1973` is dated by its year).
 */
import type { Entity, Span } from '../contract/analysis.js';
import type { TimeExpression } from '../contract/time-expression.js';
import { insideAny } from '../core/span-search.js';

const NAMING_TYPES: ReadonlySet<Entity['type']> = new Set(['ORG', 'PER']);

export function namesThatHideTimes(entities: readonly Entity[]): Span[] {
  return entities
    .filter((entity) => NAMING_TYPES.has(entity.type))
    .flatMap((entity) => entity.mentions.map(({ start, end }) => ({ start, end })));
}

/** `expressions` without those inside one of `names`; range partners' indices follow the removals. */
export function dropTimesInsideNames(
  expressions: readonly TimeExpression[],
  names: readonly Span[],
): TimeExpression[] {
  const inside = insideAny(names);
  const dropped = expressions.map((e) => inside(e) && e.rangeFrom === undefined && e.rangeTo === undefined);
  if (!dropped.includes(true)) return [...expressions];
  const newIndex: number[] = [];
  let kept = 0;
  for (const drop of dropped) newIndex.push(drop ? -1 : kept++);
  const remap = (index: number | undefined) => (index === undefined ? undefined : newIndex[index]);
  return expressions.flatMap((e, i) => {
    if (dropped[i]) return [];
    if (e.rangeFrom === undefined && e.rangeTo === undefined) return [e];
    const rangeFrom = remap(e.rangeFrom);
    const rangeTo = remap(e.rangeTo);
    return [
      {
        ...e,
        ...(rangeFrom === undefined ? {} : { rangeFrom }),
        ...(rangeTo === undefined ? {} : { rangeTo }),
      },
    ];
  });
}
