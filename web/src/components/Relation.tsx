/**
 * Who did what to whom, as "A · يهاجم · B": a verb between the parties reads the same way in
 * right-to-left and left-to-right text, where an arrow between Arabic names points backwards.
 */
import type { PloverType } from '../../../src/contract/analysis.js';
import { useLang } from '../lib/i18n.js';
import { EntityName } from './EntityName.js';

export function Relation({
  type,
  actors,
  targets,
}: {
  type: PloverType;
  actors: readonly string[];
  targets: readonly string[];
}) {
  const { t, lang } = useLang();
  const list = (names: readonly string[]) =>
    names.map((name, i) => (
      <span key={name}>
        {i > 0 ? (lang === 'ar' ? '، ' : ', ') : null}
        <EntityName name={name} />
      </span>
    ));
  return (
    <span className="relation" data-testid="relation">
      {actors.length > 0 ? <span className="party">{list(actors)}</span> : null}
      <span className="rel-sep"> · </span>
      <span className="rel-verb">{targets.length > 0 ? t.eventVerbs[type] : t.eventTypes[type]}</span>
      {targets.length > 0 ? (
        <>
          <span className="rel-sep"> · </span>
          <span className="party">{list(targets)}</span>
        </>
      ) : null}
    </span>
  );
}
