/**
 * Loading and error states for a request; renders nothing once the data is there. Errors are shown
 * by their code in the reader's language (the server's English sentence stays in a tooltip for
 * whoever reports a bug), with a button that asks again.
 */
import type { Loaded } from '../lib/api.js';
import { ApiFailure } from '../lib/api.js';
import { type Messages, useLang } from '../lib/i18n.js';

export function errorMessage(error: Error, t: Messages): string {
  const code = error instanceof ApiFailure ? error.code : 'http_error';
  return (t.errors as Record<string, string>)[code] ?? t.errors.http_error;
}

export function Status({ state, notFound }: { state: Loaded<unknown>; notFound?: string }) {
  const { t } = useLang();
  if (state.loading)
    return (
      <p className="status" role="status" data-testid="loading">
        {t.loading}
      </p>
    );
  if (!state.error) return null;
  const missing = state.error instanceof ApiFailure && state.error.status === 404;
  const message = missing && notFound ? notFound : errorMessage(state.error, t);
  return (
    <div className="status error" role="alert" data-testid="error">
      <p title={state.error.message}>
        {missing ? '' : `${t.errorPrefix}: `}
        {message}
      </p>
      {state.retry && !missing ? (
        <button type="button" onClick={state.retry} data-testid="retry">
          {t.retry}
        </button>
      ) : null}
    </div>
  );
}
