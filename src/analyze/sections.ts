/**
 * Sections: the article's own headings where it has them; otherwise the paragraphs cut where
 * the topic changes (tiling.ts).
 */
import type { Article, Block, Paragraph, Span } from '../types.ts'
import { countWords } from './script.ts'
import { tileBoundaries, type TileUnit } from './tiling.ts'
import { contentTokens } from './tokens.ts'

export interface SectionDraft extends Span {
  paragraphs: number[]
  heading?: Span
  /** The subheading the section's text opens under when no text comes between it and the heading ("## Lessons learned" then "### We have a massive database"). */
  subheading?: Span
  /** A later part of a long section of the article's own, cut where its topic changes. */
  part?: boolean
  /** The heading of the section a part under a subheading belongs to ("1. Neglecting resource requests" over "### How to avoid it"). */
  parentHeading?: Span
}

/**
 * A section longer than this, under the article's own heading or found in text without
 * headings, is cut into sub-topics by the same segmentation: one slide cannot carry a thousand
 * words. The sub-topics after the first are its parts (not items of the agenda).
 */
export const SPLIT_SECTION_WORDS = 450

export function findSections(article: Article, paragraphs: readonly Paragraph[], lang: string): SectionDraft[] {
  // each paragraph read (its words for the segmentation) once at most, however often it is tiled
  const units = tileUnits(article.text, paragraphs, article.blocks)
  const headings = article.blocks.filter((b) => b.kind === 'heading')
  if (headings.length > 0) {
    const byHeading = sectionsFromHeadings(article, paragraphs)
    if (byHeading.length > 0) return byHeading.flatMap((d) => bySubheadings(d, article.blocks, paragraphs, units).flatMap((p) => splitLong(p, paragraphs, units, lang)))
  }
  // the sections of text without headings are cut the same way: a long one into its sub-topics
  return tiled(paragraphs, units, lang).flatMap((d) => splitLong(d, paragraphs, units, lang))
}

function sectionsFromHeadings(article: Article, paragraphs: readonly Paragraph[]): SectionDraft[] {
  const headings = article.blocks.filter((b) => b.kind === 'heading')
  const level = Math.min(...headings.map((h) => h.depth ?? 2))
  const out: SectionDraft[] = []
  let current: SectionDraft | undefined
  let pi = 0
  article.blocks.forEach((block, bi) => {
    if (block.kind === 'heading' && (block.depth ?? 2) <= level) {
      current = { start: block.start, end: block.end, paragraphs: [], heading: { start: block.start, end: block.end } }
      out.push(current)
      return
    }
    while (pi < paragraphs.length && paragraphs[pi]!.block < bi) pi++
    if (pi < paragraphs.length && paragraphs[pi]!.block === bi) {
      if (!current) {
        current = { start: block.start, end: block.end, paragraphs: [] }
        out.push(current)
      }
      current.paragraphs.push(pi)
      current.end = block.end
    }
  })
  return out.filter((s) => s.paragraphs.length > 0)
}

/**
 * A long section cut at the article's own subheadings ("## What happened" → "### Timeline"): the
 * part before the first keeps the section's heading, each other part is headed by its
 * subheading (parts, not items of the agenda). When no text comes before the first subheading,
 * the first part keeps the section's heading and that subheading too. A section one slide holds
 * stays whole, and so does one whose subheadings head a few words each.
 */
function bySubheadings(draft: SectionDraft, blocks: readonly Block[], paragraphs: readonly Paragraph[], units: readonly TileUnit[]): SectionDraft[] {
  const wordsOf = (d: SectionDraft) => d.paragraphs.reduce((n, p) => n + units[p]!.words, 0)
  if (wordsOf(draft) <= SUBHEADED_SECTION_WORDS || draft.paragraphs.length < 2) return [draft]
  const out: SectionDraft[] = []
  let previousBlock = draft.heading ? blocks.findIndex((b) => b.start === draft.heading!.start) : paragraphs[draft.paragraphs[0]!]!.block - 1
  for (const p of draft.paragraphs) {
    const block = paragraphs[p]!.block
    const sub = blocks.slice(previousBlock + 1, block).filter((b) => b.kind === 'heading').at(-1)
    previousBlock = block
    const current = out.at(-1)
    if (current && !sub) {
      current.paragraphs.push(p)
      current.end = paragraphs[p]!.end
      continue
    }
    const heading = !current || !sub ? draft.heading : { start: sub.start, end: sub.end }
    const subheading = !current && sub && draft.heading ? { subheading: { start: sub.start, end: sub.end } } : {}
    const parent = current && sub && draft.heading ? { parentHeading: draft.heading } : {}
    out.push({ start: current ? (sub?.start ?? paragraphs[p]!.start) : draft.start, end: paragraphs[p]!.end, paragraphs: [p], ...(heading ? { heading } : {}), ...subheading, ...parent, ...(current || draft.part ? { part: true } : {}) })
  }
  // (not where most subheadings head a few words only, an example's caption over its code: the section is cut by its topics instead;
  // where a third of the parts or more have text of their own, a release's features each under its "###", the subheadings stand, and
  // a part without a sentence of its own, "Other changes" over a link, goes on the part before it)
  const short = out.slice(1).filter((d) => wordsOf(d) < SUBHEADED_PART_WORDS).length
  if (short * SHORT_PARTS_OF > (out.length - 1) * SHORT_PARTS_AT_MOST) return [draft]
  return out.reduce<SectionDraft[]>((kept, d, i) => {
    const before = kept.at(-1)
    if (i === 0 || wordsOf(d) >= SENTENCE_PART_WORDS || !before) return [...kept, d]
    before.paragraphs.push(...d.paragraphs)
    before.end = d.end
    return kept
  }, [])
}

/** Words of a section above which its own subheadings cut it: more than a slide holds (a shorter one keeps its subheadings' text on its one slide). */
const SUBHEADED_SECTION_WORDS = 150

/** Parts under subheadings too short to show their subheadings' worth (SUBHEADED_PART_WORDS), at most: two in three. */
const SHORT_PARTS_AT_MOST = 2
const SHORT_PARTS_OF = 3

/** Words of a part under a subheading below which it reads as a caption, not a part of the article. */
const SUBHEADED_PART_WORDS = 40
/** Words a part under a subheading has at least to be a slide of its own: a sentence. */
const SENTENCE_PART_WORDS = 12

/** A long section as its sub-topics: the first keeps the heading, the others are its parts. */
function splitLong(draft: SectionDraft, paragraphs: readonly Paragraph[], units: TileUnit[], lang: string): SectionDraft[] {
  const own = draft.paragraphs.map((p) => paragraphs[p]!)
  const ownUnits = draft.paragraphs.map((p) => units[p]!)
  const words = ownUnits.reduce((n, u) => n + u.words, 0)
  if (words <= SPLIT_SECTION_WORDS || own.length < 2) return [draft]
  const parts = tiled(own, ownUnits, lang)
  if (parts.length < 2) return [draft]
  return parts.map((part, i) => {
    const ids = part.paragraphs.map((p) => draft.paragraphs[p]!)
    if (i === 0) return { ...draft, end: part.end, paragraphs: ids }
    return { start: part.start, end: part.end, paragraphs: ids, part: true }
  })
}

/** Sections of text without headings: the paragraphs (seen as units, one each) cut where the topic changes (tiling.ts). */
function tiled(paragraphs: readonly Paragraph[], units: TileUnit[], lang: string): SectionDraft[] {
  if (paragraphs.length === 0) return []
  for (const u of units) u.keys ??= contentTokens(u.text, lang).map((t) => t.key)
  const out: SectionDraft[] = []
  let from = 0
  for (const cut of [...tileBoundaries(units, lang), paragraphs.length]) {
    out.push({ start: paragraphs[from]!.start, end: paragraphs[cut - 1]!.end, paragraphs: range(from, cut) })
    from = cut
  }
  return out
}

/** The paragraphs as the segmentation sees them. */
export function tileUnits(text: string, paragraphs: readonly Paragraph[], blocks: readonly Block[]): TileUnit[] {
  return paragraphs.map((p) => {
    const body = text.slice(p.start, p.end)
    const kind = blocks[p.block]?.kind
    return { text: body, words: countWords(body), sentences: p.sentences.length, listItem: kind === 'list-item', ...(kind ? { kind } : {}) }
  })
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i)
}
