import type { DocumentRef } from '../../../src/corpus/types.js';
import { formatIsoDate } from '../lib/format.js';
import { useLang } from '../lib/i18n.js';
import { href } from '../lib/router.js';

/** A stored document cited by its title, outlet and date, linking to its page. */
export function DocLink({ doc }: { doc: DocumentRef }) {
  const { lang } = useLang();
  return (
    <span className="doc-ref">
      <a href={href('document', doc.id)}>
        <bdi>{doc.title ?? doc.url ?? doc.id}</bdi>
      </a>
      {doc.outlet ? (
        <span className="outlet">
          <bdi>{doc.outlet}</bdi>
        </span>
      ) : null}
      <span className="date">{formatIsoDate(doc.published, lang)}</span>
    </span>
  );
}
