import { AnalysisPanel } from '../components/AnalysisPanel.js';
import { DocLink } from '../components/DocLink.js';
import { Heading } from '../components/Heading.js';
import { Status } from '../components/Status.js';
import { api, useApi } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';
import { href, type Route } from '../lib/router.js';

export function DocumentPage({ route }: { route: Route }) {
  const { t } = useLang();
  const id = route.id;
  const doc = useApi(id, () => api.document(id ?? ''));
  const d = doc.data;
  return (
    <div className="page">
      <Heading title={d?.title ?? t.document.title}>
        <bdi>{d?.title ?? t.document.title}</bdi>
      </Heading>
      {d ? (
        <p className="meta">
          <DocLink doc={d} />
          {d.storyId ? (
            <>
              {' · '}
              <a href={href('story', d.storyId)}>{t.document.story}</a>
            </>
          ) : null}
        </p>
      ) : null}
      <Status state={doc} notFound={t.notFound.document} />
      {d ? <AnalysisPanel analysis={d.analysis} /> : null}
    </div>
  );
}
