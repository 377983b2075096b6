import { describe, expect, it } from 'vitest'
import { isVagueTitle, titleHasNamedSubject, titleHasVerb } from '../../src/quality/titles.ts'

describe('isVagueTitle', () => {
  it('flags an adjective and a noun lifted out of context, or a job title alone', () => {
    for (const t of ['Significant chunk', 'Civic manner', 'Skeptical headline', "Highest bidder's life", 'Chief market strategist']) {
      expect(isVagueTitle(t), t).toBe(true)
    }
  })

  it('accepts a headline with a verb or a topic that names its subject', () => {
    for (const t of ['Uber charged a $100 minimum fare during the siege', "Nvidia's $600 billion market loss", 'DeepSeek and the chip race', 'Why end users should be prioritised']) {
      expect(isVagueTitle(t), t).toBe(false)
    }
  })

  it('tells verbs and named subjects apart', () => {
    expect(titleHasVerb('Uber charged a minimum fare')).toBe(true)
    expect(titleHasVerb('Civic manner')).toBe(false)
    expect(titleHasNamedSubject('DeepSeek and the chip race')).toBe(true) // capital inside a word
    expect(titleHasNamedSubject('GAAP measures')).toBe(true) // acronym
    expect(titleHasNamedSubject('Market loss')).toBe(false)
  })
})
