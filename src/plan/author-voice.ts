/**
 * The author's name under the slides that speak in their "I" (section-slides.ts voiceOf) tells a
 * room whose "I" it is. In an essay told in the first person throughout, most slides would carry
 * it: the first one does, the cover names the author, and the others go without.
 */
import type { SectionSlide, Slide } from '../types.ts'

/** Slides signed by the author at least, for the deck to count as told in the author's voice. */
const MIN_SIGNED = 3

export function authorSignedOnce(slides: readonly Slide[]): Slide[] {
  const sections = slides.filter((s): s is SectionSlide => s.kind === 'section')
  const signed = sections.filter((s) => s.voice !== undefined)
  if (signed.length < MIN_SIGNED || signed.length * 2 <= sections.length) return [...slides]
  return slides.map((s) => {
    if (s.kind !== 'section' || s.voice === undefined || s === signed[0]) return s
    const { voice: _voice, ...unsigned } = s
    return unsigned
  })
}
