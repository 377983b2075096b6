import { describe, expect, it } from 'vitest'
import { withoutGluedFootnotes } from '../../src/ingest/glued-footnotes.ts'
import type { RawBlock } from '../../src/ingest/blocks.ts'

const p = (text: string): RawBlock => ({ kind: 'paragraph', text })

describe('withoutGluedFootnotes', () => {
  it('takes out a run of footnote numbers glued to words (an interview page set them as plain text)', () => {
    const out = withoutGluedFootnotes([
      p('I loved the Flash, Barry Allen.1 I latched on to him.'),
      { kind: 'paragraph', boldLead: 'Was it his death2?', text: 'Was it his death2? It was. Supergirl actually died3 at the same time.' },
      p('Then came the DC Comics4influenced years, and The Dark Knight Returns5\u00a0and Watchmen.6'),
    ])
    expect(out.map((b) => b.text)).toEqual([
      'I loved the Flash, Barry Allen. I latched on to him.',
      'Was it his death? It was. Supergirl actually died at the same time.',
      'Then came the DC Comics influenced years, and The Dark Knight Returns\u00a0and Watchmen.',
    ])
    expect(out[1]!.boldLead).toBe('Was it his death?')
  })

  it('leaves a number that is part of a name when no run counts up through the article', () => {
    const blocks = [p('The player reads mp3 files.'), p('Covid19 cases rose in 2020.'), p('Version 2 ships; the bus2 line runs.')]
    expect(withoutGluedFootnotes(blocks)).toBe(blocks)
  })

  it('leaves code and tables alone', () => {
    const blocks: RawBlock[] = [{ kind: 'code', text: 'alpha1 = beta2 + gamma3' }, p('Plain text.')]
    expect(withoutGluedFootnotes(blocks)).toBe(blocks)
  })
})
