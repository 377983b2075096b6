import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { parseHtml } from '../../src/ingest/html.ts'
import { planDeck } from '../../src/plan/index.ts'
import { cleanTitle } from '../../src/plan/table-titles.ts'
import type { TableSlide } from '../../src/types.ts'

// (it names a row of each table below: past the first, a table the text says nothing of gets no slide)
const prose = 'The company reported its results for the year on Monday, and revenue rose across its three divisions. Costs rose too, mostly for staff. Net income, accounts payable, ferry tickets sold and Reality Labs all came up on the call.'

function tableSlidesOf(md: string) {
  const plan = planDeck(analyze(parseMarkdown(md, 'x.md')))
  return { plan, tables: plan.slides.filter((s): s is TableSlide => s.kind === 'table') }
}

const gfm = (header: string[], rows: string[][]) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')

describe('table slide titles', () => {
  it('cuts a company name before " - " and unit notes, and sentence-cases a heading in capitals', () => {
    expect(cleanTitle('META PLATFORMS, INC. - CONDENSED CONSOLIDATED BALANCE SHEETS')).toEqual({ title: 'Condensed consolidated balance sheets', notes: [] })
    expect(cleanTitle('Segment Information (In millions) (Unaudited)')).toEqual({ title: 'Segment Information', notes: ['(In millions) (Unaudited)'] })
    expect(cleanTitle('Revenue by division:').title).toBe('Revenue by division')
    expect(cleanTitle('META PLATFORMS, INC. - CONDENSED CONSOLIDATED BALANCE SHEETS', true).title).toBe('Condensed Consolidated Balance Sheets')
  })

  it('sets a table’s title in capitals in title case when the article’s headings are so set', () => {
    const grid = gfm(['', '2024', '2023'], [['Cash', '$1,204', '$998'], ['Total assets', '$120', '$99']])
    const md = `## Quarterly Results Overview\n\n${prose}\n\n## Outlook and Capital Expenditures\n\n${prose}\n\n### HARBOUR FERRIES, INC. - CONDENSED BALANCE SHEETS\n\n${grid}`
    expect(tableSlidesOf(md).tables[0]!.title).toBe('Condensed Balance Sheets')
    expect(tableSlidesOf(md.replace('Quarterly Results Overview', 'Quarterly results').replace('Outlook and Capital Expenditures', 'Outlook and spending')).tables[0]!.title).toBe('Condensed balance sheets')
  })

  it('titles a table by the heading right above it, never by the title of its section or deck, and no two alike', () => {
    const t = gfm(['', '2024', '2023'], [['Revenue', '$1,204', '$998'], ['Net income', '$120', '$99']])
    const u = gfm(['', '2022', '2021'], [['Revenue', '$904', '$798'], ['Net income', '$101', '$88']])
    const md = `# Harbour Ferries Reports 2024 Results\n\n## Harbour Ferries Reports 2024 Results\n\n${prose}\n\n### Statements of income\n\n${t}\n\n### Statements of income\n\n${u}\n\n## Outlook\n\n${prose}`
    const { plan, tables } = tableSlidesOf(md)
    expect(tables.map((s) => s.title)).toEqual(['Statements of income', 'Revenue – Net income'])
    const others = plan.slides.filter((s) => s.kind !== 'table').map((s) => s.title)
    for (const s of tables) expect(others).not.toContain(s.title)
  })

  it('titles a table by the head of a caption too long for a title, cut before a preposition', () => {
    const grid = gfm(['Location', 'Jan/Feb (°C)', 'July (°C)'], [['Auckland', '23/16', '14/7'], ['Wellington', '20/13', '11/6']])
    const md = `## Climate\n\n${prose}\n\n**Average daily maximum and minimum temperatures for the six largest cities of New Zealand**\n${grid}\n\n## Outlook\n\n${prose}`
    expect(tableSlidesOf(md).tables[0]!.title).toBe('Average daily maximum and minimum temperatures')
  })

  it('cuts a long caption in a language whose prepositions are not listed before a short word in lower case', () => {
    const pt = 'A NASCAR divulgou nesta semana a classificação final da temporada, e o piloto Kyle Busch ficou com o título depois de uma disputa longa com os rivais da equipe.'
    const grid = gfm(['Pos.', 'Piloto', 'Pontos'], [['1', 'Kyle Busch', '5040'], ['2', 'Martin Truex Jr.', '5035']])
    const md = `## Temporada\n\n${pt}\n\n**Classificação final da Monster Energy NASCAR Cup Series em 2019 após 36 etapas**\n${grid}\n\n## Calendário\n\n${pt}`
    expect(tableSlidesOf(md).tables[0]!.title).toBe('Classificação final da Monster Energy NASCAR Cup Series')
  })

  it('puts the unit notes of a caption under the table', () => {
    const md = `## Results\n\n${prose}\n\n**Segment information (In millions)**\n${gfm(['', '2024', '2023'], [['Ferries', '$1,204', '$998'], ['Buses', '$120', '$99']])}\n\n## Outlook\n\n${prose}`
    const { tables } = tableSlidesOf(md)
    expect(tables[0]!.title).toBe('Segment information')
    expect(tables[0]!.note).toContain('(In millions)')
  })

  it('gives a second part of a statement the period labels of the first, and says when a number column has none', () => {
    const assets = gfm(['Assets', '(Unaudited)', 'March 31, 2024', 'December 31, 2023'], [['Cash', '$', '32,307', '41,862'], ['Total assets', '$', '222,844', '229,623']])
    const liabilities = gfm(['Liabilities', '', '', ''], [['Accounts payable', '$', '3,785', '4,849'], ['Total liabilities', '', '73,315', '76,455']])
    const bare = ['Ferry tickets sold | 1,204 | 54.7% |', 'Bus tickets sold | 998 | 45.3% |'].join('\n')
    const md = `## Balance sheets\n\n${prose}\n\n${assets}\n\n${liabilities}\n\n## Tickets\n\n${prose}\n\n${bare}\n\n${prose}`
    const { tables } = tableSlidesOf(md)
    expect(tables[0]!.columns.map((c) => c.label)).toEqual(['Assets', 'March 31, 2024', 'December 31, 2023'])
    expect(tables[0]!.note).toBe('(Unaudited)')
    expect(tables[1]!.columns.map((c) => c.label)).toEqual(['', 'March 31, 2024', 'December 31, 2023'])
    expect(tables[1]!.title).toBe('Liabilities')
    // (a column of percentages is headed by its sign)
    expect(tables[2]!.columns.map((c) => c.label)).toEqual(['', '(no header)', '%'])
  })

  it('shows a long list of like rows by its largest figures, largest first', () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`State ${i + 1}`, `$${(100 + ((i * 37) % 30)).toLocaleString('en-US')},000`])
    const { tables } = tableSlidesOf(`## Awards\n\n${prose}\n\n### Awards\n\n${gfm(['State', 'Award'], rows)}\n\n${prose}`)
    const values = tables[0]!.rows.map((r) => Number(r.cells[1]!.replace(/\D/g, '')))
    expect(values).toHaveLength(7)
    expect(values).toEqual([...values].sort((x, y) => y - x))
    expect(values[0]).toBe(129000)
    expect(tables[0]!.note).toBe('the 7 largest of 30 rows by Award, largest first')
    // the heading above is the section's own title: the headers say what the table shows
    expect(tables[0]!.title).toBe('Award by State')
  })

  it('titles the second part of a table split in two, without a caption of its own, as its continuation', () => {
    const first = gfm(['', '2024', '2023'], [['Advertising', '$35,635', '$28,101'], ['Total revenue', '$36,455', '$28,645']])
    const second = ['Family of Apps | $17,664 | $11,219 |', 'Reality Labs | (3,846) | (3,992) |'].join('\n')
    const { tables } = tableSlidesOf(`## Segments\n\n${prose}\n\n**Segment information**\n${first}\n\n${second}\n\n${prose}`)
    expect(tables.map((s) => s.title)).toEqual(['Segment information', 'Segment information (cont.)'])
    expect(tables[1]!.columns.map((c) => c.label)).toEqual(['', '2024', '2023'])
  })

  it('titles a table by the sentence that introduces it, as a clause of a title’s length, and does not say it twice', () => {
    const grid = gfm(['Compiler 1', 'Compiler 2', 'Status'], [['Rust 1.78', 'Clang 18', 'Fully compatible'], ['Rust 1.77', 'GCC', 'Incompatible']])
    const { tables } = tableSlidesOf(`## Compatibility\n\n${prose}\n\nMost pairs of compilers have some incompatible cases, which are summarized in the table below:\n\n${grid}\n\n${prose}`)
    expect(tables[0]!.title).toBe('Most pairs of compilers have some incompatible cases')
    expect(tables[0]!.caption).toBe(tables[0]!.title)
    // a clause that points back ("All other …": other than those the slide does not show) is no title; the headers say what it shows
    const other = tableSlidesOf(`## Compatibility\n\n${prose}\n\nAll other combinations have some incompatible cases, which are summarized in the table below:\n\n${grid}\n\n${prose}`)
    expect(other.tables[0]!.title).toBe('Compatibility at a glance')
    const here = tableSlidesOf(`## Updates\n\n${prose}\n\nHere are examples of app updates for popular apps:\n\n${grid}\n\n${prose}`)
    expect(here.tables[0]!.title).toBe('Examples of app updates for popular apps')
  })

  it('leaves a link’s label left in brackets out of a caption taken from the sentence before', () => {
    const grid = gfm(['C type', 'Rust equivalent', 'Size'], [['__int128', 'i128', '16'], ['unsigned __int128', 'u128', '16']])
    const { tables } = tableSlidesOf(`## Layout\n\n${prose}\n\n([Godbolt link](https://godbolt.org/z/1)) Looking back at the ABI, we can see that Rust has the wrong alignment here:\n\n${grid}\n\n${prose}`)
    // the caption is the title (the sentence it was made from stays in the notes)
    expect(tables[0]!.caption).toBe(tables[0]!.title)
    // and out of the sentence compressed for the title, with the writers' "we can see that" after its opening and the "here" that points at the table
    expect(tables[0]!.title).toBe('Rust has the wrong alignment')
  })

  it('titles a table by the name of the figure of another document that the sentence before names, without its number', () => {
    const grid = gfm(['C type', 'Rust equivalent', 'Size'], [['char', 'i8', '1'], ['long', 'i64', '8']])
    const { tables } = tableSlidesOf(`## Background

${prose}

In the x86-64 psABI for System V (Unix & Linux), Figure 3.1: Scalar Types tells us exactly how primitives should be represented:

${grid}

${prose}`)
    expect(tables[0]!.title).toBe('Scalar Types')
  })

  it('titles a statement by the heading over its company\'s name and unit note, not by either (a page\'s paragraphs)', () => {
    const story = Array.from({ length: 3 }, (_, i) => `<p>Net sales for quarter ${i + 1} decreased 3.2 percent to $293.6 million from net sales of $303.5 million a year earlier, the company said.</p>`).join('')
    const statement = '<table><tr><td></td><td><b>2024</b></td><td><b>2023</b></td></tr><tr><td>Sales</td><td>$293,618</td><td>$303,457</td></tr><tr><td>Gross profit</td><td>140,071</td><td>147,215</td></tr><tr><td>Net income</td><td>44,172</td><td>45,123</td></tr></table>'
    const html = `<html><head><title>Results</title></head><body><article><h1>Harbour Ferries reports third quarter net income</h1>${story}<p><b>CONSOLIDATED STATEMENTS OF INCOME</b></p><p>(Amounts in Thousands Except Per Share Amounts)</p><p>Harbour Ferries Inc.</p>${statement}${story}</article></body></html>`
    const slides = planDeck(analyze(parseHtml(html, 'r.html'))).slides.filter((s): s is TableSlide => s.kind === 'table')
    expect(slides[0]!.title).toMatch(/^Consolidated statements of income/u)
  })

  it('titles a table by its header row when nothing above says what it shows', () => {
    const layout = gfm(['C type', 'Rust equivalent', 'sizeof'], [['long', 'i64', '8'], ['__int128', 'i128', '16']])
    const { tables } = tableSlidesOf(`## Layout\n\n${prose}\n\n${layout}\n\n${prose}`)
    expect(tables[0]!.title).toBe('C type, Rust equivalent, sizeof')
    // four headers or more read as a list of columns: the topic heading above says what the table shows
    const grants = gfm(['Grantee', 'Proposal', 'Area', 'Value'], [['Ada', 'Sketcher fixes', 'Sketcher', 'USD 5,000'], ['Bo', 'Manual', 'Docs', 'USD 3,000']])
    const more = tableSlidesOf(`## Developer grants\n\n${prose}\n\n${grants}\n\n${prose}`)
    expect(more.tables[0]!.title).toBe('Developer grants at a glance')
  })

  it('titles a table by the first sentence of the paragraph that leads into it, before the span of its row labels', () => {
    const fees = gfm(['', ''], [['Credit card late payment fees:', '$12 billion in 2020'], ['Hotel resort fees:', '$2.93 billion in 2018'], ['Cable hidden fees:', '$28 billion a year']])
    const lead = 'Fees account for tens of billions of dollars in revenue – a substantial source of revenue in many industries, including transportation, banking and hospitality. A sampling of some fee categories where junk fees appear to make up significant fee revenue include:'
    const { tables } = tableSlidesOf(`## Junk fees\n\n${prose}\n\n${lead}\n\n${fees}\n\n${prose}`)
    expect(tables[0]!.title).toBe('Fees account for tens of billions of dollars in revenue')
  })

  it('gives no slide to a table whose cells hold neither words nor numbers (a grid of coloured cells)', () => {
    const grid = gfm(['', 'Draft', 'Review'], [['Load map', '', ''], ['Save map', '', ''], ['Settings', '', '']])
    const { plan, tables } = tableSlidesOf(`## Progress\n\n${prose}\n\n${grid}\n\n${prose}`)
    expect(tables).toHaveLength(0)
    expect(plan.notices.join(' ')).toMatch(/1 of the article's tables are not on slides/)
  })

  it('makes no bullet of the sentence that introduces a table shown: the table’s slide says it', () => {
    const grid = gfm(['C type', 'Rust equivalent', 'Size'], [['__int128', 'i128', '16'], ['unsigned __int128', 'u128', '16']])
    const lead = 'Looking back at the ABI, we can see that Rust has the wrong alignment for 128-bit integers here:'
    const md = `# Layouts\n\n${prose}\n\n## Layout\n\nRust has long had an inconsistency with C regarding the alignment of 128-bit integers. ${lead}\n\n${grid}\n\nThe fix landed in the compiler this spring.\n\n## Outlook\n\n${prose}`
    const { plan, tables } = tableSlidesOf(md)
    // the slide's title says what it led into, the notes keep it whole; no caption says it again
    expect(tables[0]!.caption).toBe(tables[0]!.title)
    expect(tables[0]!.title).toMatch(/^Rust has the wrong alignment/)
    expect(tables[0]!.notes[0]!.text).toBe(lead)
    const layout = plan.slides.find((s) => s.kind === 'section' && s.title === 'Layout')
    expect(layout?.kind === 'section' && layout.bullets.map((b) => b.text)).toEqual(['Rust has long had an inconsistency with C regarding the alignment of 128-bit integers', 'The fix landed in the compiler this spring'])
  })

  it('leaves out a section slide whose one bullet only introduces the table after it', () => {
    const md = `## Results\n\n${prose}\n\n## Earnings per share\n\n${gfm(['', '2024', '2023'], [['Basic', '$4.86', '$2.21'], ['Diluted', '$4.71', '$2.20']])}\n\nShares used to compute earnings per share:\n\n- Basic: 2,545 (2024), 2,587 (2023)\n\n## Outlook\n\n${prose}`
    const { plan, tables } = tableSlidesOf(md)
    expect(tables.map((s) => s.title)).toEqual(['Earnings per share'])
    expect(plan.slides.filter((s) => s.kind === 'section').map((s) => s.title)).not.toContain('Earnings per share')
  })
})
