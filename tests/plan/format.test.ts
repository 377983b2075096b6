import { describe, expect, it } from 'vitest'
import { formatDate } from '../../src/plan/format.ts'

describe('formatDate', () => {
  it('writes an ISO date as a long date in the article language', () => {
    expect(formatDate('2025-03-18', 'en')).toBe('March 18, 2025')
    expect(formatDate('2025-03-18', 'fr')).toBe('18 mars 2025')
    expect(formatDate('2025-03-18', 'de')).toBe('18. März 2025')
  })

  it('keeps the calendar day of a timestamp whatever its time zone', () => {
    expect(formatDate('2025-03-18T23:30:00-05:00', 'en')).toBe('March 18, 2025')
    expect(formatDate('2025-03-18T00:10:00+09:00', 'en')).toBe('March 18, 2025')
    expect(formatDate('2019-04-28 06:01:07', 'en')).toBe('April 28, 2019')
  })

  it('leaves other dates as the article wrote them', () => {
    expect(formatDate('03/04/2025', 'en')).toBe('03/04/2025')
    expect(formatDate('Spring 2024', 'en')).toBe('Spring 2024')
    expect(formatDate('2025-13-45', 'en')).toBe('2025-13-45')
    expect(formatDate('2025-03-18 and later', 'en')).toBe('2025-03-18 and later')
  })
})
