import { Heading } from '../components/Heading.js';
import { useLang } from '../lib/i18n.js';
import { href } from '../lib/router.js';

/** An address no page answers: said plainly, instead of showing another page in its place. */
export function NotFoundPage() {
  const { t } = useLang();
  return (
    <div className="page" data-testid="not-found">
      <Heading title={t.notFound.title} />
      <p>{t.notFound.body}</p>
      <p>
        <a href={href('analyze')}>{t.notFound.home}</a>
      </p>
    </div>
  );
}
