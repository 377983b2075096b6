import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { planDeck } from '../../src/plan/index.ts'
import { columnLabels, MAX_COLUMNS, MAX_ROWS, MAX_SHORT_ROWS, MAX_TABLE_WORDS, MAX_WHOLE_ROWS, ONE_LINE_CHARS, pagesByWords, tableSlides } from '../../src/plan/table-slides.ts'
import type { TableSlide } from '../../src/types.ts'

const prose = 'The company reported its results for the year on Monday, and revenue rose across its three divisions. Costs rose too, mostly for staff.'

function deckOf(md: string) {
  const a = analyze(parseMarkdown(md, 'x.md'))
  return { a, plan: planDeck(a) }
}

function gfm(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

/** The header of a table of two years. */
const YEARS = ['', '2024', '2023']

/** Twenty rows of a table of two years ("Line 1", …), with the rows of `set` in their places. */
function yearRows(set: Readonly<Record<number, string[]>>): string[][] {
  return Array.from({ length: 20 }, (_, i) => set[i] ?? [`Line ${i + 1}`, String(1000 + i * 10), String(2000 + i * 10)])
}

describe('table slides', () => {
  it('shows a table set right after its twin (the same comparison for another case), each titled by its own case', () => {
    const rows = (a: string, b: string, c: string, d: string) => [['**dev cold start**', a, b], ['**Root HMR**', c, d]]
    const md = `# Vite 4.3 is out\n\n${prose}\n\nThese are the performance improvements as measured by the comparison app, which tests an app with 1000 components:\n\n${gfm(['**Vite (babel)**', 'Vite 4.2', 'Vite 4.3'], rows('17249.0ms', '5132.4ms', '46.8ms', '26.7ms'))}\n\n${gfm(['**Vite (swc)**', 'Vite 4.2', 'Vite 4.3'], rows('13552.5ms', '3201.0ms', '30.5ms', '24.0ms'))}\n\n${prose}`
    const slides = deckOf(md).plan.slides.filter((s): s is TableSlide => s.kind === 'table')
    expect(slides.map((s) => s.title)).toEqual(['Vite (babel)', 'Vite (swc)'])
    expect(slides[1]!.columns.map((c) => c.numeric)).toEqual([false, true, true])
  })

  it('shows a small table whole, numbers right-aligned, caption from the line before', () => {
    const { plan } = deckOf(`${prose}\n\nRevenue by division:\n\n${gfm(['Division', '2023', '2024'], [['Ferries', '$1,204', '$1,310'], ['Buses', '(299)', '25']])}\n\n${prose}`)
    const slides = plan.slides.filter((s): s is TableSlide => s.kind === 'table')
    expect(slides).toHaveLength(1)
    expect(slides[0]!.caption).toBe('Revenue by division')
    expect(slides[0]!.columns).toEqual([
      { label: 'Division', numeric: false },
      { label: '2023', numeric: true },
      { label: '2024', numeric: true },
    ])
    expect(slides[0]!.rows).toEqual([{ cells: ['Ferries', '$1,204', '$1,310'] }, { cells: ['Buses', '(299)', '25'] }])
    expect(slides[0]!.notes.map((n) => n.text)).toEqual(['Revenue by division', 'Ferries — 2023: $1,204 · 2024: $1,310', 'Buses — 2023: (299) · 2024: 25'])
  })

  it('leaves out a table that repeats the figures of one before it, and past the first a table the text says nothing of', () => {
    const highlights = gfm(['Item', '2024', '2023'], [['Revenue', '$36,455', '$28,645'], ['Net income', '$12,369', '$5,709'], ['Headcount', '69,329', '77,114']])
    const statement = gfm(['Item', '2024', '2023'], [['Revenue', '$36,455', '$28,645'], ['Research and development', '$9,978', '$9,381'], ['Net income', '$12,369', '$5,709']])
    const ferries = gfm(['Route', 'Crossings', 'Passengers'], [['Harbour to Island', '1,204', '31,310'], ['Island to Bay', '2,299', '25,128']])
    const untold = gfm(['Asset', '2024', '2023'], [['Prepaid expenses', '$3,793', '$3,793'], ['Goodwill and intangibles', '$20,654', '$21,208']])
    const text = `${prose} The Harbour to Island route was the busiest.\n\nHighlights:\n\n${highlights}\n\n${prose}\n\nStatement:\n\n${statement}\n\nRoutes:\n\n${ferries}\n\nAssets:\n\n${untold}\n\n${prose}`
    const { plan } = deckOf(text)
    const shown = plan.slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.rows[0]!.cells[0])
    expect(shown).toEqual(['Revenue', 'Harbour to Island'])
  })

  it('shows a table past the first that a sentence of the text leads into, though the text names none of its rows', () => {
    const first = gfm(['Item', '2024', '2023'], [['Revenue', '$36,455', '$28,645'], ['Net income', '$12,369', '$5,709']])
    const matrix = gfm(['Compiler', 'Status'], [['Kestrel 4', 'Fully compatible'], ['Osprey 2', 'Incompatible']])
    const shown = (leadIn: string) => {
      const { plan } = deckOf(`${prose} Revenue grew.\n\n${first}\n\n${prose}\n\n${leadIn}\n\n${matrix}\n\n${prose}`)
      return plan.slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.rows[0]!.cells[0])
    }
    expect(shown('Compatibility changed with the fixes. All other combinations have some incompatible cases, which are summarized in the table below:')).toEqual(['Revenue', 'Kestrel 4'])
    // (a label is no sentence leading into it)
    expect(shown('Compatibility changed with the fixes. Matrix:')).toEqual(['Revenue'])
  })

  /** A row label of few words but more than a line's characters (ONE_LINE_CHARS): rows that wrap. */
  const longLabel = (i: number) => `Internationalisation-${i} Counterrevolutionary Institutionalisation Electroencephalographically`

  it('shows a table of MAX_WHOLE_ROWS whole on one slide, and one row more not (its type would fall under a readable size)', () => {
    const table = (n: number) => gfm(['Item', 'Count'], Array.from({ length: n }, (_, i) => [longLabel(i), String(100 + i)]))
    expect(tableSlides(deckOf(`${prose}\n\n${table(MAX_WHOLE_ROWS)}`).a, 0).map((s) => s.rows.length)).toEqual([MAX_WHOLE_ROWS])
    expect(tableSlides(deckOf(`${prose}\n\n${table(MAX_WHOLE_ROWS + 1)}`).a, 0).length).toBe(2)
    expect(MAX_WHOLE_ROWS).toBeLessThanOrEqual(8)
  })

  it('cuts a table of sentences into slides of at most MAX_TABLE_WORDS words, as even as its rows allow', () => {
    const sentence = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
    const rows = [['new', sentence(8)], ['enqueued', sentence(35)], ['claimed', sentence(34)], ['processing', sentence(28)], ['retriable', sentence(10)], ['success', 'N/A'], ['failure', 'N/A']]
    const { a } = deckOf(`${prose}\n\nStates and what happens to them:\n\n${gfm(['State', 'Comment'], rows)}\n\n${prose}`)
    const slides = tableSlides(a, 0)
    expect(slides.map((s) => s.rows.map((r) => r.cells[0]))).toEqual([['new', 'enqueued', 'claimed'], ['processing', 'retriable', 'success', 'failure']])
    expect(slides.map((s) => s.title)).toEqual(['States and what happens to them', 'States and what happens to them (cont.)'])
    const words = (s: TableSlide) => s.rows.flatMap((r) => r.cells).join(' ').split(/\s+/).length
    for (const s of slides) expect(words(s)).toBeLessThanOrEqual(MAX_TABLE_WORDS)
    // a table of few words stays whole; a slide does not end on a group's label row
    expect(pagesByWords([{ cells: ['a', 'b'] }, { cells: ['c', 'd'] }])).toEqual([[{ cells: ['a', 'b'] }, { cells: ['c', 'd'] }]])
    const grouped = [{ cells: ['x', sentence(50)] }, { cells: ['Group:', ''], group: true }, { cells: ['y', sentence(45)] }, { cells: ['z', sentence(5)] }]
    expect(pagesByWords(grouped)!.map((p) => p.length)).toEqual([1, 3])
  })

  it('shows the rows the prose gives in millions from a table in thousands ("$293.6 million" for 293,618), and the label of a group of short parts ("Earnings per share:" over "Basic")', () => {
    const rows = [
      ['SALES, Net of returns and allowances', '$293,618', '$303,457'], ['COST OF SALES', '153,547', '156,242'], ['Gross profit', '140,071', '147,215'],
      ['OPERATING EXPENSES:', '', ''], ['Selling', '71,986', '70,242'], ['General and administrative', '13,602', '12,908'],
      ['INCOME FROM OPERATIONS', '54,483', '64,065'], ['OTHER INCOME, Net', '4,023', '4,490'], ['INCOME TAX EXPENSE', '14,334', '16,793'],
      ['NET INCOME', '$44,172', '$51,762'], ['EARNINGS PER SHARE:', '', ''], ['Basic', '$0.89', '$1.05'], ['Diluted', '$0.88', '$1.04'],
      ['Basic weighted average shares', '49,854', '49,513'],
    ]
    const text = `${prose} Our stores took $293.6 million this quarter, down from $303.5 million, and earned $0.89 per share ($0.88 diluted).\n\n${gfm(['', 'Q3 2024', 'Q3 2023'], rows)}`
    const labels = tableSlides(deckOf(text).a, 0)[0]!.rows.map((r) => r.cells[0])
    expect(labels).toContain('SALES, Net of returns and allowances')
    expect(labels.slice(labels.indexOf('EARNINGS PER SHARE:'))).toEqual(['EARNINGS PER SHARE:', 'Basic', 'Diluted'])
    // (a total after short parts is none of them: "Operating expenses:" is no label of "Net income")
    expect(labels).not.toContain('OPERATING EXPENSES:')
  })

  it('shows a later table the sentence right before it names the rows of ("Parquet and CSV writing are sped up …"), though it gives none of its figures', () => {
    const first = gfm(['id', 'name'], [['1', 'O Brother'], ['2', 'Home for the Holidays']])
    const bench = gfm(['Format', 'Old', 'New (8T)'], [['CSV', '2.6s', '0.38s'], ['Parquet', '7.5s', '1.3s']])
    const md = `${prose}\n\nThe query returns the names:\n\n${first}\n\nParquet and CSV writing are sped up tremendously this release with the parallel writer support.\n\n${bench}\n\n${prose}`
    const shown = deckOf(md).plan.slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.columns.map((c) => c.label).join(' | '))
    expect(shown).toContain('Format | Old | New (8T)')
    // (titled by the label its paragraph opens on)
    const labelled = md.replace('Parquet and CSV writing are sped up', '**Parallel Writing.** Parquet and CSV writing are sped up')
    expect(deckOf(labelled).plan.slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.title)).toContain('Parallel Writing')
    // (a sentence that names none of its rows says nothing of it)
    const other = md.replace('Parquet and CSV writing are sped up tremendously this release with the parallel writer support.', 'Writing files is faster in this release with the new writer support.')
    expect(deckOf(other).plan.slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.columns.map((c) => c.label).join(' | '))).not.toContain('Format | Old | New (8T)')
  })

  it('keeps the label rows of the groups of key rows whose labels it shows twice', () => {
    const rows = [
      ['Revenue:', '', ''], ['Ferries', '$1,204', '$1,100'], ['Buses', '$310', '$300'], ['Trams', '$120', '$118'], ['Total revenue', '$1,634', '$1,518'],
      ['Operating income:', '', ''], ['Ferries', '$404', '$380'], ['Buses', '($31)', '($30)'], ['Trams', '$12', '$11'], ['Total operating income', '$385', '$361'],
    ]
    const { a } = deckOf(`${prose} Ferries brought in $1,204 and earned $404, Buses lost $31.\n\n${gfm(['', '2024', '2023'], rows)}`)
    const [slide] = tableSlides(a, 0)
    const labels = slide!.rows.map((r) => r.cells[0])
    expect(labels.length).toBeLessThan(rows.length)
    expect(labels).toContain('Revenue:')
    expect(labels).toContain('Operating income:')
    expect(labels.indexOf('Revenue:')).toBeLessThan(labels.indexOf('Ferries'))
    expect(slide!.rows.filter((r) => r.group).map((r) => r.cells[0])).toEqual(['Revenue:', 'Operating income:'])
    // labels that say what they are need no group row: the room goes to figures (a short part, "Ferries" under "Revenue:", keeps its group's label)
    const unique = rows.map((r, i) => (i > 5 && r[1] ? [`${r[0]} operating income`, r[1]!, r[2]!] : r))
    const [plain] = tableSlides(deckOf(`${prose} Ferries brought in $1,204 and earned $404, Buses lost $31.\n\n${gfm(['', '2024', '2023'], unique)}`).a, 0)
    expect(plain!.rows.filter((r) => r.group).map((r) => r.cells[0])).toEqual(['Revenue:'])
  })

  it('shows a table of up to MAX_SHORT_ROWS rows that each fit a line whole on one slide', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Rust ≥ 1.${70 + i} with LLVM ≥ 18`, 'Clang (any version)', 'Storage compatible, has calling bug'])
    const slides = (body: string[][]) => tableSlides(deckOf(`${prose}\n\n${gfm(['Compiler 1', 'Compiler 2', 'Status'], body)}`).a, 0)
    expect(slides(rows(MAX_SHORT_ROWS)).map((s) => [s.rows.length, s.pageRows])).toEqual([[MAX_SHORT_ROWS, undefined]])
    expect(slides(rows(MAX_SHORT_ROWS + 1)).length).toBe(2)
    // (one row too long for a line, and the table continues as before)
    const wrapping = rows(MAX_SHORT_ROWS - 2)
    wrapping[3] = [longLabel(3), 'Clang (any version)', 'Incompatible']
    expect(slides(wrapping).length).toBe(2)
    // (a Chinese character is about two Latin ones wide)
    const wide = rows(MAX_SHORT_ROWS - 2).map((r) => ['编译器会打印两个字段的偏移量和对齐方式的结果', r[1]!, r[2]!])
    expect(slides(wide).length).toBe(2)
    expect(rows(1)[0]!.join('').length).toBeLessThanOrEqual(ONE_LINE_CHARS)
  })

  it('marks the last column as categories when it repeats a few labels, on every slide of the table, never the row labels', () => {
    const status = ['Fully compatible', 'Incompatible', 'Storage compatible, has calling bug']
    const body = Array.from({ length: 14 }, (_, i) => [`Rust ≥ 1.${60 + i} with LLVM ≥ 18`, i % 2 ? 'GCC' : 'Clang', status[i % 3]!])
    const slides = tableSlides(deckOf(`${prose}\n\n${gfm(['Compiler 1', 'Compiler 2', 'Status'], body)}`).a, 0)
    expect(slides.length).toBe(2)
    for (const s of slides) expect(s.columns.map((c) => c.categories)).toEqual([undefined, undefined, [['Fully compatible'], ['Incompatible'], ['Storage compatible, has calling bug']]])
    // a column of numbers last: none
    const counts = tableSlides(deckOf(`${prose}\n\n${gfm(['Compiler', 'Count'], body.map((r, i) => [r[0]!, String(i % 2)]))}`).a, 0)
    expect(counts[0]!.columns.some((c) => c.categories)).toBe(false)
  })

  it('continues a table a little too long on a second slide', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [longLabel(i), String(100 + i)])
    const { a } = deckOf(`${prose}\n\n${gfm(['Item', 'Count'], rows)}`)
    const slides = tableSlides(a, 0)
    expect(slides.map((s) => s.rows.length)).toEqual([6, 6])
    expect(slides[1]!.title.endsWith(' (cont.)')).toBe(true)
    // (both slides know the longer one's rows, so the table keeps one type size over them)
    const odd = tableSlides(deckOf(`${prose}\n\n${gfm(['Item', 'Count'], rows.slice(0, 11))}`).a, 0)
    expect(odd.map((s) => [s.rows.length, s.pageRows])).toEqual([[6, 6], [5, 6]])
    expect(tableSlides(deckOf(`${prose}\n\n${gfm(['Item', 'Count'], rows.slice(0, 4))}`).a, 0)[0]!.pageRows).toBeUndefined()
  })

  it('shows the rows the text talks about and the latest period of a large table, the whole table in the notes', () => {
    // (more columns than a slide shows, short rows or not)
    const header = ['', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024']
    const rows = Array.from({ length: 20 }, (_, i) => [`Line ${i + 1}`, ...header.slice(1).map((_, c) => String(1000 + i * 10 + c))])
    rows[12] = ['Total revenue', '9,001', '9,002', '9,003', '9,004', '9,005', '9,006', '9,007', '9,008', '9,009']
    rows[15]![0] = 'Harbour dues'
    const { a } = deckOf(`${prose} Harbour dues were the surprise of the year.\n\n${gfm(header, rows)}`)
    const [slide, more] = tableSlides(a, 0)
    expect(more).toBeUndefined()
    expect(slide!.rows.length).toBe(MAX_ROWS)
    expect(slide!.columns.length).toBe(MAX_COLUMNS)
    // (the latest years side by side, as a trend is read)
    expect(slide!.columns.map((c) => c.label)).toEqual(['', '2021', '2022', '2023', '2024'])
    const labels = slide!.rows.map((r) => r.cells[0])
    expect(labels).toContain('Total revenue')
    expect(labels).toContain('Harbour dues')
    expect(slide!.note).toBe('selected rows and columns')
    expect(slide!.notes).toHaveLength(20)
  })

  it('shows every year of a table of a few rows of figures over seven years', () => {
    const header = ['', '2018', '2019', '2020', '2021', '2022', '2023', '2024']
    const rows = [['Merged PRs', '1,188', '986', '669', '118', '65', '776', '1,771'], ['Unique contributors', '142', '141', '87', '37', '20', '54', '129']]
    const [slide] = tableSlides(deckOf(`${prose} The project is back to the numbers of 2018.\n\n${gfm(header, rows)}`).a, 0)
    expect(slide!.columns.map((c) => c.label)).toEqual(header)
    expect(slide!.note).toBeUndefined()
  })

  it('keeps the column that says what changed among the columns it shows ("Reduction" closing a benchmark), and every column of a table of short rows', () => {
    const header = ['Profile', 'Incremental', 'Debuginfo', 'Before [MiB]', 'After [MiB]', 'Reduction']
    const rows = [['dev', 'Yes', 'Yes', '179.70', '171.32', '-4.7%'], ['dev', 'No', 'No', '81.12', '56.94', '-29.8%'], ['release', 'No', 'No', '40.11', '30.51', '-23.9%']]
    const { a } = deckOf(`${prose} The target directory shrinks by up to 30 percent.\n\n${gfm(header, rows)}`)
    const [slide] = tableSlides(a, 0)
    // (short rows: "Before" keeps its "After")
    expect(slide!.columns.map((c) => c.label)).toEqual(header)
    expect(slide!.note).toBeUndefined()
    // (long cells: MAX_COLUMNS, the change among them)
    const long = rows.map((r) => r.map((c, i) => (i === 1 ? `${c}, with incremental compilation turned on for every crate` : c)))
    const [wide] = tableSlides(deckOf(`${prose} The target directory shrinks by up to 30 percent.\n\n${gfm(header, long)}`).a, 0)
    expect(wide!.columns.length).toBe(MAX_COLUMNS)
    expect(wide!.columns.map((c) => c.label)).toContain('Reduction')
  })

  it('takes a row the text speaks of in other words ("Share repurchases were … of our Class A common stock") for a row it mentions, not one of short words alone', () => {
    const rows = yearRows({
      3: ['Total revenue', '9,001', '9,002'],
      6: ['Net cash used in investing activities', '(8,734)', '(6,743)'],
      9: ['Repurchases of Class A common stock', '(15,008)', '(9,365)'],
      14: ['Ferry with new deck', '(1,400)', '(1,300)'],
    })
    const said = `${prose} Share repurchases were $14.64 billion of our Class A common stock. The ferry with the new deck sailed in May.`
    const labels = tableSlides(deckOf(`${said}\n\n${gfm(YEARS, rows)}`).a, 0).flatMap((s) => s.rows.map((r) => r.cells[0]))
    expect(labels).toContain('Repurchases of Class A common stock')
    expect(labels).not.toContain('Ferry with new deck')
  })

  it('takes "Net decrease in cash" for a total and "Sales and maturities of …" for no total', () => {
    const rows = yearRows({
      5: ['Net cash used in investing activities', '(8,734)', '(6,743)'],
      18: ['Sales and maturities of marketable debt securities', '46', '5'],
      19: ['Net decrease in cash, cash equivalents, and restricted cash', '(9,222)', '(1,212)'],
    })
    const { a } = deckOf(`${prose}\n\n${gfm(YEARS, rows)}`)
    const labels = tableSlides(a, 0).flatMap((s) => s.rows.map((r) => r.cells[0]))
    expect(labels.length).toBe(MAX_ROWS)
    expect(labels).toContain('Net cash used in investing activities')
    expect(labels).toContain('Net decrease in cash, cash equivalents, and restricted cash')
    expect(labels).not.toContain('Sales and maturities of marketable debt securities')
  })

  it('carries a spanning header label over the columns below it', () => {
    const { a } = deckOf(`${prose}\n\n${gfm(['', 'Three months ended', '', 'Year'], [['', 'Q3 2024', 'Q3 2023', '2024'], ['Sales', '10', '9', '40']])}`)
    expect(columnLabels(a.article.tables[0]!)).toEqual(['', 'Three months ended Q3 2024', 'Three months ended Q3 2023', 'Year 2024'])
  })

  it('never puts table cells into bullets, titles or takeaways', () => {
    const rows = Array.from({ length: 6 }, (_, i) => [`Cost line ${i}`, '$', `${i + 1},000`, '', `(${i + 2}00`, ')'])
    const ragged = rows.map((r) => `${r.join(' | ')} |`).join('\n')
    const { plan } = deckOf(`## Results\n\n${prose}\n\n${ragged}\n\n## Outlook\n\n${prose}`)
    // a table slide's own title may name its rows ("Cost line 0 – Cost line 5"): only the other slides are checked
    const text = plan.slides.filter((s) => s.kind !== 'table').flatMap((s) => [s.title, ...('bullets' in s ? s.bullets.map((b) => b.text) : []), ...('items' in s && s.kind === 'agenda' ? s.items : [])])
    for (const t of text) expect(t).not.toMatch(/\||\t|Cost line/)
  })
})

describe('tablesToShow: a schedule under a heading of its own', () => {
  const schedule = (from: number, rows: number) => ['| Version | Current | End of Life |', '| --- | --- | --- |', ...Array.from({ length: rows }, (_, i) => `| ${from + i}.x | Apr ${2026 + i} | Apr ${2029 + i} |`)].join('\n')
  const md = (next: string) => [
    '# Release schedule',
    'Starting with version 27, the project will ship one major release per year instead of two, and every release will get long-term support for thirty months.',
    '## Version 27',
    'Version 27 is the first release line under the new schedule, and its dates are these:',
    schedule(27, 4),
    '## The next ten years',
    schedule(27, 10),
    next,
    '## Thanks',
    'We thank everyone who took part in the long discussion that led to this change.',
  ].join('\n\n')

  it('shows a table a heading of its own heads, the text going on after it, though the text names none of its rows', () => {
    const tables = (text: string) => planDeck(analyze(parseMarkdown(text, 'r.md'))).slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.title)
    expect(tables(md('This schedule is not final and may be amended by the release team.'))).toContain('The next ten years')
    // (a table that only runs into the next heading is reference matter the text says nothing of)
    expect(tables(md(''))).not.toContain('The next ten years')
  })
})

describe('tablesToShow: benchmarks under headings of their own', () => {
  const md = (memoryText: string) => [
    '# Transformer alpha',
    'The new transformer turns TypeScript and JSX into plain JavaScript, and it is faster than the tools it replaces.',
    '## Benchmark results',
    'On a small cloud machine, files of different lengths were measured:',
    '### Transform',
    gfm(['Lines', 'oxc', 'swc', 'babel'], [['~100', '0.14 ms', '0.7 ms', '11.5 ms'], ['~1000', '0.9 ms', '5.7 ms', '38.7 ms'], ['~10000', '14.9 ms', '35.9 ms', '492 ms']]),
    '### Declarations',
    gfm(['Lines', 'oxc', 'tsc'], [['~100', '0.1 ms', '23.1 ms'], ['~1000', '3.1 ms', '26.8 ms'], ['~10000', '3.5 ms', '115.2 ms']]),
    '## Memory usage',
    memoryText,
    gfm(['Tool', 'Max RSS'], [['oxc', '51 MB'], ['swc', '67 MB'], ['babel', '172 MB']]),
    '## Next release',
    'The next release will bring the minifier, which many users have asked for since the first preview.',
  ].filter((b) => b !== '').join('\n\n')
  const tables = (text: string) => planDeck(analyze(parseMarkdown(text, 'r.md'))).slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.caption)

  it('shows a table with the same rows as the one before it, and one its section says something of before it', () => {
    const shown = tables(md('Oxc uses less memory than the other tools.'))
    expect(shown.slice(0, 2)).toEqual(['Transform', 'Declarations'])
    expect(shown).toHaveLength(3)
    // (a table alone under its heading, the text going on only under the next, is reference matter)
    expect(tables(md(''))).toEqual(['Transform', 'Declarations'])
  })
})

describe('tablesToShow: a table the paragraph before it points to', () => {
  const header = ['Profile', 'Incremental', 'Debuginfo', 'Before [MiB]', 'After [MiB]', 'Reduction']
  const first = gfm(header, [['dev', 'Yes', 'Yes', '179.70', '171.29', '-4.7%'], ['dev', 'No', 'No', '31.06', '22.62', '-27.2%'], ['release', 'No', 'No', '40.88', '28.68', '-29.8%']])
  const second = gfm(header, [['dev', 'Yes', 'Yes', '3151.16', '2910.88', '-7.6%'], ['dev', 'No', 'No', '999.71', '759.41', '-24.0%'], ['release', 'No', 'Yes', '807.05', '537.15', '-33.4%']])
  const md = (lead: string) => ['# Smaller target directories', '## How much does it help?', 'We compiled two crates in several configurations, and the results show how much disk space the change saves on each.', 'We can see the results in the table below. The `Before` column shows the size of the `target` directory when using the previous default (`-Zembed-metadata=yes`), while the `After` column shows the `target` disk size with `-Zembed-metadata=no`, which will soon be the default on the nightly channel.', first, `${lead} In the best case, the new default reduced the size of the target directory by about a third.`, second, 'This does not fully solve the problem of large target directories, but it helps a little.'].join('\n\n')
  const tables = (text: string) => planDeck(analyze(parseMarkdown(text, 'r.md'))).slides.filter((s): s is TableSlide => s.kind === 'table').map((s) => s.title)

  it('shows a second table its paragraph points to ("Below are the results for compiling Cargo itself"), titled by what it shows', () => {
    const shown = tables(md('Below are the results for compiling Cargo itself, which are slightly better than for serde.'))
    expect(shown).toHaveLength(2)
    expect(shown[1]).toBe('The results for compiling Cargo itself')
    // (past the first, one the text says nothing of stays in the article)
    expect(tables(md('Cargo itself gains a little more than serde does, which we did not expect.'))).toHaveLength(1)
  })
})

describe('tablesToShow: a diagram drawn with cells', () => {
  it('shows no table wider than a slide whose columns are numbered positions ("Slot | 0 | 1 | … | 15") or have no labels, and shows one of labelled columns', () => {
    const slots = Array.from({ length: 16 }, (_, i) => String(i))
    const keys = ['Key', '', '', '', '56', '32', '21', '', '', '', '', '', '', '', '', '', '']
    const unlabelled = Array.from({ length: 9 }, () => '')
    const wide = Array.from({ length: 9 }, (_, i) => `Region ${i + 1}`)
    const tables = (table: string) => planDeck(analyze(parseMarkdown(`# Maps\n\n${prose} The table below shows it.\n\n${table}\n\n${prose}`, 'm.md'))).slides.filter((s) => s.kind === 'table')
    expect(tables(gfm(['Slot', ...slots], [keys]))).toHaveLength(0)
    expect(tables(gfm(unlabelled, [['Test word', ...Array.from({ length: 8 }, () => '89')], ['Result', '0', '1', '0', '0', '1', '0', '0', '0']]))).toHaveLength(0)
    expect(tables(gfm(wide, [Array.from({ length: 9 }, (_, i) => String(100 + i)), Array.from({ length: 9 }, (_, i) => String(200 + i))]))).toHaveLength(1)
  })
})
