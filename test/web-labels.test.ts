import { describe, expect, it } from 'vitest';
import { relationLabel, subgroupLabel } from '../web/src/lib/data-labels.js';

describe('labels the web UI reads from the language data', () => {
  it('names a toll’s subgroup in Arabic from the conflicts data, and keeps the code as the English word', () => {
    expect(subgroupLabel('children', 'ar')).toBe('الأطفال');
    expect(subgroupLabel('serious', 'ar')).toBe('الإصابات الخطيرة');
    expect(subgroupLabel('children', 'en')).toBe('children');
  });

  it('names a dossier relation in Arabic from the dossier data', () => {
    expect(relationLabel('sever', 'ar')).toBe('قطع العلاقات');
    expect(relationLabel('sever', 'en')).toBe('sever');
  });
});
