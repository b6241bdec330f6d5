import type { Loaded } from '../lib/api.js';
import { ApiFailure } from '../lib/api.js';
import { useLang } from '../lib/i18n.js';

/** Loading and error lines for a request; renders nothing once the data is there. */
export function Status({ state }: { state: Loaded<unknown> }) {
  const { t } = useLang();
  if (state.loading) return <p className="status">{t.loading}</p>;
  if (!state.error) return null;
  const message =
    state.error instanceof ApiFailure && state.error.code === 'no_store' ? t.noStore : state.error.message;
  return (
    <p className="status error" role="alert">
      {t.errorPrefix}: <bdi>{message}</bdi>
    </p>
  );
}
