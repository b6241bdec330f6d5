import { useState } from 'react';
import { ActorGraphView } from '../components/ActorGraphView.js';
import { DocLink } from '../components/DocLink.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { PLOVER_QUADS } from '../lib/quads.js';

export function GraphPage() {
  const { t, lang } = useLang();
  const graph = useApi('graph', () => api.graph());
  const [picked, setPicked] = useState<number | null>(null);
  const edge = picked === null ? null : graph.data?.edges[picked];
  return (
    <div className="page" data-testid="graph-page">
      <h1>{t.graph.title}</h1>
      <p className="muted">{t.graph.hint}</p>
      <div className="legend">
        {PLOVER_QUADS.map((quad) => (
          <span key={quad} className={`swatch quad-${quad}`}>
            {t.graph.quads[quad]}
          </span>
        ))}
      </div>
      <Status state={graph} />
      {graph.data && graph.data.edges.length === 0 ? <p>{t.graph.empty}</p> : null}
      {graph.data && graph.data.edges.length > 0 ? (
        <ActorGraphView graph={graph.data} onSelectEdge={setPicked} />
      ) : null}
      {edge ? (
        <section className="evidence-panel">
          <h3>
            <bdi>{edge.source}</bdi> → <bdi>{edge.target}</bdi> · {t.graph.quads[edge.quad]} ·{' '}
            {formatNumber(edge.count, lang)}
          </h3>
          {edge.evidence.map((c) => (
            <blockquote key={`${c.document.id}:${c.start}`} className="evidence" dir="auto" lang="ar">
              <bdi>{c.text}</bdi>
              <footer>
                <DocLink doc={c.document} />
              </footer>
            </blockquote>
          ))}
        </section>
      ) : null}
    </div>
  );
}
