/**
 * An interactive timeline (vis-timeline). Item labels are DOM text nodes built here, never HTML
 * strings, so article text cannot become markup.
 */
import { useEffect, useRef } from 'react';
import { DataSet } from 'vis-data';
import { Timeline as VisTimeline } from 'vis-timeline';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Lang } from '../lib/i18n.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** vis-timeline hands label functions a moment object; its Date is all Intl needs. */
type LabelDate = Date | { toDate(): Date };
const asDate = (d: LabelDate): Date => (d instanceof Date ? d : d.toDate());

function minorLabel(lang: Lang) {
  return (date: LabelDate, scale: string) => {
    const d = asDate(date);
    const options: Intl.DateTimeFormatOptions =
      scale === 'year' ? { year: 'numeric' } : scale === 'month' ? { month: 'short' } : { day: 'numeric' };
    return new Intl.DateTimeFormat(lang, options).format(d);
  };
}

function majorLabel(lang: Lang) {
  return (date: LabelDate, scale: string) => {
    const d = asDate(date);
    if (scale === 'year') return '';
    const options: Intl.DateTimeFormatOptions =
      scale === 'month' ? { year: 'numeric' } : { year: 'numeric', month: 'long' };
    return new Intl.DateTimeFormat(lang, options).format(d);
  };
}

export interface TimelineItem {
  readonly id: number;
  readonly start: Date;
  readonly label: string;
  readonly className?: string;
}

export function Timeline({
  items,
  lang,
  onSelect,
}: {
  items: readonly TimelineItem[];
  lang: Lang;
  onSelect: (id: number | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    if (!container.current) return;
    const data = new DataSet(
      items.map((item) => {
        const content = document.createElement('span');
        content.textContent = item.label;
        content.dir = 'auto';
        // vis-timeline takes an element as content (its typings say string): a text node, never HTML.
        return {
          id: item.id,
          start: item.start,
          content: content as unknown as string,
          className: item.className ?? '',
        };
      }),
    );
    const timeline = new VisTimeline(container.current, data, {
      rtl: lang === 'ar',
      stack: true,
      zoomable: true,
      // The wheel scrolls the page as everywhere else; zooming asks for the control key.
      zoomKey: 'ctrlKey',
      maxHeight: 420,
      // Items stack downward from an axis at the top and scroll inside the box, so a crowded day
      // never pushes its items above the timeline's top edge.
      orientation: { axis: 'top', item: 'top' },
      verticalScroll: true,
      margin: { item: 6 },
      tooltip: { followMouse: false },
      // Dates are days at best: no hour scale, and axis labels in the reader's language.
      zoomMin: 7 * DAY_MS,
      format: { minorLabels: minorLabel(lang), majorLabels: majorLabel(lang) },
    });
    timeline.on('select', (props: { items: (number | string)[] }) => {
      const first = props.items[0];
      select.current(first === undefined ? null : Number(first));
    });
    return () => timeline.destroy();
  }, [items, lang]);
  return <div ref={container} className="timeline" data-testid="timeline" />;
}
