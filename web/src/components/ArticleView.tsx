/**
 * An article with its highlights, drawn from offsets by slicing the text. Boilerplate, related
 * headlines and captions are boxed and labelled apart from the article's body.
 *
 * Evidence is one press away: an entity's highlight is a link to its page; every highlight takes
 * the keyboard focus (or a tap) and then shows its type and value in a line above the text, so
 * nothing needs a hovering mouse. The type also shows as a small tag at the end of each highlight.
 */
import { useState } from 'react';
import type { Segment } from '../../../src/contract/analysis.js';
import { blocksOf, type Mark, splitRuns } from '../lib/highlight.js';
import { useLang } from '../lib/i18n.js';
import { href } from '../lib/router.js';

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
  const [detail, setDetail] = useState<string | null>(null);
  return (
    <div className="article-wrap">
      <p className="hl-detail" aria-live="polite" data-testid="highlight-detail">
        {detail ?? <span className="muted">{t.analyze.detailHint}</span>}
      </p>
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
              <HighlightedText
                text={text}
                marks={marks}
                from={block.start}
                to={block.end}
                onShow={setDetail}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function HighlightedText({
  text,
  marks,
  from,
  to,
  onShow,
}: {
  text: string;
  marks: readonly Mark[];
  from?: number;
  to?: number;
  /** Called with a highlight's tip when it takes the focus. */
  onShow?: (tip: string) => void;
}) {
  const { t } = useLang();
  return (
    <>
      {splitRuns(text, marks, from, to).map((run) => {
        if (run.marks.length === 0) return run.text;
        const tip = run.marks.map((m) => m.tip).join('\n');
        // The tag is drawn (CSS ::after) only where a highlight ends, so a split one shows it once.
        const ending = run.marks.filter((m) => m.end === run.end && m.kind !== 'match');
        const tag = [...new Set(ending.map((m) => t.kinds[m.kind]))].join(' · ');
        const entity = run.marks.find((m) => m.entity);
        const mark = (
          <mark
            key={run.start}
            className={['hl', ...new Set(run.marks.map((m) => `hl-${m.kind}`))].join(' ')}
            data-kinds={run.marks.map((m) => m.kind).join(' ')}
            data-tag={tag || undefined}
            title={tip}
            tabIndex={onShow && !entity ? 0 : undefined}
            onFocus={onShow ? () => onShow(tip) : undefined}
          >
            {run.text}
          </mark>
        );
        return entity?.entity ? (
          <a
            key={run.start}
            className="hl-link"
            href={href('entity', entity.entity)}
            onFocus={onShow ? () => onShow(tip) : undefined}
          >
            {mark}
          </a>
        ) : (
          mark
        );
      })}
    </>
  );
}
