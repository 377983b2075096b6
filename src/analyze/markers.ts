/**
 * Reference and footnote markers that web pages and reports leave glued into the text:
 * "pager burnout:24" and "… fatigue.24" (a reference number after punctuation), "[12]", "[a]",
 * "[citation needed]", superscript digits ("growth³"), a wire's instrument codes ("the euro EUR=",
 * ".DXY"). They are not words of the sentence,
 * so slides leave them out; their spans let a bullet still point into the sentence.
 *
 * A number glued before a word ("1Password kostet …") is left alone: it is a name as often as
 * a footnote, and a page's footnote links (<sup><a href="#fn22">22</a></sup>) are left out when
 * it is read (src/ingest/dom-blocks.ts).
 */
import type { Span } from '../types.ts'

/** Each marker's pattern, after a character every match holds (most text has none: the pattern is not run). */
const MARKERS: ReadonlyArray<[RegExp, RegExp]> = [
  // a reference number right after a word's punctuation: "burnout:24", "fatigue.24", "said,”3" (not the number an
  // abbreviation is written before without a space: "No.2", "p.3", "Fig.4"; nor the last part of a version:
  // "4.0.0-beta.1", "beta.2", a word with a digit in it before the mark)
  [/\d/, /(?<=\p{L}[,;:!?"”’)])(?<!\d\S*)\d{1,3}(?=\s|$)/gu],
  // (after a full stop, only where a sentence ends: the next word opens on a capital, or none comes; not a variant's or a
  // release's name, "Omicron BA.2 has", "BA" in capitals before its stop)
  [/\d/, /(?<=\p{L}\.)(?<!\b(?:[Nn]os?|[Nn]r|[Pp]p?|[Ff]igs?|[Vv]ol|[Aa]rt|[Cc]h|[Ss]ec|[Ee]q|alpha|beta|rc|pre|preview|dev|nightly)\.)(?<!(?:^|[^\p{L}])\p{Lu}{1,5}\.)(?<!\d\S*)\d{1,3}(?=\s+[^\p{Ll}]|\s*$)/gu],
  // bracketed references: [12], [3–5], [a], [citation needed], [note 4], [n 10] (not a letter the writer put in a quotation, "[T]he birth lottery")
  [/\[/, /\s?\[(?:\d{1,3}(?:\s?[-–,]\s?\d{1,3})*|[a-z]|citation needed|note \d{1,3}|nb \d{1,3}|n \d{1,3})\](?!\p{L})/giu],
  // a wire's instrument codes after the name they stand for (Reuters Instrument Codes): "notes US10YT=RR", "the euro EUR=",
  // "The dollar index .DXY", "U.S. crude CLc1", "Copper CMCU3" (not a code of the story, "A380", "MH370", nor a sum, "x=1")
  [/[=.]|\dc|c\d|CM/, /\s(?:\.[A-Z][A-Z0-9]{2,}|[A-Z][A-Z0-9]{1,7}=[A-Z0-9]{0,4}|[A-Z]{2,4}c\d|CM[A-Z]{2}\d)(?=[\s,;:)]|\.?$|\.\s)/gu],
  // superscript digits after a letter or punctuation
  [/[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/, /(?<=[\p{L}.,;:)])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/gu],
]

/** Spans of `text` that are reference markers, sorted, not overlapping. */
export function referenceMarkers(text: string): Span[] {
  const spans: Span[] = []
  for (const [holds, re] of MARKERS) {
    if (holds.test(text)) for (const m of text.matchAll(re)) spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })
  }
  spans.sort((a, b) => a.start - b.start)
  return spans.filter((s, i) => i === 0 || s.start >= spans[i - 1]!.end)
}

/** `text` without its reference markers. */
export function withoutMarkers(text: string): string {
  let out = ''
  let at = 0
  for (const s of referenceMarkers(text)) {
    out += text.slice(at, s.start)
    at = s.end
  }
  return out + text.slice(at)
}
