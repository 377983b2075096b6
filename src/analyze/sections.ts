/**
 * Sections: the article's own headings where it has them; otherwise a TextTiling-like topic
 * segmentation of the paragraphs by lexical cohesion between neighbouring windows.
 */
import type { Article, Paragraph, Span } from '../types.ts'
import { countWords } from './script.ts'
import { contentTokens, cosine, termFrequencies } from './tokens.ts'

export interface SectionDraft extends Span {
  paragraphs: number[]
  heading?: Span
}

/**
 * About one section per 150 words (4–8 for 1,000 words) up to 3,000 words, then growing with
 * the square root of the length, so a long report gets more sections but not hundreds of
 * them; never more than its paragraphs.
 */
export function targetSectionCount(words: number, paragraphs: number): number {
  const n = words <= 3000 ? Math.round(words / 150) : 20 + Math.round(2 * Math.sqrt((words - 3000) / 150))
  return Math.max(1, Math.min(paragraphs, n))
}

export function findSections(article: Article, paragraphs: readonly Paragraph[], lang: string): SectionDraft[] {
  const headings = article.blocks.filter((b) => b.kind === 'heading')
  if (headings.length > 0) {
    const byHeading = sectionsFromHeadings(article, paragraphs)
    if (byHeading.length > 0) return byHeading
  }
  return tileSections(article.text, paragraphs, lang)
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

/** TextTiling over paragraphs: boundaries at the deepest valleys of neighbour similarity. */
export function tileSections(text: string, paragraphs: readonly Paragraph[], lang: string): SectionDraft[] {
  if (paragraphs.length === 0) return []
  const words = paragraphs.reduce((n, p) => n + countWords(text.slice(p.start, p.end)), 0)
  const n = targetSectionCount(words, paragraphs.length)
  const tfs = paragraphs.map((p) => termFrequencies(contentTokens(text.slice(p.start, p.end), lang)))
  const gaps = gapScores(tfs, 2)
  const depth = depthScores(gaps)
  const cuts = depth
    .map((d, i) => ({ d, gap: i + 1 }))
    .sort((a, b) => b.d - a.d || a.gap - b.gap)
    .slice(0, n - 1)
    .map((c) => c.gap)
    .sort((a, b) => a - b)
  const out: SectionDraft[] = []
  let from = 0
  for (const cut of [...cuts, paragraphs.length]) {
    const ids = range(from, cut)
    out.push({ start: paragraphs[from]!.start, end: paragraphs[cut - 1]!.end, paragraphs: ids })
    from = cut
  }
  return out
}

/** Similarity across each gap between paragraph i-1 and i, windows of `k` paragraphs each side. */
function gapScores(tfs: ReadonlyArray<Map<string, number>>, k: number): number[] {
  const scores: number[] = []
  for (let gap = 1; gap < tfs.length; gap++) {
    const left = merge(tfs.slice(Math.max(0, gap - k), gap))
    const right = merge(tfs.slice(gap, gap + k))
    scores.push(cosine(left, right))
  }
  return scores
}

function depthScores(scores: readonly number[]): number[] {
  return scores.map((s, i) => {
    let l = s
    for (let j = i - 1; j >= 0 && scores[j]! >= l; j--) l = scores[j]!
    let r = s
    for (let j = i + 1; j < scores.length && scores[j]! >= r; j++) r = scores[j]!
    return l - s + (r - s)
  })
}

function merge(maps: ReadonlyArray<Map<string, number>>): Map<string, number> {
  const out = new Map<string, number>()
  for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? 0) + v)
  return out
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i)
}

