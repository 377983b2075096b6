import { describe, expect, it } from 'vitest'
import { referenceMarkers, withoutMarkers } from '../../src/analyze/markers.ts'

describe('reference markers', () => {
  it.each([
    ['The cause was pager burnout:24 engineers left.', 'The cause was pager burnout: engineers left.'],
    ['Pager fatigue is real.24', 'Pager fatigue is real.'],
    ['Pager fatigue is real.24 Teams rotate now.', 'Pager fatigue is real. Teams rotate now.'],
    ['The drug was approved in 2019.[12] Sales rose[3–5] and fell[a].', 'The drug was approved in 2019. Sales rose and fell.'],
    ['Growth was strong³ in Asia [citation needed].', 'Growth was strong in Asia.'],
    ['Samoan is the most widely spoken non-official language,[n 10] followed by Hindi.', 'Samoan is the most widely spoken non-official language, followed by Hindi.'],
  ])('are removed from “%s”', (text, expected) => {
    expect(withoutMarkers(text)).toBe(expected)
  })

  it.each([
    'The meeting starts at 3:24 tomorrow.',
    'The H100 and the GPT4 models sold out.',
    'Revenue rose 12% in 2024. It was 3.5 times more.',
    'John 3:16 is quoted often; Psalm 23 too.',
    'The 3M company and 7Eleven stores opened.',
    // a number written after its abbreviation without a space
    'Purple Rain peaked at No.2 on the Billboard 200, and the table is on p.3 of the report.',
    // a number glued before a word is a name as often as a footnote: pages' footnote links go when they are read
    '1Password kostet aktuell knapp 50 Euro im Mac App Store.',
    // the last part of a version
    'Vite 4.3 (babel): Vite 4.3.0 + plugin-react 4.0.0-beta.1',
    'We tested the beta.2 build and the v5-rc.1 one.',
    // a variant's name, and a number after a stop that the sentence goes on from in lower case
    'Omicron BA.2 has already been detected in 8.7 percent of sequences.',
    'The cases were counted in wave.2 and more came later.',
    // a letter the writer put in a quotation is the quotation's
    'As the report states: "[T]he birth lottery matters more in the U.S."',
  ])('leave numbers that are words of the text alone: “%s”', (text) => {
    expect(referenceMarkers(text)).toEqual([])
  })
})

describe('instrument codes', () => {
  it('leaves out a wire\'s instrument codes after the names they stand for, not a story\'s own codes or sums', () => {
    expect(withoutMarkers('Benchmark 10-year notes US10YT=RR last rose 7/32 in price.')).toBe('Benchmark 10-year notes last rose 7/32 in price.')
    expect(withoutMarkers('The dollar index .DXY rose 0.05%, with the euro EUR= up 0.05% to $1.1075.')).toBe('The dollar index rose 0.05%, with the euro up 0.05% to $1.1075.')
    expect(withoutMarkers('U.S. crude CLc1 fell 3.38% and Brent LCOc1 was last at $60.73. Copper CMCU3 rose.')).toBe('U.S. crude fell 3.38% and Brent was last at $60.73. Copper rose.')
    expect(withoutMarkers('The A380 and flight MH370 flew. Set x=1 in the file. It costs $1.50 in the U.S. today.')).toBe('The A380 and flight MH370 flew. Set x=1 in the file. It costs $1.50 in the U.S. today.')
  })
})
