import { describe, expect, it } from 'vitest';
import { classTokens, limitNesting, MAX_NESTING, parsePage } from './dom.js';

describe('classTokens', () => {
  it('splits class and id names into whole, joined and camelCase parts', () => {
    const page = parsePage('<div class="article-body shareBar" id="main_Story"></div>');
    const tokens = classTokens(page.elements[0] ?? (undefined as never));
    expect(tokens).toEqual(
      expect.arrayContaining(['articlebody', 'article', 'body', 'sharebar', 'share', 'bar']),
    );
    expect(tokens).toEqual(expect.arrayContaining(['mainstory', 'main', 'story']));
    expect(tokens).not.toContain('ad');
  });
});

describe('limitNesting', () => {
  it('leaves pages that leave paragraphs and list items open untouched', () => {
    const html = `<div>${'<p>فقرة'.repeat(5000)}${'<li>بند'.repeat(5000)}</div>`;
    expect(limitNesting(html)).toBe(html);
  });

  it('flattens nesting beyond the limit and keeps the text', () => {
    const depth = MAX_NESTING + 500;
    const html = `${'<div>'.repeat(depth)}نص عميق${'</div>'.repeat(depth)}`;
    const limited = limitNesting(html);
    expect(limited.match(/<div>/g)).toHaveLength(MAX_NESTING);
    expect(limited.match(/<\/div>/g)).toHaveLength(MAX_NESTING);
    expect(limited).toContain('نص عميق');
  });
});
