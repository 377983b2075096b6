import { describe, expect, it } from 'vitest'
import { voicesUnderNames } from '../../src/ingest/round-up.ts'
import { rawHeading as heading, rawParagraph as paragraph } from './helpers.ts'

describe('voicesUnderNames', () => {
  it('heads each section of a round-up with its person\'s name and role, less the town, and keeps who speaks in its blocks', () => {
    const blocks = [
      paragraph('The global economy enters 2015 with a lot on its mind. Here, four notable economists share their views.'),
      heading('Eric Lascelles'),
      heading('Chief economist, RBC Global Asset Management – Toronto'),
      paragraph('Collapsing oil prices are poised to reverberate across 2015.'),
      heading('Carl Weinberg'),
      paragraph('Chief economist, High Frequency Economics – Valhalla, N.Y.'),
      paragraph('My biggest worry for 2015 is of a default by Russia on its foreign debt.'),
      heading('Further reading'),
      paragraph('The bank publishes its outlook every quarter.'),
    ]
    const out = voicesUnderNames(blocks)
    expect(out.map((b) => [b.kind, b.text, b.speaker])).toEqual([
      ['paragraph', blocks[0]!.text, undefined],
      ['heading', 'Eric Lascelles, Chief economist, RBC Global Asset Management', undefined],
      ['paragraph', 'Collapsing oil prices are poised to reverberate across 2015.', 'Eric Lascelles'],
      ['heading', 'Carl Weinberg, Chief economist, High Frequency Economics', undefined],
      ['paragraph', 'My biggest worry for 2015 is of a default by Russia on its foreign debt.', 'Carl Weinberg'],
      ['heading', 'Further reading', undefined],
      ['paragraph', 'The bank publishes its outlook every quarter.', undefined],
    ])
  })

  it('leaves an article with one such heading, and a name over a sentence, as it is', () => {
    const one = [heading('Eric Lascelles'), heading('Chief economist, RBC Global Asset Management – Toronto'), paragraph('Oil prices fell.')]
    expect(voicesUnderNames(one)).toEqual(one)
    const prose = [heading('Ada Lovelace'), paragraph('She wrote the first program, in 1843.'), heading('Charles Babbage'), paragraph('He designed the engine, but never built it.')]
    expect(voicesUnderNames(prose)).toEqual(prose)
    // (no town to leave out where no comma names the organisation before the dash)
    const noTown = [heading('Julian Jessop'), heading('Chief economist – Capital Economics'), paragraph('Prices fell.'), heading('Carl Weinberg'), heading('Chief economist – High Frequency Economics'), paragraph('Debts rose.')]
    expect(voicesUnderNames(noTown).filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Julian Jessop, Chief economist – Capital Economics', 'Carl Weinberg, Chief economist – High Frequency Economics'])
    // (headings of words of the dictionary name no one)
    const findings = [heading('Key Findings'), paragraph('Revenue, profit and cash – all up'), heading('Market Overview'), paragraph('Prices, volumes and margins in 2024'), paragraph('Sales rose.')]
    expect(voicesUnderNames(findings)).toEqual(findings)
  })
})
