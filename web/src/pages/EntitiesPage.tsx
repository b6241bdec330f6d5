/**
 * The entities of the store, filtered by name and type and sorted by the store over all of them.
 * Entities mentioned once in one article are mostly extraction noise (a unit read as a name, a
 * one-off spelling): they are hidden until asked for, and the page says how many it hides.
 */
import { type FormEvent, useState } from 'react';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href, navigate, type Route } from '../lib/router.js';

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const SORTS = ['documents', 'mentions', 'name'] as const;
type Sort = (typeof SORTS)[number];

/** Mentions below this are one-off noise, hidden until asked for. */
const NOISE_BELOW = 2;

export function EntitiesPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const name = route.params.get('name') ?? '';
  const type = TYPES.find((k) => k === route.params.get('type'));
  const sort: Sort = SORTS.find((s) => s === route.params.get('sort')) ?? 'documents';
  const rare = route.params.get('rare') === '1';
  const [draft, setDraft] = useState(name);
  const minMentions = rare ? undefined : NOISE_BELOW;
  const list = useApi(`entities:${name}:${type ?? ''}:${sort}:${rare}`, () =>
    api.entities({ name, type, sort, minMentions, limit: 200 }),
  );
  // How many the noise filter hides: all matches counted, less those shown.
  const everything = useApi(rare ? null : `entities-all:${name}:${type ?? ''}`, () =>
    api.entities({ name, type, limit: 1 }),
  );
  const go = (changes: Record<string, string | undefined>) =>
    navigate(href('entities', null, { name, type, sort, rare: rare ? '1' : undefined, ...changes }));
  function submit(event: FormEvent) {
    event.preventDefault();
    go({ name: draft });
  }
  const shown = list.data?.items ?? [];
  const hidden = rare || !list.data || !everything.data ? 0 : everything.data.total - list.data.total;
  const sortLabels: Record<Sort, string> = {
    documents: t.entity.sortDocuments,
    mentions: t.entity.sortMentions,
    name: t.entity.sortName,
  };
  return (
    <div className="page">
      <Heading title={t.entity.title} />
      <form className="row" onSubmit={submit}>
        <label>
          {t.entity.filter}
          <input name="name" dir="auto" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">{t.search.submit}</button>
        <label>
          {t.entity.type}
          <select
            name="type"
            data-testid="entity-type"
            value={type ?? ''}
            onChange={(e) => go({ type: e.target.value || undefined })}
          >
            <option value="">{t.entity.allTypes}</option>
            {TYPES.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.entity.sort}
          <select
            name="sort"
            data-testid="entity-sort"
            value={sort}
            onChange={(e) => go({ sort: e.target.value })}
          >
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            data-testid="entity-rare"
            checked={rare}
            onChange={(e) => go({ rare: e.target.checked ? '1' : undefined })}
          />
          {t.entity.showRare}
        </label>
      </form>
      <Status state={list} />
      {hidden > 0 ? (
        <p className="muted" data-testid="hidden-rare">
          {t.entity.hiddenRare} {formatNumber(hidden, lang)}
        </p>
      ) : null}
      {list.data && shown.length === 0 ? <p data-testid="empty">{t.entity.none}</p> : null}
      <ul className="entity-list" data-testid="entity-list">
        {shown.map((e) => (
          <li key={e.id} data-type={e.type}>
            <span className={`chip hl-${e.type}`}>{t.kinds[e.type]}</span>{' '}
            <a href={href('entity', e.id)}>
              <bdi>{e.name}</bdi>
            </a>{' '}
            <span className="muted">
              {formatNumber(e.documentCount, lang)} {t.entity.documents} ·{' '}
              {formatNumber(e.mentionCount, lang)} {t.entity.mentions}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
