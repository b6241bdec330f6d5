import { describe, expect, it } from 'vitest';
import type { Quantity, Segment, TimeMention } from '../contract/analysis.js';
import { type EntityForms, entitiesFrom } from '../quotes/test-entities.js';
import { splitSentences } from '../text/sentences.js';
import { extractEvents, type FoundEvent } from './extract.js';
import { eventLexicon } from './stage.js';

interface Extra {
  times?: TimeMention[];
  quantities?: Quantity[];
  segments?: Segment[];
}

function run(text: string, forms: EntityForms, extra: Extra = {}): FoundEvent[] {
  return extractEvents(
    { text, entities: entitiesFrom(text, forms), sentences: splitSentences(text), ...extra },
    eventLexicon(),
  );
}

function time(text: string, surface: string, id: string, value: string): TimeMention {
  const start = text.indexOf(surface);
  return {
    id,
    start,
    end: start + surface.length,
    text: surface,
    value,
    mod: null,
    kind: 'date',
    anchor: 'absolute',
  };
}

describe('events', () => {
  it('VSO: the actor after the verb, the object as target (ASSAULT)', () => {
    const text =
      'هاجمت طائرات مسيرة تابعة لجماعة الحوثي سفينة تجارية، واتهمت الولايات المتحدة إيران بتزويد الجماعة بالسلاح.';
    const events = run(text, [
      ['الحوثي', 'ORG'],
      ['الولايات المتحدة', 'LOC'],
      ['إيران', 'LOC'],
    ]);
    const accuse = events.find((e) => e.type === 'DISAPPROVE');
    expect(accuse).toMatchObject({ actors: ['E2'], targets: ['E3'] });
  });

  it('SVO: the subject before the verb', () => {
    const text = 'الاتحاد الأوروبي يفرض عقوبات جديدة على شركات روسية.';
    expect(run(text, [['الاتحاد الأوروبي', 'ORG']])[0]).toMatchObject({ type: 'SANCTION', actors: ['E1'] });
  });

  it('receiving a delegation: the visitor is the source and the host the recipient', () => {
    const text = 'استقبل الرئيس التركي رجب طيب أردوغان في أنقرة وفداً من حركة حماس.';
    const [e] = run(text, [
      ['رجب طيب أردوغان', 'PER'],
      ['أنقرة', 'LOC'],
      ['حركة حماس', 'ORG'],
    ]);
    expect(e).toMatchObject({ type: 'CONSULT', actors: ['E3'], targets: ['E1'], place: 'E2', mode: 'visit' });
  });

  it('removing a group from a terrorist list is CONCEDE', () => {
    const text = 'وقررت المحكمة العليا الروسية رفع حركة طالبان من قائمة المنظمات الإرهابية.';
    const [e] = run(text, [
      ['المحكمة العليا الروسية', 'ORG'],
      ['حركة طالبان', 'ORG'],
    ]);
    expect(e).toMatchObject({ type: 'CONCEDE', actors: ['E1'], targets: ['E2'] });
  });

  it('clashes make every party a source', () => {
    const text = 'اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في مدينة الفاشر.';
    const [e] = run(text, [
      ['الجيش السوداني', 'ORG'],
      ['قوات الدعم السريع', 'ORG'],
      ['الفاشر', 'LOC'],
    ]);
    expect(e).toMatchObject({ type: 'FIGHT', targets: [], place: 'E3' });
    expect([...(e?.actors ?? [])].sort()).toEqual(['E1', 'E2']);
  });

  it('negated and hypothetical sentences make no event', () => {
    const text = 'ولم تهاجم القوات الروسية مدينة خاركيف. وفي حال هاجمت إسرائيل لبنان فإن المنطقة ستشتعل.';
    expect(
      run(text, [
        ['القوات الروسية', 'ORG'],
        ['خاركيف', 'LOC'],
        ['إسرائيل', 'LOC'],
        ['لبنان', 'LOC'],
      ]),
    ).toEqual([]);
  });

  it('a trigger without any party is no event', () => {
    expect(run('وقتل ثلاثة أشخاص في انفجار سيارة مفخخة.', [])).toEqual([]);
  });

  it('time from the sentence, else the latest date earlier in the paragraph', () => {
    const text =
      'في 3 مارس 2024 زار وزير الخارجية الصيني وانغ يي القاهرة. وبعد ذلك التقى وانغ يي الرئيس المصري.\nوانتقدت الصين الموقف الأمريكي.';
    const times = [time(text, '3 مارس 2024', 'T1', '2024-03-03')];
    const events = run(
      text,
      [
        ['وانغ يي', 'PER'],
        ['القاهرة', 'LOC'],
        ['الصين', 'LOC'],
      ],
      { times },
    );
    expect(events.map((e) => e.time)).toEqual(['T1', 'T1', null]);
  });

  it('magnitudes from the roles of the figures in the sentence', () => {
    const text = 'شنت إسرائيل غارة على مخيم النصيرات أسفرت عن مقتل 12 شخصاً وإصابة 30 آخرين.';
    const q = (surface: string, value: number, role: string): Quantity => {
      const start = text.indexOf(surface);
      return { start, end: start + surface.length, value, approx: null, unit: 'person', role };
    };
    const quantities = [q('12 شخصاً', 12, 'killed'), q('30 آخرين', 30, 'injured')];
    const [e] = run(
      text,
      [
        ['إسرائيل', 'LOC'],
        ['النصيرات', 'LOC'],
      ],
      { quantities },
    );
    expect(e).toMatchObject({
      type: 'ASSAULT',
      actors: ['E1'],
      quantities: [0, 1],
      magnitudes: { dead: 12, injured: 30 },
    });
  });

  it('an agent introduced by على يد or a claim', () => {
    const text = 'قتل جنديان في هجوم على حاجز عسكري تبناه تنظيم داعش.';
    expect(run(text, [['تنظيم داعش', 'ORG']])[0]).toMatchObject({ type: 'ASSAULT', actors: ['E1'] });
  });

  it('events in related links and captions are skipped', () => {
    const text = 'وأدانت فرنسا الهجوم.\nاقرأ أيضاً: ألمانيا تنتقد القرار الأمريكي';
    const cut = text.indexOf('\n') + 1;
    const segments: Segment[] = [
      { kind: 'body', start: 0, end: cut },
      { kind: 'related', start: cut, end: text.length },
    ];
    const events = run(
      text,
      [
        ['فرنسا', 'LOC'],
        ['ألمانيا', 'LOC'],
      ],
      { segments },
    );
    expect(events.map((e) => e.actors)).toEqual([['E1']]);
  });

  it('future verbs are events with a future context', () => {
    const text = 'وسيزور الرئيس الفرنسي إيمانويل ماكرون بيروت الأسبوع المقبل.';
    const [e] = run(text, [
      ['إيمانويل ماكرون', 'PER'],
      ['بيروت', 'LOC'],
    ]);
    expect(e).toMatchObject({ type: 'CONSULT', actors: ['E1'], targets: ['E2'], context: ['future'] });
  });
});
