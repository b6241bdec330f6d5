import { AnalysisPanel } from '../components/AnalysisPanel.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import { href, type Route } from '../lib/router.js';

export function DocumentPage({ route }: { route: Route }) {
  const { t } = useLang();
  const id = route.id;
  const doc = useApi(id, () => api.document(id ?? ''));
  return (
    <div className="page">
      <h1>
        <bdi>{doc.data?.title ?? t.document.title}</bdi>
      </h1>
      {doc.data ? (
        <p className="meta">
          {doc.data.outlet ? <bdi>{doc.data.outlet}</bdi> : null}
          {doc.data.url ? (
            <>
              {' · '}
              <bdi dir="ltr">{doc.data.url}</bdi>
            </>
          ) : null}
          {doc.data.storyId ? (
            <>
              {' · '}
              <a href={href('story', doc.data.storyId)}>{t.nav.stories}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <Status state={doc} />
      {doc.data ? <AnalysisPanel analysis={doc.data.analysis} /> : null}
    </div>
  );
}
