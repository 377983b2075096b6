/** Speaker notes: the source paragraphs and sentences a slide came from. */
import type { Analysis, Note, Span } from '../types.ts'

export function paragraphNotes(a: Analysis, paragraphIds: readonly number[]): Note[] {
  return paragraphIds.map((id) => {
    const p = a.paragraphs[id]!
    return { text: a.article.text.slice(p.start, p.end), source: { start: p.start, end: p.end } }
  })
}

export function sentenceNote(a: Analysis, sentenceId: number): Note {
  const s = a.sentences[sentenceId]!
  return { text: s.text, source: { start: s.start, end: s.end } }
}

export function spanNote(a: Analysis, span: Span): Note {
  return { text: a.article.text.slice(span.start, span.end), source: { ...span } }
}

/** Index of the section that contains `offset`, or -1. */
export function sectionAt(a: Analysis, offset: number): number {
  return a.sections.findIndex((s) => offset >= s.start && offset < s.end)
}

/** The section an offset belongs to: the one containing it, else the last one starting before it (a table between sections), else the first. */
export function sectionOf(a: Analysis, offset: number): number {
  const inside = sectionAt(a, offset)
  if (inside >= 0) return inside
  let last = 0
  a.sections.forEach((s, i) => {
    if (s.start <= offset) last = i
  })
  return last
}
