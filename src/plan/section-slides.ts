/**
 * Section slides: a section's most central key points, in reading order, packed into slides of
 * at most 6 bullets and about 40 words; what does not fit continues on a "(cont.)" slide.
 */
import { countWords } from '../analyze/script.ts'
import type { Analysis, Bullet, KeyPoint, SectionSlide } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { paragraphNotes } from './notes.ts'

export const MAX_BULLETS = 6
export const MAX_BODY_WORDS = 42

/** How many bullets a section earns: 3–5, by its number of sentences. */
export function bulletBudget(sentenceCount: number): number {
  return Math.min(sentenceCount, Math.max(3, Math.min(5, Math.round(sentenceCount / 2))))
}

export function sectionSlides(a: Analysis, index: number): SectionSlide[] {
  const section = a.sections[index]!
  const sentenceCount = section.paragraphs.reduce((n, p) => n + a.paragraphs[p]!.sentences.length, 0)
  const chosen = pickDistinct(section.keyPoints, bulletBudget(sentenceCount))
  // a "(cont.)" slide for one leftover bullet is not worth a slide: drop the least central
  // point instead, as long as the section keeps two
  let pages = packBullets(inReadingOrder(chosen))
  while (pages.length > 1 && pages.at(-1)!.length === 1 && chosen.length > 2) {
    chosen.pop()
    pages = packBullets(inReadingOrder(chosen))
  }
  return pages.map((points, page) => {
    const paragraphIds = [...new Set(points.map((k) => a.sentences[k.sentence]!.paragraph))]
    return {
      kind: 'section',
      section: index,
      title: page === 0 ? section.title : `${section.title}${localeFor(a.lang).slide.continued}`,
      continued: page > 0,
      bullets: points.map((k): Bullet => {
        const s = a.sentences[k.sentence]!
        return { text: k.text, source: { start: s.start, end: s.end } }
      }),
      notes: paragraphNotes(a, page === pages.length - 1 && page === 0 ? section.paragraphs : paragraphIds),
    }
  })
}

function inReadingOrder(points: readonly KeyPoint[]): KeyPoint[] {
  return [...points].sort((x, y) => x.sentence - y.sentence)
}

/** The top `n` key points, skipping near-duplicate bullets. */
function pickDistinct(points: readonly KeyPoint[], n: number): KeyPoint[] {
  const out: KeyPoint[] = []
  for (const p of points) {
    if (out.length >= n) break
    if (!p.text.trim()) continue
    if (out.some((q) => q.text.toLowerCase() === p.text.toLowerCase())) continue
    out.push(p)
  }
  return out
}

function packBullets(points: readonly KeyPoint[]): KeyPoint[][] {
  const pages: KeyPoint[][] = []
  let page: KeyPoint[] = []
  let words = 0
  for (const p of points) {
    const w = countWords(p.text)
    if (page.length > 0 && (page.length >= MAX_BULLETS || words + w > MAX_BODY_WORDS)) {
      pages.push(page)
      page = []
      words = 0
    }
    page.push(p)
    words += w
  }
  if (page.length > 0) pages.push(page)
  return pages
}
