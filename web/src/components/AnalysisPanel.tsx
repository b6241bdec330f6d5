/** An analysis shown in full: the highlighted article, a legend, and each layer as a list. */
import { useMemo } from 'react';
import type { Analysis } from '../lib/api.js';
import { formatIsoDate, formatNumber } from '../lib/format.js';
import { type MarkKind, marksOf } from '../lib/highlight.js';
import { useLang } from '../lib/i18n.js';
import { ArticleView } from './ArticleView.js';

const KINDS: readonly MarkKind[] = ['PER', 'ORG', 'LOC', 'MISC', 'time', 'quantity', 'quote'];

export function AnalysisPanel({ analysis }: { analysis: Analysis }) {
  const { t, lang } = useLang();
  const marks = useMemo(
    () =>
      marksOf(analysis, {
        kinds: t.kinds,
        speaker: t.analyze.speaker,
        unknownSpeaker: t.analyze.unknownSpeaker,
        formatDate: (iso) => formatIsoDate(iso, lang),
        formatNumber: (n) => formatNumber(n, lang),
      }),
    [analysis, t, lang],
  );
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const published = analysis.document.published;
  return (
    <section className="analysis" data-testid="analysis">
      <p className="meta">
        {t.analyze.publishedLabel}: {formatIsoDate(published.value, lang)}
        {published.inferred ? ` (${t.analyze.inferred})` : ''}
      </p>
      <div className="legend" role="group" aria-label={t.analyze.legend}>
        {KINDS.map((kind) => (
          <span key={kind} className={`hl hl-${kind}`}>
            {t.kinds[kind]}
          </span>
        ))}
      </div>
      <div className="columns">
        <ArticleView text={analysis.text} segments={analysis.segments} marks={marks} />
        <aside className="facts">
          <Facts title={t.analyze.entities} empty={t.analyze.none}>
            {analysis.entities.map((e) => (
              <li key={e.id}>
                <span className={`chip hl-${e.type}`}>{t.kinds[e.type]}</span> <bdi>{e.name}</bdi> ×
                {formatNumber(e.mentions.length, lang)}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.times} empty={t.analyze.none}>
            {analysis.times.map((time) => (
              <li key={time.id}>
                <bdi>{time.text}</bdi> → {time.value ? formatIsoDate(time.value, lang) : '?'}
                {time.conflict ? <span className="warn"> ⚠ {time.conflict}</span> : null}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.quantities} empty={t.analyze.none}>
            {analysis.quantities.map((q) => (
              <li key={`${q.start}-${q.end}`}>
                <bdi>{analysis.text.slice(q.start, q.end)}</bdi> →{' '}
                {q.value !== null ? formatNumber(q.value, lang) : '?'} {q.role ? `(${q.role})` : ''}
              </li>
            ))}
          </Facts>
          <Facts title={t.analyze.quotes} empty={t.analyze.none}>
            {analysis.quotes.map((q) => (
              <li key={`${q.start}-${q.end}`}>
                <strong>
                  <bdi>
                    {(q.speaker && names.get(q.speaker)) ?? q.speakerText ?? t.analyze.unknownSpeaker}
                  </bdi>
                </strong>
                {/* Reported speech (after أن) is a paraphrase: it is not shown in quotation marks. */}
                {q.kind === 'indirect' ? (
                  <>
                    : <bdi>{q.text}</bdi>
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
                <span className="chip">{v.type}</span>{' '}
                <bdi>{v.actors.map((id) => names.get(id) ?? id).join('، ')}</bdi>
                {v.targets.length > 0 ? (
                  <>
                    {' → '}
                    <bdi>{v.targets.map((id) => names.get(id) ?? id).join('، ')}</bdi>
                  </>
                ) : null}
              </li>
            ))}
          </Facts>
        </aside>
      </div>
    </section>
  );
}

function Facts({ title, empty, children }: { title: string; empty: string; children: React.ReactNode[] }) {
  return (
    <section className="fact-list">
      <h3>
        {title} <span className="count">{children.length}</span>
      </h3>
      {children.length > 0 ? <ul>{children}</ul> : <p className="muted">{empty}</p>}
    </section>
  );
}
