import { describe, expect, it } from 'vitest'
import { headingsFromShortLines } from '../../src/ingest/unmarked-headings.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'
import { rawParagraph as p } from './helpers.ts'
const prose = (topic: string) => p(`${topic} rose in the first quarter of the year, the statistics office said, and the analysts who track the labour market expect more of the same.`)
const kinds = (blocks: readonly RawBlock[]) => blocks.map((b) => (b.kind === 'heading' ? `# ${b.text}` : (b.text.split(' ')[0] ?? '')))

describe('headingsFromShortLines', () => {
  it('reads two short lines or more without a closing mark, each over a paragraph of prose, as headings', () => {
    const blocks = [prose('Working hours'), prose('Overtime'), p('How the working week changes'), prose('The working week'), p('Regional differences in working time'), prose('Time at work')]
    expect(kinds(headingsFromShortLines(blocks))).toEqual(['Working', 'Overtime', '# How the working week changes', 'The', '# Regional differences in working time', 'Time'])
  })

  it('keeps one such line alone, a line with a comma or a closing mark, one over a short paragraph, and the opening lines', () => {
    const one = [prose('Working hours'), prose('Overtime'), p('How the working week changes'), prose('The working week')]
    expect(headingsFromShortLines(one)).toBe(one)
    const others = [
      p('Ekaterina Vinogradova'), prose('Working hours'),
      p('Source files: blanket.js, mocha-blanket.js'), prose('The files'),
      p('Thanks, npm, great job'), prose('The job'),
      p('A short line'), p('Only a few words here.'),
      p('Another short line'), prose('The time'),
      p('A last short line'), prose('The end'),
    ]
    expect(kinds(headingsFromShortLines(others)).filter((k) => k.startsWith('#'))).toEqual(['# Another short line', '# A last short line'])
  })
})
