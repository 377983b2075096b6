import { describe, expect, it } from 'vitest'
import { mergeThinSections, type Ranked } from '../../src/analyze/thin-sections.ts'
import type { KeyPoint } from '../../src/types.ts'
import type { SectionDraft } from '../../src/analyze/sections.ts'

const point = (sentence: number, complete = true): KeyPoint => ({ sentence, text: `Sentence ${sentence}`, pieces: [], score: 1, gist: 0, complete })
const draft = (start: number, end: number, paragraphs: number[], heading = false): SectionDraft => ({ start, end, paragraphs, ...(heading ? { heading: { start, end: start + 5 } } : {}) })
// ranking a merged draft again: one point per paragraph
const rank = (d: SectionDraft) => d.paragraphs.map((p) => point(p))

describe('mergeThinSections', () => {
  const opening: Ranked = { draft: draft(0, 400, [0, 1]), keyPoints: [point(0), point(1)] }

  it('joins a short passage of quotations and one other point to the section before it', () => {
    const thin: Ranked = { draft: draft(400, 900, [2, 3]), keyPoints: [point(2), point(3)] }
    const after: Ranked = { draft: draft(900, 1500, [4, 5]), keyPoints: [point(4), point(5)] }
    const out = mergeThinSections([opening, thin, after], new Set([3]), rank)
    expect(out.map((r) => [r.draft.start, r.draft.end, r.draft.paragraphs])).toEqual([
      [0, 900, [0, 1, 2, 3]],
      [900, 1500, [4, 5]],
    ])
    expect(out[0]!.keyPoints.map((k) => k.sentence)).toEqual([0, 1, 2, 3])
  })

  it('leaves a section that has two points besides its quotations, one without quotations, a long one, one under a heading, and the opening', () => {
    const two: Ranked = { draft: draft(400, 900, [2, 3, 4]), keyPoints: [point(2), point(3), point(4)] }
    expect(mergeThinSections([opening, two], new Set([4]), rank)).toHaveLength(2)
    const noQuote: Ranked = { draft: draft(400, 900, [2]), keyPoints: [point(2)] }
    expect(mergeThinSections([opening, noQuote], new Set(), rank)).toHaveLength(2)
    const long: Ranked = { draft: draft(400, 2000, [2, 3]), keyPoints: [point(2), point(3)] }
    expect(mergeThinSections([opening, long], new Set([3]), rank)).toHaveLength(2)
    const headed: Ranked = { draft: draft(400, 900, [2, 3], true), keyPoints: [point(2), point(3)] }
    expect(mergeThinSections([opening, headed], new Set([3]), rank)).toHaveLength(2)
    const thinOpening: Ranked = { draft: draft(0, 300, [0, 1]), keyPoints: [point(0), point(1)] }
    expect(mergeThinSections([thinOpening, two], new Set([1, 4]), rank)).toHaveLength(2)
  })

  it('never joins a section to one under the article’s own heading, unless it is a later part of it', () => {
    const headed: Ranked = { draft: draft(0, 400, [0, 1], true), keyPoints: [point(0), point(1)] }
    const thin: Ranked = { draft: draft(400, 900, [2, 3]), keyPoints: [point(2), point(3)] }
    expect(mergeThinSections([headed, thin], new Set([3]), rank)).toHaveLength(2)
    const part: Ranked = { draft: { ...draft(400, 900, [2, 3]), part: true }, keyPoints: [point(2), point(3)] }
    const out = mergeThinSections([headed, part], new Set([3]), rank)
    expect(out).toHaveLength(1)
    expect(out[0]!.draft.heading).toEqual({ start: 0, end: 5 })
  })

  it('joins a later part of a heading’s section with one point to say, quotations or not, to the part before it (an essay’s one closing sentence)', () => {
    const headed: Ranked = { draft: draft(0, 400, [0, 1], true), keyPoints: [point(0), point(1)] }
    const last: Ranked = { draft: { ...draft(400, 900, [2]), part: true }, keyPoints: [point(2), point(3, false)] }
    const out = mergeThinSections([headed, last], new Set(), rank)
    expect(out.map((r) => r.draft.paragraphs)).toEqual([[0, 1, 2]])
    // (not a part with two points to say)
    const full: Ranked = { draft: { ...draft(400, 900, [2, 3]), part: true }, keyPoints: [point(2), point(3)] }
    expect(mergeThinSections([headed, full], new Set(), rank)).toHaveLength(2)
  })
})
