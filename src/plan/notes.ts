/** Speaker notes: the source paragraphs and sentences a slide came from. */
import type { Analysis, Note, Span } from '../types.ts'
import { FORMULA } from '../ingest/formulas.ts'
import { localeFor } from '../locales/index.ts'

/** The article's words for the notes, a formula the page could not give as text named as one. */
function noteText(a: Analysis, text: string): string {
  return text.includes(FORMULA) ? text.replaceAll(FORMULA, localeFor(a.lang).slide.formula) : text
}

export function paragraphNotes(a: Analysis, paragraphIds: readonly number[]): Note[] {
  return paragraphIds.map((id) => {
    const p = a.paragraphs[id]!
    return { text: noteText(a, a.article.text.slice(p.start, p.end)), source: { start: p.start, end: p.end } }
  })
}

export function sentenceNote(a: Analysis, sentenceId: number): Note {
  const s = a.sentences[sentenceId]!
  return { text: noteText(a, s.text), source: { start: s.start, end: s.end } }
}

export function spanNote(a: Analysis, span: Span): Note {
  return { text: noteText(a, a.article.text.slice(span.start, span.end)), source: { ...span } }
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
