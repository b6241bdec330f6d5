/** The stories, as a table a reader can sort: coverage, outlets, contradictions and dates. */
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { api, type Story, useApi } from '../lib/api.js';
import { formatIsoDate, formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href, navigate, type Route } from '../lib/router.js';

const SORTS = ['latest', 'oldest', 'coverage', 'conflicts'] as const;
type Sort = (typeof SORTS)[number];

const contradictionsOf = (s: Story) => s.conflicts.filter((c) => c.verdict === 'contradiction').length;
const outletsOf = (s: Story) => new Set(s.documents.map((d) => d.outlet ?? d.id)).size;

export function StoriesPage({ route }: { route?: Route }) {
  const { t, lang } = useLang();
  const asked = route?.params.get('sort');
  const sort: Sort = SORTS.find((s) => s === asked) ?? 'latest';
  // The store orders the whole corpus; the page shows the first hundred of that order.
  const list = useApi(`stories:${sort}`, () => api.stories({ limit: 100, sort }));
  const labels: Record<Sort, string> = {
    latest: t.story.sortLatest,
    oldest: t.story.sortOldest,
    coverage: t.story.sortCoverage,
    conflicts: t.story.sortConflicts,
  };
  const stories = list.data?.items ?? [];
  return (
    <div className="page">
      <Heading title={t.story.title} />
      <label className="row">
        {t.story.sortBy}
        <select
          value={sort}
          data-testid="story-sort"
          onChange={(e) => navigate(href('stories', null, { sort: e.target.value }))}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {labels[s]}
            </option>
          ))}
        </select>
      </label>
      <Status state={list} />
      {list.data && stories.length === 0 ? <p data-testid="empty">{t.story.none}</p> : null}
      {stories.length > 0 ? (
        <table className="story-table" data-testid="story-list">
          <thead>
            <tr>
              <th scope="col">{t.story.title}</th>
              <th scope="col">{t.story.articles}</th>
              <th scope="col">{t.story.outlets}</th>
              <th scope="col">{t.story.contradictions}</th>
              <th scope="col">{t.story.period}</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((s) => {
              const contradictions = contradictionsOf(s);
              return (
                <tr key={s.id} data-testid="story-row">
                  <th scope="row">
                    <a href={href('story', s.id)}>
                      <bdi>{s.title}</bdi>
                    </a>
                  </th>
                  <td className="num">{formatNumber(s.documents.length, lang)}</td>
                  <td className="num">{formatNumber(outletsOf(s), lang)}</td>
                  <td className="num" data-testid="contradiction-count">
                    {contradictions > 0 ? `⚠ ${formatNumber(contradictions, lang)}` : '—'}
                  </td>
                  <td>
                    {formatIsoDate(s.first, lang)}
                    {s.last && s.last !== s.first ? ` – ${formatIsoDate(s.last, lang)}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
