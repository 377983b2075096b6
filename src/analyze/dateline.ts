/**
 * A news dateline at the start of a story's first sentence: "CAIRO — ", "JAKARTA (Reuters) - ",
 * "SAN FRANCISCO, Calif. (AP) — ". It says where the story was filed, not what happened, so a
 * bullet leaves it out (the notes keep the sentence as written).
 */
import type { Span } from '../types.ts'

const DATELINE = /^[A-Z]{2,}[A-Z.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,4}\s*(?:\([\w .&/-]{1,30}\)\s*)?(?:—|–|--?)\s+(?=[\p{Lu}\d“"‘'])/u

/** The dateline's span at the start of `sentence`, or none. */
export function datelineSpan(sentence: string): Span[] {
  const m = DATELINE.exec(sentence)
  return m ? [{ start: 0, end: m[0].length }] : []
}
