/** Numbers and dates as the audience reads them, in the article's language (Intl). */
import type { Figure, Qualifier } from '../types.ts'
import { lexTags } from '../analyze/entities.ts'
import { localeFor } from '../locales/index.ts'

/**
 * A figure's qualifier as the sign before its number: "more than 500" is "> 500", "about $1
 * trillion" "~$1T"; "at least 19 people" is "19+" and "up to 120" is written in words (the signs
 * "≥" and "≤" are in no face the deck ships: a PDF would print them in a system font).
 */
const QUALIFIER_SIGN: Record<Exclude<Qualifier, 'up to' | 'at least'>, string> = { under: '< ', over: '> ', about: '~' }

/** "24 percentage points": the word of the points. */
const POINTS = /percentage (points?)$/iu

export function formatFigure(f: Figure, lang: string): string {
  if (f.high !== undefined) return `${formatFigure({ ...f, high: undefined } as Figure, lang)}–${formatFigure({ ...f, value: f.high, high: undefined, qualifier: undefined } as Figure, lang)}`
  if (f.qualifier === 'at least') return `${formatFigure({ ...f, qualifier: undefined } as Figure, lang)}+`
  if (f.qualifier === 'up to') return `${localeFor(lang).figures.upTo} ${formatFigure({ ...f, qualifier: undefined } as Figure, lang)}`
  const q = f.qualifier ? QUALIFIER_SIGN[f.qualifier] : ''
  if (f.kind === 'money') {
    // (a price in cents is written whole: "$9.99", "$0.50", never "$10" nor "$0.5")
    const digits = f.value < 1000 && !Number.isInteger(f.value) ? 2 : undefined
    const fmt = new Intl.NumberFormat(lang, { style: 'currency', currency: f.currency, notation: 'compact', minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? 1 })
    return q + fmt.format(f.value)
  }
  // (a difference of percentages, "by 24 percentage points", is no percentage: "24 points", as English writes it, the only language read so)
  // (with the decimals the text writes, two at most: "0.12%" is no "0.1%")
  if (f.kind === 'percent') return `${q}${new Intl.NumberFormat(lang, { maximumFractionDigits: percentDigits(f.text) }).format(f.value)}${POINTS.exec(f.text)?.[1] ? ` ${POINTS.exec(f.text)![1]!.toLowerCase()}` : '%'}`
  // (a count under ten thousand is written whole, as read: "1,900 demos", not "1.9K")
  return q + new Intl.NumberFormat(lang, { notation: f.value < WHOLE_COUNT ? 'standard' : 'compact', maximumFractionDigits: 1 }).format(f.value)
}

/** The decimals a percentage's text writes ("0.12%", "12,5 %"), one at least, two at most. */
function percentDigits(text: string): number {
  const decimals = /\d[.,](\d+)\s?(?:%|percent|per cent|pct|percentage)/iu.exec(text)?.[1]?.length ?? 1
  return Math.min(2, Math.max(1, decimals))
}

/** Counts below this are written whole. */
const WHOLE_COUNT = 10_000

/**
 * An ISO date ("2025-03-18" or a timestamp) as a long date in the article's language
 * ("March 18, 2025"); the calendar day as written, whatever the time zone. Other dates as given.
 */
export function formatDate(date: string, lang: string): string {
  // a time after a "T" or a space ("2019-04-28 06:01:07", as some pages write it) is left out
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|T|\s+\d{1,2}:\d{2})/.exec(date.trim())
  if (!m) return date
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const day = new Date(Date.UTC(y, mo - 1, d))
  // Date.UTC rolls 2025-13-45 over into 2026: such a date is not one
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return date
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day)
}

/** Tags of the English words a bullet may open on in lower case and be set with a capital: a clause's first word. */
const OPENING_WORDS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Possessive', 'Modal', 'Copula', 'QuestionWord']

/**
 * A bullet opens on a capital, as a slide's lines do: a list item that went on from a sentence
 * ("we focused primarily on Rust adoption") is set "We focused …". Only an English word that
 * opens a clause (a pronoun, a determiner, a preposition …): a name or a command written in lower
 * case ("npm", "make", "x86-64", "iPhone") stays as written.
 */
export function capitalFirst(text: string, lang: string): string {
  const first = /^\p{Ll}+(?=[\s,;:]|$)/u.exec(text)?.[0]
  return lang === 'en' && first && lexTags(first).some((t) => OPENING_WORDS.includes(t)) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}
