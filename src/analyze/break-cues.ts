/**
 * Cues to a new section at a paragraph break other than the words (tiling.ts weighs the words):
 * the log-odds that the break opens a section, from the form of the paragraphs around it
 * (a line ending in ":" introduces what follows, a list has just ended, a paragraph of one
 * sentence or a few words, a name not met before, a year). Together they make a prior over the
 * segmentations, one independent choice per paragraph break, that the dynamic programme adds to
 * the words' likelihood. No language's words: the same cues for every text.
 *
 * The weights are a logistic regression on the paragraph breaks of articles whose headings were
 * removed, learnt with `npx tsx scripts/fit-break-cues.ts <folder of Markdown articles>` (see
 * docs/eval.md, "Segmentation": 60 posts of the Rust blog, none of the evaluation articles).
 */

/** A paragraph as the cues see it. */
export interface CueUnit {
  text: string
  words: number
  sentences?: number
  listItem?: boolean
  /** The block kind ("paragraph", "list-item", "blockquote", …). */
  kind?: string
}

/** The cues at the break before paragraph `at` (1 when present). */
export type BreakCues = Record<keyof typeof CUE_WEIGHTS, number>

/** Log-odds weights of the cues; `intercept` is the log-odds of a break with none of them. */
export const CUE_WEIGHTS = {
  intercept: -1.58,
  colonBefore: -1.24,
  listEnds: 0.58,
  listStarts: -0.11,
  oneSentence: -0.86,
  oneSentenceBefore: 0.04,
  short: -0.29,
  shortBefore: -0.5,
  newName: 0.18,
  kindChange: -0.05,
  year: 0.57,
} as const

/** Fewer words than this make a paragraph short. */
const SHORT_WORDS = 20
const CAPITALISED = /\p{Lu}[\p{L}\p{N}]+/gu
const CAPITALISED_INSIDE = /(?<=\s)\p{Lu}[\p{L}\p{N}]+/gu
const YEAR = /\b(?:1[89]|20)\d\d\b/

/** The paragraph's first sentence, roughly: up to the first . ! or ? followed by a space. */
function firstSentence(text: string): string {
  return text.split(/(?<=[.!?])\s/)[0] ?? text
}

/** The cues at every paragraph break: cues[at] for the break before paragraph `at` (cues[0] unused). */
export function breakCues(units: readonly CueUnit[]): BreakCues[] {
  const seen = new Set<string>()
  const out: BreakCues[] = []
  units.forEach((u, at) => {
    const b = units[at - 1]
    const first = firstSentence(u.text)
    const names = [...first.matchAll(CAPITALISED_INSIDE)].map((m) => m[0])
    const flag = (x: boolean | undefined) => (x ? 1 : 0)
    out.push({
      intercept: 1,
      colonBefore: flag(b && /:\s*$/.test(b.text)),
      listEnds: flag(b?.listItem && !u.listItem),
      listStarts: flag(b && !b.listItem && u.listItem),
      oneSentence: flag((u.sentences ?? 1) === 1),
      oneSentenceBefore: flag(b && (b.sentences ?? 1) === 1),
      short: flag(u.words < SHORT_WORDS),
      shortBefore: flag(b && b.words < SHORT_WORDS),
      newName: flag(names.some((n) => !seen.has(n))),
      kindChange: flag(b && u.kind !== b.kind),
      year: flag(YEAR.test(first)),
    })
    for (const m of u.text.matchAll(CAPITALISED)) seen.add(m[0])
  })
  return out
}

/** Log-odds that each paragraph break opens a section (index 0, the text's start, is 0). */
export function breakLogOdds(units: readonly CueUnit[]): Float64Array {
  const keys = Object.keys(CUE_WEIGHTS) as Array<keyof typeof CUE_WEIGHTS>
  return Float64Array.from(breakCues(units), (cues, at) => (at === 0 ? 0 : keys.reduce((s, k) => s + CUE_WEIGHTS[k] * cues[k], 0)))
}
