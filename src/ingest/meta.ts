/** Helpers shared by the metadata readers (front matter, HTML head, JSON-LD, docx properties). */

import { WRITTEN_DATE } from '../analyze/months.ts'

const MONTHS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b/i

function inRange(digits: string, max: number): boolean {
  return Number(digits) >= 1 && Number(digits) <= max
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** What may follow an ISO date's day: nothing, or a time ("T05:49:00Z", " 06:01:07"). */
const WELL_FORMED_TIME = /^(?:$|T\d{2}:\d{2}|\s+\d{1,2}:\d{2})/u

/** Earliest year of a page's date: an earlier one is a placeholder. */
const MIN_YEAR = 1900

/**
 * A date as given, turned into an ISO date when it can be read unambiguously: ISO strings stay
 * as they are (a day in ISO's basic form or with a broken time is written out, "2021-05-04");
 * "March 3, 2025" / "3 March 2025" → "2025-03-03".
 */
export function normalizeDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)
  if (typeof value === 'number' && Number.isInteger(value) && value > 1000 && value < 3000) return String(value)
  if (typeof value !== 'string') return undefined
  const s = value.trim()
  if (s.length === 0) return undefined
  // (no date of a page before 1900: "0001-01-01T00:00:00Z" is a page's empty value)
  // (nor one of month 00 or day 32, "2014-00-29T23:12:27Z": a page's template wrote it wrong)
  // (ISO's basic form too, "20210504T132005+0200"; a time written wrong after the day,
  // "2022-05-04-0305:49:00-10800", is left out rather than shown)
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?=T\d)/.exec(s)
  if (iso) {
    if (Number(iso[1]) < MIN_YEAR || !inRange(iso[2]!, 12) || !inRange(iso[3]!, 31)) return undefined
    return iso[0].includes('-') && WELL_FORMED_TIME.test(s.slice(iso[0].length)) ? s : `${iso[1]}-${iso[2]}-${iso[3]}`
  }
  // (a year first is never ambiguous, "2025/12/03"; nor are a day and a month set off by stops, "03.12.2025", as Europe writes them)
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/u.exec(s)
  // (and the time after it, "19.2.2020 klo 14.00", "03.12.2025 um 10:30 Uhr")
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(?:klo|kl\.?|um|à|alle|o|às|a las)?\s*\d{1,2}[.:]\d{2}(?:\s*(?:Uhr|h))?)?$/u.exec(s)
  // (and a year, month and day written with their signs, as Chinese, Japanese and Korean write them: "2019年4月4日", "2023년 2월 5일")
  const cjk = /^(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]/u.exec(s)
  const [y, m, d] = ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : cjk ? [cjk[1]!, cjk[2]!, cjk[3]!] : []
  if (y && m && d && Number(y) >= MIN_YEAR && inRange(pad(Number(m)), 12) && inRange(pad(Number(d)), 31)) return `${y}-${pad(Number(m))}-${pad(Number(d))}`
  // Only month-name dates are parsed otherwise; numeric ones (03/04/2025) are ambiguous.
  if (MONTHS.test(s) && /\b\d{4}\b/.test(s)) {
    // (the date alone, not the time and zone around it: "Published 11:34 PM EST Nov 19, 2019" is the 19th where it was written)
    const written = new RegExp(WRITTEN_DATE, 'iu').exec(s)?.[0] ?? s
    const d = new Date(written.replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,(?=\s*\d{4})/u, ''))
    if (!Number.isNaN(d.getTime())) return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
  }
  return s
}

/** A date written as folders of a page's address or path: "…/world/…/2015/03/18/00202e76-…", "inside-rust/2026/08/18/reducing-…". */
const DATE_IN_PATH = /(?:^|\/)((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)/u

/** The ISO date a page's address or path gives in its folders (DATE_IN_PATH), if any. */
export function dateInPath(path: string | undefined): string | undefined {
  const m = path === undefined ? null : DATE_IN_PATH.exec(path)
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined
}

/** A person's name from a string (its text, a link's markup left out), {name}, or a list of either (two joined with `and`, more with commas). */
export function personName(value: unknown, and = ' and '): string | undefined {
  if (typeof value === 'string') {
    // (a name the page wrote as its link, "<a href="/pl/eksperci/mateusz-gniazdowski">Mateusz Gniazdowski</a>": its text)
    const s = value.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim()
    return s.length > 0 && !/^https?:\/\//i.test(s) ? s : undefined
  }
  if (Array.isArray(value)) {
    const names = value.map((v) => personName(v, and)).filter((n): n is string => n !== undefined)
    // (three names or more as a list: "Filippo Valsorda (Geomys), Daniel McCarney (Geomys), Roland Shoemaker (Google)")
    return names.length > 0 ? names.join(names.length > 2 ? ', ' : and) : undefined
  }
  if (value !== null && typeof value === 'object' && 'name' in value) return personName((value as { name: unknown }).name, and)
  return undefined
}

/** A non-empty trimmed string, else undefined. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  if (typeof value !== 'string') return undefined
  const s = value.trim()
  return s.length > 0 ? s : undefined
}

/** Resolves a possibly relative URL against a base; undefined when it cannot be read. */
export function absoluteUrl(value: string | undefined, base?: string): string | undefined {
  if (value === undefined) return undefined
  try {
    return new URL(value, base).href
  } catch {
    return /^https?:\/\//i.test(value) ? value : undefined
  }
}

/** A name written in a text: a first name and a surname, each from a capital. */
const WRITTEN_NAME = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{N}])/gu

/**
 * The name a text gives the person behind an account's handle ("ewdurbin" → "Ee Durbin", from "I
 * (Ee Durbin) were notified …"): a first name and surname it writes whose surname ends the
 * handle and whose first name's initial opens it. A byline that is no handle, or whose person the
 * text does not name, stays as it is.
 */
export function nameOfHandle(byline: string, text: string): string {
  if (!/^[a-z][a-z\d_.-]{2,}$/u.test(byline)) return byline
  const letters = byline.replace(/[^a-z]/gu, '')
  for (const m of text.matchAll(WRITTEN_NAME)) {
    const [first, last] = [m[1]!.toLowerCase(), m[2]!.toLowerCase().replace(/[^a-z]/gu, '')]
    if (last.length >= 3 && letters.endsWith(last) && letters.startsWith(first[0]!) && letters.length - last.length <= first.length) return `${m[1]} ${m[2]}`
  }
  return byline
}
