import type { DocumentRef } from '../../../src/corpus/types.js';
import { formatIsoDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href } from '../lib/router.js';

/**
 * A citation: outlet, title and date, linking to the stored copy, and to the original page
 * when the document came from a web address (opened apart, never sent our address; only http(s),
 * so a stored `javascript:` URL is never a link).
 */
export function DocLink({ doc }: { doc: DocumentRef }) {
  const { t, lang } = useLang();
  return (
    <span className="doc-ref" data-testid="citation">
      {doc.outlet ? (
        <span className="outlet">
          <bdi>{doc.outlet}</bdi>
        </span>
      ) : null}
      <a href={href('document', doc.id)} className="doc-title">
        <bdi>{doc.title ?? doc.url ?? doc.id}</bdi>
      </a>
      <span className="date">{formatIsoDate(doc.published, lang)}</span>
      {doc.url && /^https?:\/\//i.test(doc.url) ? (
        <a
          className="original"
          href={doc.url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="original-link"
        >
          {t.citation.original} ↗
        </a>
      ) : null}
    </span>
  );
}
