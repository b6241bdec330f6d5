import { analyzeDocument } from '../../analyze/analyze.js';
import type { Analysis } from '../../contract/analysis.js';
import { readSources } from '../../ingest/read-sources.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { isoDate, oneOf, parseOptions } from '../parse-options.js';
import { renderAnalysisText } from '../render/analysis-text.js';
import { SOURCE_OPTION_SPECS, SOURCE_OPTIONS_HELP, sourceOptionsFrom } from '../source-options.js';
import { writeDocuments } from '../write-documents.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse Arabic news articles into entities, dates, figures, quotes and events',
  help: `Usage: rasd analyze SOURCE... [options]

Analyses each SOURCE — a file, a folder, a URL, a feed, JSON Lines, or - for standard input — and
prints the analysis (contract v1, see docs/analysis-contract.md): the text, its segments, entities,
times, quantities, quotes and events, each with start/end offsets into the analysed text. An HTML
page is analysed as the article text Rasd extracts from it (see \`rasd extract\`); a feed or a
JSON Lines file gives one analysis per item.

Options:
  --format json|jsonl|text  json (default for one document), jsonl (default for several: one result
                            a line, each with its "source"), or text: a readable summary for a terminal
  --published YYYY-MM-DD    the publication date, which anchors relative dates ("أمس", "الشهر الماضي");
                            without it Rasd infers one from the page and marks it inferred
  --compact                 one-line JSON even for a single document
  -h, --help                this help

${SOURCE_OPTIONS_HELP}
Exit status: 0 when every source was analysed, 1 when any failed (each failure is one line on
stderr — a bad feed item or JSON line counts alone; the rest is still analysed), 2 for a wrong
command line.

Examples:
  rasd analyze examples/article-ar.txt --format text
  rasd analyze a.txt b.txt > results.jsonl
  rasd analyze saved-pages/ --format jsonl          # every file in the folder
  rasd analyze https://example.com/feed.xml --fetch-links
  rasd analyze old-site.txt --encoding windows-1256
  pbpaste | rasd analyze - --published 2025-04-17
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string' },
      published: { type: 'string' },
      compact: { type: 'boolean' },
      ...SOURCE_OPTION_SPECS,
    });
    if (positionals.length === 0)
      throw new UsageError('give at least one SOURCE (a file, a URL, or - for stdin)');
    const format = oneOf(values.format, FORMATS, '--format');
    const published = isoDate(values.published, '--published');
    const options = sourceOptionsFrom(values);
    const context = published ? { publishedOverride: published } : {};
    const failed = await writeDocuments(readSources(positionals, options), {
      command: 'analyze',
      render: (document, asLines) => {
        const analysis = analyzeDocument(document.input, context);
        return formatAnalysis(
          analysis,
          document.source,
          format ?? (asLines ? 'jsonl' : 'json'),
          values.compact === true,
        );
      },
      forceLines: format === undefined && positionals.length > 1,
    });
    return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  },
};

function formatAnalysis(
  analysis: Analysis,
  source: string,
  format: (typeof FORMATS)[number],
  compact: boolean,
): string {
  if (format === 'text')
    return renderAnalysisText(analysis, source, { color: process.stdout.isTTY === true });
  if (format === 'jsonl') return `${JSON.stringify({ source, ...analysis })}\n`;
  return `${JSON.stringify({ source, ...analysis }, null, compact ? undefined : 2)}\n`;
}
