/**
 * Interface labels, Arabic first with an English switch. Article text is never translated: only
 * the chrome around it. The choice is kept in localStorage and reflected on <html lang dir>.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

export type Lang = 'ar' | 'en';

const ar = {
  appName: 'رصد',
  tagline: 'تحليل الأخبار العربية: وقائع بأدلتها',
  switchLang: 'English',
  nav: {
    analyze: 'تحليل',
    search: 'بحث',
    entities: 'الكيانات',
    stories: 'القصص',
    dossier: 'ملف علاقة',
    graph: 'شبكة الفاعلين',
  },
  loading: 'جارٍ التحميل…',
  noStore: 'لا مخزن لهذا الخادم: شغّله بالأمر rasd serve --store PATH',
  errorPrefix: 'خطأ',
  analyze: {
    title: 'حلّل مقالاً',
    paste: 'الصق نص المقال',
    placeholder: 'الصق هنا نص خبر عربي…',
    file: 'أو ارفع ملفاً نصياً',
    url: 'أو أعطِ رابطاً',
    published: 'تاريخ النشر (اختياري)',
    submit: 'حلّل',
    empty: 'اكتب نصاً أو أعطِ رابطاً.',
    legend: 'المفتاح',
    article: 'المقال',
    entities: 'الكيانات',
    times: 'التواريخ',
    quantities: 'الأعداد',
    quotes: 'الاقتباسات',
    events: 'الأحداث',
    publishedLabel: 'النشر',
    inferred: 'مُستنتَج',
    none: 'لا شيء',
    speaker: 'المتحدث',
    unknownSpeaker: 'متحدث غير معروف',
  },
  kinds: {
    PER: 'شخص',
    ORG: 'منظمة',
    LOC: 'مكان',
    MISC: 'متفرقات',
    time: 'زمن',
    quantity: 'كمية',
    quote: 'اقتباس',
    match: 'تطابق',
  },
  segments: {
    boilerplate: 'نص جانبي (خارج المتن)',
    related: 'عناوين ذات صلة (خارج المتن)',
    caption: 'تعليق صورة',
    title: 'العنوان',
    byline: 'الكاتب',
    dateline: 'مكان الخبر وتاريخه',
    heading: 'عنوان فرعي',
    body: '',
  },
  search: {
    title: 'ابحث في الأخبار',
    query: 'كلمات البحث',
    outlet: 'المصدر',
    from: 'من',
    to: 'إلى',
    submit: 'ابحث',
    results: 'النتائج',
    none: 'لا نتائج.',
    alsoSearched: 'بحثنا أيضا عن',
    spellingsOf: 'وهي كتابات أخرى لـ',
  },
  entity: {
    title: 'الكيانات',
    filter: 'ابحث عن اسم',
    aliases: 'أسماء أخرى',
    outlets: 'المصادر',
    timeline: 'الخط الزمني',
    cooccurring: 'يُذكر مع',
    documents: 'مقالات',
    mentions: 'إشارات',
    dossierWith: 'ملف العلاقة',
  },
  story: {
    title: 'القصص',
    documents: 'التغطيات',
    events: 'الأحداث',
    conflicts: 'تعارضات',
    noConflicts: 'لا تعارض بين المصادر.',
    duplicateOf: 'نسخة قريبة من',
    sameTextAs: 'النص نفسه في (لا يُعرف الأصل)',
    update: 'تحديث',
    contradiction: 'تناقض',
  },
  dossier: {
    title: 'ملف العلاقة بين فاعلَين',
    a: 'الفاعل الأول',
    b: 'الفاعل الثاني',
    submit: 'اعرض الملف',
    evidence: 'الدليل',
    pick: 'اختر حدثاً من الخط الزمني أو من المراحل لترى مصادره.',
    undated: 'بلا تاريخ',
    coMention: 'ذِكر مشترك',
    stages: 'مراحل تطور العلاقات',
    sources: 'مصادر',
    showMentions: 'اعرض الذِكر المشترك أيضاً',
    byArticle: 'تاريخ النشر',
    byStory: 'تاريخ القصة',
  },
  graph: {
    title: 'شبكة الفاعلين',
    hint: 'الحواف ملوّنة حسب فئات PLOVER الأربع؛ اختر حافة لترى أدلتها.',
    quads: {
      'verbal-cooperation': 'تعاون لفظي',
      'material-cooperation': 'تعاون مادي',
      'verbal-conflict': 'نزاع لفظي',
      'material-conflict': 'نزاع مادي',
    },
    empty: 'لا أحداث بين فاعلين بعد.',
  },
  document: { title: 'مقال محفوظ', open: 'افتح المقال' },
};

export type Messages = typeof ar;

const en: Messages = {
  appName: 'Rasd',
  tagline: 'Arabic news analysis: facts with their evidence',
  switchLang: 'العربية',
  nav: {
    analyze: 'Analyse',
    search: 'Search',
    entities: 'Entities',
    stories: 'Stories',
    dossier: 'Dossier',
    graph: 'Actor graph',
  },
  loading: 'Loading…',
  noStore: 'This server has no store: start it with rasd serve --store PATH',
  errorPrefix: 'Error',
  analyze: {
    title: 'Analyse an article',
    paste: 'Paste the article text',
    placeholder: 'Paste an Arabic news text here…',
    file: 'or upload a text file',
    url: 'or give a URL',
    published: 'Publication date (optional)',
    submit: 'Analyse',
    empty: 'Type a text or give a URL.',
    legend: 'Legend',
    article: 'Article',
    entities: 'Entities',
    times: 'Times',
    quantities: 'Quantities',
    quotes: 'Quotes',
    events: 'Events',
    publishedLabel: 'Published',
    inferred: 'inferred',
    none: 'none',
    speaker: 'Speaker',
    unknownSpeaker: 'unknown speaker',
  },
  kinds: {
    PER: 'person',
    ORG: 'organisation',
    LOC: 'place',
    MISC: 'other',
    time: 'time',
    quantity: 'quantity',
    quote: 'quote',
    match: 'match',
  },
  segments: {
    boilerplate: 'Boilerplate (not the article)',
    related: 'Related headlines (not the article)',
    caption: 'Caption',
    title: 'Title',
    byline: 'Byline',
    dateline: 'Dateline',
    heading: 'Heading',
    body: '',
  },
  search: {
    title: 'Search the news',
    query: 'Words',
    outlet: 'Outlet',
    from: 'From',
    to: 'To',
    submit: 'Search',
    results: 'Results',
    none: 'No results.',
    alsoSearched: 'Also searched',
    spellingsOf: 'other spellings of',
  },
  entity: {
    title: 'Entities',
    filter: 'Find a name',
    aliases: 'Also written',
    outlets: 'Outlets',
    timeline: 'Timeline',
    cooccurring: 'Mentioned with',
    documents: 'articles',
    mentions: 'mentions',
    dossierWith: 'Dossier',
  },
  story: {
    title: 'Stories',
    documents: 'Coverage',
    events: 'Events',
    conflicts: 'Conflicts',
    noConflicts: 'The outlets agree.',
    duplicateOf: 'near-duplicate of',
    sameTextAs: 'same text as (neither is known to be the original)',
    update: 'update',
    contradiction: 'contradiction',
  },
  dossier: {
    title: 'Dossier between two actors',
    a: 'First actor',
    b: 'Second actor',
    submit: 'Show dossier',
    evidence: 'Evidence',
    pick: 'Pick an event on the timeline or in the stages to read its sources.',
    undated: 'undated',
    coMention: 'co-mention',
    stages: 'Stages of the relations',
    sources: 'sources',
    showMentions: 'Show co-mentions too',
    byArticle: 'publication date',
    byStory: 'story date',
  },
  graph: {
    title: 'Actor graph',
    hint: 'Edges are coloured by PLOVER’s four quad classes; pick an edge to read its evidence.',
    quads: {
      'verbal-cooperation': 'verbal cooperation',
      'material-cooperation': 'material cooperation',
      'verbal-conflict': 'verbal conflict',
      'material-conflict': 'material conflict',
    },
    empty: 'No events between actors yet.',
  },
  document: { title: 'Stored article', open: 'Open the article' },
};

const MESSAGES: Record<Lang, Messages> = { ar, en };

interface LangState {
  readonly lang: Lang;
  readonly t: Messages;
  toggle(): void;
}

const LangContext = createContext<LangState>({ lang: 'ar', t: ar, toggle: () => {} });

function storedLang(): Lang {
  try {
    return localStorage.getItem('rasd.lang') === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
    try {
      localStorage.setItem('rasd.lang', lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, [lang]);
  const toggle = useCallback(() => setLang((l) => (l === 'ar' ? 'en' : 'ar')), []);
  const value = useMemo(() => ({ lang, t: MESSAGES[lang], toggle }), [lang, toggle]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangState {
  return useContext(LangContext);
}
