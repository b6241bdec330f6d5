/** An analysis shown in full: the highlighted article, a legend that toggles types, and each layer as a list. */
import { type ReactNode, useMemo, useState } from 'react';
import type { Analysis } from '../lib/api.js';
import { formatIsoDate, formatNumber, formatTimeValue } from '../lib/format.js';
import { type MarkKind, marksOf } from '../lib/highlight.js';
import { useLang } from '../lib/i18n.js';
import { ArticleView } from './ArticleView.js';
import { EntityName } from './EntityName.js';
import { Figure } from './Figure.js';
import { Relation } from './Relation.js';

const KINDS: readonly MarkKind[] = ['PER', 'ORG', 'LOC', 'MISC', 'time', 'quantity', 'quote', 'indirect'];

export function AnalysisPanel({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useLang();
  const [hidden, setHidden] = useState<ReadonlySet<MarkKind>>(new Set());
  const marks = useMemo(
    () =>
      marksOf(analysis, {
        kinds: t.kinds,
        speaker: t.analyze.speaker,
        unknownSpeaker: t.analyze.unknownSpeaker,
        formatTime: (value) => formatTimeValue(value, lang),
        formatNumber: (n) => formatNumber(n, lang),
        roles: t.roles,
        approx: t.approx,
        units: t.units,
        mods: t.mods,
        dateConflict: t.analyze.dateConflict,
      }),
    [analysis, t, lang],
  );
  const shown = useMemo(() => marks.filter((m) => !hidden.has(m.kind)), [marks, hidden]);
  function toggle(kind: MarkKind) {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setHidden(next);
  }
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const published = analysis.document.published;
  return (
    <section className="analysis" data-testid="analysis">
      <p className="meta">
        {t.analyze.publishedLabel}: {formatIsoDate(published.value, lang)}
        {published.inferred ? ` (${t.analyze.inferred})` : ''}
      </p>
      <div className="legend" role="group" aria-label={t.analyze.legend} data-testid="legend">
        <span className="muted">{t.analyze.legend}</span>
        {KINDS.map((kind) => (
          <button
            type="button"
            key={kind}
            className={`hl hl-${kind} legend-toggle`}
            aria-pressed={!hidden.has(kind)}
            data-kind={kind}
            onClick={() => toggle(kind)}
          >
            {t.kinds[kind]}
          </button>
        ))}
      </div>
      <div className="columns">
        <ArticleView text={analysis.text} segments={analysis.segments} marks={shown} />
        <aside className="facts">
          <Facts title={t.analyze.entities} empty={t.analyze.none}>
            {analysis.entities.map((e) => (
              <li key={e.id}>
                <span className={`chip hl-${e.type}`}>{t.kinds[e.type]}</span> <EntityName name={e.name} /> ×
                {formatNumber(e.mentions.length, lang)}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.times} empty={t.analyze.none}>
            {analysis.times.map((time) => (
              <li key={time.id}>
                <bdi>{time.text}</bdi> · {time.mod ? `${t.mods[time.mod] ?? ''} ` : ''}
                {formatTimeValue(time.value, lang) ?? t.analyze.unresolved}
                {time.conflict ? (
                  <span className="warn" title={time.conflict}>
                    {' '}
                    ⚠ {t.analyze.dateConflict}
                  </span>
                ) : null}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.quantities} empty={t.analyze.none}>
            {analysis.quantities.map((q) => (
              <li key={`${q.start}-${q.end}`}>
                <bdi>{analysis.text.slice(q.start, q.end)}</bdi> ·{' '}
                {q.value !== null ? <Figure value={q.value} approx={q.approx} /> : '?'}
                {q.unit && t.units[q.unit] ? ` ${t.units[q.unit]}` : ''}
                {q.role && t.roles[q.role] ? ` (${t.roles[q.role]})` : ''}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.quotes} empty={t.analyze.none}>
            {analysis.quotes.map((q) => (
              <li
                key={`${q.start}-${q.end}`}
                className={q.kind === 'indirect' ? 'quote-indirect' : 'quote-direct'}
              >
                <strong>
                  {q.speaker && names.get(q.speaker) ? (
                    <EntityName name={names.get(q.speaker) ?? ''} />
                  ) : (
                    <bdi>{q.speakerText ?? t.analyze.unknownSpeaker}</bdi>
                  )}
                </strong>
                {/* Reported speech (after أن) is a paraphrase: no quotation marks, and labelled so. */}
                {q.kind === 'indirect' ? (
                  <>
                    {' '}
                    <span className="chip">{t.analyze.indirect}</span>:{' '}
                    <bdi className="indirect">{q.text}</bdi>
                  </>
                ) : (
                  <>
                    : «<bdi>{q.text}</bdi>»
                  </>
                )}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.events} empty={t.analyze.none}>
            {analysis.events.map((v) => (
              <li key={v.id}>
                <span className="chip">{t.eventTypes[v.type]}</span>{' '}
                <Relation
                  type={v.type}
                  actors={v.actors.map((id) => names.get(id) ?? id)}
                  targets={v.targets.map((id) => names.get(id) ?? id)}
                />
              </li>
            ))}
          </Facts>
        </aside>
      </div>
    </section>
  );
}

function Facts({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  return (
    <section className="fact-list">
      <h2>
        {title} <span className="count">{children.length}</span>
      </h2>
      {children.length > 0 ? <ul>{children}</ul> : <p className="muted">{empty}</p>}
    </section>
  );
}
