/**
 * Footnote numbers a page set as plain text, glued to the word they annotate: Vulture's
 * interview reads "his death2 that drew me", "Supergirl actually died3 at the same time",
 * "DC Comics4influenced them". One such number could be a name's ("mp3", "Covid19"); a run of
 * them counting up through the article (1, 2, 3, …) is a page's footnotes, and they leave the text.
 * (A number after a word's punctuation, "Watchmen.6", is a marker on its own: src/analyze/markers.ts.)
 */
import type { RawBlock } from './blocks.ts'

/** A number of one or two digits glued to a lower-case letter or to a word's closing punctuation, before a space, punctuation, the end or a word. */
const GLUED_NUMBER = /(?:(?<=\p{Ll}{2})|(?<=\p{L}[.,;:!?"”’)]))(\d{1,2})(?=[\s\u00a0.,;:!?)]|$|\p{Ll})/gu

/** How many numbers counting up, one after another, make a run of footnotes. */
const MIN_RUN = 3

interface Glued {
  block: number
  index: number
  value: number
}

function gluedNumbers(blocks: readonly RawBlock[]): Glued[] {
  const found: Glued[] = []
  blocks.forEach((b, block) => {
    if (b.kind === 'table' || b.kind === 'code') return
    for (const m of b.text.matchAll(GLUED_NUMBER)) found.push({ block, index: m.index ?? 0, value: Number(m[1]) })
  })
  return found
}

/** The numbers that belong to a run counting up (n, n + 1, n + 2, …) in the order they are read. */
function inRuns(found: readonly Glued[]): Set<Glued> {
  const taken = new Set<Glued>()
  for (let i = 0; i < found.length; i++) {
    if (taken.has(found[i]!)) continue
    const run = [found[i]!]
    for (let j = i + 1; j < found.length; j++) if (found[j]!.value === run[run.length - 1]!.value + 1) run.push(found[j]!)
    if (run.length >= MIN_RUN) for (const g of run) taken.add(g)
  }
  return taken
}

/** `text` without the numbers at `at` (a space stands for one glued between two words). */
function withoutNumbers(text: string, at: readonly number[]): string {
  let out = text
  for (const index of [...at].sort((a, b) => b - a)) {
    const digits = /^\d+/.exec(out.slice(index))![0]
    const between = /^\p{L}/u.test(out.slice(index + digits.length)) ? ' ' : ''
    out = out.slice(0, index) + between + out.slice(index + digits.length)
  }
  return out
}

/** The blocks without the footnote numbers glued into their words, when the article has a run of them. */
export function withoutGluedFootnotes(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const taken = [...inRuns(gluedNumbers(blocks))]
  if (taken.length === 0) return blocks
  return blocks.map((b, block) => {
    const at = taken.filter((g) => g.block === block).map((g) => g.index)
    if (at.length === 0) return b
    // (a paragraph's bold opening line is the start of its text: it loses the same numbers)
    const lead = b.boldLead === undefined ? undefined : b.text.trimStart().slice(0, b.boldLead.length)
    const leadAt = b.text.length - b.text.trimStart().length
    const boldLead = lead === undefined ? {} : { boldLead: withoutNumbers(lead, at.filter((i) => i >= leadAt && i < leadAt + lead.length).map((i) => i - leadAt)) }
    return { ...b, text: withoutNumbers(b.text, at), ...boldLead }
  })
}
