/**
 * The organisation a press release speaks for: the subject of its first sentence when it
 * "today reported" or "today announced" something ("MENLO PARK, Calif. – April 24, 2024 – Meta
 * Platforms, Inc. (Nasdaq: META) today reported …" → "Meta Platforms, Inc."). A release's "we"
 * ("We expect second quarter 2024 total revenue …") is that organisation. English only.
 */
import type { Analysis, KeyPoint } from '../types.ts'
import { datelineDateIn, datelineSpan } from '../analyze/dateline.ts'
import { inFirstPersonPlural } from '../analyze/stand-alone.ts'

/** A date between dashes after the dateline: "April 24, 2024 – ". */
const DATE_LEAD = /^(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\s*(?:—|–|--?)\s+/
/** Capitalised words (a company's suffix after a comma), a bracketed ticker, then "today" and a verb of announcing (a news story's "Siemens AG announced on Monday" is reported, not issued). */
const ISSUER = /^((?:[A-Z][\w&.'’-]*\s+){0,5}?[A-Z][\w&.'’-]*(?:,\s+(?:Inc|Corp|Co|Ltd|LLC|plc|S\.A|N\.V|AG|SE)\.?)?)\s+(?:\([^)]{1,40}\)\s+)?today\s+(?:reported|reports|announced|announces|released|releases|unveiled|unveils|launched|launches)\b/u

export function releaseIssuer(a: Analysis): string | undefined {
  const first = a.sentences[0]?.text
  if (a.lang !== 'en' || !first) return undefined
  const afterDateline = first.slice(datelineSpan(first)[0]?.end ?? 0)
  const lead = afterDateline.replace(DATE_LEAD, '')
  return ISSUER.exec(lead)?.[1]?.trim()
}

/** The date a press release gives between dashes after its dateline ("April 24, 2024"), as written; English only. */
export function releaseDate(a: Analysis): string | undefined {
  const first = a.sentences[0]?.text
  if (a.lang !== 'en' || !first) return undefined
  const m = DATE_LEAD.exec(first.slice(datelineSpan(first)[0]?.end ?? 0))
  return datelineDateIn(first) ?? (m ? m[0].replace(/\s*(?:—|–|--?)\s+$/u, '') : undefined)
}

/** Whether a point speaks as "we" outside quotations. */
export function speaksAsWe(k: KeyPoint): boolean {
  return inFirstPersonPlural(k.text)
}

/** The issuer to credit under `points` when one of them speaks as its "we" and the article has no byline. */
export function issuerOf(a: Analysis, points: readonly KeyPoint[]): { issuer?: string } {
  if (a.article.meta.byline || !points.some(speaksAsWe)) return {}
  const issuer = releaseIssuer(a)
  return issuer ? { issuer } : {}
}
