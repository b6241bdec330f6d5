/**
 * The page's structure on pasted pages of layouts the rules were not tuned on (issue 21): the title,
 * the bylines and date lines, the site's chrome, other articles' headlines, and the outlet the page
 * names as its own. The pages and what each line is are in fixtures/fresh-pages.ts and
 * fixtures/fresh-pages-heads.ts (long site headers, headlines printed twice, bylines in many forms).
 */
import { describe, expect, it } from 'vitest';
import { FRESH_PAGES, type FreshPage } from './fixtures/fresh-pages.js';
import { FRESH_HEAD_PAGES } from './fixtures/fresh-pages-heads.js';
import { analyseFreshPage, expectedTitle, outletRight, wrongLines } from './fixtures/score-pages.js';

function checkPages(pages: readonly FreshPage[]): void {
  for (const page of pages) {
    describe(page.name, () => {
      const result = analyseFreshPage(page);
      it('finds the title', () => {
        expect(result.title).toBe(expectedTitle(page));
      });
      it('reads every byline, chrome and related line as such, and no article line as one', () => {
        expect(wrongLines(result)).toEqual([]);
      });
      it('names the outlet the page names as its own', () => {
        expect({ outlet: result.outlet, right: outletRight(page, result) }).toEqual({
          outlet: result.outlet,
          right: true,
        });
      });
    });
  }
}

describe('the structure of pasted pages of unseen layouts (issue 21)', () => {
  checkPages(FRESH_PAGES);
});

describe('the structure of pasted pages with long site headers and many byline forms (issue 21)', () => {
  checkPages(FRESH_HEAD_PAGES);
});
