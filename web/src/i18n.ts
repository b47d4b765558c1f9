import type { ActorRef, Issue, Stance } from './api.ts';

export type Lang = 'ar' | 'en';

const LABELS = {
  title: { en: 'stancegraph', ar: 'stancegraph' },
  subtitle: { en: 'Who stands where, on what evidence', ar: 'من يقف أين، وبأي دليل' },
  issue: { en: 'Issue', ar: 'القضية' },
  search: { en: 'Search actors and quotes', ar: 'ابحث في الفاعلين والاقتباسات' },
  searchClear: { en: 'Clear', ar: 'مسح' },
  positions: { en: 'Positions', ar: 'المواقف' },
  actor: { en: 'Actor', ar: 'الفاعل' },
  position: { en: 'Position', ar: 'الموقف' },
  quotes: { en: 'Quotes and sources', ar: 'الاقتباسات والمصادر' },
  none: { en: 'No actor here.', ar: 'لا يوجد فاعل هنا.' },
  noMatch: { en: 'No actor or quote matches the search.', ar: 'لا يوجد فاعل أو اقتباس يطابق البحث.' },
  article: { en: 'Article', ar: 'المقال' },
  articleHint: { en: 'Click a quote to read it in its article, highlighted.', ar: 'انقر على اقتباس لقراءته في مقاله مظللاً.' },
  offsetsMismatch: { en: 'The article text at these offsets differs from the quote.', ar: 'نص المقال عند هذه المواضع يختلف عن الاقتباس.' },
  matrix: { en: 'Stance matrix', ar: 'مصفوفة المواقف' },
  matrixHint: { en: 'Each actor’s position per issue; ▲ supporting, ▼ opposing, ◆ mixed, ● neutral claims.', ar: 'موقف كل فاعل من كل قضية؛ ▲ تأييد، ▼ معارضة، ◆ مختلط، ● محايد.' },
  network: { en: 'Alignment network', ar: 'شبكة التحالفات' },
  networkHint: {
    en: 'Actors coloured by position, linked to the issue; solid links join actors on the same side quoted in one article, dashed red ones opposite sides; dotted grey: part of.',
    ar: 'الفاعلون ملونون حسب الموقف ومرتبطون بالقضية؛ الخطوط المتصلة تجمع فاعلين في الجانب نفسه وردوا في مقال واحد، والحمراء المتقطعة جانبين متعارضين؛ المنقطة الرمادية: جزء من.',
  },
  timeline: { en: 'Timeline', ar: 'الخط الزمني' },
  undated: { en: 'undated', ar: 'بلا تاريخ' },
  undatedNote: { en: 'claims come from articles without a date', ar: 'ادعاءات من مقالات بلا تاريخ' },
  ingest: { en: 'Ingest an article', ar: 'إدخال مقال' },
  ingestText: { en: 'Article text (Arabic or English)', ar: 'نص المقال (عربي أو إنجليزي)' },
  ingestOutlet: { en: 'Outlet', ar: 'الوسيلة الإعلامية' },
  ingestDate: { en: 'Published', ar: 'تاريخ النشر' },
  ingestUrl: { en: 'URL', ar: 'الرابط' },
  apiKey: { en: 'API key', ar: 'مفتاح الواجهة' },
  ingestSubmit: { en: 'Ingest', ar: 'إدخال' },
  ingestDisabled: {
    en: 'This server has no ingestArticle mutation yet, so the form is disabled. Ingest files with: npx stancegraph ingest FILE',
    ar: 'لا يوفر هذا الخادم عملية ingestArticle بعد، لذا النموذج معطل. أدخل الملفات بالأمر: npx stancegraph ingest FILE',
  },
  ingestDone: { en: 'Ingested.', ar: 'تم الإدخال.' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  needKey: { en: 'This server needs an API key.', ar: 'يتطلب هذا الخادم مفتاح واجهة.' },
  retry: { en: 'Retry', ar: 'إعادة المحاولة' },
  claims: { en: 'claims', ar: 'ادعاءات' },
  actors: { en: 'actors', ar: 'فاعلون' },
  confidence: { en: 'confidence', ar: 'الثقة' },
  unknownOutlet: { en: 'unknown outlet', ar: 'وسيلة غير معروفة' },
  searchServer: { en: 'server search', ar: 'بحث الخادم' },
  searchBrowser: { en: 'searched in the browser', ar: 'بحث في المتصفح' },
  close: { en: 'Close', ar: 'إغلاق' },
} as const;

export type LabelKey = keyof typeof LABELS;

export function t(lang: Lang, key: LabelKey): string {
  return LABELS[key][lang];
}

const STANCE_LABELS: Record<Stance, { en: string; ar: string }> = {
  SUPPORTS: { en: 'Supports', ar: 'يؤيد' },
  OPPOSES: { en: 'Opposes', ar: 'يعارض' },
  MIXED: { en: 'Mixed', ar: 'مختلط' },
  NEUTRAL: { en: 'Neutral', ar: 'محايد' },
};

const STANCE_HEADINGS: Record<Stance, { en: string; ar: string }> = {
  SUPPORTS: { en: 'Who supports', ar: 'المؤيدون' },
  OPPOSES: { en: 'Who opposes', ar: 'المعارضون' },
  MIXED: { en: 'Mixed', ar: 'مواقف مختلطة' },
  NEUTRAL: { en: 'Neutral', ar: 'محايدون' },
};

export function stanceLabel(lang: Lang, stance: Stance): string {
  return STANCE_LABELS[stance][lang];
}

export function stanceHeading(lang: Lang, stance: Stance): string {
  return STANCE_HEADINGS[stance][lang];
}

const TYPE_LABELS: Record<string, { en: string; ar: string }> = {
  government: { en: 'government', ar: 'حكومة' },
  ministry: { en: 'ministry', ar: 'وزارة' },
  military: { en: 'military', ar: 'عسكري' },
  person: { en: 'person', ar: 'شخص' },
  official: { en: 'official', ar: 'مسؤول' },
  faction: { en: 'faction', ar: 'فصيل' },
  party: { en: 'party', ar: 'حزب' },
  analyst: { en: 'analyst', ar: 'محلل' },
  'diplomatic-source': { en: 'diplomatic source', ar: 'مصدر دبلوماسي' },
  source: { en: 'source', ar: 'مصدر' },
  legislature: { en: 'legislature', ar: 'سلطة تشريعية' },
  public: { en: 'public', ar: 'الجمهور' },
  organization: { en: 'organization', ar: 'منظمة' },
  country: { en: 'country', ar: 'دولة' },
};

export function typeLabel(lang: Lang, type: string): string {
  return TYPE_LABELS[type]?.[lang] ?? type;
}

const QUALIFIER_LABELS: Record<string, string> = {
  immediate: 'فوري',
  gradual: 'تدريجي',
  full: 'كامل',
  rapid: 'سريع',
  advisers: 'مستشارون',
  conditional: 'مشروط',
  partial: 'جزئي',
};

export function qualifierLabel(lang: Lang, qualifier: string): string {
  return lang === 'ar' ? (QUALIFIER_LABELS[qualifier] ?? qualifier) : qualifier;
}

/** The actor's name in the chosen language, falling back to the gazetteer's display name. */
export function actorName(lang: Lang, actor: Pick<ActorRef, 'name' | 'nameAr' | 'nameEn'>): string {
  return (lang === 'ar' ? actor.nameAr : actor.nameEn) ?? actor.name;
}

export function issueName(lang: Lang, issue: Issue): string {
  return lang === 'ar' ? (issue.nameAr ?? issue.name) : issue.name;
}

/** True when the text is mostly Arabic script, for `dir` and `lang` attributes. */
export function isArabic(text: string): boolean {
  const arabic = text.match(/[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic > latin;
}

export function formatDate(lang: Lang, iso: string | null): string | null {
  if (iso === null) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-IQ' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}
