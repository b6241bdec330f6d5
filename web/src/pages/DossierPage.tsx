import { type FormEvent, useMemo, useState } from 'react';
import { DocLink } from '../components/DocLink.js';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { Timeline, type TimelineItem } from '../components/Timeline.js';
import { api, useApi } from '../lib/api.js';
import { relationLabel } from '../lib/data-labels.js';
import { formatIsoDate, isoToDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { quadOf } from '../lib/quads.js';
import { href, navigate, type Route } from '../lib/router.js';

export function DossierPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const a = route.params.get('a') ?? '';
  const b = route.params.get('b') ?? '';
  const [form, setForm] = useState({ a, b });
  const [picked, setPicked] = useState<number | null>(null);
  const all = route.params.get('all') === 'true';
  const actors = useApi('dossier-actors', () => api.entities({ limit: 200 }));
  const dossier = useApi(a && b ? `${a}\u0000${b}\u0000${all}` : null, () => api.dossier(a, b, all));
  const d = dossier.data;
  const items = useMemo<TimelineItem[]>(
    () =>
      (d?.entries ?? []).flatMap((entry, i) => {
        const start = entry.date ? isoToDate(entry.date) : null;
        const quad = quadOf(entry.type);
        const label = entry.relation
          ? relationLabel(entry.relation, lang)
          : entry.type
            ? t.eventTypes[entry.type]
            : t.dossier.coMention;
        return start ? [{ id: i, start, label, className: quad ? `quad-${quad}` : 'co-mention' }] : [];
      }),
    [d, t, lang],
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    setPicked(null);
    navigate(href('dossier', null, { ...form, all: all ? 'true' : undefined }));
  }
  const chosen = picked === null ? null : d?.entries[picked];
  const known = new Set((actors.data?.items ?? []).flatMap((e) => [e.id, e.name, ...e.aliases]));
  const typed = [a, b].filter(Boolean);
  const unknownNames = (actors.data ? typed.filter((n) => !known.has(n)) : typed).map((n) => `«${n}»`);
  const label = (entry: { relation: string | null; type: keyof typeof t.eventTypes | null }) =>
    entry.relation
      ? relationLabel(entry.relation, lang)
      : entry.type
        ? t.eventTypes[entry.type]
        : t.dossier.coMention;
  /** How a date was found when not from the event itself: the reader should know. */
  const basisNote = ({ dateBasis, dateAnchor }: { dateBasis: string; dateAnchor?: string | undefined }) =>
    dateAnchor === 'story'
      ? ` (${t.dossier.byStoryWeekday})`
      : dateBasis === 'article'
        ? ` (${t.dossier.byArticle})`
        : dateBasis === 'story'
          ? ` (${t.dossier.byStory})`
          : '';
  return (
    <div className="page" data-testid="dossier-page">
      <Heading title={t.dossier.title} />
      <form className="row" onSubmit={submit}>
        <label>
          {t.dossier.a}
          <input
            name="a"
            list="actors"
            dir="auto"
            value={form.a}
            onChange={(e) => setForm({ ...form, a: e.target.value })}
          />
        </label>
        <label>
          {t.dossier.b}
          <input
            name="b"
            list="actors"
            dir="auto"
            value={form.b}
            onChange={(e) => setForm({ ...form, b: e.target.value })}
          />
        </label>
        <button type="submit">{t.dossier.submit}</button>
        <datalist id="actors">
          {actors.data?.items.map((e) => (
            <option key={e.id} value={e.name} />
          ))}
        </datalist>
      </form>
      {!a || !b ? <p className="muted">{t.dossier.prompt}</p> : null}
      <Status state={dossier} notFound={`${t.dossier.unknownActor} ${unknownNames.join('، ')}`} />
      {d && d.entries.length === 0 ? <p data-testid="dossier-empty">{t.dossier.empty}</p> : null}
      {d && d.entries.length > 0 ? (
        <>
          <h2>
            <a href={href('entity', d.a.id)}>
              <bdi>{d.a.name}</bdi>
            </a>{' '}
            ↔{' '}
            <a href={href('entity', d.b.id)}>
              <bdi>{d.b.name}</bdi>
            </a>
          </h2>
          <Timeline items={items} lang={lang} onSelect={setPicked} />
          <label className="row">
            <input
              type="checkbox"
              checked={all}
              onChange={(e) =>
                navigate(href('dossier', null, { a, b, all: e.target.checked ? 'true' : undefined }))
              }
            />{' '}
            {t.dossier.showMentions}
          </label>
          <section className="evidence-panel" aria-live="polite">
            <h3>{t.dossier.evidence}</h3>
            {chosen ? (
              <div data-testid="evidence">
                <p dir="auto" lang="ar">
                  <span className="chip">{label(chosen)}</span> {formatIsoDate(chosen.date, lang)}
                  {basisNote(chosen)} · <bdi>{chosen.summary}</bdi>
                </p>
                {chosen.sources.map((source) => (
                  <blockquote
                    key={`${source.document.id}:${source.start}`}
                    className="evidence"
                    dir="auto"
                    lang="ar"
                  >
                    <bdi>{source.text}</bdi>
                    <footer>
                      <DocLink
                        doc={{ ...source.document, outlet: source.document.outlet ?? source.outlet }}
                      />
                    </footer>
                  </blockquote>
                ))}
              </div>
            ) : (
              <p className="muted">{t.dossier.pick}</p>
            )}
          </section>
          <h3>{t.dossier.stages}</h3>
          {d.stages.map((stage) => (
            <section key={stage.label} className="stage">
              <h4>
                <bdi>{stage.label}</bdi>
              </h4>
              <ol className="citations">
                {stage.entries.map((i) => {
                  const entry = d.entries[i];
                  if (!entry) return null;
                  return (
                    <li
                      key={`${entry.evidence.document.id}:${entry.evidence.start}`}
                      className={`quad-${quadOf(entry.type)}`}
                    >
                      <button type="button" className="linklike" onClick={() => setPicked(i)}>
                        {entry.date ? formatIsoDate(entry.date, lang) : t.dossier.undated}
                      </button>
                      {basisNote(entry)} <span className="chip">{label(entry)}</span>{' '}
                      <bdi>{entry.summary}</bdi>{' '}
                      <span className="muted">
                        ({entry.sources.length} {t.dossier.sources})
                      </span>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </>
      ) : null}
    </div>
  );
}
