/**
 * The page's structure on pasted pages of layouts the rules were not tuned on (issue 21): the title,
 * the bylines and date lines, the site's chrome, other articles' headlines, and the outlet the page
 * names as its own. The pages and what each line is are in fixtures/fresh-pages.ts.
 */
import { describe, expect, it } from 'vitest';
import { classifyLines } from './classify-lines.js';
import { documentOutlet, documentTitle } from './document-facts.js';
import { FRESH_PAGES, type FreshPage, pageText, tagged } from './fixtures/fresh-pages.js';
import { segmentVocabulary } from './stage.js';
import { fold } from './vocabulary.js';

const KIND_OF_TAG = { Y: ['byline', 'dateline'], B: ['boilerplate'], R: ['related'] } as const;

function analyse(page: FreshPage) {
  const text = pageText(page);
  const segments = classifyLines(text, segmentVocabulary());
  const lines: { tag: string; text: string; kind: string }[] = [];
  let at = 0;
  for (const raw of page.lines) {
    const { tag, text: line } = tagged(raw);
    const start = text.indexOf(line, at);
    at = start + line.length;
    // An article line is judged where it ends: its opening credit (`الوكالة - …`) is a byline of its own.
    const probe = tag === 'body' ? start + line.length - 1 : start;
    const kind = segments.find((s) => s.start <= probe && probe < s.end)?.kind ?? 'none';
    lines.push({ tag, text: line, kind });
  }
  return {
    title: documentTitle(text, segments),
    outlet: documentOutlet(text, segments),
    lines,
  };
}

function expectedTitle(page: FreshPage): string | null {
  const first = page.lines.map(tagged).find((line) => line.tag === 'T');
  if (!first) return null;
  // The gold's title is the headline without the outlet the page puts after a separator.
  const copies = page.lines.map(tagged).filter((line) => line.tag === 'T');
  return copies.reduce(
    (shortest, line) => (line.text.length < shortest.length ? line.text : shortest),
    first.text,
  );
}

describe('the structure of pasted pages of unseen layouts (issue 21)', () => {
  for (const page of FRESH_PAGES) {
    describe(page.name, () => {
      const result = analyse(page);
      it('finds the title', () => {
        expect(result.title).toBe(expectedTitle(page));
      });
      it('reads every byline, chrome and related line as such, and no article line as one', () => {
        const wrong = result.lines
          .filter(({ tag, kind }) =>
            tag in KIND_OF_TAG
              ? !(KIND_OF_TAG[tag as keyof typeof KIND_OF_TAG] as readonly string[]).includes(kind)
              : tag !== 'T' && ['byline', 'dateline', 'related', 'title'].includes(kind),
          )
          .map(({ tag, text, kind }) => `${tag} ${kind}: ${text}`);
        expect(wrong).toEqual([]);
      });
      it('names the outlet the page names as its own', () => {
        if (page.outlet === null) expect(result.outlet).toBeNull();
        else expect(page.outlet.map(fold)).toContain(fold(result.outlet ?? ''));
      });
    });
  }
});
