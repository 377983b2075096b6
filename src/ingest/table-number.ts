/**
 * The number in a table cell, as financial and statistical tables write it: "$1,204",
 * "(299)", "$(4,687)", "-3.1", "−4%", "(3)%", "12.5 %", "€2.1bn", "+17", "1.234,5" is not read
 * (ambiguous). A cell that only holds a dash or "n/a" is a placeholder, not a number.
 */
import type { CellNumber } from '../types.ts'

const CURRENCY: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', 'U.S.$': 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', HK$: 'HKD', NZ$: 'NZD',
  S$: 'SGD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
  USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', CNY: 'CNY', RMB: 'CNY', CHF: 'CHF', CAD: 'CAD', AUD: 'AUD', INR: 'INR',
}
/** A currency sign or code written on its own, as converted tables put it in a cell of its own. */
export const CURRENCY_CELL = /^(?:US\$|U\.S\.\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|R\$|[$€£¥₹₩]|USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR)$/
const SIGN = String.raw`[-+−–]`
const CUR = String.raw`US\$|U\.S\.\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|R\$|[$€£¥₹₩]|(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|INR)\s?`
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`
// (and a unit of time, size or speed a benchmark's table writes after its numbers: "17249.0ms", "3.2 GB", "60 fps"; not "s", which makes "1990s" a number)
const SCALE = String.raw`\s?(?:bn|billion|mn|million|m|k|thousand|tn|trillion|x|pts?|pp|bps|ms|µs|μs|ns|sec|secs|min|mins|hrs?|[kmgt]i?b|kg|km|mph|fps|rps|qps)`
const NUMBER_CELL = new RegExp(
  String.raw`^(?<sign1>${SIGN})?\s?(?<open1>\()?(?<cur>${CUR})?\s?(?<sign2>${SIGN})?\s?(?<open2>\()?(?<num>${NUM})(?<scale>${SCALE})?\s?(?<pct1>%)?\s?(?<close>\))?\s?(?<pct2>%)?$`,
  'i',
)
const SCALE_MULT: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9, tn: 1e12, trillion: 1e12,
}
const PLACEHOLDER = /^(?:[-–—−]+|n\/?a|n\.a\.|nm|n\.m\.|—%|-%|\*|…)$/i

/** The number a cell holds, or undefined (text, a year-like label is still a number). */
export function parseCellNumber(text: string): CellNumber | undefined {
  const m = NUMBER_CELL.exec(text.trim())
  if (!m?.groups) return undefined
  const g = m.groups
  const open = g.open1 ?? g.open2
  if (Boolean(open) !== Boolean(g.close)) return undefined
  const minus = [g.sign1, g.sign2].some((s) => s !== undefined && s !== '+')
  const negative = minus || open !== undefined
  const abs = Number(g.num!.replace(/,/g, ''))
  if (!Number.isFinite(abs)) return undefined
  const scale = g.scale?.trim().toLowerCase()
  const mult = scale ? SCALE_MULT[scale] : undefined
  const value = (negative ? -abs : abs) * (mult ?? 1)
  const out: CellNumber = { value: Math.round(value * 1e6) / 1e6, negative }
  if (scale && mult === undefined) out.unit = scale
  const cur = g.cur?.trim()
  if (cur) out.currency = CURRENCY[cur.toUpperCase()] ?? CURRENCY[cur] ?? 'USD'
  if (g.pct1 || g.pct2) out.percent = true
  return out
}

/** A dash, "n/a" or "nm": a cell of a numeric column that states no number. */
export function isPlaceholderCell(text: string): boolean {
  return PLACEHOLDER.test(text.trim())
}
