import { analyzeDocument } from '../../analyze/analyze.js';
import type { Analysis } from '../../contract/analysis.js';
import { InputError } from '../../ingest/errors.js';
import { readSource } from '../../ingest/read-source.js';
import { type Command, EXIT_INPUT_FAILED, EXIT_OK, UsageError } from '../command.js';
import { isoDate, oneOf, parseOptions } from '../parse-options.js';
import { renderAnalysisText } from '../render/analysis-text.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse Arabic news articles into entities, dates, figures, quotes and events',
  help: `Usage: rasd analyze SOURCE... [options]

Analyses each SOURCE — a file, or - for standard input — and prints the analysis (contract v1,
see docs/analysis-contract.md): the text, its segments, entities, times, quantities, quotes and
events, each with start/end offsets into the analysed text.

Options:
  --format json|jsonl|text  json (default for one source), jsonl (default for several: one result a
                            line, each with its "source"), or text: a readable summary for a terminal
  --published YYYY-MM-DD    the publication date, which anchors relative dates ("أمس", "الشهر الماضي");
                            without it Rasd infers one from the page and marks it inferred
  --compact                 one-line JSON even for a single source
  -h, --help                this help

Exit status: 0 when every source was analysed, 1 when any failed (each failure is one line on
stderr; the other sources are still analysed), 2 for a wrong command line.

Examples:
  rasd analyze examples/article-ar.txt --format text
  rasd analyze a.txt b.txt > results.jsonl
  pbpaste | rasd analyze - --published 2025-04-17
`,
  async run(argv) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string' },
      published: { type: 'string' },
      compact: { type: 'boolean' },
    });
    if (positionals.length === 0) throw new UsageError('give at least one SOURCE (a file, or - for stdin)');
    const format = oneOf(values.format, FORMATS, '--format') ?? (positionals.length > 1 ? 'jsonl' : 'json');
    const published = isoDate(values.published, '--published');
    const context = published ? { publishedOverride: published } : {};
    let failed = 0;
    for (const source of positionals) {
      try {
        for (const doc of await readSource(source)) {
          const analysis = analyzeDocument(doc.input, context);
          process.stdout.write(formatAnalysis(analysis, doc.source, format, values.compact === true));
        }
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`rasd analyze: ${error.message}\n`);
        failed++;
      }
    }
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
