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

  it('reads a plural and its singular as one word in the languages whose plural adds an "s" or an "x"', () => {
    // (Le Monde's heading "Les « boîtes noires »" and the sentence that says what one is)
    expect(speaksOf('Les « boîtes noires »', 'fr')('Les services pourraient installer chez les FAI une « boîte noire » surveillant le trafic')).toBe(true)
    expect(speaksOf('Los derechos', 'es')('Un derecho fundamental')).toBe(true)
    expect(speaksOf('Le pays', 'fr')('Les pays voisins')).toBe(true)
    // (German plurals are not read so: "Gene" and "Gen" stay two words)
    expect(speaksOf('Die Gene', 'de')('Ein Gen')).toBe(false)
  })

  it('with families, reads words that open alike as one: a stem that opens another, or six letters shared', () => {
    const ofTourism = speaksOf('Tourism is critical to Tunisia’s economy', 'en', true)
    expect(ofTourism('The museum is popular with tourists')).toBe(true)
    expect(ofTourism('Many Tunisians accuse the Islamists')).toBe(true)
    expect(speaksOf('The collapse of Libya', 'en', true)('Libyan militants beheaded 21 Christians')).toBe(true)
    // without families, word for word (stems); and words of four letters open no family ("tour", "tourists")
    expect(speaksOf('Tourism is critical', 'en')('The museum is popular with tourists')).toBe(false)
    expect(speaksOf('The tour ended', 'en', true)('Many tourists came')).toBe(false)
    expect(speaksOf('The interest rate', 'en', true)('The internet company')).toBe(false)
  })
})
