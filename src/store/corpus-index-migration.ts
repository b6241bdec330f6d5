/**
 * Schema version 2, the same on both dialects: what incremental corpus maintenance looks documents
 * up by (see src/corpus-service/maintenance.ts). Plain types both SQLite and PostgreSQL read alike.
 */
export const CORPUS_INDEX_MIGRATION: readonly string[] = [
  `ALTER TABLE documents ADD COLUMN component text`,
  `CREATE INDEX documents_component ON documents (component)`,
  `CREATE TABLE doc_blocking (key text NOT NULL, day integer, doc_pk integer NOT NULL)`,
  `CREATE INDEX doc_blocking_key ON doc_blocking (key, day)`,
  `CREATE INDEX doc_blocking_doc ON doc_blocking (doc_pk)`,
  `CREATE TABLE identity_keys (match_key text PRIMARY KEY, surname text NOT NULL)`,
  `CREATE INDEX identity_keys_surname ON identity_keys (surname)`,
  `CREATE TABLE corpus_pending (doc_pk integer PRIMARY KEY)`,
  `CREATE TABLE blocking_df (key text PRIMARY KEY, n integer NOT NULL)`,
  // Stores made before version 2 have none of the above filled: the next refresh rebuilds it all.
  `INSERT INTO rasd_meta (key, value) VALUES ('corpus_rebuild', 'needed') ON CONFLICT (key) DO NOTHING`,
];
