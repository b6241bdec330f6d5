import { DocLink } from '../components/DocLink.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatIsoDate, formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { quadOf } from '../lib/quads.js';
import type { Route } from '../lib/router.js';

export function StoryPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const id = route.id ?? '';
  const story = useApi(id, () => api.story(id));
  const s = story.data;
  if (!s) return <Status state={story} />;
  const titles = new Map(s.documents.map((d) => [d.id, d.title ?? d.outlet ?? d.id]));
  return (
    <div className="page" data-testid="story-page">
      <h1>
        <bdi>{s.title}</bdi>
      </h1>
      <p className="muted">
        {formatIsoDate(s.first, lang)} – {formatIsoDate(s.last, lang)}
      </p>
      <h2>{t.story.documents}</h2>
      <div className="outlets-side-by-side">
        {s.documents.map((d) => (
          <article key={d.id} className="outlet-card">
            <h3>
              <bdi>{d.outlet ?? '—'}</bdi>
            </h3>
            <DocLink doc={d} />
            {d.duplicateOf ? (
              <p className="muted">
                {t.story.duplicateOf} <bdi>{titles.get(d.duplicateOf) ?? d.duplicateOf}</bdi>
              </p>
            ) : d.sameTextAs ? (
              <p className="muted">
                {t.story.sameTextAs} <bdi>{titles.get(d.sameTextAs) ?? d.sameTextAs}</bdi>
              </p>
            ) : null}
            <ul className="card-events">
              {s.events
                .filter((v) => v.evidence.document.id === d.id)
                .map((v) => (
                  <li key={`${v.evidence.start}`} className={`quad-${quadOf(v.type)}`}>
                    <span className="chip">{v.type}</span> <bdi>{v.evidence.text}</bdi>
                  </li>
                ))}
            </ul>
          </article>
        ))}
      </div>
      <h2>{t.story.events}</h2>
      <ol className="events">
        {s.events.map((v) => (
          <li key={`${v.evidence.document.id}:${v.evidence.start}`} className={`quad-${quadOf(v.type)}`}>
            <span className="chip">{v.type}</span> {formatIsoDate(v.date, lang)} —{' '}
            <bdi>{v.actors.join('، ')}</bdi>
            {v.targets.length > 0 ? (
              <>
                {' → '}
                <bdi>{v.targets.join('، ')}</bdi>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <h2>{t.story.conflicts}</h2>
      {s.conflicts.length === 0 ? <p className="muted">{t.story.noConflicts}</p> : null}
      {s.conflicts.map((c) => (
        <section key={`${c.kind}:${c.role}`} className={`conflict conflict-${c.verdict}`}>
          <h3>
            {c.role} — {c.verdict === 'update' ? t.story.update : t.story.contradiction}
          </h3>
          <p>
            <bdi>{c.explanation}</bdi>
          </p>
          <ul>
            {c.claims.map((claim) => (
              <li key={`${claim.evidence.document.id}:${claim.evidence.start}`}>
                <strong>
                  {typeof claim.value === 'number'
                    ? formatNumber(claim.value, lang)
                    : formatIsoDate(claim.value, lang)}
                </strong>{' '}
                <DocLink doc={claim.evidence.document} />
                <p dir="auto" lang="ar">
                  <bdi>{claim.evidence.text}</bdi>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
