import { describe, expect, it } from 'vitest'
import { attributionBefore, plausibleName } from '../../src/analyze/attribution.ts'

describe('attributionBefore', () => {
  it('names no speaker across a sentence’s end ("… in the Netherlands. He says")', () => {
    const before = '“It has huge consequences,” says study co-author Boris Kingma, a biophysicist at a medical center in the Netherlands. He says women generally prefer warmer rooms.'
    expect(attributionBefore(before, true)?.name).not.toBe('Netherlands. He')
  })

  it('still names a speaker written with an initial or a title', () => {
    expect(attributionBefore('John F. Kennedy said ', false)?.name).toBe('John F. Kennedy')
    expect(plausibleName('Prof. Anna Berg', false)).toBe(true)
    expect(plausibleName('Netherlands. He', false)).toBe(false)
  })
})
