import { describe, expect, it } from 'vitest'
import { breakCues, breakLogOdds, CUE_WEIGHTS, type CueUnit } from '../../src/analyze/break-cues.ts'

function unit(text: string, extra: Partial<CueUnit> = {}): CueUnit {
  return { text, words: text.split(/\s+/).length, sentences: text.split(/(?<=\.)\s/).length, kind: 'paragraph', ...extra }
}

const LONG = 'The harbour board met again on Tuesday and argued about the timetable for the new ferry for most of the evening. Nobody wanted to be the one to decide.'

describe('breakCues', () => {
  it('marks a break after a line ending in ":" and the end of a list', () => {
    const units = [unit('The board asked three questions:'), unit('Who pays', { listItem: true, kind: 'list-item' }), unit(LONG)]
    const cues = breakCues(units)
    expect(cues[1]!.colonBefore).toBe(1)
    expect(cues[1]!.listStarts).toBe(1)
    expect(cues[2]!.listEnds).toBe(1)
    expect(cues[2]!.colonBefore).toBe(0)
    expect(cues[2]!.kindChange).toBe(1)
  })

  it('marks a name the text has not met before, and a year, in the first sentence only', () => {
    const units = [unit(LONG), unit(`In 2019 the board met Maria Lopez. ${LONG}`), unit(`Then the board met Maria Lopez again. In 2020 ${LONG}`)]
    const cues = breakCues(units)
    expect(cues[1]!.newName).toBe(1)
    expect(cues[1]!.year).toBe(1)
    expect(cues[2]!.newName).toBe(0) // met in the paragraph before
    expect(cues[2]!.year).toBe(0) // the year is not in the first sentence
  })

  it('marks short and one-sentence paragraphs on either side', () => {
    const cues = breakCues([unit('A short line.'), unit(LONG)])
    expect(cues[1]!).toMatchObject({ shortBefore: 1, oneSentenceBefore: 1, short: 0, oneSentence: 0 })
  })
})

describe('breakLogOdds', () => {
  it('is the intercept plus the weights of the cues present; 0 at the start', () => {
    const units = [unit('The board asked three questions:'), unit(LONG)]
    const odds = breakLogOdds(units)
    expect(odds[0]).toBe(0)
    const c = breakCues(units)[1]!
    const expected = (Object.keys(CUE_WEIGHTS) as Array<keyof typeof CUE_WEIGHTS>).reduce((s, k) => s + CUE_WEIGHTS[k] * c[k], 0)
    expect(odds[1]).toBeCloseTo(expected, 10)
    // a break after an introducing colon is less likely than the same break without it
    expect(odds[1]).toBeLessThan(breakLogOdds([unit('The board asked three questions.'), unit(LONG)])[1]!)
  })
})
