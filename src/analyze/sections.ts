/**
 * Sections: the article's own headings where it has them; otherwise the paragraphs cut where
 * the topic changes (tiling.ts).
 */
import type { Article, Block, Paragraph, Span } from '../types.ts'
import { countWords } from './script.ts'
import { tileBoundaries } from './tiling.ts'

export interface SectionDraft extends Span {
  paragraphs: number[]
  heading?: Span
}

export function findSections(article: Article, paragraphs: readonly Paragraph[], lang: string): SectionDraft[] {
  const headings = article.blocks.filter((b) => b.kind === 'heading')
  if (headings.length > 0) {
    const byHeading = sectionsFromHeadings(article, paragraphs)
    if (byHeading.length > 0) return byHeading
  }
  return tileSections(article.text, paragraphs, lang, article.blocks)
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

/** Sections of text without headings: the paragraphs cut where the topic changes (tiling.ts). */
export function tileSections(text: string, paragraphs: readonly Paragraph[], lang: string, blocks: readonly Block[]): SectionDraft[] {
  if (paragraphs.length === 0) return []
  const units = paragraphs.map((p) => {
    const body = text.slice(p.start, p.end)
    return { text: body, words: countWords(body), listItem: blocks[p.block]?.kind === 'list-item' }
  })
  const out: SectionDraft[] = []
  let from = 0
  for (const cut of [...tileBoundaries(units, lang), paragraphs.length]) {
    out.push({ start: paragraphs[from]!.start, end: paragraphs[cut - 1]!.end, paragraphs: range(from, cut) })
    from = cut
  }
  return out
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i)
}
