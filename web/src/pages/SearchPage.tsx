import { type FormEvent, useState } from 'react';
import { HighlightedText } from '../components/ArticleView.js';
import { DocLink } from '../components/DocLink.js';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href, navigate, type Route } from '../lib/router.js';

const FIELDS = ['q', 'outlet', 'from', 'to', 'sort'] as const;
const PAGE_SIZE = 30;

export function SearchPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const current = Object.fromEntries(FIELDS.map((f) => [f, route.params.get(f) ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  const [form, setForm] = useState(current);
  const key = current.q ? route.params.toString() : null;
  const page = Math.max(1, Number.parseInt(route.params.get('page') ?? '1', 10) || 1);
  const offset = (page - 1) * PAGE_SIZE;
  const results = useApi(key, () => api.search({ ...current, facets: 'outlet', limit: PAGE_SIZE, offset }));
  const pages = results.data ? Math.max(1, Math.ceil(results.data.total / PAGE_SIZE)) : 1;
  const pageLink = (n: number) => href('search', null, { ...current, page: n > 1 ? String(n) : undefined });

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(href('search', null, form));
  }
  const field = (name: (typeof FIELDS)[number], label: string, type = 'text') => (
    <label>
      {label}
      <input
        name={name}
        type={type}
        dir="auto"
        value={form[name]}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  return (
    <div className="page">
      <Heading title={current.q ? `${t.search.title}: ${current.q}` : t.search.title}>
        {t.search.title}
      </Heading>
      <form className="search-form row" onSubmit={submit} role="search">
        {field('q', t.search.query, 'search')}
        {field('outlet', t.search.outlet)}
        {field('from', t.search.from, 'date')}
        {field('to', t.search.to, 'date')}
        <label>
          {t.search.sort}
          <select
            name="sort"
            value={form.sort || 'relevance'}
            onChange={(e) => setForm({ ...form, sort: e.target.value === 'relevance' ? '' : e.target.value })}
          >
            <option value="relevance">{t.search.sortRelevance}</option>
            <option value="newest">{t.search.sortNewest}</option>
          </select>
        </label>
        <button type="submit">{t.search.submit}</button>
      </form>
      {current.q ? null : <p className="muted">{t.search.prompt}</p>}
      <Status state={results} />
      {results.data ? (
        <section data-testid="search-results">
          <h2>
            {t.search.results}: {results.data.totalCapped ? `${t.search.moreThan} ` : ''}
            {formatNumber(results.data.total, lang)}
          </h2>
          {(results.data.aliases ?? []).map((a) => (
            <p key={a.entity} className="muted" data-testid="search-aliases">
              {t.search.alsoSearched} <bdi>{a.spellings.join('، ')}</bdi> — {t.search.spellingsOf}{' '}
              <bdi>{a.name}</bdi>
            </p>
          ))}
          {results.data.outlets && results.data.outlets.length > 0 ? (
            <nav className="row facets" aria-label={t.search.byOutlet} data-testid="outlet-facets">
              <span className="muted">{t.search.byOutlet}:</span>
              {current.outlet ? (
                <a href={href('search', null, { ...current, outlet: undefined, page: undefined })}>
                  {t.search.allOutlets}
                </a>
              ) : null}
              {results.data.outlets.map((f) =>
                f.outlet === null ? (
                  <span key="none" className="muted">
                    {t.search.noOutlet} ({formatNumber(f.count, lang)})
                  </span>
                ) : (
                  <a
                    key={f.outlet}
                    href={href('search', null, { ...current, outlet: f.outlet, page: undefined })}
                  >
                    <bdi>{f.outlet}</bdi> ({formatNumber(f.count, lang)})
                  </a>
                ),
              )}
            </nav>
          ) : null}
          {results.data.items.length === 0 ? <p>{t.search.none}</p> : null}
          <ol className="hits" start={offset + 1}>
            {results.data.items.map((hit) => {
              const { snippet } = hit;
              const marks = snippet.highlights.map((h) => ({
                start: h.start - snippet.start,
                end: h.end - snippet.start,
                kind: 'match' as const,
                tip: '',
              }));
              return (
                <li key={hit.document.id} className="hit">
                  <DocLink doc={hit.document} />
                  <p className="snippet" dir="auto" lang="ar">
                    {snippet.start > 0 ? '…' : ''}
                    <HighlightedText text={snippet.text} marks={marks} />
                    {snippet.end < hit.document.length ? '…' : ''}
                  </p>
                </li>
              );
            })}
          </ol>
          {pages > 1 ? (
            <nav className="row pager" aria-label={t.search.pages} data-testid="pager">
              {page > 1 ? <a href={pageLink(page - 1)}>{t.search.previous}</a> : null}
              <span>
                {t.search.page} {formatNumber(page, lang)} {t.search.of} {formatNumber(pages, lang)}
              </span>
              {page < pages ? <a href={pageLink(page + 1)}>{t.search.next}</a> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
