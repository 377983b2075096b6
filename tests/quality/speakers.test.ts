import { describe, expect, it } from 'vitest'
import { isPronounSpeaker } from '../../src/quality/speakers.ts'

describe('isPronounSpeaker', () => {
  it('flags pronouns, with contractions and in other languages', () => {
    for (const s of ['We', "We're", 'they’ve', 'He', 'she', 'It', 'Il', 'sie', 'Ella', '他们']) {
      expect(isPronounSpeaker(s), s).toBe(true)
    }
  })

  it('accepts people and organisations, including names that start like a pronoun', () => {
    for (const s of ['Mark Zuckerberg', 'Uber', 'Ithaca College', 'Heise', 'The Federal Reserve', 'Wei Wang', '梁振英']) {
      expect(isPronounSpeaker(s), s).toBe(false)
    }
  })
})
