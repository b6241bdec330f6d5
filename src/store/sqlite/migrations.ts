/**
 * The SQLite schema, one step per version. Steps only ever get added: a released step is never
 * edited, since stores in the field were made by it.
 */
import { CORPUS_INDEX_MIGRATION } from '../corpus-index-migration.js';

export const SQLITE_MIGRATIONS: readonly (readonly string[])[] = [
  // Version 1.
  [
    `CREATE TABLE rasd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
    `CREATE TABLE documents (
       pk INTEGER PRIMARY KEY,
       doc_key TEXT NOT NULL UNIQUE,
       url TEXT, source TEXT, title TEXT, outlet TEXT, published TEXT,
       published_inferred INTEGER NOT NULL DEFAULT 0,
       ingested_at TEXT NOT NULL,
       text_length INTEGER NOT NULL,
       text_hash TEXT NOT NULL,
       analysis_json TEXT NOT NULL,
       story_id TEXT,
       duplicate_of TEXT)`,
    `CREATE INDEX documents_published ON documents (published)`,
    `CREATE INDEX documents_outlet ON documents (outlet)`,
    `CREATE INDEX documents_story ON documents (story_id)`,
    `CREATE INDEX documents_text_hash ON documents (text_hash)`,
    `CREATE TABLE doc_entities (
       doc_pk INTEGER NOT NULL REFERENCES documents (pk) ON DELETE CASCADE,
       local_id TEXT NOT NULL,
       type TEXT NOT NULL, name TEXT NOT NULL, match_key TEXT NOT NULL,
       mentions INTEGER NOT NULL, first_start INTEGER NOT NULL, first_end INTEGER NOT NULL,
       corpus_id TEXT,
       PRIMARY KEY (doc_pk, local_id))`,
    `CREATE INDEX doc_entities_corpus ON doc_entities (corpus_id)`,
    `CREATE INDEX doc_entities_key ON doc_entities (match_key)`,
    `CREATE TABLE doc_features (
       doc_pk INTEGER PRIMARY KEY REFERENCES documents (pk) ON DELETE CASCADE,
       features_json TEXT NOT NULL)`,
    `CREATE TABLE corpus_entities (
       id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, aliases_json TEXT NOT NULL,
       keys TEXT NOT NULL, document_count INTEGER NOT NULL, mention_count INTEGER NOT NULL)`,
    `CREATE TABLE stories (
       id TEXT PRIMARY KEY, title TEXT NOT NULL, first_published TEXT, last_published TEXT,
       document_count INTEGER NOT NULL, story_json TEXT NOT NULL)`,
    `CREATE TABLE conflicts (
       story_id TEXT NOT NULL, ordinal INTEGER NOT NULL, verdict TEXT NOT NULL, kind TEXT NOT NULL,
       role TEXT NOT NULL, conflict_json TEXT NOT NULL, PRIMARY KEY (story_id, ordinal))`,
    // Rasd's own index forms, space-separated: the tokenizer only has to split on spaces.
    `CREATE VIRTUAL TABLE doc_fts USING fts5(forms, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
  ],
  CORPUS_INDEX_MIGRATION,
];
