/**
 * Money amounts: "$6 million", "$5.6M", "US$3 billion", "€2 billion", "£300,000",
 * "¥1.2 trillion", "RMB 5 billion", "100 million dollars", "5 billion yuan", "Rs 40 crore",
 * "six million dollars", "half a billion euros"; and as French, Spanish, German and Italian write
 * them: "48 millions d’euros", "6,40 euros", "3,5 Milliarden Euro", "1 200 dólares".
 */
import type { MoneyFigure, Span } from '../types.ts'

export interface MoneyMatch extends Span {
  text: string
  value: number
  currency: string
  unit?: MoneyFigure['unit']
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`
const UNIT = String.raw`thousand|million|billion|trillion|crore|lakh|mn|bn|tn|[kKmMbBT](?![\p{L}\p{N}])`
const PREFIX = String.raw`US\$|U\.S\.\s?\$|AU?\$|CA?\$|HK\$|NZ\$|S\$|NT\$|R\$|\$|€|£|¥|₹|₩|(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|AUD|CAD)\s?|Rs\.?\s?`
const WORD_CURRENCY = String.raw`(?:US |U\.S\. |American |Australian |Canadian |Hong Kong |Singapore )?dollars|euros?|pounds sterling|yen|yuan|renminbi|rupees|won|Swiss francs|USD|EUR|GBP|JPY|CNY|RMB|INR|CHF`

export const PREFIX_MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?<cur>${PREFIX})(?<num>${NUM})(?:(?<sp>\s?)(?<unit>${UNIT}))?(?![\p{N}])`,
  'gu',
)
/** Numbers written as words before a unit: "six million dollars", "half a billion euros". */
const WORD_NUMBER: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, 'a hundred': 100, 'one hundred': 100, 'half a': 0.5, a: 1, an: 1,
}
/** The words, longest first, either case at the start ("Six million dollars"). */
const NUM_WORD = Object.keys(WORD_NUMBER)
  .sort((a, b) => b.length - a.length)
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|')

export const SUFFIX_MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£¥])(?<!\d[\u00a0\u202f ])(?:(?<num>${NUM})(?:\s(?<unit>thousand|million|billion|trillion|crore|lakh))?|(?<![-‐])(?<word>${NUM_WORD})\s(?<wordUnit>thousand|million|billion|trillion))\s(?<cur>${WORD_CURRENCY})(?![\p{L}])`,
  'gu',
)

/** Continental forms: a decimal comma (one or two digits), thin-space groups, the scale word and "de"/"d’" before the currency. */
const EU_NUM = String.raw`\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+,\d{1,2}(?!\d)|\d+`
const EU_UNIT = String.raw`millions?|milliards?|Million(?:en)?|Milliarden?|millones|millón|mil millones|milioni|milione|miliardi|miliardo|Mio\.|Mrd\.`
export const EU_SUFFIX_MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,$€£¥])(?<num>${EU_NUM})\s(?:(?<unit>${EU_UNIT})\s(?:d['’]\s?|de\s|di\s)?)?(?<cur>euros?|Euro|dollars|dólares|dollari|livres sterling|francs suisses|Franken)(?![\p{L}])`,
  'gu',
)
const EU_UNIT_VALUE: Array<[RegExp, number, MoneyFigure['unit']]> = [
  [/^(?:mil millones|milliards?|Milliarden?|miliard[io]|Mrd\.)$/i, 1e9, 'billion'],
  [/^(?:millions?|Million(?:en)?|millones|millón|milion[ei]|Mio\.)$/i, 1e6, 'million'],
]
const EU_CURRENCY: Record<string, string> = { dollars: 'USD', dólares: 'USD', dollari: 'USD', 'livres sterling': 'GBP', 'francs suisses': 'CHF', franken: 'CHF' }

/** An amount written the continental way, or undefined when the number is not one. */
function euAmount(num: string, unitRaw: string | undefined): { value: number; unit?: MoneyFigure['unit'] } {
  const base = Number(num.replace(/[\u00a0\u202f ]/g, '').replace(',', '.'))
  const scale = unitRaw ? EU_UNIT_VALUE.find(([re]) => re.test(unitRaw)) : undefined
  if (!scale) return { value: base }
  return { value: Math.round(base * scale[1] * 1e6) / 1e6, unit: scale[2] }
}

const UNIT_VALUE: Record<string, { mult: number; unit?: MoneyFigure['unit'] }> = {
  thousand: { mult: 1e3, unit: 'thousand' },
  k: { mult: 1e3, unit: 'thousand' },
  million: { mult: 1e6, unit: 'million' },
  m: { mult: 1e6, unit: 'million' },
  mn: { mult: 1e6, unit: 'million' },
  billion: { mult: 1e9, unit: 'billion' },
  b: { mult: 1e9, unit: 'billion' },
  bn: { mult: 1e9, unit: 'billion' },
  trillion: { mult: 1e12, unit: 'trillion' },
  t: { mult: 1e12, unit: 'trillion' },
  tn: { mult: 1e12, unit: 'trillion' },
  crore: { mult: 1e7 },
  lakh: { mult: 1e5 },
}

const SYMBOL_CURRENCY: Record<string, string> = {
  $: 'USD', US$: 'USD', A$: 'AUD', AU$: 'AUD', C$: 'CAD', CA$: 'CAD', HK$: 'HKD', NZ$: 'NZD',
  S$: 'SGD', NT$: 'TWD', R$: 'BRL', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
  RMB: 'CNY', RS: 'INR', 'RS.': 'INR',
}

const WORD_CURRENCY_CODE: Record<string, string> = {
  dollars: 'USD', euro: 'EUR', euros: 'EUR', 'pounds sterling': 'GBP', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rupees: 'INR', won: 'KRW', 'swiss francs': 'CHF',
}
const DOLLAR_ADJECTIVE: Record<string, string> = {
  australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', singapore: 'SGD',
}

/** The ISO code for a currency prefix such as "US$", "¥", "RMB ", "Rs.". */
function prefixCurrency(raw: string, context: string): string {
  const key = raw.replace(/\s+/g, '').replace(/^U\.S\./, 'US')
  const upper = key.toUpperCase()
  if (key === '¥') return /\b(?:yuan|RMB|CNY|renminbi)\b/i.test(context) ? 'CNY' : 'JPY'
  return SYMBOL_CURRENCY[key] ?? SYMBOL_CURRENCY[upper] ?? upper
}

function wordCurrency(raw: string): string {
  const lower = raw.toLowerCase()
  const adj = /^(.*?)\s*dollars$/.exec(lower)
  if (adj) return DOLLAR_ADJECTIVE[(adj[1] ?? '').trim()] ?? 'USD'
  return WORD_CURRENCY_CODE[lower] ?? raw.toUpperCase().replace('RMB', 'CNY')
}

function amount(num: string, unitRaw: string | undefined): { value: number; unit?: MoneyFigure['unit'] } {
  const base = Number(num.replace(/,/g, ''))
  if (!unitRaw) return { value: base }
  const u = UNIT_VALUE[unitRaw.toLowerCase()]
  if (!u) return { value: base }
  // avoid float noise: 5.6 * 1e6 = 5599999.999…
  return { value: Math.round(base * u.mult * 1e6) / 1e6, unit: u.unit }
}

/**
 * All money amounts in `text`, in order. `contextOf(offset)` returns the sentence around an
 * offset; it decides ambiguous symbols (¥ is JPY unless the sentence speaks of yuan/RMB).
 */
export function findMoney(text: string, contextOf: (offset: number) => string): MoneyMatch[] {
  const out: MoneyMatch[] = []
  for (const m of text.matchAll(PREFIX_MONEY)) {
    const g = m.groups ?? {}
    let t = m[0]
    let unitRaw = g.unit
    // "$5 M" with a space is only a unit when a full word; single letters must touch the number
    if (unitRaw && g.sp && unitRaw.length === 1) {
      t = t.slice(0, t.length - 2)
      unitRaw = undefined
    }
    const { value, unit } = amount(g.num ?? '', unitRaw)
    const currency = prefixCurrency(g.cur ?? '$', contextOf(m.index))
    out.push({ text: t, start: m.index, end: m.index + t.length, value, currency, unit })
  }
  const prefixed = out.length
  let k = 0
  for (const m of text.matchAll(SUFFIX_MONEY)) {
    const g = m.groups ?? {}
    const start = m.index
    // both lists are in text order: one moving pointer finds overlaps
    while (k < prefixed && out[k]!.end <= start) k++
    if (k < prefixed && out[k]!.start < start + m[0].length) continue
    const { value, unit } = g.word
      ? amount(String(WORD_NUMBER[g.word.toLowerCase()] ?? NaN), g.wordUnit)
      : amount(g.num ?? '', g.unit)
    if (!Number.isFinite(value)) continue
    out.push({ text: m[0], start, end: start + m[0].length, value, currency: wordCurrency(g.cur ?? '') })
    if (unit) out[out.length - 1]!.unit = unit
  }
  addContinental(text, out)
  return out.sort((a, b) => a.start - b.start)
}

/** Continental amounts ("48 millions d’euros") where no other form matched. */
function addContinental(text: string, out: MoneyMatch[]): void {
  const found = [...out]
  for (const m of text.matchAll(EU_SUFFIX_MONEY)) {
    const g = m.groups ?? {}
    const span = { start: m.index, end: m.index + m[0].length }
    if (found.some((f) => f.start < span.end && span.start < f.end)) continue
    const { value, unit } = euAmount(g.num ?? '', g.unit)
    if (!Number.isFinite(value)) continue
    const cur = (g.cur ?? '').toLowerCase()
    const match: MoneyMatch = { text: m[0], ...span, value, currency: EU_CURRENCY[cur] ?? 'EUR' }
    if (unit) match.unit = unit
    out.push(match)
  }
}
