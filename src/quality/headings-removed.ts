/**
 * An article with its headings taken out, to measure topic segmentation against them: the
 * text the analysis would get if the article had no headings (every other block keeps its kind
 * and text; tables move with their blocks), and the real section of each remaining block.
 */
import { BOLD_HEADING_DEPTH } from '../ingest/blocks.ts'
import type { Analysis, Article, Block, Table, TableCell } from '../types.ts'

export interface HeadingsRemoved {
  article: Article
  /** Real section of each block of the article without headings (0: before the first heading). */
  sectionOfBlock: number[]
  /** The real sections' headings, "(before the first heading)" first. */
  headings: string[]
}

/**
 * The shallowest heading level used at least twice: the article's sections. Headings marked up
 * as such only: a paragraph set in bold (BOLD_HEADING_DEPTH) is read as a heading by ingest's
 * own guess, and a guess is no reference.
 */
export function sectionLevel(blocks: readonly Block[]): number | undefined {
  const depths = blocks.filter((b) => b.kind === 'heading' && b.depth !== BOLD_HEADING_DEPTH).map((b) => b.depth ?? 2)
  return [...new Set(depths)].sort((x, y) => x - y).find((d) => depths.filter((x) => x === d).length >= 2)
}

/** The article without any heading; headings of `level` or shallower open the real sections. */
export function removeHeadings(article: Article, level: number): HeadingsRemoved {
  const parts: string[] = []
  const blocks: Block[] = []
  const sectionOfBlock: number[] = []
  const headings = ['(before the first heading)']
  // where each kept block went: its new index and how far its text moved
  const moved = new Map<number, { block: number; shift: number }>()
  let at = 0
  article.blocks.forEach((b, bi) => {
    const text = article.text.slice(b.start, b.end)
    if (b.kind === 'heading') {
      if ((b.depth ?? 2) <= level) headings.push(text)
      return
    }
    if (parts.length) at += 2
    moved.set(bi, { block: blocks.length, shift: at - b.start })
    blocks.push({ ...b, start: at, end: at + text.length })
    sectionOfBlock.push(headings.length - 1)
    parts.push(text)
    at += text.length
  })
  const tables = article.tables.map((t) => moveTable(t, moved.get(t.block)!))
  return { article: { ...article, text: parts.join('\n\n'), blocks, tables }, sectionOfBlock, headings }
}

/** A table with its block index and every span moved along with its block's text. */
function moveTable(t: Table, to: { block: number; shift: number }): Table {
  const cell = (c: TableCell): TableCell => ({ ...c, start: c.start + to.shift, end: c.end + to.shift })
  return {
    ...t,
    block: to.block,
    start: t.start + to.shift,
    end: t.end + to.shift,
    ...(t.caption ? { caption: cell(t.caption) } : {}),
    notes: t.notes.map(cell),
    head: t.head.map((row) => row.map(cell)),
    body: t.body.map((row) => row.map(cell)),
  }
}

export interface SentenceLabels {
  /** Real section of each sentence. */
  reference: number[]
  /** Section the analysis put it in. */
  hypothesis: number[]
}

/** Per sentence of the analysis of the article without headings: its real and its found section. */
export function sentenceLabels(a: Analysis, sectionOfBlock: readonly number[]): SentenceLabels {
  // a section's parts (the sub-topics of a long one) belong to it, as in the agenda
  const sectionOfParagraph = new Map<number, number>()
  let top = -1
  a.sections.forEach((s) => {
    if (!s.part || top < 0) top++
    s.paragraphs.forEach((p) => sectionOfParagraph.set(p, top))
  })
  const out: SentenceLabels = { reference: [], hypothesis: [] }
  for (const s of a.sentences) {
    const found = sectionOfParagraph.get(s.paragraph)
    const real = sectionOfBlock[a.paragraphs[s.paragraph]!.block]
    if (found === undefined || real === undefined) continue
    out.reference.push(real)
    out.hypothesis.push(found)
  }
  return out
}
