/**
 * Pure helpers behind CostComparison.vue: amount formatting (Intl, compact notation),
 * qualifier wording and bar-scale computation (linear, or log when the spread is wide).
 * No Vue, no DOM: tested directly in tests/visuals/cost-scale.test.ts. It lives outside
 * components/ because Slidev registers every .ts file there as a component name.
 */

import { localeFor, type ChartWords } from '../locales/index.ts'
import type { CostItem } from '../types.ts'

export type ScaleKind = 'linear' | 'log'

/** One row ready to draw. `width` is a percentage of the track, null when no bar is drawn. */
export interface CostRow {
  label: string
  amount: number | null
  /** "under $6M", or the localized "amount not stated". */
  text: string
  stated: boolean
  width: number | null
  /** A stated range: the width (%) its top reaches; the bar is drawn to `width`, the range on to here. */
  highWidth?: number
  note?: string
  source?: string
}

export interface CostChart {
  scale: ScaleKind
  /** Largest / smallest positive stated amount; null with fewer than two positive amounts. */
  ratio: number | null
  /** True when stated amounts use more than one currency (bars are then not comparable). */
  mixedCurrencies: boolean
  rows: CostRow[]
}

/** Above this max/min ratio the bars switch to a log scale. */
export const LOG_THRESHOLD = 20
/** Bars never shrink below this width (%) so a small positive amount stays visible. */
export const MIN_BAR = 1.5
/** The component shows at most this many rows; the rest are listed in the hidden table only. */
export const MAX_ITEMS = 6

/** The chart's words for a BCP 47 tag (the deck's locale). */
export function wordsFor(locale: string | undefined): ChartWords {
  return localeFor(locale).chart
}

/** A locale Intl accepts, falling back to 'en' for an empty or malformed tag. */
export function safeLocale(locale: string | undefined): string {
  if (!locale) return 'en'
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale]).length > 0 ? locale : 'en'
  } catch {
    return 'en'
  }
}

/**
 * Compact amount: 6_000_000 USD → "$6M" (en). An unknown currency code falls back to
 * "6M XYZ" instead of throwing.
 */
export function formatAmount(amount: number, currency?: string, locale?: string): string {
  const loc = safeLocale(locale)
  const compact: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
  if (currency) {
    try {
      return new Intl.NumberFormat(loc, { ...compact, style: 'currency', currency }).format(amount)
    } catch {
      return `${new Intl.NumberFormat(loc, compact).format(amount)} ${currency}`
    }
  }
  return new Intl.NumberFormat(loc, compact).format(amount)
}

/** A compact range with its unit once where the locale allows: 35e9–40e9 USD → "$35–40B" (en). */
export function formatAmountRange(amount: number, high: number, currency?: string, locale?: string): string {
  const compact: Intl.NumberFormatOptions = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
  try {
    // Intl.NumberFormat#formatRange (ES2023; Node 20 and current browsers) is not in this TypeScript lib
    const format = new Intl.NumberFormat(safeLocale(locale), currency ? { ...compact, style: 'currency', currency } : compact) as Intl.NumberFormat & { formatRange?: (x: number, y: number) => string }
    if (format.formatRange) return format.formatRange(amount, high)
    return `${format.format(amount)}–${format.format(high)}`
  } catch {
    return `${formatAmount(amount, currency, locale)}–${formatAmount(high, currency, locale)}`
  }
}

/** A finite number, or null for null/undefined/NaN/±Infinity. */
export function statedAmount(amount: number | null | undefined): number | null {
  return typeof amount === 'number' && Number.isFinite(amount) ? amount : null
}

/** "under $6M", or "amount not stated" when there is no amount. */
export function formatCost(item: CostItem, locale?: string): string {
  const words = wordsFor(locale)
  const amount = statedAmount(item.amount)
  if (amount === null) return words.notStated
  const high = rangeTop(item)
  const figure = high === null ? formatAmount(amount, item.currency, locale) : formatAmountRange(amount, high, item.currency, locale)
  return item.qualifier ? `${words.qualifiers[item.qualifier] ?? item.qualifier} ${figure}` : figure
}

/** The top of an item's stated range, or null when it states one amount (or a top not above its bottom). */
export function rangeTop(item: CostItem): number | null {
  const amount = statedAmount(item.amount)
  const high = statedAmount(item.high)
  return amount !== null && high !== null && high > amount ? high : null
}

/** Linear unless the largest positive amount is more than `threshold` times the smallest. */
export function chooseScale(amounts: readonly number[], threshold = LOG_THRESHOLD): { scale: ScaleKind; ratio: number | null } {
  const positive = amounts.filter((a) => Number.isFinite(a) && a > 0)
  if (positive.length < 2) return { scale: 'linear', ratio: null }
  const max = Math.max(...positive)
  const min = Math.min(...positive)
  const ratio = max / min
  return { scale: ratio > threshold ? 'log' : 'linear', ratio }
}

/**
 * Bar width in % of the track. Linear: amount / max. Log: log10(amount / base) / log10(max / base)
 * with base one decade below the smallest amount, so the smallest bar is still visible.
 * Zero and negative amounts get width 0; other positive amounts at least MIN_BAR.
 */
export function barWidth(amount: number, scale: ScaleKind, positives: readonly number[]): number {
  if (!(amount > 0) || positives.length === 0) return 0
  const max = Math.max(...positives)
  let w: number
  if (scale === 'log') {
    const base = Math.min(...positives) / 10
    w = (Math.log10(amount / base) / Math.log10(max / base)) * 100
  } else {
    w = (amount / max) * 100
  }
  return Math.min(100, Math.max(MIN_BAR, Math.round(w * 10) / 10))
}

/** Everything the component draws, computed from its props. */
export function buildCostChart(items: readonly CostItem[], locale?: string, threshold = LOG_THRESHOLD): CostChart {
  const amounts = items.map((i) => statedAmount(i.amount))
  // a range's top is an amount of the chart: the scale reaches it
  const positives = [...amounts, ...items.map(rangeTop)].filter((a): a is number => a !== null && a > 0)
  const { scale, ratio } = chooseScale(positives, threshold)
  const currencies = new Set(
    items.filter((_, k) => amounts[k] !== null).map((i) => (i.currency ?? '').toUpperCase()),
  )
  const rows = items.map((item, k): CostRow => {
    const amount = amounts[k] ?? null
    const row: CostRow = {
      label: item.label,
      amount,
      text: formatCost(item, locale),
      stated: amount !== null,
      width: amount === null ? null : barWidth(amount, scale, positives),
    }
    const high = rangeTop(item)
    if (high !== null) row.highWidth = barWidth(high, scale, positives)
    if (item.note) row.note = item.note
    if (item.source) row.source = item.source
    return row
  })
  return { scale, ratio, mixedCurrencies: currencies.size > 1, rows }
}

/** The numbers of a text as written, digits only ("$35-40 billion" and "$35–40B": 35, 40). */
const numbersOf = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/[.,]/g, ''))

/**
 * Whether the article's wording of an amount says only what its bar's value does ("$35-40
 * billion" beside "$35–40B"): the same numbers and no word but the scale's. Then the line
 * under the label would repeat the figure; wording with more to it ("about $6 million",
 * "€3 billion and €3.5 billion") stays.
 */
export function restatesAmount(source: string, shown: string): boolean {
  const words = source.match(/\p{L}+/gu) ?? []
  return words.length <= 1 && numbersOf(source).length > 0 && numbersOf(source).join(' ') === numbersOf(shown).join(' ')
}

/** The visible scale note ("log scale: the largest amount is 1,000× the smallest"), or "" for linear. */
export function scaleNote(chart: CostChart, locale?: string): string {
  if (chart.scale !== 'log' || chart.ratio === null) return ''
  const r = new Intl.NumberFormat(safeLocale(locale), { maximumSignificantDigits: 2 }).format(chart.ratio)
  return wordsFor(locale).logScale(r)
}

/** The visible note under a chart whose amounts use different currencies, or "". */
export function currencyNote(chart: CostChart, locale?: string): string {
  return chart.mixedCurrencies ? wordsFor(locale).mixed : ''
}

/** One sentence describing the chart, for aria-label. */
export function describeChart(chart: CostChart, title: string | undefined, locale?: string): string {
  const parts = chart.rows.map((r) => `${r.label}: ${r.text}${r.note ? ` (${r.note})` : ''}`)
  const notes = [scaleNote(chart, locale), currencyNote(chart, locale)].filter(Boolean)
  return [title, parts.join('; '), ...notes].filter(Boolean).join('. ')
}
