import type { Segment } from '../../contract/analysis.js';
import { maxOf } from '../../core/append-all.js';
import { readSources } from '../../ingest/read-sources.js';
import type { SourceDocument } from '../../ingest/source-document.js';
import { documentOutlet, documentTitle } from '../../segment/document-facts.js';
import { segmentInput } from '../../segment/stage.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { oneOf, parseOptions } from '../parse-options.js';
import { SOURCE_OPTION_SPECS, SOURCE_OPTIONS_HELP, sourceOptionsFrom } from '../source-options.js';
import { writeDocuments } from '../write-documents.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;

/** What `rasd extract` prints for one document. */
export interface Extraction {
  readonly source: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly segments: Segment[];
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'read sources (files, folders, URLs, feeds, JSON Lines) into article text with its structure',
  help: `Usage: rasd extract SOURCE... [options]

Reads each SOURCE the way \`rasd analyze\` does and prints what it would analyse, without analysing
it: the article text, its title, outlet, URL and publication date, and its segments (title, byline,
dateline, heading, body, related headline, caption, boilerplate) as start/end offsets into the text.
Use it to check what Rasd makes of a page, a feed or a pasted text.

Options:
  --format json|jsonl|text  json (default for one document), jsonl (default for several), or text:
                            the metadata, then each segment on its own line prefixed by its kind
  --compact                 one-line JSON even for a single document
  -h, --help                this help

${SOURCE_OPTIONS_HELP}
Exit status: 0 when every source was read, 1 when any failed (each failure is one line on stderr;
the rest is still read), 2 for a wrong command line.

Examples:
  rasd extract saved-page.html --format text
  rasd extract https://example.com/rss.xml --fetch-links --format jsonl > items.jsonl
  rasd extract archive/ --encoding windows-1256
  pbpaste | rasd extract - --format text
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string' },
      compact: { type: 'boolean' },
      ...SOURCE_OPTION_SPECS,
    });
    if (positionals.length === 0)
      throw new UsageError('give at least one SOURCE (a file, a URL, or - for stdin)');
    const format = oneOf(values.format, FORMATS, '--format');
    const options = sourceOptionsFrom(values);
    const failed = await writeDocuments(readSources(positionals, options), {
      command: 'extract',
      render: (document, asLines) => {
        const extraction = extractionOf(document);
        const chosen = format ?? (asLines ? 'jsonl' : 'json');
        if (chosen === 'text') return renderExtractionText(extraction);
        if (chosen === 'jsonl' || values.compact === true) return `${JSON.stringify(extraction)}\n`;
        return `${JSON.stringify(extraction, null, 2)}\n`;
      },
      forceLines: format === undefined && positionals.length > 1,
    });
    return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};

export function extractionOf(document: SourceDocument): Extraction {
  const { input } = document;
  const segments = segmentInput(input);
  return {
    source: document.source,
    url: input.url ?? null,
    title: input.title ?? documentTitle(input.text, segments),
    outlet: input.outlet ?? documentOutlet(input.text, segments, input.url ?? null),
    published: input.published ?? null,
    text: input.text,
    segments,
  };
}

function renderExtractionText(extraction: Extraction): string {
  const out = [`== ${extraction.source}`];
  for (const field of ['title', 'outlet', 'url', 'published'] as const) {
    const value = extraction[field];
    if (value) out.push(`${field}: ${value}`);
  }
  out.push('');
  const width = maxOf(
    extraction.segments.map((s) => s.kind.length),
    4,
  );
  for (const s of extraction.segments) {
    const outlet = s.outlet ? ` {${s.outlet}}` : '';
    out.push(
      `[${s.kind}]${' '.repeat(width - s.kind.length)} ${extraction.text.slice(s.start, s.end)}${outlet}`,
    );
  }
  return `${out.join('\n')}\n\n`;
}
