import { describe, expect, it } from 'vitest'
import { joinThinContinued } from '../../src/plan/thin-continued.ts'
import type { SectionSlide, Slide } from '../../src/types.ts'

const page = (section: number, title: string, bullets: string[], extra: Partial<SectionSlide> = {}): SectionSlide => ({
  kind: 'section',
  section,
  title,
  continued: title.endsWith(' (cont.)'),
  bullets: bullets.map((text, i) => ({ text, source: { start: section * 100 + i, end: section * 100 + i + 1 } })),
  notes: [{ text: `notes of ${section}` }],
  ...extra,
})
const shape = (slides: readonly Slide[]) => slides.map((s) => `${s.title}: ${s.kind === 'section' ? s.bullets.length : 0}`)

describe('joinThinContinued', () => {
  it('joins the thin "(cont.)" slides of a part that goes on across sections to the slide before, while they fit on one', () => {
    const slides = [page(0, 'Introduction', ['The council met on Monday.']), page(1, 'Introduction (cont.)', ['The mayor spoke first.']), page(2, 'Introduction (cont.)', ['The vote was close.']), page(3, 'Introduction (cont.)', ['Fares will rise in May.', 'Buses will run later.', 'Trams will not.'])]
    const joined = joinThinContinued(slides, 'en')
    // (a "(cont.)" of three bullets is whole on its own)
    expect(shape(joined)).toEqual(['Introduction: 3', 'Introduction (cont.): 3'])
    expect((joined[0] as SectionSlide).notes.map((n) => n.text)).toEqual(['notes of 0', 'notes of 1', 'notes of 2'])
    expect(shape(joinThinContinued([...slides.slice(0, 2), page(3, 'Introduction (cont.)', ['Fares will rise in May.', 'Buses will run later.'])], 'en'))).toEqual(['Introduction: 4'])
  })

  it('keeps apart full slides, slides of another part, another voice, a list on either, one section\'s own pages, and what would not fit', () => {
    const full = [page(0, 'Fares', ['a b.', 'c d.', 'e f.']), page(1, 'Fares (cont.)', ['g h.', 'i j.', 'k l.'])]
    const other = [page(0, 'Fares', ['a b.']), page(1, 'Trams', ['c d.'])]
    const voice = [page(0, 'Fares', ['a b.']), page(1, 'Fares (cont.)', ['c d.'], { voice: 'Ann Lee' })]
    const listed = [page(0, 'Fares', ['a b.']), page(1, 'Fares (cont.)', ['c d.'], { lead: 'The new fares:' })]
    const underList = [page(0, 'Fares', ['a b.'], { lead: 'The new fares:' }), page(1, 'Fares (cont.)', ['c d.'])]
    const ownPages = [page(0, 'Fares', ['a b.']), page(0, 'Fares (cont.)', ['c d.'])]
    const long = [page(0, 'Fares', Array.from({ length: 5 }, () => 'The fare for a single ride on the new line will rise by ten cents.')), page(1, 'Fares (cont.)', ['c d.'])]
    for (const slides of [full, other, voice, listed, underList, ownPages, long]) expect(shape(joinThinContinued(slides, 'en'))).toEqual(shape(slides))
  })
})
