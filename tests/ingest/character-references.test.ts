import { describe, expect, it } from 'vitest'
import { decodeCharacterReferences } from '../../src/ingest/character-references.ts'

describe('decodeCharacterReferences', () => {
  it('reads numeric and XML\'s named references, in one pass', () => {
    expect(decodeCharacterReferences('Lindsey O&#039;Donnell')).toBe("Lindsey O'Donnell")
    expect(decodeCharacterReferences('Jerry&#x2019;s R&amp;D &lt;team&gt;')).toBe('Jerry’s R&D <team>')
    // ("&amp;lt;" is the text "&lt;", not "<")
    expect(decodeCharacterReferences('&amp;lt;')).toBe('&lt;')
  })

  it('leaves what is no reference as it is', () => {
    expect(decodeCharacterReferences('Fish & chips &copy; &#0; &#x110000;')).toBe('Fish & chips &copy; &#0; &#x110000;')
  })
})
