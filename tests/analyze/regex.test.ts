import { describe, expect, it } from 'vitest'
import { escapeRegExp } from '../../src/analyze/regex.ts'

describe('escapeRegExp', () => {
  it('makes a name with the signs of a pattern match only itself', () => {
    const re = new RegExp(`^${escapeRegExp('D.A. Davidson (US) $5+ [a]|b')}$`)
    expect(re.test('D.A. Davidson (US) $5+ [a]|b')).toBe(true)
    expect(re.test('DXA. Davidson (US) $5+ [a]|b')).toBe(false)
    expect(re.test('b')).toBe(false)
  })
})
