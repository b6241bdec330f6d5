/**
 * A story as a comparison: one row per report (wire copies folded into their original's row as
 * "+N"), each with its headline, lead, time and tolls; then the figures that contradict each
 * other, apart from the tolls that only rose with later reports (update chains, one small table
 * per scope); then the events, told as "A · يهاجم · B".
 */
import { DocLink } from '../components/DocLink.js';
import { Figure } from '../components/Figure.js';
import { Heading } from '../components/Heading.js';
import { Relation } from '../components/Relation.js';
import { Status } from '../components/Status.js';
import { api, type Conflict, type Story, type StoryCoverage, useApi } from '../lib/api.js';
import { subgroupLabel } from '../lib/data-labels.js';
import { formatIsoDate } from '../lib/format.js';
import { type Lang, type Messages, useLang } from '../lib/i18n.js';
import { quadOf } from '../lib/quads.js';
import { href, type Route } from '../lib/router.js';

const ROLES = ['killed', 'injured', 'missing'] as const;

export function StoryPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const id = route.id ?? '';
  const story = useApi(id, () => api.story(id));
  const coverage = useApi(id, () => api.storyCoverage(id));
  const s = story.data;
  if (!s)
    return (
      <div className="page">
        <Heading title={t.story.title} />
        <Status state={story} notFound={t.notFound.story} />
        {story.error ? <a href={href('stories')}>{t.notFound.backToStories}</a> : null}
      </div>
    );
  const contradictions = s.conflicts.filter((c) => c.verdict === 'contradiction');
  const updates = s.conflicts.filter((c) => c.verdict === 'update');
  return (
    <div className="page" data-testid="story-page">
      <Heading title={s.title}>
        <bdi>{s.title}</bdi>
      </Heading>
      <p className="muted">
        {t.story.period}: {formatIsoDate(s.first, lang)} – {formatIsoDate(s.last, lang)}
      </p>
      <h2>{t.story.comparison}</h2>
      <Comparison story={s} coverage={coverage.data} />
      <h2>
        {contradictions.length > 0 ? '⚠ ' : ''}
        {t.story.contradictions}
      </h2>
      {contradictions.length === 0 ? (
        <p className="muted" data-testid="no-contradictions">
          {t.story.noContradictions}
        </p>
      ) : null}
      {contradictions.map((c) => (
        <section key={conflictKey(c)} className="conflict conflict-contradiction" data-testid="contradiction">
          <h3>
            {scopeLabel(c, t, lang)} — {t.story.contradiction}
          </h3>
          <p>{lang === 'ar' ? (c.explanationAr ?? t.story.contradiction) : c.explanation}</p>
          <ul>
            {c.claims.map((claim) => (
              <li key={`${claim.evidence.document.id}:${claim.evidence.start}`}>
                <strong>
                  <ClaimValue value={claim.value} approx={claim.approx} />
                </strong>{' '}
                <DocLink doc={claim.evidence.document} />
                {claim.alsoIn && claim.alsoIn.length > 0 ? <Copies docs={claim.alsoIn} /> : null}
                <p dir="auto" lang="ar" className="evidence-text">
                  <bdi>{claim.evidence.text}</bdi>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <h2>{t.story.updates}</h2>
      {updates.length === 0 ? (
        <p className="muted">{t.story.noUpdates}</p>
      ) : (
        <p className="muted">{t.story.updatesHint}</p>
      )}
      {updates.map((c) => (
        <section key={conflictKey(c)} className="conflict conflict-update" data-testid="update-chain">
          <h3>{scopeLabel(c, t, lang)}</h3>
          <table className="chain">
            <thead>
              <tr>
                <th scope="col">{t.story.value}</th>
                <th scope="col">{t.story.date}</th>
                <th scope="col">{t.story.outlet}</th>
              </tr>
            </thead>
            <tbody>
              {c.claims.map((claim) => (
                <tr key={`${claim.evidence.document.id}:${claim.evidence.start}`}>
                  <td>
                    <ClaimValue value={claim.value} approx={claim.approx} />
                  </td>
                  <td>{formatIsoDate(claim.evidence.document.published, lang)}</td>
                  <td>
                    <a href={href('document', claim.evidence.document.id)}>
                      <bdi>{claim.evidence.document.outlet ?? claim.evidence.document.title ?? '—'}</bdi>
                    </a>
                    {claim.alsoIn && claim.alsoIn.length > 0 ? <Copies docs={claim.alsoIn} /> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <h2>{t.story.events}</h2>
      {s.events.length === 0 ? <p className="muted">{t.story.noEvents}</p> : null}
      <ol className="events">
        {s.events.map((v) => (
          <li key={`${v.evidence.document.id}:${v.evidence.start}`} className={`quad-${quadOf(v.type)}`}>
            <span className="chip">{t.eventTypes[v.type]}</span> {formatIsoDate(v.date, lang)} ·{' '}
            <Relation type={v.type} actors={v.actors} targets={v.targets} /> ·{' '}
            <DocLink doc={v.evidence.document} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function conflictKey(c: Conflict): string {
  return `${c.kind}:${c.role}:${c.verdict}:${c.scope?.places.join('|') ?? ''}:${c.claims[0]?.evidence.start ?? 0}`;
}

/** What a conflict compares: the role, whom it counts (a subgroup) and the places it is limited to. */
function scopeLabel(c: Conflict, t: Messages, lang: Lang): string {
  const types = t.eventTypes as Record<string, string>;
  const role =
    c.kind === 'date'
      ? `${t.story.date}: ${types[c.role.toUpperCase()] ?? t.story.date}`
      : (t.roles[c.role] ?? t.roles.other ?? '');
  const what = c.scope?.subgroup ? `${role} — ${subgroupLabel(c.scope.subgroup, lang)}` : role;
  const places = c.scope?.places ?? [];
  return places.length > 0 ? `${what} (${places.join('، ')})` : `${what} (${t.story.everywhere})`;
}

function ClaimValue({ value, approx }: { value: number | string; approx?: string | null | undefined }) {
  const { lang } = useLang();
  return typeof value === 'number' ? (
    <Figure value={value} approx={approx} />
  ) : (
    <span>{formatIsoDate(value, lang)}</span>
  );
}

/** Wire copies of a report, folded into one "+N" with their outlets named. */
function Copies({ docs }: { docs: readonly { id: string; outlet: string | null; title: string | null }[] }) {
  const { t, lang } = useLang();
  const names = docs.map((d) => d.outlet ?? d.title ?? d.id);
  const count = new Intl.NumberFormat(lang).format(docs.length);
  return (
    <span className="copies" data-testid="copies">
      {' '}
      <span className="chip" title={`${t.story.copiesOf}: ${names.join('، ')}`}>
        +{count}
      </span>{' '}
      <span className="muted">
        {t.story.copiesOf}:{' '}
        {docs.map((d, i) => (
          <span key={d.id}>
            {i > 0 ? '، ' : ''}
            <a href={href('document', d.id)}>
              <bdi>{d.outlet ?? d.title ?? d.id}</bdi>
            </a>
          </span>
        ))}
      </span>
    </span>
  );
}

function Comparison({ story, coverage }: { story: Story; coverage: StoryCoverage | null }) {
  const { t, lang } = useLang();
  const rows = new Map((coverage?.documents ?? []).map((d) => [d.id, d]));
  const members = new Set(story.documents.map((d) => d.id));
  // A copy whose original is not in the story keeps its own row.
  const isCopy = (d: Story['documents'][number]) => d.duplicateOf !== null && members.has(d.duplicateOf);
  const originals = story.documents.filter((d) => !isCopy(d));
  const copiesOf = (id: string) => story.documents.filter((d) => isCopy(d) && d.duplicateOf === id);
  return (
    <div className="table-scroll">
      <table className="comparison" data-testid="comparison">
        <thead>
          <tr>
            <th scope="col">{t.story.outlet}</th>
            <th scope="col">{t.story.headline}</th>
            <th scope="col">{t.story.time}</th>
            {ROLES.map((role) => (
              <th scope="col" key={role}>
                {t.roles[role]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {originals.map((d) => {
            const row = rows.get(d.id);
            const copies = copiesOf(d.id);
            return (
              <tr key={d.id} data-testid="outlet-row">
                <th scope="row">
                  <bdi>{d.outlet ?? '—'}</bdi>
                  {copies.length > 0 ? <Copies docs={copies} /> : null}
                </th>
                <td>
                  <a href={href('document', d.id)}>
                    <bdi>{d.title ?? d.id}</bdi>
                  </a>
                  {d.url && /^https?:\/\//i.test(d.url) ? (
                    <>
                      {' '}
                      <a className="original" href={d.url} target="_blank" rel="noopener noreferrer">
                        {t.citation.original} ↗
                      </a>
                    </>
                  ) : null}
                  {row?.lead ? (
                    <p className="lead" dir="auto" lang="ar">
                      <bdi>{row.lead}</bdi>
                    </p>
                  ) : null}
                  {d.sameTextAs ? (
                    <p className="muted">
                      {t.story.sameTextAs}{' '}
                      <bdi>{story.documents.find((o) => o.id === d.sameTextAs)?.outlet ?? d.sameTextAs}</bdi>
                    </p>
                  ) : null}
                </td>
                <td>{formatIsoDate(d.published, lang)}</td>
                {ROLES.map((role) => {
                  const figure = row?.figures[role];
                  return (
                    <td key={role} className="num" data-role={role}>
                      {figure ? <Figure value={figure.value} approx={figure.approx} /> : '—'}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
