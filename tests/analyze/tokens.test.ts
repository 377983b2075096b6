import { describe, expect, it } from 'vitest'
import { speaksOf } from '../../src/analyze/tokens.ts'

describe('speaksOf', () => {
  it('is true when a text shares a content word with the other, stemmed in English', () => {
    const ofBattery = speaksOf('Battery pack', 'en')
    expect(ofBattery('The battery packs are charged overnight')).toBe(true)
    expect(ofBattery('The crew sails every morning')).toBe(false)
    // stop words are no shared subject
    expect(speaksOf('The crew', 'en')('The battery is in the hold')).toBe(false)
  })

  it('reads other languages word for word', () => {
    expect(speaksOf('Conservation des données', 'fr')('Ces données seront conservées cinq ans')).toBe(true)
    expect(speaksOf('Conservation des données', 'fr')('Le texte a été adopté')).toBe(false)
  })
})
