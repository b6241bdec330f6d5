import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../contract/analysis.js';
import { Tally } from '../tally.js';
import { containsName, locate, sameName } from './matching.js';
import type { PageGold, RealPage } from './pages.js';
import { impliedSteps } from './score-corpus.js';
import { scoreQuantities } from './score-quantities.js';
import { scoreQuotes } from './score-quotes.js';

describe('the real-pages scorer lines predictions up with the gold', () => {
  it('compares names after the proclitics the gold leaves out, and restores ال after a fused لل', () => {
    expect(sameName('لطالبان', 'طالبان')).toBe(true);
    expect(sameName('وبالقاهرة', 'القاهرة')).toBe(true);
    expect(sameName('للمغرب', 'لمغرب')).toBe(true);
    expect(sameName('المغرب', 'لمغرب')).toBe(true);
    expect(sameName('وكالة الانباء', 'وكالة الأنباء الفرنسية')).toBe(false);
    expect(containsName('وزير الخارجية الإيراني حسين أمير عبد اللهيان', 'حسين أمير عبد اللهيان')).toBe(true);
    expect(containsName('وزارة الخارجية', 'الخارجية الإيرانية')).toBe(false);
  });

  it('finds a gold text on a word boundary, and the one occurrence that `near` points at', () => {
    const text = 'قتل 17 شخصا في عام 2017، ثم ارتفع العدد إلى 17 مساء.';
    expect(locate(text, { needle: '17' }).map((s) => s.start)).toEqual([4, 44]);
    expect(locate(text, { needle: '17', near: 'العدد إلى 17' })).toEqual([{ start: 44, end: 46 }]);
  });

  it('implies an update step only where the day’s highest figure rises above every earlier day', () => {
    const page = (id: string, published: string, value: number): RealPage =>
      ({
        id,
        cluster: 'X',
        gold: { published, quantities: [{ text: '', value, approx: null, role: 'killed' }] },
      }) as unknown as RealPage;
    const steps = impliedSteps(
      [
        page('1', '2024-01-01', 10),
        page('2', '2024-01-02', 8),
        page('3', '2024-01-03', 30),
        page('4', '2024-01-03', 12),
      ],
      'killed',
    );
    expect(steps).toEqual([{ from: '2024-01-01', to: '2024-01-03' }]);
  });
});

describe('the real-pages scorer counts what an analyst needs', () => {
  const text = 'قال المتحدث باسم الدفاع المدني إن «نحو 40 شخصا قتلوا» في القصف.';
  const gold: PageGold = {
    published: null,
    published_basis: null,
    entities: { PER: [], ORG: [{ name: 'الدفاع المدني', surfaces: ['الدفاع المدني'] }], LOC: [], MISC: [] },
    times: [],
    quotes: [{ starts: 'نحو 40', speaker: 'الدفاع المدني' }],
    quantities: [{ text: 'نحو 40 شخصا', value: 40, approx: 'about', role: 'killed' }],
    segments: { title: null, byline: [], boilerplate: [], related: [] },
  };
  const page: RealPage = { id: 'p', url: '', cluster: 'single', text, urlDate: null, split: 'tune', gold };
  const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });
  const analysis = (overrides: Partial<Analysis>): Analysis =>
    ({
      text,
      segments: [],
      entities: [],
      times: [],
      quantities: [],
      quotes: [],
      events: [],
      ...overrides,
    }) as Analysis;

  it('scores a figure right only when value, approximation and role are all right', () => {
    const right = new Tally();
    const q = { ...at('نحو 40 شخصا'), value: 40, approx: 'about' as const, unit: null, role: 'killed' };
    scoreQuantities(page, analysis({ quantities: [q] }), right);
    expect([right.get('figures.found'), right.get('figures.all')]).toEqual([1, 1]);
    const wrongRole = new Tally();
    scoreQuantities(page, analysis({ quantities: [{ ...q, role: 'injured' }] }), wrongRole);
    expect([
      wrongRole.get('figures.found'),
      wrongRole.get('figures.all'),
      wrongRole.get('figures.value'),
    ]).toEqual([1, 0, 1]);
  });

  it('credits a quote’s speaker given as an entity or as a role phrase naming it, not a wrong one', () => {
    const entity = { id: 'E1', type: 'ORG' as const, name: 'الدفاع المدني', mentions: [at('الدفاع المدني')] };
    const quote = {
      ...at('نحو 40 شخصا قتلوا'),
      text: 'نحو 40 شخصا قتلوا',
      speaker: 'E1',
      speakerText: null,
      cue: 'قال',
    };
    const byEntity = new Tally();
    scoreQuotes(page, analysis({ entities: [entity], quotes: [quote] }), byEntity);
    expect(byEntity.get('quotes.speakerNamed')).toBe(1);
    const byText = new Tally();
    scoreQuotes(
      page,
      analysis({ quotes: [{ ...quote, speaker: null, speakerText: 'المتحدث باسم الدفاع المدني' }] }),
      byText,
    );
    expect(byText.get('quotes.speakerNamed')).toBe(1);
    const wrong = new Tally();
    scoreQuotes(page, analysis({ quotes: [{ ...quote, speaker: null, speakerText: 'القصف' }] }), wrong);
    expect([wrong.get('quotes.found'), wrong.get('quotes.speakerNamed')]).toEqual([1, 0]);
  });
});
