/**
 * Which files of a folder are read as articles. A news folder often also holds the scripts and
 * answer keys that built it (`build.mjs`, `gold.json`); read as text they would be stored as
 * "articles" full of code. So a folder contributes only files whose extension names a format
 * Rasd reads as articles; a file named on the command line is always read, and `--all-files`
 * reads a folder's every file. Content still decides the kind of a file that is read
 * (source-kind.ts): the extension only decides whether to open it.
 */
import { extname } from 'node:path';

/** Plain text, HTML pages, JSON Lines and RSS/Atom feeds, as they are usually named. */
const ARTICLE_EXTENSIONS = new Set([
  '.txt',
  '.text',
  '.htm',
  '.html',
  '.xhtml',
  '.shtml',
  '.jsonl',
  '.ndjson',
  '.xml',
  '.rss',
  '.atom',
  '.rdf',
]);

/** The most names a skip warning lists before it only counts. */
const NAMES_SHOWN = 5;

export function looksLikeArticleFile(path: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(path).toLowerCase());
}

/** One line naming what a folder's reading passed over and how to read it anyway. */
export function describeSkipped(folder: string, skipped: readonly string[]): string {
  const shown = skipped.slice(0, NAMES_SHOWN).join(', ');
  const more = skipped.length > NAMES_SHOWN ? `, and ${skipped.length - NAMES_SHOWN} more` : '';
  const files = skipped.length === 1 ? '1 file' : `${skipped.length} files`;
  return `${folder}: skipped ${files} not named like articles (${shown}${more}); --all-files reads every file`;
}
