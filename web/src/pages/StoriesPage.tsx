import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { formatIsoDate, formatNumber } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href } from '../lib/router.js';

export function StoriesPage() {
  const { t, lang } = useLang();
  const list = useApi('stories', () => api.stories({ limit: 100 }));
  return (
    <div className="page">
      <h1>{t.story.title}</h1>
      <Status state={list} />
      <ul className="story-list" data-testid="story-list">
        {list.data?.items.map((s) => (
          <li key={s.id}>
            <a href={href('story', s.id)}>
              <bdi>{s.title}</bdi>
            </a>{' '}
            <span className="muted">
              {formatNumber(s.documents.length, lang)} · {formatIsoDate(s.first, lang)}
              {s.conflicts.length > 0
                ? ` · ⚠ ${formatNumber(s.conflicts.length, lang)} ${t.story.conflicts}`
                : ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
