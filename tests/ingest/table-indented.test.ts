import { describe, expect, it } from 'vitest'
import { withIndentsUndone } from '../../src/ingest/table-indented.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'

const body = (cells: string[]) => ({ cells, head: false })

describe('withIndentsUndone', () => {
  it('reads rows whose labels are indented by empty cells right-aligned, one label and the figure columns', () => {
    const rows = [
      body(['', '', '', '', '2023', '2024', 'Aug', 'Sep']),
      body(['1', '', 'Gross sales of U.S. securities', '52720.3', '70193.6', '6932.8', '7771.8', '']),
      body(['3', '', 'Domestic securities, net', '1089.1', '1184.8', '181.2', '208.5', '']),
      body(['4', '', '', 'Private, net', '955.5', '1190.3', '196.4', '210.7']),
      body(['5', '', '', 'Official, net', '133.6', '-5.5', '-15.1', '-2.2']),
      body(['21', 'Net foreign acquisition', '', '', '', '', '', '']),
    ]
    expect(withIndentsUndone(rows).map((r) => r.cells)).toEqual([
      ['', '2023', '2024', 'Aug', 'Sep'],
      ['Gross sales of U.S. securities', '52720.3', '70193.6', '6932.8', '7771.8'],
      ['Domestic securities, net', '1089.1', '1184.8', '181.2', '208.5'],
      ['Private, net', '955.5', '1190.3', '196.4', '210.7'],
      ['Official, net', '133.6', '-5.5', '-15.1', '-2.2'],
      ['Net foreign acquisition', '', '', '', ''],
    ])
  })

  it('leaves a table whose rows of figures all end at one place, or whose last column holds words', () => {
    const even = [body(['Revenue', '10', '12']), body(['Costs', '4', '5']), body(['Profit', '6', '7'])]
    expect(withIndentsUndone(even)).toEqual(even)
    const notes = [body(['Revenue', '10', '12', '']), body(['Costs', '4', '5', 'restated']), body(['Profit', '6', '7', '']), body(['Tax', '1', '2', ''])]
    expect(withIndentsUndone(notes)).toEqual(notes)
  })

  it('leaves a statement whose labels stand in one column, its figures ending at two places for a "$" set in a cell of its own (the header keeps its columns)', () => {
    const rows = [
      body(['', '', '', 'Thirteen Weeks Ended', '', '', '', '']),
      body(['', '', '', 'November 2, 2024', '', 'October 28, 2023', '', '']),
      body(['SALES', '', '', '', '$293,618', '', '$303,457', '']),
      body(['COST OF SALES', '', '', '153,547', '', '156,242', '', '']),
      body(['Gross profit', '', '', '140,071', '', '147,215', '', '']),
      body(['', '', '', '139,000', '', '146,000', '', '']),
    ]
    expect(withIndentsUndone(rows)).toEqual(rows)
  })

  it('keeps the cells a Markdown table writes past its header\'s (GitHub\'s tables drop them)', () => {
    const md = ['# Flows', '', 'The table gives the flows.', '', '| | | Monthly flows |', '| --- | --- | --- |', '| | | | 2024 | Aug | Sep |', '| 1 | Gross sales | 70193.6 | 6932.8 | 7771.8 |', '| 2 | | Private, net | 1190.3 | 196.4 | 210.7 |', '| 3 | | Official, net | -5.5 | -15.1 | -2.2 |', '| 4 | Net sales | 1184.8 | 181.2 | 208.5 |', ''].join('\n')
    const a = parseMarkdown(md, 'f.md')
    const t = a.tables[0]!
    expect(t.head.at(-1)!.map((c) => c.text)).toEqual(['', '2024', 'Aug', 'Sep'])
    expect(t.body.map((r) => r.map((c) => c.text))).toEqual([
      ['Gross sales', '70193.6', '6932.8', '7771.8'],
      ['Private, net', '1190.3', '196.4', '210.7'],
      ['Official, net', '-5.5', '-15.1', '-2.2'],
      ['Net sales', '1184.8', '181.2', '208.5'],
    ])
  })
})
