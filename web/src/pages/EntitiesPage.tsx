import { type FormEvent, useState } from 'react';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href, navigate, type Route } from '../lib/router.js';

export function EntitiesPage({ route }: { route: Route }) {
  const { t, lang } = useLang();
  const name = route.params.get('name') ?? '';
  const [draft, setDraft] = useState(name);
  const list = useApi(`entities:${name}`, () => api.entities({ name, limit: 100 }));
  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(href('entities', null, { name: draft }));
  }
  return (
    <div className="page">
      <h1>{t.entity.title}</h1>
      <form className="row" onSubmit={submit}>
        <label>
          {t.entity.filter}
          <input name="name" dir="auto" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">{t.search.submit}</button>
      </form>
      <Status state={list} />
      <ul className="entity-list" data-testid="entity-list">
        {list.data?.items.map((e) => (
          <li key={e.id}>
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
