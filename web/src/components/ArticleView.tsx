/**
 * An article with its highlights, drawn from offsets by slicing the text. Boilerplate, related
 * headlines and captions are boxed and labelled apart from the article's body.
 */
import type { Segment } from '../../../src/contract/analysis.js';
import { blocksOf, type Mark, splitRuns } from '../lib/highlight.js';
import { useLang } from '../lib/i18n.js';

const SET_APART = new Set<string>(['boilerplate', 'related', 'caption']);

export function ArticleView({
  text,
  segments,
  marks,
}: {
  text: string;
  segments: readonly Segment[];
  marks: readonly Mark[];
}) {
  const { t } = useLang();
  return (
    <div className="article" dir="auto" lang="ar" data-testid="article">
      {blocksOf(text, segments).map((block) => {
        const label = block.kind === 'text' ? '' : t.segments[block.kind];
        return (
          <div
            key={block.start}
            className={`seg seg-${block.kind}${SET_APART.has(block.kind) ? ' seg-apart' : ''}`}
            data-kind={block.kind}
          >
            {SET_APART.has(block.kind) && label ? <span className="seg-label">{label}</span> : null}
            <HighlightedText text={text} marks={marks} from={block.start} to={block.end} />
          </div>
        );
      })}
    </div>
  );
}

export function HighlightedText({
  text,
  marks,
  from,
  to,
}: {
  text: string;
  marks: readonly Mark[];
  from?: number;
  to?: number;
}) {
  return (
    <>
      {splitRuns(text, marks, from, to).map((run) =>
        run.marks.length === 0 ? (
          run.text
        ) : (
          <mark
            key={run.start}
            className={['hl', ...new Set(run.marks.map((m) => `hl-${m.kind}`))].join(' ')}
            data-kinds={run.marks.map((m) => m.kind).join(' ')}
            title={run.marks.map((m) => m.tip).join('\n')}
          >
            {run.text}
          </mark>
        ),
      )}
    </>
  );
}
