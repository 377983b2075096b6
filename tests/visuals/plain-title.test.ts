/**
 * plainTitle undoes deckwright's Markdown escaping of a title (mdInline) exactly: for any
 * string, the plain title of its escaped form is the string on one line.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mdInline, oneLine } from '../../src/render/escape.ts'
import { plainTitle } from '../../src/visuals/plain-title.ts'
import { fcRuns, fcTimeout } from '../fc-runs.ts'
import { wildText } from '../render/hostile-text.ts'

describe('plainTitle', () => {
  it('reads escaped titles as the text they stand for', () => {
    expect(plainTitle(mdInline('Costs & benefits'))).toBe('Costs & benefits')
    expect(plainTitle(mdInline('Budget *shock* <2026> {{ 7*7 }} a\\b'))).toBe('Budget *shock* <2026> {{ 7*7 }} a\\b')
    expect(plainTitle(mdInline('1. see https://example.org/?a=1&amp;b'))).toBe('1. see https://example.org/?a=1&amp;b')
    expect(plainTitle('Plain title')).toBe('Plain title')
    expect(plainTitle(mdInline('Under $6 million, not $100 million'))).toBe('Under $6 million, not $100 million')
  })

  const runs = fcRuns(500)
  it('inverts mdInline for hostile text', () => {
    fc.assert(fc.property(wildText, (s) => plainTitle(mdInline(s)) === oneLine(s)), { numRuns: runs })
  }, fcTimeout(runs, 5))
})
