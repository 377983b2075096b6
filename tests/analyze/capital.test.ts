import { describe, expect, it } from 'vitest'
import { capitalFirstLetter, lowerCaseName } from '../../src/analyze/capital.ts'
import { compressSentence } from '../../src/analyze/compress.ts'

describe('a line\'s first capital', () => {
  it('is set on a word, not on a name or code written in lower case', () => {
    expect(capitalFirstLetter('so it went')).toBe('So it went')
    expect(capitalFirstLetter('über alles', 'de')).toBe('Über alles')
    for (const text of ['pnpm 12 is a rewrite of pnpm in Rust', 'pnx yarn@4 install used to fail', 'x86 chips run it', 'iPhone sales fell', 'db-02 was restoring', 'https://twitter.com/x/status/1', 'npm installs it']) {
      expect(lowerCaseName(text), text).toBe(true)
      expect(capitalFirstLetter(text)).toBe(text)
    }
    for (const text of ['the rule', 'why not', 'rhythm matters', 'w 2020 roku']) expect(lowerCaseName(text), text).toBe(false)
  })

  it('is not set on such a word where a bullet begins after a cut', () => {
    expect(compressSentence('[2] https://twitter.com/mhswende/status/1431259601530458112').text).toBe('https://twitter.com/mhswende/status/1431259601530458112')
    expect(compressSentence('So pnpm install used to fail with a missing version.').text).toBe('pnpm install used to fail with a missing version')
  })
})
