/**
 * Page furniture and legal or contact boilerplate that has no place on a slide: e-mail
 * addresses, phone numbers, "[Read: …]" link inserts, "All rights reserved", forward-looking
 * statement disclaimers, calls to subscribe or share. And key-figure labels that say nothing
 * ("Amount", "Share").
 */

const BOILERPLATE: ReadonlyArray<[string, RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+\.[\w.-]+/],
  ['phone', /(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/],
  ['link-insert', /\[(?:read|see|related|watch|more|also read)\b[^\]]*\]/i],
  ['rights', /all rights reserved|©\s*\d{4}/i],
  ['disclaimer', /forward[- ]looking statements?/i],
  // ("When you sign up for Facebook, it encourages you …" is a statement, not a call)
  ['call-to-action', /\b(?:click here|subscribe (?:to|now)|sign up (?:for (?:our|the|a) (?:[\w-]+ ){0,2}(?:newsletters?|updates|trial|account)|for free|now|today|here)|follow us|share this (?:article|story)|read more)\b/i],
]

/** The kinds of boilerplate in one piece of slide text (empty when it is clean). */
export function boilerplate(text: string): string[] {
  return BOILERPLATE.filter(([, re]) => re.test(text)).map(([kind]) => kind)
}

/** "Amount", "Share", "Count" and the like, in the languages decks speak. */
const GENERIC_LABELS = new Set([
  'amount', 'share', 'number', 'figure', 'count', 'value', 'percent', 'percentage', 'total', 'key figure',
  'montant', 'part', 'nombre', 'chiffre', 'betrag', 'anteil', 'anzahl', 'zahl', 'importe', 'proporción', 'cantidad', 'cifra',
  '金额', '比例', '数量', '数字', 'المبلغ', 'العدد', 'النسبة',
])

/** A key-figure label that does not say what the figure measures. */
export function isGenericFigureLabel(label: string): boolean {
  return GENERIC_LABELS.has(label.trim().toLowerCase())
}
