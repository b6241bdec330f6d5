/** The PostgreSQL store, loaded by `openConfiguredStore` only when a `postgres://` URL is given. */
export { openPostgresStore, PostgresStore, redactUrl } from './postgres-store.js';
