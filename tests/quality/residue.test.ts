import { describe, expect, it } from 'vitest'
import { hasTableResidue, tableResidue } from '../../src/quality/residue.ts'

describe('tableResidue', () => {
  it('finds the rows of a ragged converted table', () => {
    const row = 'Other (loss) income, net | | (299 | ) | | | 25 |'
    expect(tableResidue(row)).toEqual(expect.arrayContaining(['empty-cell', 'edge-pipe', 'pipe-row', 'number-cell']))
  })

  it('finds a well-formed row and a header row read as prose', () => {
    expect(tableResidue('Retrofit hull coating | $1.2 million | 8%')).toContain('number-cell')
    expect(tableResidue('Symptom | Cause')).toEqual(['pipe-row'])
    expect(tableResidue('Rust ≥ 1.78 with bundled LLVM (18) | GCC (any version) | Fully compatible')).toEqual(['pipe-row'])
    expect(tableResidue('success | completed | N/A')).toEqual(['pipe-row'])
    expect(tableResidue('enqueued | started | enqueued_timestamp + enqueue_timeout | Re-enqueue task')).toEqual(['pipe-row'])
  })

  it('finds separator runs of Markdown and plain-text tables', () => {
    expect(tableResidue('|---|---:|')).toContain('separator-run')
    expect(tableResidue('Revenue ------------ 36,455')).toContain('separator-run')
    expect(tableResidue('= = = = = =')).toContain('separator-run')
  })

  it('finds runs of bare numbers from a column layout', () => {
    expect(tableResidue('Revenue $ 36,455 $ 28,645 27 %')).toEqual(['number-run'])
    expect(tableResidue('Net income 12,369 5,709 117 %')).toEqual(['number-run'])
  })

  it('finds placeholder titles only when asked to check a title', () => {
    expect(tableResidue('Part 14', { title: true })).toEqual(['placeholder-title'])
    expect(tableResidue('Teil 3', { title: true })).toEqual(['placeholder-title'])
    expect(tableResidue('2부', { title: true })).toEqual(['placeholder-title'])
    expect(tableResidue('第12部分', { title: true })).toEqual(['placeholder-title'])
    expect(tableResidue('2부작 드라마', { title: true })).toEqual([])
    expect(tableResidue('Part 14')).toEqual([])
  })

  it('leaves prose alone, even prose that mentions pipes, numbers and dashes', () => {
    const clean = [
      'A price list written as apples | pears | plums turns into a grid in some editors.',
      'a price list written as apples | pears | plums turns into a grid',
      'Friday Facts #282 - 0.17 in sight | Factorio',
      'Revenue rose 27% to $36.46 billion in the first quarter of 2024.',
      'Between 2021, 2022 and 2023 the company hired 1,200 engineers.',
      'The vote — 438 to 86 — came after a long debate.',
      'Part of the problem is the 14 missing reports.',
      'Meta expects revenue of $36.5-39 billion.',
      '梁振英在星期二（12月10日）的答问大会开始之际道歉。',
    ]
    for (const text of clean) expect(hasTableResidue(text, { title: true }), text).toBe(false)
  })
})
