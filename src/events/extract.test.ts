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

  it('VSO with a titled subject: a second title after its adjective heads the object, not the subject', () => {
    const text = 'انتقد الرئيس الفرنسي زعيم المعارضة جان لوك ميلانشون بسبب تصريحاته.';
    const events = run(text, [['جان لوك ميلانشون', 'PER']]);
    expect(events[0]).toMatchObject({ type: 'DISAPPROVE', actors: [], targets: ['E1'] });
    // A title that leads to its own name keeps the name as the subject.
    const named = 'انتقد الرئيس الفرنسي إيمانويل ماكرون زعيم المعارضة.';
    expect(run(named, [['إيمانويل ماكرون', 'PER']])[0]).toMatchObject({ actors: ['E1'] });
    // The second title heads the object also when its noun is the group it leads.
    const group = 'اتهم الرئيس الروسي زعيم فاغنر بالخيانة.';
    expect(run(group, [['فاغنر', 'ORG']])[0]).toMatchObject({ actors: [], targets: ['E1'] });
    // A second title right before the name is the name's own.
    const king = 'انتقد العاهل الأردني الملك عبد الله الثاني القرار الإسرائيلي.';
    expect(run(king, [['عبد الله الثاني', 'PER']])[0]).toMatchObject({ actors: ['E1'] });
  });

  it('an adjective that is also a verb form makes no event (بيان صادر عن: issued by, not confiscated)', () => {
    const text = 'ونقل بيان صادر عن وزارة الخارجية القطرية أن الوساطة مستمرة.';
    expect(run(text, [['وزارة الخارجية القطرية', 'ORG']])).toEqual([]);
    const seized = 'وصادرت الشرطة الأردنية شحنة أسلحة قرب الحدود.';
    expect(run(seized, [['الشرطة الأردنية', 'ORG']])[0]).toMatchObject({ type: 'COERCE', actors: ['E1'] });
  });

  it('a word that lacks the companions its sense needs does not make the noun after it a theme', () => {
    // `دفع` deploys only with troops; here it is "pushed", and the restoring is an event of its own.
    const text = 'نجحت سلطنة عمان في دفع المغرب والجزائر إلى استئناف العلاقات الدبلوماسية.';
    const events = run(text, [
      ['سلطنة عمان', 'LOC'],
      ['المغرب', 'LOC'],
      ['الجزائر', 'LOC'],
    ]);
    expect(events.map((e) => e.type)).toEqual(['COOPERATE']);
  });

  it('the object of a causative verb acts the verbal noun after إلى/على; the object of an urging does not', () => {
    const text = 'نجحت سلطنة عمان في دفع المغرب والجزائر إلى استئناف العلاقات الدبلوماسية.';
    const events = run(text, [
      ['سلطنة عمان', 'LOC'],
      ['المغرب', 'LOC'],
      ['الجزائر', 'LOC'],
    ]);
    expect(events[0]).toMatchObject({ type: 'COOPERATE', actors: ['E2', 'E3'] });
    const urged = 'وحثت سلطنة عمان المغرب على استئناف العلاقات مع الجزائر.';
    const found = run(urged, [
      ['سلطنة عمان', 'LOC'],
      ['المغرب', 'LOC'],
      ['الجزائر', 'LOC'],
    ]);
    expect(found.flatMap((e) => e.actors)).not.toContain('E2');
  });

  it('names joined by و share the role whichever of them the rules found (the last before a noun)', () => {
    const text = 'أقنعت الوساطة القطرية تشاد والسودان بإعادة العلاقات بعد أشهر من التوتر.';
    const events = run(text, [
      ['تشاد', 'LOC'],
      ['السودان', 'LOC'],
    ]);
    expect(events[0]).toMatchObject({ type: 'COOPERATE', mode: 'restore', actors: ['E1', 'E2'] });
  });

  it('a verbal noun after a clause break does not take the subject of the opening clause', () => {
    const text =
      'أعادت البرازيل فتح سفارتها في كاراكاس، وذلك بعد سنوات من الفتور، عندما تعرضت قنصلية برازيلية لهجمات من مجهولين.';
    const events = run(text, [
      ['البرازيل', 'LOC'],
      ['كاراكاس', 'LOC'],
    ]);
    expect(events.find((e) => e.type === 'ASSAULT')).toBeUndefined();
  });

  it('a severing of relations is a lasting state, with the pair «بين البلدين» stands for', () => {
    const text =
      'واتفقت المغرب وإيران على إعادة فتح السفارتين، وذلك بعد انقطاع العلاقات بين البلدين منذ 2018.';
    const events = run(text, [
      ['المغرب', 'LOC'],
      ['إيران', 'LOC'],
    ]);
    const sever = events.find((e) => e.type === 'SANCTION');
    expect(sever).toMatchObject({ mode: 'sever', lasting: true, actors: ['E1', 'E2'] });
    // As the modifier of the theme of another event it is still an event of its own.
    const modifier = 'واتفقت كوبا والولايات المتحدة على استئناف العلاقات المقطوعة بينهما منذ عقود.';
    const found = run(modifier, [
      ['كوبا', 'LOC'],
      ['الولايات المتحدة', 'LOC'],
    ]);
    expect(found.find((e) => e.type === 'SANCTION')).toMatchObject({ lasting: true, actors: ['E1', 'E2'] });
  });

  it('a verb carrying its object pronoun still triggers, and makes the noun after it its theme', () => {
    const text = 'وفي الرباط استقبله العاهل المغربي الملك محمد السادس.';
    const events = run(text, [
      ['الرباط', 'LOC'],
      ['محمد السادس', 'PER'],
    ]);
    expect(events[0]).toMatchObject({ type: 'CONSULT', mode: 'visit', targets: ['E2'] });
    const accused = 'ورد قائد الفصيل على قيادة الجيش السوري التي اتهمها بقصف القرى.';
    expect(run(accused, [['الجيش السوري', 'ORG']]).map((e) => e.type)).not.toContain('ASSAULT');
  });

  it('calling an act treason or aggression is criticism, and the act named is its theme', () => {
    const text = 'ووصفت الخارجية الإيرانية الغارة الإسرائيلية بأنها عدوان سافر على سوريا.';
    const events = run(text, [
      ['الخارجية الإيرانية', 'ORG'],
      ['سوريا', 'LOC'],
    ]);
    expect(events.map((e) => e.type)).toEqual(['DISAPPROVE']);
    expect(events[0]).toMatchObject({ actors: ['E1'] });
    // Without such a word, `اعتبر` only gives an opinion.
    const opinion = 'واعتبر الرئيس الفرنسي إيمانويل ماكرون أن الاقتصاد الأوروبي يتعافى ببطء.';
    expect(run(opinion, [['إيمانويل ماكرون', 'PER']])).toEqual([]);
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
  it('names joined by و share the subject', () => {
    const text = 'ووقعت كينيا وأوغندا مذكرة تفاهم لتطوير السكك الحديدية.';
    const [e] = run(text, [
      ['كينيا', 'LOC'],
      ['أوغندا', 'LOC'],
    ]);
    expect(e).toMatchObject({ type: 'AGREE', actors: ['E1', 'E2'], targets: [] });
  });

  it('a common noun right after the verb is an unnamed subject: the name after it is the object', () => {
    const text = 'واعتقلت الشرطة المحلية أمس عضواً في حزب العمال بتهمة التحريض.';
    const withObject = 'واستهدف مسلحون مجهولون موكب حزب العمال قرب العاصمة.';
    expect(run(text, [['حزب العمال', 'ORG']])).toEqual([]);
    expect(run(withObject, [['حزب العمال', 'ORG']])[0]).toMatchObject({ actors: [], targets: ['E1'] });
  });

  it('a group noun stands for the name that owns it', () => {
    const text = 'وهاجم مقاتلو حركة الشباب قاعدة عسكرية، كما استهدف وفد من الحركة نفسها بلدة أخرى.';
    expect(run(text, [['حركة الشباب', 'ORG']])[0]).toMatchObject({ type: 'ASSAULT', actors: ['E1'] });
    const owned = 'واستهدفت طائرات مسيرة تابعة لحركة الشباب مواقع الجيش الأوغندي.';
    const [e] = run(owned, [
      ['حركة الشباب', 'ORG'],
      ['الجيش الأوغندي', 'ORG'],
    ]);
    expect(e).toMatchObject({ actors: ['E1'], targets: ['E2'] });
  });

  it('a name with a relational ending is an adjective, not a party', () => {
    const text = 'واتهمت جماعة أنصار الله الحكومة اليمنية بعرقلة صرف الرواتب.';
    const [e] = run(text, [
      ['جماعة أنصار الله', 'ORG'],
      ['اليمن', 'LOC'],
    ]);
    expect(e).toMatchObject({ type: 'DISAPPROVE', actors: ['E1'], targets: [] });
  });

  it('a verbal noun in the ب-complement of another trigger is its theme, not a second event', () => {
    const text = 'ورحبت الجامعة العربية بالاتفاق، وأدانت كندا الهند بخرق الهدنة.';
    const events = run(text, [
      ['الجامعة العربية', 'ORG'],
      ['كندا', 'LOC'],
      ['الهند', 'LOC'],
    ]);
    expect(events.map((e) => e.type)).toEqual(['SUPPORT', 'DISAPPROVE']);
  });

  it('a noun subject after أن/إن leaves the actor unnamed; a pronoun on it is the sentence subject', () => {
    const speaker = 'وقال الوزير عمر سالم إن حكومته أرسلت مساعدات إلى الصومال.';
    const [aid] = run(speaker, [
      ['عمر سالم', 'PER'],
      ['الصومال', 'LOC'],
    ]);
    expect(aid).toMatchObject({ type: 'AID', actors: [], targets: ['E2'] });
    const own = 'وأعلنت حركة الجهاد أنها قصفت مستوطنة سديروت.';
    expect(run(own, [['حركة الجهاد', 'ORG']])[0]).toMatchObject({ type: 'ASSAULT', actors: ['E1'] });
  });

  it('a circumstantial participle takes the subject of the sentence', () => {
    const text = 'وقال الرئيس قيس سعيد في خطاب: «لن نسكت بعد اليوم»، متوعداً المحتكرين بالملاحقة.';
    const [e] = run(text, [['قيس سعيد', 'PER']]);
    expect(e).toMatchObject({ type: 'THREATEN', actors: ['E1'] });
  });

  it('a party after a clause break (الذي، فيما) belongs to that other clause', () => {
    const text = 'ورفضت كندا الطلب الذي قدمته الهند.';
    const [e] = run(text, [
      ['كندا', 'LOC'],
      ['الهند', 'LOC'],
    ]);
    expect(e).toMatchObject({ type: 'REJECT', actors: ['E1'], targets: [] });
  });

  it('a coordinated verb with no subject of its own keeps the sentence subject', () => {
    const text = 'وصل رئيس الوزراء ناريندرا مودي إلى موسكو، واجتمع مع الرئيس فلاديمير بوتين.';
    const events = run(text, [
      ['ناريندرا مودي', 'PER'],
      ['موسكو', 'LOC'],
      ['فلاديمير بوتين', 'PER'],
    ]);
    expect(events).toHaveLength(1);
    expect([...(events[0]?.actors ?? [])].sort()).toEqual(['E1', 'E3']);
  });

  it('a person, و with a title, and the person that title names are one list (rule 4e)', () => {
    const text = 'واستقبل الملك عبد الله الثاني والرئيس الفرنسي إيمانويل ماكرون وفد الجامعة العربية في عمّان.';
    const [e] = run(text, [
      ['عبد الله الثاني', 'PER'],
      ['إيمانويل ماكرون', 'PER'],
      ['الجامعة العربية', 'ORG'],
      ['عمّان', 'LOC'],
    ]);
    // استقبل swaps the parties: the hosts are the targets, the delegation's body the actor.
    expect([...(e?.targets ?? [])].sort()).toEqual(['E1', 'E2']);
    expect(e?.actors).toEqual(['E3']);
  });

  it('a title that itself begins with و (وزير) after a person is the object, not a second subject', () => {
    const text = 'وانتقد الرئيس عبد المجيد تبون وزير الداخلية الفرنسي برونو روتايو بشدة.';
    const [e] = run(text, [
      ['عبد المجيد تبون', 'PER'],
      ['برونو روتايو', 'PER'],
    ]);
    expect(e).toMatchObject({ type: 'DISAPPROVE', actors: ['E1'], targets: ['E2'] });
  });

  it('a verb with a glued object pronoun takes the party before it as its target (rule 4g)', () => {
    const text = 'وصل الرئيس الكيني وليام روتو إلى أديس أبابا، حيث استقبله آبي أحمد في مطار بولي.';
    const [e] = run(text, [
      ['وليام روتو', 'PER'],
      ['أديس أبابا', 'LOC'],
      ['آبي أحمد', 'PER'],
      ['بولي', 'LOC'],
    ]);
    // استقبل swaps the parties: the visitor the pronoun stands for is the actor.
    expect(e).toMatchObject({ type: 'CONSULT', actors: ['E1'], targets: ['E3'] });
  });

  it('a title with the body it speaks for (النائب عن كتلة…) still leads to its holder, the subject', () => {
    const text = 'وانتقد النائب عن حزب العمال جيريمي كوربين الحكومة البريطانية بشدة.';
    const events = run(text, [
      ['حزب العمال', 'ORG'],
      ['جيريمي كوربين', 'PER'],
      ['الحكومة البريطانية', 'ORG'],
    ]);
    expect(events[0]).toMatchObject({ type: 'DISAPPROVE', actors: ['E2'], targets: ['E3'] });
  });

  it('a name right before a verb with a glued object pronoun is its subject, not the antecedent', () => {
    const text = 'قائد الدعم السريع يرفض الهدنة و«البرهان» يتهمه بالخيانة';
    const events = run(text, [['البرهان', 'PER']]);
    expect(events.find((e) => e.type === 'DISAPPROVE')).toMatchObject({ actors: ['E1'], targets: [] });
  });

  it('a glued object pronoun after a noun of its own clause stands for that noun, not a party', () => {
    const text = 'أغلقت السلطات الإيرانية مكاتب صحيفة شرق، في قرار انتقدته منظمة العفو الدولية بشدة.';
    const events = run(text, [
      ['السلطات الإيرانية', 'ORG'],
      ['شرق', 'ORG'],
      ['منظمة العفو الدولية', 'ORG'],
    ]);
    const criticism = events.find((e) => e.type === 'DISAPPROVE');
    expect(criticism).toMatchObject({ actors: ['E3'], targets: [] });
  });

  it('حقق investigates only with the preposition it governs; with an object it achieves', () => {
    const inquiry = 'وحققت النيابة العامة مع رئيس نادي الزمالك حسين لبيب في المخالفات.';
    expect(
      run(inquiry, [
        ['النيابة العامة', 'ORG'],
        ['نادي الزمالك', 'ORG'],
        ['حسين لبيب', 'PER'],
      ]).map((e) => e.type),
    ).toEqual(['INVESTIGATE']);
    const win = 'وحقق نادي الزمالك فوزاً ثميناً على الأهلي في الدوري.';
    expect(
      run(win, [
        ['نادي الزمالك', 'ORG'],
        ['الأهلي', 'ORG'],
      ]),
    ).toEqual([]);
  });

  it('a place noun after إلى (إلى مدينة حلب) makes the name a location, not a target', () => {
    const text = 'وحشدت تركيا قواتها إلى مدينة إدلب.';
    const events = run(text, [
      ['تركيا', 'LOC'],
      ['إدلب', 'LOC'],
    ]);
    expect(events.map((e) => [e.type, e.actors, e.targets, e.place])).toEqual([
      ['MOBILIZE', ['E1'], [], 'E2'],
    ]);
  });

  it('a place left or reached (من قاعدة، على الحدود مع) is a location, not a target', () => {
    const text = 'وانسحبت القوات الفرنسية من قاعدة تمبكتو. وحشدت الهند قواتها على الحدود مع الصين.';
    const events = run(text, [
      ['القوات الفرنسية', 'ORG'],
      ['تمبكتو', 'LOC'],
      ['الهند', 'LOC'],
      ['الصين', 'LOC'],
    ]);
    expect(events.map((e) => [e.type, e.actors, e.targets])).toEqual([
      ['RETREAT', ['E1'], []],
      ['MOBILIZE', ['E3'], []],
    ]);
  });

  it('SVO with a particle between subject and verb, and a verbal noun after a light verb', () => {
    const text = 'وكانت الهند قد نشرت جنوداً في المنطقة. والصين تشن مناورات واسعة.';
    const events = run(text, [
      ['الهند', 'LOC'],
      ['الصين', 'LOC'],
    ]);
    expect(events.map((e) => [e.type, e.actors])).toEqual([
      ['MOBILIZE', ['E1']],
      ['MOBILIZE', ['E2']],
    ]);
  });

  describe('rule 3: what did not happen makes no event', () => {
    it('a negator opening the clause governs a trigger far after it', () => {
      const text = 'ولم تعلن الحكومة الكندية ولا الاتحاد الأوروبي أي تعديل في موقفهما من الاعتراف بالحركة.';
      expect(run(text, [['الاتحاد الأوروبي', 'ORG']])).toEqual([]);
    });

    it('a negator in an earlier clause leaves the next clause’s event standing', () => {
      const text = 'لم تصدر المحكمة حكما نهائيا، لكنها طالبت الحكومة بإدخال الوقود إلى غزة.';
      expect(run(text, [['غزة', 'LOC']]).map((e) => e.type)).toEqual(['DEMAND']);
    });

    it('an intention or a possibility is no event, a past with قد is', () => {
      const forms: EntityForms = [
        ['البرازيل', 'LOC'],
        ['الأرجنتين', 'LOC'],
      ];
      expect(run('تعتزم البرازيل الاعتراف بحكومة الأرجنتين الجديدة.', forms)).toEqual([]);
      expect(run('البرازيل قد تعترف بحكومة الأرجنتين الجديدة.', forms)).toEqual([]);
      expect(run('البرازيل قد اعترفت بحكومة الأرجنتين الجديدة.', forms).map((e) => e.type)).toEqual([
        'SUPPORT',
      ]);
    });

    it('a question is no event', () => {
      const forms: EntityForms = [
        ['كندا', 'LOC'],
        ['المكسيك', 'LOC'],
      ];
      expect(run('هل تستقبل كندا وفدا من المكسيك قريبا؟', forms)).toEqual([]);
      expect(run('ماذا بحثت كندا مع المكسيك في العاصمة؟', forms)).toEqual([]);
    });

    it('a quake striking two halves of a place name is no attack between them', () => {
      const text = 'ضرب زلزال قوي فجر الأحد ولاية سان خوان في غرب الأرجنتين.';
      const halves: EntityForms = [
        ['سان', 'LOC'],
        ['خوان', 'LOC'],
      ];
      expect(run(text, halves, { times: [time(text, 'فجر الأحد', 'T1', '2026-01-04')] })).toEqual([]);
      expect(run('ضرب زلزال قوي ولاية سان خوان في غرب الأرجنتين.', halves)).toEqual([]);
    });

    it('the region a quake struck is the place of the help it gets, never its giver', () => {
      const text =
        'وصلت فرق إغاثة من تشيلي إلى الإكوادور للمساعدة في انتشال العالقين تحت أنقاض زلزال مانابي.';
      const events = run(text, [
        ['تشيلي', 'LOC'],
        ['الإكوادور', 'LOC'],
        ['مانابي', 'LOC'],
      ]);
      for (const e of events) expect([...e.actors, ...e.targets]).not.toContain('E3');
    });
  });

  describe('rule 2: relation kinds a chronology of relations names', () => {
    const forms: EntityForms = [
      ['كندا', 'LOC'],
      ['المكسيك', 'LOC'],
      ['الحركة الوطنية', 'ORG'],
    ];
    const cases: [string, string, string][] = [
      ['اعترفت كندا رسميا بحكومة المكسيك الجديدة.', 'SUPPORT', 'recognize'],
      ['أشادت كندا بموقف المكسيك من الأزمة.', 'SUPPORT', 'praise'],
      ['رفعت كندا الحركة الوطنية من قائمة المنظمات الإرهابية.', 'CONCEDE', 'delist'],
      ['رفعت كندا العقوبات المفروضة على المكسيك.', 'CONCEDE', 'lift'],
      ['أدرجت كندا الحركة الوطنية على قائمة الإرهاب.', 'SANCTION', 'list'],
      ['طردت كندا ثلاثة دبلوماسيين من سفارة المكسيك.', 'SANCTION', 'expel'],
      ['قطعت كندا العلاقات الدبلوماسية مع المكسيك.', 'SANCTION', 'sever'],
      ['استأنفت كندا العلاقات مع المكسيك بعد قطيعة طويلة.', 'COOPERATE', 'restore'],
      ['تسلمت كندا أوراق اعتماد سفير المكسيك الجديد.', 'COOPERATE', 'accredit'],
      ['استضافت كندا محادثات بين المكسيك والحركة الوطنية.', 'CONSULT', 'host'],
      ['وجهت كندا دعوة إلى المكسيك لحضور القمة المقبلة.', 'CONSULT', 'invite'],
      ['بدأت كندا تنفيذ الاتفاق التجاري مع المكسيك.', 'COOPERATE', 'implement'],
      ['استدعت كندا سفيرها لدى المكسيك للتشاور إثر تصريحات مسيئة.', 'SANCTION', 'recall'],
      ['أغلقت كندا حدودها البرية مع المكسيك أمام الشاحنات.', 'SANCTION', 'close'],
      ['أغلقت كندا مجالها الجوي أمام طائرات المكسيك.', 'SANCTION', 'close'],
      ['أوقفت كندا ضخ النفط إلى المكسيك عبر الأنبوب الشمالي.', 'SANCTION', 'halt'],
      ['فرضت كندا التأشيرة على مواطني المكسيك ابتداء من الشهر المقبل.', 'SANCTION', 'visa'],
    ];
    for (const [text, type, mode] of cases) {
      it(`${mode}: ${text}`, () => {
        const events = run(text, forms);
        expect(events.map((e) => [e.type, e.mode, e.actors[0]])).toContainEqual([type, mode, 'E1']);
      });
    }
  });

  it('a relation kind may give its own type: «أوقف» with a supply halts it, else it arrests', () => {
    const forms: EntityForms = [
      ['كندا', 'LOC'],
      ['المكسيك', 'LOC'],
    ];
    const halt = run('أوقفت كندا إمدادات الكهرباء إلى المكسيك.', forms);
    expect(halt.map((e) => [e.type, e.mode])).toEqual([['SANCTION', 'halt']]);
    const arrest = run('أوقفت شرطة كندا مواطنا من المكسيك في المطار.', forms);
    expect(arrest.map((e) => e.type)).toEqual(['COERCE']);
    expect(arrest[0]?.mode).toBeUndefined();
  });

  it('expelling an ambassador is no recall, and a closed shop is no closed border', () => {
    const forms: EntityForms = [
      ['كندا', 'LOC'],
      ['المكسيك', 'LOC'],
    ];
    expect(run('طردت كندا سفير المكسيك.', forms).map((e) => e.mode)).toEqual(['expel']);
    expect(run('أغلقت كندا متجرا تملكه شركة من المكسيك.', forms)).toEqual([]);
  });
});
