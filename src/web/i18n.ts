// Every label of the dashboard in Arabic (the default, right to left) and English. Data (names, titles,
// article text) is shown as stored; only the interface is translated.

export type Lang = "ar" | "en";

const TABLE = {
  app: ["رصد", "Rasd"],
  tagline: ["الأحداث في الأخبار العربية", "Events in Arabic news"],
  nav_overview: ["نظرة عامة", "Overview"],
  nav_map: ["الخريطة", "Map"],
  nav_timeline: ["الخط الزمني", "Timeline"],
  nav_graph: ["شبكة الفاعلين", "Actor graph"],
  nav_incidents: ["الوقائع", "Incidents"],
  nav_articles: ["المقالات", "Articles"],
  nav_search: ["بحث", "Search"],
  lang_toggle: ["English", "العربية"],
  loading: ["جارٍ التحميل…", "Loading…"],
  error: ["خطأ", "Error"],
  none: ["لا شيء", "None"],
  no_results: ["لا توجد نتائج", "No results"],
  articles: ["مقالات", "Articles"],
  events: ["أحداث", "Events"],
  entities: ["كيانات", "Entities"],
  reports: ["تقارير الخسائر", "Casualty reports"],
  times: ["التواريخ", "Dates"],
  by_type: ["الأحداث حسب النوع", "Events by type"],
  by_country: ["الأحداث حسب البلد", "Events by country"],
  recent_articles: ["أحدث المقالات", "Latest articles"],
  published_range: ["فترة النشر", "Published"],
  filters: ["التصفية", "Filters"],
  f_type: ["النوع", "Type"],
  f_status: ["الحالة", "Status"],
  f_country: ["البلد", "Country"],
  f_actor: ["الفاعل", "Actor"],
  f_from: ["من", "From"],
  f_to: ["إلى", "To"],
  f_place: ["المكان", "Place"],
  all: ["الكل", "All"],
  apply: ["تطبيق", "Apply"],
  clear: ["مسح", "Clear"],
  shown_of: ["معروض", "shown of"],
  total: ["المجموع", "Total"],
  no_coords: ["أحداث بلا إحداثيات", "events without coordinates"],
  events_per_day: ["عدد الأحداث يوميا", "Events per day"],
  click_bar: ["انقر على عمود لعرض أحداث ذلك اليوم", "Click a bar to see that day's events"],
  undated: ["بلا تاريخ", "undated"],
  actor: ["الفاعل", "Actor"],
  recipient: ["المفعول به", "Recipient"],
  when: ["متى", "When"],
  where: ["أين", "Where"],
  source: ["المصدر", "Source"],
  outlet_itself: ["الوسيلة نفسها", "the outlet itself"],
  trigger: ["الكلمة الدالة", "Trigger"],
  evidence: ["الشاهد", "Evidence"],
  size: ["الحصيلة", "Toll"],
  dead: ["قتلى", "dead"],
  injured: ["جرحى", "injured"],
  arrested: ["معتقلون", "arrested"],
  confidence: ["الثقة", "Confidence"],
  mode: ["الأسلوب", "Mode"],
  context: ["السياق", "Context"],
  claimant: ["الجهة المصرحة", "Claimant"],
  among: ["من بين", "Among"],
  side: ["الطرف", "Side"],
  incident_sources: ["روايات المصادر", "Source claims"],
  fatalities_range: ["القتلى (أدنى / أفضل / أعلى)", "Deaths (low / best / high)"],
  sources_n: ["مصادر", "sources"],
  open_article: ["فتح المقال", "Open article"],
  original: ["الرابط الأصلي", "Original link"],
  legend: ["المفتاح", "Legend"],
  warnings: ["تنبيهات", "Warnings"],
  no_record: ["لم يُحلَّل هذا المقال بعد", "This article has not been analysed yet"],
  search_placeholder: ["ابحث في المقالات…", "Search the articles…"],
  search: ["بحث", "Search"],
  score: ["الدرجة", "score"],
  graph_hint: ["حجم العقدة = عدد الأحداث، سمك الخط = عدد الأحداث المشتركة", "Node size = events, line width = shared events"],
  prev: ["السابق", "Previous"],
  next: ["التالي", "Next"],
  token: ["رمز الدخول", "Access token"],
  save: ["حفظ", "Save"],
  unauthorized: ["يتطلب الخادم رمز دخول", "The server needs an access token"],
  not_found: ["غير موجود", "Not found"],
  relations: ["العلاقات", "Relations"],
  st_asserted: ["مؤكد", "asserted"],
  st_negated: ["منفي", "negated"],
  st_future: ["مستقبلي", "future"],
  st_hypothetical: ["افتراضي", "hypothetical"],
  PER: ["شخص", "person"],
  ORG: ["منظمة", "organisation"],
  GPE: ["كيان سياسي", "country / city"],
  LOC: ["موقع", "location"],
  FAC: ["منشأة", "facility"],
  MISC: ["متنوع", "other"],
  TIME: ["تاريخ", "date"],
  TRIGGER: ["حدث", "event"],
} as const satisfies Record<string, readonly [string, string]>;

export type Key = keyof typeof TABLE;

/** PLOVER types: Arabic names and English as PLOVER writes them. */
export const EVENT_TYPE_NAMES: Record<string, [string, string]> = {
  AGREE: ["اتفاق", "Agree"], CONSULT: ["تشاور", "Consult"], SUPPORT: ["تأييد", "Support"],
  CONCEDE: ["تنازل", "Concede"], COOPERATE: ["تعاون", "Cooperate"], AID: ["مساعدة", "Aid"],
  RETREAT: ["تراجع", "Retreat"], REQUEST: ["طلب", "Request"], ACCUSE: ["اتهام", "Accuse"],
  REJECT: ["رفض", "Reject"], THREATEN: ["تهديد", "Threaten"], PROTEST: ["احتجاج", "Protest"],
  SANCTION: ["عقوبة", "Sanction"], MOBILIZE: ["تعبئة", "Mobilize"], COERCE: ["إكراه", "Coerce"],
  ASSAULT: ["اعتداء", "Assault"],
};

/** One colour per PLOVER type: cool colours for cooperation, warm for conflict. */
export const EVENT_TYPE_COLORS: Record<string, string> = {
  AGREE: "#2b8a3e", CONSULT: "#1c7ed6", SUPPORT: "#37b24d", CONCEDE: "#66a80f", COOPERATE: "#0c8599",
  AID: "#15aabf", RETREAT: "#82c91e", REQUEST: "#7048e8", ACCUSE: "#ae3ec9", REJECT: "#d6336c",
  THREATEN: "#f08c00", PROTEST: "#fab005", SANCTION: "#e8590c", MOBILIZE: "#868e96", COERCE: "#c2255c",
  ASSAULT: "#c92a2a",
};

let lang: Lang = "ar";

export function getLang(): Lang { return lang; }

export function setLang(next: Lang): void {
  lang = next;
  try { localStorage.setItem("rasd.lang", next); } catch { /* private mode: keep it for this page only */ }
  document.documentElement.lang = next;
  document.documentElement.dir = next === "ar" ? "rtl" : "ltr";
}

export function initLang(): void {
  let stored: string | null = null;
  try { stored = localStorage.getItem("rasd.lang"); } catch { /* ignore */ }
  setLang(stored === "en" ? "en" : "ar");
}

export function t(key: Key): string {
  return TABLE[key][lang === "ar" ? 0 : 1];
}

export function typeName(type: string): string {
  const n = EVENT_TYPE_NAMES[type];
  return n ? n[lang === "ar" ? 0 : 1] : type;
}

export function statusName(status: string): string {
  const key = `st_${status}` as Key;
  return key in TABLE ? t(key) : status;
}

/** Keeps an ISO date (or any left-to-right token) in one piece inside right-to-left text. */
export function ltr(s: string | null | undefined): string {
  return s ? `\u2066${s}\u2069` : "";
}

export function fmtNumber(n: number): string {
  return new Intl.NumberFormat(lang === "ar" ? "ar-TN" : "en-GB").format(n);
}

/** A name in the interface language when there is one (English names are optional in the data). */
export function pickName(ar: string | null | undefined, en: string | null | undefined): string {
  return (lang === "en" ? en || ar : ar || en) ?? "";
}
