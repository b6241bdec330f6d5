import { useMemo, useState } from 'react';
import { DocLink } from '../components/DocLink.js';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { Timeline, type TimelineItem } from '../components/Timeline.js';
import { api, useApi } from '../lib/api.js';
import { formatNumber, isoToDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href, type Route } from '../lib/router.js';

export function EntityPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const id = route.id ?? '';
  const entity = useApi(id, () => api.entity(id));
  const [picked, setPicked] = useState<number | null>(null);
  const e = entity.data;
  const items = useMemo<TimelineItem[]>(
    () =>
      (e?.timeline ?? []).flatMap((c, i) => {
        const start = c.document.published ? isoToDate(c.document.published) : null;
        return start ? [{ id: i, start, label: c.document.outlet ?? c.document.title ?? '—' }] : [];
      }),
    [e],
  );
  if (!e)
    return (
      <div className="page">
        <Heading title={t.entity.title} />
        <Status state={entity} notFound={t.notFound.entity} />
        {entity.error ? <a href={href('entities')}>{t.notFound.backToEntities}</a> : null}
      </div>
    );
  const chosen = picked === null ? null : e.timeline[picked];
  return (
    <div className="page entity-page" data-testid="entity-page">
      <Heading title={e.name}>
        <bdi>{e.name}</bdi> <span className={`chip hl-${e.type}`}>{t.kinds[e.type]}</span>
      </Heading>
      <p className="muted">
        {formatNumber(e.documentCount, lang)} {t.entity.documents} · {formatNumber(e.mentionCount, lang)}{' '}
        {t.entity.mentions}
      </p>
      {e.aliases.length > 0 ? (
        <p data-testid="aliases">
          {t.entity.aliases}:{' '}
          {e.aliases.map((alias) => (
            <bdi key={alias} className="alias">
              {alias}
            </bdi>
          ))}
        </p>
      ) : null}
      <div className="columns">
        <section>
          <h2>{t.entity.timeline}</h2>
          {items.length > 0 ? (
            <Timeline items={items} lang={lang} onSelect={setPicked} />
          ) : (
            <p className="muted" data-testid="no-timeline">
              {t.entity.noTimeline}
            </p>
          )}
          {chosen ? (
            <blockquote className="evidence" dir="auto" lang="ar">
              <bdi>{chosen.text}</bdi>
              <footer>
                <DocLink doc={chosen.document} />
              </footer>
            </blockquote>
          ) : null}
          <ol className="citations">
            {e.timeline.map((c) => (
              <li key={`${c.document.id}:${c.start}`}>
                <DocLink doc={c.document} />
                <p dir="auto" lang="ar" className="evidence-text">
                  <bdi>{c.text}</bdi>
                </p>
              </li>
            ))}
          </ol>
        </section>
        <aside>
          <h2>{t.entity.outlets}</h2>
          <ul>
            {e.mentionsByOutlet.map((o) => (
              <li key={o.outlet ?? '-'}>
                <bdi>{o.outlet ?? '—'}</bdi>: {formatNumber(o.mentions, lang)} {t.entity.mentions}
              </li>
            ))}
          </ul>
          <h2>{t.entity.cooccurring}</h2>
          <ul data-testid="cooccurring">
            {e.cooccurring.map(({ entity: other, documents }) => (
              <li key={other.id}>
                <a href={href('entity', other.id)}>
                  <bdi>{other.name}</bdi>
                </a>{' '}
                ({formatNumber(documents, lang)}) ·{' '}
                <a href={href('dossier', null, { a: e.id, b: other.id })}>{t.entity.dossierWith}</a>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </div>
  );
}
