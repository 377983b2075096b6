/**
 * A news dateline at the start of a story's first sentence: "CAIRO — ", "JAKARTA (Reuters) - ",
 * "SAN FRANCISCO, Calif. (AP) — ", "Indianapolis – ", a date so set: "Feb. 23, 2015 -- ", or a
 * press release's place and date: "Wilmington, DE —2 August 2021— ". It says where or when the story was filed, not what happened, so a
 * bullet leaves it out (the notes keep the sentence as written).
 */
import type { Span } from '../types.ts'
import { WRITTEN_DATE } from './months.ts'

const DATELINE = /^[A-Z]{2,}[A-Z.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}\s*(?:(?:(?:—|–|--?)\s+)?\([\w .&/-]{1,30}\)\s*)?(?:—|–|--?)\s+(?=[\p{Lu}\d“"‘'])/u

/** A date as a dateline, as health and wire sites write it: "Feb. 23, 2015 -- ", "April 17, 2015 — ". */
const DATE_LINE = new RegExp(String.raw`^${WRITTEN_DATE}\s*(?:—|–|--)\s+(?=[\p{Lu}“"‘'])`, 'u')

/**
 * A place set in ordinary case as a dateline, as some wire pages write it: "Indianapolis – ",
 * "Kansas City, Mo. — "; not when another dash follows in the sentence (an aside between two:
 * "Tesla – the carmaker – said …").
 */
const PLACE_LINE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:,\s\p{Lu}[\p{L}.]{1,10})?\s(?:—|–|--)\s+(?=[\p{Lu}\d“"‘'])/u

/**
 * A press release's dateline, a place and the date: "Wilmington, DE —2 August 2021— ",
 * "NEW YORK, Aug. 2, 2021 /PRNewswire/ -- ", "SAN JOSE, Calif., March 3, 2020 – ".
 */
const RELEASE_LINE = new RegExp(
  String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]{0,10}){0,2}(?:,\s*|\s*(?:—|–|--?)\s*)${WRITTEN_DATE}\s*(?:/[^/
]{2,30}/\s*)?(?:—|–|--?)\s*(?=[\p{Lu}\d“"‘'])`,
  'u',
)

/** The dateline's span at the start of `sentence`, or none. */
export function datelineSpan(sentence: string): Span[] {
  const place = PLACE_LINE.exec(sentence)
  const m = RELEASE_LINE.exec(sentence) ?? DATELINE.exec(sentence) ?? DATE_LINE.exec(sentence) ?? (place && !/\s(?:—|–|--)\s/u.test(sentence.slice(place[0].length)) ? place : null)
  return m ? [{ start: 0, end: m[0].length }] : []
}

/** The date a dateline at the start of `sentence` gives, as written ("April 17, 2015" in "April 17, 2015 -- Imagine …", "April 24, 2024" in "MENLO PARK, Calif. – April 24, 2024 – "), or none. */
export function datelineDateIn(sentence: string): string | undefined {
  const span = datelineSpan(sentence)[0]
  return span ? new RegExp(WRITTEN_DATE, 'u').exec(sentence.slice(0, span.end))?.[0] : undefined
}
