import { describe, expect, it } from 'vitest';
import type { DocumentRef } from '../types.js';
import { outletName } from './outlets.js';

const OUTLETS: ReadonlyMap<string, string> = new Map([
  ['aljazeera.net', 'الجزيرة نت'],
  ['arabic.cnn.com', 'سي إن إن بالعربية'],
  ['cnn.com', 'سي إن إن'],
]);
const ref = (outlet: string | null, url: string | null): DocumentRef => ({
  id: 'x',
  url,
  source: null,
  title: null,
  outlet,
  published: null,
});

describe('the outlet of a source', () => {
  it('prefers the name the page gives', () => {
    expect(outletName(ref('صحيفة المدينة', 'https://www.aljazeera.net/a'), OUTLETS)).toBe('صحيفة المدينة');
  });

  it('names the site of the URL from the table, a subdomain by itself or by its parent', () => {
    expect(outletName(ref(null, 'https://www.aljazeera.net/news/1'), OUTLETS)).toBe('الجزيرة نت');
    expect(outletName(ref(null, 'https://arabic.cnn.com/world/2'), OUTLETS)).toBe('سي إن إن بالعربية');
    expect(outletName(ref(null, 'https://edition.cnn.com/3'), OUTLETS)).toBe('سي إن إن');
  });

  it('falls back to the bare domain, and to nothing without a URL', () => {
    expect(outletName(ref(null, 'https://www.unknown-paper.example/p/4'), OUTLETS)).toBe(
      'unknown-paper.example',
    );
    expect(outletName(ref(null, null), OUTLETS)).toBeNull();
  });
});
