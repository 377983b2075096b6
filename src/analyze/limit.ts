/**
 * A bound on the work: a very long article (a 20 MB report) is analysed up to its first
 * MAX_ANALYSED_WORDS words, cut at a paragraph end (or inside a paragraph that is longer than
 * the whole budget), so time and memory stay bounded. The rest is reported, never silently lost.
 */
import type { Paragraph } from '../types.ts'
import { countWords } from './script.ts'

export const MAX_ANALYSED_WORDS = 150_000

export interface Limited {
  paragraphs: Paragraph[]
  /** End offset of the analysed text. */
  end: number
  analysedWords: number
  totalWords: number
}

export function limitParagraphs(text: string, paragraphs: readonly Paragraph[], maxWords = MAX_ANALYSED_WORDS): Limited {
  const kept: Paragraph[] = []
  let words = 0
  let total = 0
  let end = 0
  for (const p of paragraphs) {
    const n = countWords(text.slice(p.start, p.end))
    total += n
    if (words >= maxWords) continue
    if (words + n <= maxWords) {
      kept.push(p)
      words += n
      end = p.end
      continue
    }
    // the paragraph crosses the budget: keep its first words, cut after a word
    const cut = offsetAfterWords(text, p.start, p.end, maxWords - words)
    if (cut > p.start) {
      kept.push({ ...p, end: cut })
      end = cut
    }
    words = maxWords
  }
  return { paragraphs: kept, end, analysedWords: words, totalWords: total }
}

function offsetAfterWords(text: string, start: number, end: number, n: number): number {
  const re = /\S+/g
  re.lastIndex = start
  let count = 0
  let at = start
  for (let m = re.exec(text); m && m.index < end && count < n; m = re.exec(text)) {
    at = Math.min(end, m.index + m[0].length)
    count += Math.max(1, countWords(m[0]))
  }
  return at
}
