import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { planDeck } from '../../src/plan/index.ts'
import { isTraceable } from '../../src/quality/deck-metrics.ts'

describe('namesSaidOnce', () => {
  it('says a whole name on the first bullet that opens on the surname, the surname on later ones', () => {
    const text = [
      'Ferry report',
      'Councillor Tom Whitfield chairs the harbour board, which runs the island ferry service.',
      'Whitfield said the new ferry would be ready for the spring crossings after its sea trials.',
      'Islanders have waited two winters for a boat that can sail in strong wind.',
      'Whitfield wants ferry fares frozen for another year while the council reviews its budget.',
    ].join('\n\n')
    const a = analyze(parseText(text, 'ferry.txt'))
    const bullets = planDeck(a).slides.flatMap((s) => (s.kind === 'section' ? s.bullets : []))
    const opening = bullets.filter((b) => /^(?:Tom )?Whitfield (?:said|wants)/.test(b.text))
    expect(opening.length).toBe(2)
    expect(opening[0]!.text).toMatch(/^Tom Whitfield/)
    expect(opening[1]!.text).toMatch(/^Whitfield/)
    expect(opening[1]!.named).toBeUndefined()
    for (const b of opening) expect(isTraceable(a, b)).toBe(true)
  })
})
