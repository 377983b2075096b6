import { describe, expect, it } from 'vitest'
import { columnShares, textWidth } from '../../src/visuals/table-columns.ts'

const quarter = (label: string) => ({ label, numeric: true })

describe('columnShares', () => {
  it('gives row labels the room a long heading over numbers would take (Meta’s segment table)', () => {
    const columns = [{ label: '', numeric: false }, quarter('Three Months Ended March 31, 2024'), quarter('Three Months Ended March 31, 2023')]
    const rows = [
      { cells: ['Revenue:', '', ''], group: true },
      { cells: ['Family of Apps', '$36,015', '$28,306'] },
      { cells: ['Net cash provided by operating activities', '19,246', '13,998'] },
    ]
    const [label, a, b] = columnShares(columns, rows)!
    // the headings ask for about half their 33 characters each (two lines), the labels for all 41 of theirs
    expect(label).toBeGreaterThan(a! + 5)
    expect(a).toBe(b)
    expect(label! + a! + b!).toBeCloseTo(100, 0)
  })

  it('keeps a short heading on one line, and gives a column of short numbers room all the same', () => {
    const columns = [{ label: 'Assets', numeric: false }, quarter('March 31, 2024'), quarter('%')]
    const rows = [{ cells: ['Total current assets', '$75,330', '7%'] }]
    const [label, date, pct] = columnShares(columns, rows)!
    // 20 : 14 : 10 character widths
    expect(label).toBeCloseTo((20 / 44) * 100, 0)
    expect(date).toBeCloseTo((14 / 44) * 100, 0)
    expect(pct).toBeCloseTo((10 / 44) * 100, 0)
  })

  it('lets a column of paragraphs ask more than one of phrases, but not in proportion', () => {
    const columns = [{ label: 'Status', numeric: false }, { label: 'Comment', numeric: false }, quarter('Count')]
    const long = 'Re-enqueue task if it has been in enqueued state for too long. This can happen if the queue loses data.'
    const [status, comment] = columnShares(columns, [{ cells: ['enqueued', long, '3'] }])!
    expect(comment).toBeGreaterThan(status! * 3)
    expect(comment! / status!).toBeLessThan(long.length / 'enqueued'.length)
  })

  it('leaves a table of text alone to the browser, and skips group rows', () => {
    expect(columnShares([{ label: 'Release', numeric: false }, { label: 'Date', numeric: false }], [{ cells: ['4.2.3', 'April 2014'] }])).toBeUndefined()
    const shares = columnShares([{ label: '', numeric: false }, quarter('2024')], [{ cells: ['A very long group label that spans the whole table:', ''], group: true }, { cells: ['Tax', '1'] }])!
    expect(shares[0]).toBeLessThan(shares[1]!)
  })

  it('counts Chinese, Japanese and Korean characters double', () => {
    expect(textWidth('营业收入')).toBe(8)
    expect(textWidth(' Revenue ')).toBe(7)
  })
})
