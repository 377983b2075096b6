/**
 * A news dateline at the start of a story's first sentence: "CAIRO — ", "JAKARTA (Reuters) - ",
 * "SAN FRANCISCO, Calif. (AP) — ", "Indianapolis – ", or a date so set: "Feb. 23, 2015 -- ". It says where or when the story was filed, not what happened, so a
 * bullet leaves it out (the notes keep the sentence as written).
 */
import type { Span } from '../types.ts'
import { WRITTEN_DATE } from './months.ts'

const DATELINE = /^[A-Z]{2,}[A-Z.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}\s*(?:\([\w .&/-]{1,30}\)\s*)?(?:—|–|--?)\s+(?=[\p{Lu}\d“"‘'])/u

/** A date as a dateline, as health and wire sites write it: "Feb. 23, 2015 -- ", "April 17, 2015 — ". */
const DATE_LINE = new RegExp(String.raw`^${WRITTEN_DATE}\s*(?:—|–|--)\s+(?=[\p{Lu}“"‘'])`, 'u')

/**
 * A place set in ordinary case as a dateline, as some wire pages write it: "Indianapolis – ",
 * "Kansas City, Mo. — "; not when another dash follows in the sentence (an aside between two:
 * "Tesla – the carmaker – said …").
 */
const PLACE_LINE = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?(?:,\s\p{Lu}[\p{L}.]{1,10})?\s(?:—|–|--)\s+(?=[\p{Lu}\d“"‘'])/u

/** The dateline's span at the start of `sentence`, or none. */
export function datelineSpan(sentence: string): Span[] {
  const place = PLACE_LINE.exec(sentence)
  const m = DATELINE.exec(sentence) ?? DATE_LINE.exec(sentence) ?? (place && !/\s(?:—|–|--)\s/u.test(sentence.slice(place[0].length)) ? place : null)
  return m ? [{ start: 0, end: m[0].length }] : []
}
