/**
 * A "(cont.)" slide of a part that goes on under the same heading across several sections (a long
 * introduction the analysis split into sub-topics) holding fewer bullets than a "(cont.)" slide
 * does joins the slide before of that part, while the two fit on one: "Introducción" with one
 * bullet, then three "Introducción (cont.)" with one each, make one slide of four.
 *
 * Usage: slides = joinThinContinued(slides, lang)
 */
import { countWords } from '../analyze/script.ts'
import { localeFor } from '../locales/index.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import type { SectionSlide, Slide } from '../types.ts'

export function joinThinContinued(slides: readonly Slide[], lang: string): Slide[] {
  const continued = localeFor(lang).slide.continued
  const base = (title: string) => (title.endsWith(continued) ? title.slice(0, -continued.length) : title)
  const out: Slide[] = []
  for (const s of slides) {
    const prev = out.at(-1)
    if (s.kind === 'section' && prev?.kind === 'section' && s.title.endsWith(continued) && base(s.title) === base(prev.title) && joins(prev, s)) {
      out[out.length - 1] = { ...prev, bullets: [...prev.bullets, ...s.bullets], notes: [...prev.notes, ...s.notes] }
    } else out.push(s)
  }
  return out
}

/** Whether a thin "(cont.)" slide joins the one before: another section's (a section's own pages are its own to lay out), same voice, no list on either, and both fit on one slide. */
function joins(prev: SectionSlide, s: SectionSlide): boolean {
  const thin = s.bullets.length < SLIDE_BUDGET.minContinued || prev.bullets.length < SLIDE_BUDGET.minContinued
  const words = [...prev.bullets, ...s.bullets].reduce((n, b) => n + countWords(b.text), 0)
  const sameVoice = prev.voice === s.voice && prev.issuer === s.issuer && prev.speaker === s.speaker
  return thin && s.section !== prev.section && !s.lead && !prev.lead && !s.titleSource && sameVoice && prev.bullets.length + s.bullets.length <= SLIDE_BUDGET.bullets && words <= SLIDE_BUDGET.joinedWords
}
