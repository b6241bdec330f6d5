/**
 * Small generated Arabic news items for the queue's fault test and the scaling benchmark: stories
 * of several short reports each (one event, one city, one day, several outlets wording it their
 * own way, with figures that rise between reports). The sentences are templates written for this
 * file; nothing is taken from a real article. Deterministic: the same `count` gives the same items.
 */

export interface GeneratedDocument {
  readonly url: string;
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
  readonly text: string;
}

const CITIES = [
  'طرابلس',
  'صفاقس',
  'وهران',
  'الموصل',
  'حلب',
  'عدن',
  'نواكشوط',
  'الخرطوم',
  'إربد',
  'الزرقاء',
  'صيدا',
  'طنجة',
  'أسوان',
  'المنيا',
  'تعز',
  'بنغازي',
  'قسنطينة',
  'سوسة',
  'البصرة',
  'حمص',
];

const PEOPLE = [
  'سالم بن عمر',
  'هدى الشريف',
  'خالد المنصوري',
  'ليلى حداد',
  'عمر الفارسي',
  'نادية العلوي',
  'يوسف القاسم',
  'مريم الزين',
];

const OUTLETS = ['نبض المدينة', 'صدى الساحل', 'الرائد اليوم', 'منبر الأخبار', 'وكالة الأفق'];

interface EventTemplate {
  readonly title: (city: string) => string;
  readonly lines: readonly ((city: string, person: string, n: number) => string)[];
}

const EVENTS: readonly EventTemplate[] = [
  {
    title: (city) => `حريق في سوق ${city} القديم`,
    lines: [
      (c, p, n) =>
        `اندلع حريق كبير في السوق القديم بمدينة ${c} فجر اليوم وأصيب ${n} أشخاص. وقال ${p} مدير الدفاع المدني إن الفرق سيطرت على النيران.`,
      (c, p, n) =>
        `أعلن ${p} مدير الدفاع المدني في ${c} إصابة ${n} أشخاص في حريق السوق القديم، مؤكدا أن أسباب الحريق قيد التحقيق.`,
      (c, p, n) =>
        `ارتفع عدد المصابين في حريق سوق ${c} القديم إلى ${n} بحسب ${p}، فيما عاد التجار لتفقد محلاتهم.`,
    ],
  },
  {
    title: (city) => `فيضانات تغمر أحياء في ${city}`,
    lines: [
      (c, p, n) =>
        `غمرت مياه الأمطار الغزيرة أحياء عدة في ${c} وأجبرت ${n} أسرة على مغادرة منازلها. وقال المحافظ ${p} إن فرق الإغاثة تعمل دون توقف.`,
      (c, p, n) => `أجلت السلطات في ${c} نحو ${n} أسرة بعد فيضانات مفاجئة، وأكد ${p} أن المدارس ستغلق يومين.`,
      (c, p, n) => `قال ${p} محافظ ${c} إن عدد الأسر التي غادرت منازلها بسبب الفيضانات بلغ ${n} أسرة.`,
    ],
  },
  {
    title: (city) => `إضراب لعمال الموانئ في ${city}`,
    lines: [
      (c, p, n) =>
        `بدأ عمال ميناء ${c} إضرابا مفتوحا للمطالبة برفع الأجور، وقالت النقابة على لسان ${p} إن ${n} عامل شاركوا في اليوم الأول.`,
      (c, p, n) =>
        `توقفت حركة الشحن في ميناء ${c} مع مشاركة ${n} عامل في الإضراب، بحسب ما صرح به ${p} ممثل النقابة.`,
      (c, p, n) => `دعا ${p} إدارة ميناء ${c} إلى الحوار مع ${n} عامل مضربين منذ الصباح.`,
    ],
  },
  {
    title: (city) => `افتتاح مستشفى جديد في ${city}`,
    lines: [
      (c, p, n) =>
        `افتتح وزير الصحة ${p} مستشفى جديدا في ${c} يضم ${n} سريرا، وقال إن المشروع سيخدم سكان الريف المجاور.`,
      (c, p, n) => `أعلن ${p} تشغيل مستشفى ${c} الجديد بطاقة ${n} سريرا ابتداء من الأسبوع المقبل.`,
      (c, p, n) => `زار ${p} المستشفى الجديد في ${c} الذي يضم ${n} سريرا وتفقد أقسام الطوارئ.`,
    ],
  },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `count` documents, five reports a story. */
export function generateDocuments(count: number): GeneratedDocument[] {
  const out: GeneratedDocument[] = [];
  for (let i = 0; out.length < count; i++) {
    const storyNo = Math.floor(i / OUTLETS.length);
    const within = i % OUTLETS.length;
    const event = EVENTS[storyNo % EVENTS.length] as EventTemplate;
    const city = CITIES[Math.floor(storyNo / EVENTS.length) % CITIES.length] as string;
    const person = PEOPLE[storyNo % PEOPLE.length] as string;
    // Two stories a date, dates 11 days apart: stories of different dates are never compared, so
    // the clustering cost grows linearly with the count, as with real news spread over time.
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(storyNo / 2) * 11 * 86_400_000);
    const published = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    const line = event.lines[within % event.lines.length] as EventTemplate['lines'][number];
    const outlet = OUTLETS[within] as string;
    out.push({
      url: `https://news-${within}.example.test/${published}/story-${storyNo}`,
      title: event.title(city),
      outlet,
      published,
      text: line(city, person, 10 + (storyNo % 50) + within * 3),
    });
  }
  return out;
}

/** The documents as JSON Lines, the format `rasd ingest` reads. */
export function toJsonLines(documents: readonly GeneratedDocument[]): string {
  return `${documents.map((d) => JSON.stringify(d)).join('\n')}\n`;
}
