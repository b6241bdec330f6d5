import { useCallback, useMemo, useState } from 'react';
import { ActorGraphView, TYPE_COLOURS } from '../components/ActorGraphView.js';
import { DocLink } from '../components/DocLink.js';
import { EntityName } from '../components/EntityName.js';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { PLOVER_QUADS } from '../lib/quads.js';
import { href, navigate } from '../lib/router.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

export function GraphPage() {
  const { t, lang } = useLang();
  const graph = useApi('graph', () => api.graph());
  // Graph nodes are names: the store's entities give each its type (and their other spellings).
  const entities = useApi('graph-entities', () => api.entities({ limit: 200 }));
  const [picked, setPicked] = useState<number | null>(null);
  const edge = picked === null ? null : graph.data?.edges[picked];
  const types = useMemo(() => {
    const map = new Map<string, string>();
    for (const e of entities.data?.items ?? [])
      for (const name of [e.name, ...e.aliases]) map.set(name, e.type);
    return map;
  }, [entities.data]);
  const typeOf = useCallback((name: string) => types.get(name) ?? 'MISC', [types]);
  const edges = graph.data?.edges ?? [];
  const typesOf = useCallback(
    (i: number) =>
      (graph.data?.edges[i]?.types ?? []).map((type) => t.eventTypes[type]).join(lang === 'ar' ? '، ' : ', '),
    [graph.data, t, lang],
  );
  return (
    <div className="page" data-testid="graph-page">
      <Heading title={t.graph.title} />
      <p className="muted">{t.graph.hint}</p>
      <div className="legend">
        {PLOVER_QUADS.map((quad) => (
          <span key={quad} className={`swatch quad-${quad}`}>
            {t.graph.quads[quad]}
          </span>
        ))}
      </div>
      <div className="legend" role="group" aria-label={t.graph.nodeTypes}>
        {TYPES.map((type) => (
          <span key={type} className="node-swatch">
            <span className="dot" style={{ background: TYPE_COLOURS[type] }} /> {t.kinds[type]}
          </span>
        ))}
      </div>
      <Status state={graph} />
      {graph.data && edges.length === 0 ? <p data-testid="empty">{t.graph.empty}</p> : null}
      {graph.data && edges.length > 0 && !entities.loading ? (
        <ActorGraphView
          graph={graph.data}
          typeOf={typeOf}
          edgeLabel={typesOf}
          onSelectEdge={setPicked}
          onOpenNode={(name) => navigate(href('entity', name))}
        />
      ) : null}
      {edge ? (
        <section className="evidence-panel" aria-live="polite" data-testid="edge-evidence">
          <h2>
            <bdi>{edge.source}</bdi> · {typesOf(picked ?? 0)} · <bdi>{edge.target}</bdi> ·{' '}
            {formatNumber(edge.count, lang)}
          </h2>
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
      {edges.length > 0 ? (
        <>
          <h2>{t.graph.edgeList}</h2>
          <table className="edge-list" data-testid="edge-list">
            <thead>
              <tr>
                <th scope="col">{t.graph.source}</th>
                <th scope="col">{t.graph.relation}</th>
                <th scope="col">{t.graph.target}</th>
                <th scope="col">{t.graph.count}</th>
                <th scope="col">{t.graph.evidence}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map((e, i) => (
                <tr key={`${e.source}\u0000${e.target}`} className={`quad-${e.quad}`}>
                  <td>
                    <EntityName name={e.source} />
                  </td>
                  <td>
                    {typesOf(i)} <span className="muted">({t.graph.quads[e.quad]})</span>
                  </td>
                  <td>
                    <EntityName name={e.target} />
                  </td>
                  <td className="num">{formatNumber(e.count, lang)}</td>
                  <td>
                    <button type="button" className="linklike" onClick={() => setPicked(i)}>
                      {t.graph.show}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
