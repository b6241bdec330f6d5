/**
 * JSON Lines into one document per line: `{"url"?, "text"?, "html"?, "title"?, "outlet"?, "published"?}`.
 *
 * Rules:
 *  1. `text` is analysed as plain text; else `html` goes through the article extractor; else `url`
 *     is fetched and read as any URL is;
 *  2. the line's own `title`, `outlet` and `published` outrank what extraction found;
 *  3. `published` is `YYYY-MM-DD` or `YYYY-MM` (a longer ISO timestamp keeps its date);
 *  4. a line that is not such an object is one error naming `SOURCE:LINE`; the other lines go on;
 *     blank lines are skipped.
 */
import { z } from 'zod';
import type { AnalysisInput } from '../core/layers.js';
import { isIsoDate } from '../times/iso-date.js';
import { asInputError, InputError } from './errors.js';
import { documentFromHtml } from './html-document.js';
import type { FetchLinked, SourceItem } from './source-document.js';

const RecordSchema = z
  .object({
    url: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
    title: z.string().optional(),
    outlet: z.string().optional(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?([T ].*)?$/, 'must be YYYY-MM-DD or YYYY-MM')
      .transform((value) => value.replace(/[T ].*$/, ''))
      .refine(isIsoDate, 'must be a day the calendar has')
      .optional(),
  })
  .refine((record) => record.text || record.html || record.url, 'needs "text", "html" or "url"');

type JsonRecord = z.infer<typeof RecordSchema>;

export async function* jsonlDocuments(
  source: string,
  text: string,
  fetchLinked: FetchLinked,
): AsyncGenerator<SourceItem> {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const name = `${source}:${index + 1}`;
    try {
      const record = parseRecord(name, line);
      if (record.text) {
        yield {
          document: {
            source: name,
            input: withRecordFacts({ text: record.text, url: record.url ?? null }, record),
          },
        };
      } else if (record.html) {
        const document = documentFromHtml(name, record.html, record.url);
        yield { document: { source: name, input: withRecordFacts(document.input, record) } };
      } else if (record.url) {
        for await (const item of fetchLinked(name, record.url)) {
          yield !('document' in item)
            ? item
            : { document: { ...item.document, input: withRecordFacts(item.document.input, record) } };
        }
      }
    } catch (error) {
      yield { error: asInputError(name, error) };
    }
  }
}

function parseRecord(name: string, line: string): JsonRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(name, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}" ` : '';
    throw new InputError(name, `not a document record: ${where}${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function withRecordFacts(input: AnalysisInput, record: JsonRecord): AnalysisInput {
  return {
    ...input,
    title: record.title ?? input.title ?? null,
    outlet: record.outlet ?? input.outlet ?? null,
    url: input.url ?? record.url ?? null,
    published: record.published ?? input.published ?? null,
    ...(record.published ? { publishedBasis: 'stated' } : {}),
  };
}
