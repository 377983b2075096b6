import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/ingest/html.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { isPipeRow, pipeTable, splitPipeRow } from '../../src/ingest/pipe-table.ts'
import { mergeRaggedCells, normalizeTable } from '../../src/ingest/table-normalize.ts'
import { parseCellNumber } from '../../src/ingest/table-number.ts'
import { parseText } from '../../src/ingest/text.ts'
import type { Article, Table } from '../../src/types.ts'
import { expectWellFormed } from './helpers.ts'

const texts = (rows: Table['body']) => rows.map((r) => r.map((c) => c.text))

describe('parseCellNumber', () => {
  it.each([
    ['1,204', { value: 1204, negative: false }],
    ['$1,204', { value: 1204, negative: false, currency: 'USD' }],
    ['(299)', { value: -299, negative: true }],
    ['$(4,687)', { value: -4687, negative: true, currency: 'USD' }],
    ['(3)%', { value: -3, negative: true, percent: true }],
    ['-3.1', { value: -3.1, negative: true }],
    ['−4%', { value: -4, negative: true, percent: true }],
    ['+12.5 %', { value: 12.5, negative: false, percent: true }],
    ['€2.1bn', { value: 2_100_000_000, negative: false, currency: 'EUR' }],
    ['1.8x', { value: 1.8, negative: false, unit: 'x' }],
    ['17249.0ms', { value: 17249, negative: false, unit: 'ms' }],
    ['3.2 GB', { value: 3.2, negative: false, unit: 'gb' }],
  ])('%s', (text, expected) => {
    expect(parseCellNumber(text)).toEqual(expected)
  })

  it.each(['Revenue', '—', 'n/a', '(299', '4,687)', 'Q3 2024', '1.2.3', '1990s', ''])('%s is not a number', (text) => {
    expect(parseCellNumber(text)).toBeUndefined()
  })
})

describe('pipe rows', () => {
  it('splits rows with and without outer pipes, keeping escaped pipes', () => {
    expect(splitPipeRow('| a | b \\| c | |')).toEqual(['a', 'b | c', ''])
    expect(splitPipeRow('Net loss | | (299 | ) |')).toEqual(['Net loss', '', '(299', ')'])
  })

  it('tells rows from prose', () => {
    expect(isPipeRow('Net loss | | 25 |')).toBe(true)
    expect(isPipeRow('| a |')).toBe(true)
    expect(isPipeRow('Cats | dogs')).toBe(false)
    expect(isPipeRow('A sentence with no pipes.')).toBe(false)
  })

  it('reads the header rows from the delimiter row', () => {
    expect(pipeTable('| a | b |\n|---|--:|\n| 1 | 2 |')).toEqual({ rows: [['a', 'b'], ['1', '2']], headRows: 1 })
    expect(pipeTable('A line of prose\n| a | b |')).toBeUndefined()
  })
})

describe('normalizeTable', () => {
  it('merges currency, closing-parenthesis and percent cells into their numbers', () => {
    expect(mergeRaggedCells(['Net loss', '', '$', '(4,687', ')', '', '41.2', '%'])).toEqual(['Net loss', '', '', '$(4,687)', '', '', '41.2%', ''])
    // a "$" before text, or a ")" after text, stays
    expect(mergeRaggedCells(['$', 'Revenue', 'Other (see note', ')'])).toEqual(['$', 'Revenue', 'Other (see note', ')'])
  })

  it('drops spacer rows and columns, joins a header column with the numbers beside it, reads caption and notes', () => {
    const grid = normalizeTable({
      rows: [
        ['', '', '', '', ''],
        ['Statements of operations', '', '', '', ''],
        ['(in thousands)', '', '', '', ''],
        ['', 'Q3 2024', '', 'Q3 2023', ''],
        ['Revenue', '$', '1,204', '$', '998'],
        ['', '', '', '', ''],
        ['Other (loss) income, net', '', '(299', ')', '25'],
        ['(1) Restated.', '', '', '', ''],
      ],
    })
    expect(grid).toEqual({
      caption: 'Statements of operations',
      notes: ['(in thousands)', '(1) Restated.'],
      head: [['', 'Q3 2024', 'Q3 2023']],
      body: [
        ['Revenue', '$1,204', '$998'],
        ['Other (loss) income, net', '(299)', '25'],
      ],
    })
  })

  it('finds header rows above the first row of amounts (years are labels)', () => {
    const grid = normalizeTable({ rows: [['', 'Year ended'], ['', '2024'], ['Sales', '12,000'], ['Costs', '(9,000)']] })
    expect(grid?.head).toEqual([['', 'Year ended'], ['', '2024']])
    expect(grid?.body).toHaveLength(2)
  })

  it('takes the first row as header of a table of words', () => {
    expect(normalizeTable({ rows: [['Symptom', 'Cause'], ['Slow boot', 'Disk']] })?.head).toEqual([['Symptom', 'Cause']])
  })

  it('takes no row as header of a table whose header the writer left empty ("|   |  |")', () => {
    const grid = normalizeTable({ rows: [['', ''], ['Assessment Stage', 'Incomplete'], ['Security Provider', 'No'], ['Languages', 'Go, Rust']], headRows: 1 })
    expect(grid?.head).toEqual([])
    expect(grid?.body.map((r) => r[0])).toEqual(['Assessment Stage', 'Security Provider', 'Languages'])
  })

  it('moves a group label centred over the columns to the first column', () => {
    const grid = normalizeTable({ rows: [['', 'Q1', 'Q2'], ['', '2013', ''], ['Revenue', '9,453', '7,151']] })
    expect(grid?.body[0]).toEqual(['2013', '', ''])
  })

  it('moves labels indented by empty cells to the labels\' column, so a header over a "$" cell stays over its figures', () => {
    // (a converted statement: "Three Months Ended" and the days span the "$" cell and the figure's; sub-items indented by one cell, totals by two)
    const e = (n: number) => Array.from({ length: n }, () => '')
    const rows = [
      ['', '', '', 'Three Months Ended', ...e(5), 'Nine Months Ended', ''],
      ['', '', '', 'October 27,', '', '', 'October 29,', '', '', 'October 27,', ''],
      ['', '', '', '', '2024', '', '', '2023', '', '', '2024'],
      ['Revenue', '', '', '$', '35,082', '', '$', '18,120', '', '$', '91,166'],
      ['Operating expenses', ...e(10)],
      ['', 'Research and development', '', '', '3,390', '', '', '2,294', '', '', '9,200'],
      ['', '', 'Total operating expenses', '', '4,287', '', '', '2,983', '', '', '11,716'],
      ['', 'Other, net', '', '', '-', '', '', '(66', ')', '', '301'],
      ['Net income', '', '', '$', '19,309', '', '$', '9,243', '', '$', '50,789'],
    ]
    const grid = normalizeTable({ rows })!
    expect(grid.head).toEqual([
      ['', 'Three Months Ended', '', 'Nine Months Ended'],
      ['', 'October 27,', 'October 29,', 'October 27,'],
      ['', '2024', '2023', '2024'],
    ])
    expect(grid.body.map((r) => r.join(' | '))).toEqual([
      'Revenue | $35,082 | $18,120 | $91,166',
      'Operating expenses |  |  | ',
      'Research and development | 3,390 | 2,294 | 9,200',
      'Total operating expenses | 4,287 | 2,983 | 11,716',
      'Other, net | - | (66) | 301',
      'Net income | $19,309 | $9,243 | $50,789',
    ])
  })

  it('takes a statement\'s title for its caption over the company\'s name above it ("NVIDIA CORPORATION")', () => {
    const grid = normalizeTable({ rows: [['NVIDIA CORPORATION', '', ''], ['CONDENSED CONSOLIDATED BALANCE SHEETS', '', ''], ['(In millions)', '', ''], ['', '2024', '2023'], ['Inventories', '7,654', '5,282'], ['Total assets', '96,013', '65,728']] })!
    expect(grid.caption).toBe('CONDENSED CONSOLIDATED BALANCE SHEETS')
    expect(grid.notes).toEqual(['NVIDIA CORPORATION', '(In millions)'])
  })

  it('refuses a one-column table and a layout table holding prose', () => {
    expect(normalizeTable({ rows: [['a'], ['b']] })).toBeUndefined()
    expect(normalizeTable({ rows: [['Intro', 'word '.repeat(80)], ['x', 'y']] })).toBeUndefined()
  })
})

/** The body cells with their parsed values, to check cells and units together. */
const valued = (t: Table) => t.body.map((r) => r.map((c) => (c.number ? [c.text, c.number.value, c.number.currency ?? (c.number.percent ? '%' : '')] : c.text)))

function onlyTable(a: Article): Table {
  expectWellFormed(a)
  expect(a.tables).toHaveLength(1)
  return a.tables[0]!
}

function gfmAfter(line: string): Table {
  return onlyTable(parseMarkdown(`Some prose first.\n\n${line}\n\n| | 2024 | 2023 |\n|---|---|---|\n| Revenue | $1,204 | $998 |\n\nMore prose.`, 'x.md'))
}

describe('tables in every input form', () => {
  it('reads a GFM table with its header row and the line before as caption', () => {
    const a = parseMarkdown('Some prose first.\n\nCosts of the options:\n\n| Option | Cost | Fuel saved |\n|---|---:|---:|\n| Retrofit | $2.1 million | 12% |\n| New build | $9.8 million | 31% |\n\nMore prose.', 'x.md')
    const t = onlyTable(a)
    expect(t.caption?.text).toBe('Costs of the options')
    expect(texts(t.head)).toEqual([['Option', 'Cost', 'Fuel saved']])
    expect(valued(t)).toEqual([
      ['Retrofit', ['$2.1 million', 2_100_000, 'USD'], ['12%', 12, '%']],
      ['New build', ['$9.8 million', 9_800_000, 'USD'], ['31%', 31, '%']],
    ])
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
  })

  it('reads a ragged converted table whose header row is empty', () => {
    const md = ['|  |  |  |  |  |', '| --- | --- | --- | --- | --- |', '| | | 2024 | | 2023 |', '| Revenue | $ | 1,204 | $ | 998 |', '| Other (loss) income, net | | (299 | ) | 25 |'].join('\n')
    const t = onlyTable(parseMarkdown(`Prose.\n\n${md}`, 'x.md'))
    expect(texts(t.head)).toEqual([['', '2024', '2023']])
    expect(valued(t)).toEqual([
      ['Revenue', ['$1,204', 1204, 'USD'], ['$998', 998, 'USD']],
      ['Other (loss) income, net', ['(299)', -299, ''], ['25', 25, '']],
    ])
  })

  it('reads ragged pipe lines without a delimiter row in Markdown and plain text', () => {
    const rows = 'Revenue | | $ | 1,204 | | $ | 998 |\nNet loss | | $ | (4,687 | ) | | $ | (11,897 | ) |'
    for (const a of [parseMarkdown(`Prose.\n\n${rows}`, 'x.md'), parseText(`A first paragraph of prose for the article.\n\n${rows}\n\nMore prose.`, 'x.txt')]) {
      expect(valued(onlyTable(a))).toEqual([
        ['Revenue', ['$1,204', 1204, 'USD'], ['$998', 998, 'USD']],
        ['Net loss', ['$(4,687)', -4687, 'USD'], ['$(11,897)', -11897, 'USD']],
      ])
    }
  })

  it('reads an HTML table: caption, th header, colspan', () => {
    const prose = '<p>' + 'A paragraph of article prose about the results of the year. '.repeat(4) + '</p>'
    const html = `<html><body><article>${prose}<table><caption>Results by year</caption><thead><tr><th></th><th colspan="2">Year</th></tr><tr><th></th><th>2023</th><th>2024</th></tr></thead><tbody><tr><td>Sales</td><td>1,000</td><td>1,250</td></tr></tbody></table>${prose}</article></body></html>`
    const t = onlyTable(parseHtml(html, 'x.html'))
    expect(t.caption?.text).toBe('Results by year')
    expect(texts(t.head)).toEqual([['', 'Year', ''], ['', '2023', '2024']])
    expect(valued(t)).toEqual([['Sales', ['1,000', 1000, ''], ['1,250', 1250, '']]])
  })

  it('reads a cell spanning rows as the value of each body row it spans, not the next column\'s', () => {
    const prose = '<p>' + 'A paragraph of article prose about the uses of the spell. '.repeat(4) + '</p>'
    const rows = '<tr><td>Fleur</td><td>1994</td><td>Put out a fire.</td></tr><tr><td rowspan="3">Harry</td><td rowspan="2">1997</td><td>Filled a goblet.</td></tr><tr><td>Put out a hut.</td></tr><tr><td>1998</td><td>Fought a fire.</td></tr><tr><td>Hermione</td><td>1997</td><td>Put out eyebrows.</td></tr>'
    const html = `<html><body><article>${prose}<table><thead><tr><th rowspan="2">Caster</th><th colspan="2">Use</th></tr><tr><th>Date</th><th>Notes</th></tr></thead><tbody>${rows}</tbody></table>${prose}</article></body></html>`
    const t = onlyTable(parseHtml(html, 'x.html'))
    expect(texts(t.head)).toEqual([['Caster', 'Use', ''], ['', 'Date', 'Notes']])
    expect(texts(t.body)).toEqual([
      ['Fleur', '1994', 'Put out a fire.'],
      ['Harry', '1997', 'Filled a goblet.'],
      ['Harry', '1997', 'Put out a hut.'],
      ['Harry', '1998', 'Fought a fire.'],
      ['Hermione', '1997', 'Put out eyebrows.'],
    ])
  })

  it('reads a <tfoot> written before the body as the table\'s foot, and leaves out a foot that says the header again', () => {
    const prose = '<p>' + 'A paragraph of article prose about the players of the game. '.repeat(4) + '</p>'
    const header = '<tr><th>Player</th><th>Plays</th><th>Share</th></tr>'
    const body = '<tbody><tr><td>Larry Ogunjobi</td><td>63</td><td>85%</td></tr><tr><td>Myles Garrett</td><td>57</td><td>77%</td></tr></tbody>'
    const table = (foot: string) => onlyTable(parseHtml(`<html><body><article>${prose}<table><thead>${header}</thead><tfoot>${foot}</tfoot>${body}</table>${prose}</article></body></html>`, 'x.html'))
    const repeated = table(header)
    expect(texts(repeated.head)).toEqual([['Player', 'Plays', 'Share']])
    expect(repeated.body.map((r) => r[0]?.text)).toEqual(['Larry Ogunjobi', 'Myles Garrett'])
    expect(table('<tr><td>Total</td><td>120</td><td></td></tr>').body.map((r) => r[0]?.text)).toEqual(['Larry Ogunjobi', 'Myles Garrett', 'Total'])
  })

  it('reads a first row whose every word is bold as the header of a table without <th>; a table of words alone has one header row', () => {
    const prose = '<p>' + 'A paragraph of article prose about the states of a task. '.repeat(4) + '</p>'
    const row = (cells: string[]) => `<tr>${cells.map((c) => `<td><p>${c}</p></td>`).join('')}</tr>`
    const table = (first: string[], rows: string[][]) => `<html><body><article>${prose}<table><tbody>${row(first)}${rows.map(row).join('')}</tbody></table>${prose}</article></body></html>`
    const words = [['new', 'Pick up new tasks'], ['enqueued', 'Re-enqueue the task'], ['claimed', 'Re-enqueue if never processed'], ['done', 'Nothing left to do']]
    const wordy = onlyTable(parseHtml(table(['<b>Entity status</b>', '<strong>Comment</strong>'], words), 'x.html'))
    expect(texts(wordy.head)).toEqual([['Entity status', 'Comment']])
    expect(texts(wordy.body).map((r) => r[0])).toEqual(['new', 'enqueued', 'claimed', 'done'])
    // over amounts, a bold first row is the header even when it holds a figure; a plain one is a row
    const amounts = [['Ferries', '$1,204'], ['Buses', '$3,310']]
    expect(texts(onlyTable(parseHtml(table(['<b>Route</b>', '<b>2024</b>'], amounts), 'x.html')).head)).toEqual([['Route', '2024']])
    expect(onlyTable(parseHtml(table(['Trams', '$2,000'], amounts), 'x.html')).body).toHaveLength(3)
  })

  it('takes no quotation\'s signature right before a table for its caption ("—Hagrid and Harry … hut[src]")', () => {
    const md = `The spell was used many times in the story, by many people.\n\n—Hagrid and Harry Potter using the spell on the hut[src]\n\n| Caster | Date |\n|---|---|\n| Fleur | 1994 |\n| Harry | 1997 |\n\nThe spell is simple to learn for most students.`
    const a = parseMarkdown(md, 'x.md')
    expect(a.tables[0]!.caption).toBeUndefined()
  })

  it('reads a unit-note line before a table as its note, a caption line closed by unit notes as its caption', () => {
    const t = gfmAfter('(In millions, except percentages) (Unaudited)')
    expect(t.notes.map((n) => n.text)).toEqual(['(In millions, except percentages) (Unaudited)'])
    expect(gfmAfter('Supplemental cash flow data (In millions)').caption?.text).toBe('Supplemental cash flow data (In millions)')
    // a sentence closed by a bracket is prose, not a caption
    expect(gfmAfter('The figures are restated (see note).').caption).toBeUndefined()
  })

  it('moves a header-only note column ("(Unaudited)" over the "$" cells) to the notes', () => {
    const md = ['|Assets|(Unaudited)|March 31, 2024|December 31, 2023|', '|---|---|---|---|', '|Cash|$|32,307|41,862|', '|Goodwill| |20,654|20,654|'].join('\n')
    const t = onlyTable(parseMarkdown(`Prose.\n\n${md}`, 'x.md'))
    expect(texts(t.head)).toEqual([['Assets', 'March 31, 2024', 'December 31, 2023']])
    expect(t.notes.map((n) => n.text)).toEqual(['(Unaudited)'])
    expect(texts(t.body)).toEqual([['Cash', '$32,307', '41,862'], ['Goodwill', '20,654', '20,654']])
  })

  it('reads an HTML table written inside Markdown as a table', () => {
    const html = '<figure>\n<table>\n<thead>\n<tr><th><strong>State</strong></th><th><strong>FY26 Award Amount</strong></th></tr>\n</thead>\n<tbody>\n<tr><td>Alabama</td><td>$203,404,327</td></tr>\n<tr><td>Alaska</td><td>$272,174,856</td></tr>\n</tbody>\n</table>\n</figure>'
    const a = parseMarkdown(`Some prose first.\n\n### Award list\n\n${html}\n\nMore prose.`, 'x.md')
    const t = onlyTable(a)
    expect(texts(t.head)).toEqual([['State', 'FY26 Award Amount']])
    expect(valued(t)).toEqual([['Alabama', ['$203,404,327', 203404327, 'USD']], ['Alaska', ['$272,174,856', 272174856, 'USD']]])
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'table', 'paragraph'])
  })

  it('splits a row stacked inside its cells (one line per item, as word processors write it) into its rows', () => {
    const p = (...lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('')
    const prose = '<p>' + 'A paragraph of article prose about the budget and the cases below. '.repeat(4) + '</p>'
    const table = `<table><tr><td></td><td>${p('<strong>2006</strong>')}</td><td>${p('<strong>2007</strong>')}</td></tr>` +
      `<tr><td>${p('Gross Income', 'Total Income Tax Due', 'Gain from Child Benefit<br />(9 months of increase)', 'Total Gain')}</td>` +
      `<td>${p('€', '17,542<br />388', '4.7%')}</td><td>${p('€', '17,542', '0', '180', '1,650')}</td></tr></table>`
    const t = onlyTable(parseHtml(`<html><body><article>${prose}${table}${prose}</article></body></html>`, 'x.html'))
    expect(texts(t.head)).toEqual([['', '2006', '2007']])
    expect(texts(t.body)).toEqual([
      ['Gross Income', '€17,542', '€17,542'],
      ['Total Income Tax Due', '388', '0'],
      ['Gain from Child Benefit (9 months of increase)', '4.7%', '180'],
      ['Total Gain', '', '1,650'],
    ])
  })

  it('reads rows labelled with a colon as body rows, never as the header', () => {
    const grid = normalizeTable({ rows: [['Credit card late fees:', '$12 billion in 2020 (CFPB estimate)'], ['Hotel resort fees:', '$2.93 billion in 2018 (NYU estimate)']] })
    expect(grid?.head).toEqual([])
    expect(grid?.body).toHaveLength(2)
  })

  it('leaves a row whose cells merely wrap as one row', () => {
    const grid = normalizeTable({ rows: [['', '2024'], ['Revenue of the\nferry lines\nand buses', '1,204']] })
    expect(grid?.body).toEqual([['Revenue of the ferry lines and buses', '1,204']])
  })

  it('reads paragraphs that are each one row written a cell per line as a table, headers from the paragraph before', () => {
    const md = ['Prose first.', 'Three Months Ended March 31, 2024\nThree Months Ended March 31, 2023', 'Net income\n$12,369\n$5,709', 'Changes in assets and liabilities:',
      'Accounts receivable\n$2,520\n$2,546', 'Other assets\n($94)\n$30', 'Net cash provided by operating activities\n$19,246\n$13,998', 'More prose.'].join('\n\n')
    const a = parseMarkdown(md, 'x.md')
    const t = onlyTable(a)
    expect(texts(t.head)).toEqual([['', 'Three Months Ended March 31, 2024', 'Three Months Ended March 31, 2023']])
    expect(texts(t.body)).toEqual([
      ['Net income', '$12,369', '$5,709'],
      ['Changes in assets and liabilities:', '', ''],
      ['Accounts receivable', '$2,520', '$2,546'],
      ['Other assets', '($94)', '$30'],
      ['Net cash provided by operating activities', '$19,246', '$13,998'],
    ])
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph'])
  })

  it('leaves two one-cell-per-line paragraphs, or lines of prose, as paragraphs', () => {
    const a = parseMarkdown('Prose first.\n\nNet income\n$12,369\n\nOther assets\n($94)\n\nThe poem\nhas lines\nof words', 'x.md')
    expect(a.tables).toHaveLength(0)
  })

  it('reads a table laid out with spaces in plain text: centred caption and notes, a header over two columns, groups, currency signs apart', () => {
    const lines = [
      '                              CONDENSED STATEMENTS OF INCOME',
      '                                      (In millions)',
      '                                                Three Months Ended March 31,',
      '                                                 2024                 2023',
      'Revenue                                   $      36,455   $           28,645',
      'Costs and expenses:',
      '  Cost of revenue                                 6,640                6,108',
      '  Research and development                        9,978                9,381',
      'Net income                                $      12,369 $              5,709',
    ]
    const a = parseText(`A first paragraph of prose about the quarter and its results.\n\n${lines.join('\n')}\n\nMore prose about the results.`, 'x.txt')
    const t = onlyTable(a)
    expect(t.caption?.text).toBe('CONDENSED STATEMENTS OF INCOME')
    expect(t.notes.map((n) => n.text)).toEqual(['(In millions)'])
    expect(texts(t.head)).toEqual([['', 'Three Months Ended March 31, 2024', 'Three Months Ended March 31, 2023']])
    expect(texts(t.body)).toEqual([
      ['Revenue', '$36,455', '$28,645'],
      ['Costs and expenses:', '', ''],
      ['Cost of revenue', '6,640', '6,108'],
      ['Research and development', '9,978', '9,381'],
      ['Net income', '$12,369', '$5,709'],
    ])
  })

  it('leaves prose with wide spaces, and lists of numbered lines, as text', () => {
    const a = parseText('A first paragraph of prose.\n\nWe met  at noon.  It rained.\nThen  we left  at 3.\nAnd  came back.\n\nMore prose.', 'x.txt')
    expect(a.tables).toHaveLength(0)
  })

  it('keeps tables out of the prose blocks', () => {
    const a = parseMarkdown('Intro paragraph.\n\n| a | b |\n|---|---|\n| 1 | 2 |', 'x.md')
    const prose = a.blocks.filter((b) => b.kind !== 'table').map((b) => a.text.slice(b.start, b.end))
    expect(prose).toEqual(['Intro paragraph.'])
  })
})
