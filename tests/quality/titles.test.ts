import { describe, expect, it } from 'vitest'
import { isVagueTitle, titleApart, titleHasNamedSubject, titleHasVerb } from '../../src/quality/titles.ts'

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

describe('titleApart', () => {
  const bullets = ['The battery pack is sized for three crossings in a gale', 'Batteries are charged overnight at the pier', 'The crew of four sails every morning']
  it('flags a title that fewer than half of the bullets under it speak of', () => {
    expect(titleApart('Voters had elected a government led by Ennahda', bullets, 'en')).toBe(true)
    expect(titleApart('The crew', bullets, 'en')).toBe(true)
  })
  it('accepts a title that half of them or more speak of (stemmed words)', () => {
    expect(titleApart('Battery pack', bullets, 'en')).toBe(false)
    expect(titleApart('Nothing', [], 'en')).toBe(false)
  })
})
