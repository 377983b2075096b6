/** Arabic (written right to left). */
import type { Locale } from './types.ts'

export const ar = {
  tag: 'ar',
  dir: 'rtl',
  slide: {
    agenda: 'جدول الأعمال',
    takeaways: 'أهم النقاط',
    sources: 'المصادر',
    keyFigure: 'رقم رئيسي',
    whatItCost: 'التكلفة',
    theFigures: 'الأرقام',
    moreItems: (n) => `${n} أخرى`,
    continued: ' (تابع)',
    introduction: 'مقدمة',
    quote: 'اقتباس',
    amount: 'المبلغ',
    count: 'العدد',
    share: 'النسبة',
    article: 'المقال',
    author: 'الكاتب',
    issuedBy: 'الجهة المصدرة',
    published: 'تاريخ النشر',
    source: 'المصدر',
    standardInput: 'الإدخال القياسي',
    colon: ': ',
    authorVoice: (author) => `— ${author} (كاتب المقال)`,
    issuerVoice: (issuer) => `— ${issuer}`,
  },
  notes: {
    agenda: (n, items) => `يتبع هذا العرض المقال في ${n} أجزاء: ${items}.`,
    sources: 'كل نقطة في هذا العرض مأخوذة من جمل المقال نفسه، وملاحظات كل شريحة تقتبس المقاطع الأصلية.',
  },
  chart: {
    notStated: 'المبلغ غير مذكور',
    logScale: (r) => `مقياس لوغاريتمي: أكبر مبلغ يساوي ${r} ضعف أصغر مبلغ`,
    mixed: 'عملات مختلفة، دون تحويل',
    columns: ['البند', 'المبلغ', 'ملاحظة', 'المصدر'],
    qualifiers: { under: 'أقل من', over: 'أكثر من', about: 'نحو', 'up to': 'حتى', 'at least': 'على الأقل' },
    comparisons: ['على أساس سنوي', 'مقارنة بالعام الماضي'],
    changeTitle: (c) => `التغير ${c}`,
    asked: { openings: [], questionWords: [] },
  },
  table: {
    table: 'جدول',
    part: (r, R, c, C) => (r < R && c < C ? 'صفوف وأعمدة مختارة' : r < R ? 'صفوف مختارة' : c < C ? 'أعمدة مختارة' : 'كل الصفوف'),
    leftOut: (n, shown) => `${n} من جداول المقال ليست في الشرائح (عُرض ${shown})`,
    largest: (r, R, col) => `أكبر ${r} من ${R} صفوف حسب ${col}، تنازلياً`,
    by: (v, r) => `${v} حسب ${r}`,
    byPair: (v, r, s) => `${v} حسب ${r} و${s}`,
    noHeader: '(بلا عنوان)',
  },
  bars: {
    chartOf: (n) => `مخطط أعمدة من ${n} قيم`,
    columns: ['البند', 'القيمة'],
  },
  quote: { marks: { open: '«', close: '»' }, paraphrased: 'بتصرف' },
  handout: {
    titleSuffix: ' (نشرة)',
    slideOf: (n, total, title) => `الشريحة ${n} من ${total}: ${title}`,
    pageOf: (page, total) => `الصفحة ${page} من ${total}`,
  },
  info: (origin) => `أنشأه deckwright من ${origin}.`,
  // speakers are not yet found in Arabic text
  speech: { verbs: [], according: [], impersonal: [], additive: [], additiveHeld: [], additiveLast: [], deicticLast: [], backReference: ['هو', 'هي', 'هم', 'هذا', 'هذه', 'ذلك', 'تلك', 'لكن'], contrast: ['لكن', 'ولكن'], detachable: [], firstPerson: ["أنا"], secondPerson: ["أنت", "أنتم"], relative: ['الذي', 'التي', 'الذين'], demonstratives: [], deictic: [], conclusive: ['لذلك', 'يجب', 'ينبغي', 'مهم', 'أساسي'], acknowledgements: ['نشكر', 'شكر خاص'], noAnswer: ['رفض التعليق'], othersWords: ['ردود', 'إجابات', 'تعليقات'], aboutTheText: ['في هذا المقال', 'اقرأ أيضا'], plans: [], subordinators: ['لأن', 'إذا', 'عندما', 'رغم'], articles: [], whereRelative: [], contrastEnding: [], participleEndings: [], finiteVerbs: [] },
  figures: {
    cost: 'التكلفة',
    costVerbs: ['كلف', 'كلفت', 'تكلف', 'بتكلفة'],
    units: ['كيلومتر', 'كيلومترات', 'متر', 'أمتار', 'سنة', 'سنوات', 'أشهر', 'أسابيع', 'أيام', 'يوما', 'ساعة', 'ساعات', 'دقيقة', 'طن', 'أطنان', 'مرات', 'مرة'],
    among: ['بينهم', 'منهم', 'من بينهم'],
    outOf: ['من'],
  },
  sections: {
    // a paragraph opening with one of these continues the one before: no section starts there
    continuation: ['لكن', 'ولكن', 'هو', 'هي', 'هم'],
    concluding: ['خاتمة', 'الخاتمة', 'الخلاصة', 'الخلاصة والتوصيات'],
  },
} as const satisfies Locale
