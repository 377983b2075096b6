import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { planDeck } from '../../src/plan/index.ts'
import { keyFigureSlide } from '../../src/plan/key-figure.ts'
import { hasTableResidue } from '../../src/quality/residue.ts'
import { slideTexts } from '../../src/quality/slide-text.ts'
import type { DeckPlan, Table, TableCell } from '../../src/types.ts'
import { FIXTURE_CASES, fixturePath, PROJECT_ROOT } from '../fixture-articles.ts'

/** Small public texts, one per case (sources and licences in tests/table-fixtures/SOURCES.md). */
const OWN_FIXTURES = [
  'bea-gdp-q3-2017-ragged/article.md',
  'bls-cpi-december-2024-gfm/article.md',
  'bea-gdp-q3-2014-html/article.html',
  'noaa-hurricane-outlook-2017-docx/article.docx',
  'wikinews-10000th-article/article.txt',
  'noaa-hurricane-outlook-2021-range/article.txt',
  'nasa-entry-systems-contract-lone-figure/article.txt',
]
const own = (f: string) => `${PROJECT_ROOT}tests/table-fixtures/${f}`

const TABLE_ARTICLES = [
  'corpus/release-meta-q1-2024-md/article.md',
  'corpus/html-table-factorio-fff/article.html',
  'corpus/docx-ireland-budget-cases/article.docx',
  'tests/table-fixtures/bls-cpi-december-2024/article.txt',
  ...OWN_FIXTURES.map((f) => `tests/table-fixtures/${f}`),
]
const ALL = [...['bundled', ...FIXTURE_CASES].map(fixturePath), ...TABLE_ARTICLES.map((p) => `${PROJECT_ROOT}${p}`)]

async function plan(path: string) {
  const a = analyze(await ingest(path))
  return { a, plan: planDeck(a) }
}

describe('numbers and tables on slides', () => {
  it.each(ALL.map((p) => [p.replace(PROJECT_ROOT, ''), p]))('%s: no slide text holds table residue', async (_, path) => {
    const { plan: p } = await plan(path)
    const residue = p.slides.flatMap((s) => slideTexts(s).filter((t) => hasTableResidue(t.text, { title: t.where === 'title' })).map((t) => `${s.kind}: ${t.text}`))
    expect(residue).toEqual([])
  })

  it('a results release gets table slides and a chart of its year-over-year changes, never mixing units', async () => {
    const { plan: p } = await plan(`${PROJECT_ROOT}corpus/release-meta-q1-2024-md/article.md`)
    const tables = p.slides.filter((s) => s.kind === 'table')
    expect(tables.length).toBeGreaterThan(0)
    const rows = tables.flatMap((t) => (t.kind === 'table' ? t.rows.map((r) => r.cells) : []))
    expect(rows).toContainEqual(['Revenue', '$36,455 million', '$28,645 million', '27%'])
    const charts = p.slides.filter((s) => s.kind === 'chart')
    expect(charts.map((c) => c.kind === 'chart' && c.unit)).toContain('%')
    // a fall ("a decrease of 10%") carries its sign beside its bar
    const bars = charts.flatMap((c) => (c.kind === 'chart' ? c.items : []))
    for (const b of bars) if (b.value < 0) expect(b.text).toMatch(/^[-−]/)
    // a chart is titled by what its bars measure, not with its section's title (which the section's slide bears)
    const titles = p.slides.map((s) => s.title)
    for (const c of charts) expect(titles.filter((t) => t === c.title), c.title).toHaveLength(1)
    // (what the bars measure, and the largest change)
    expect(charts[0]!.title).toBe('Change year-over-year: Revenue up 27%')
  })

  it('titles a chart by its bars when their sentences share no comparison, by its largest change when they do', async () => {
    const text = (tail: string) => `# Results\n\nThe ferry company reported its figures on Monday and said the winter had been hard.\n\nPassengers increased by 12%${tail}. Freight increased by 30%${tail}. Fares increased by 4%${tail}.\n\nThe company will report again in the autumn, when the new boat is in service.`
    const titleOf = (md: string) => planDeck(analyze(parseMarkdown(md, 'r.md'))).slides.flatMap((s) => (s.kind === 'chart' ? [s.title] : []))
    expect(titleOf(text(' year over year'))).toEqual(['Change year over year: Freight up 30%'])
    expect(titleOf(text(''))).toEqual(['Freight, Passengers, and Fares']) // bars by size
    // a fall said as one, without its sign written twice
    const fell = text(' year over year').replace('Freight increased by 30%', 'Freight decreased by 30%')
    expect(titleOf(fell)).toEqual(['Change year over year: Freight down 30%'])
    // a largest change too long to say in a title's words: what the bars measure
    const long = text(' from the same period last year').replace('Freight increased', 'Heavy goods vehicle traffic increased')
    expect(titleOf(long)).toEqual(['Change from the same period last year'])
  })

  it('no cost slide sets amounts of different kinds side by side without a stated comparison', async () => {
    for (const path of ALL) {
      const { a, plan: p } = await plan(path)
      for (const s of p.slides) if (s.kind === 'cost') expect(a.comparisons.length).toBeGreaterThan(0)
    }
  })

  it('key figures are labelled by what they measure, never a generic word', async () => {
    for (const path of ALL) {
      const { plan: p } = await plan(path)
      for (const s of p.slides) if (s.kind === 'key-figure') expect(s.label).not.toMatch(/^(?:Amount|Share|Count)$/)
    }
    const { plan: bundled } = await plan(fixturePath('bundled'))
    const key = bundled.slides.find((s) => s.kind === 'key-figure')
    expect(key?.kind === 'key-figure' && key.label).toBe('Training cost')
    const cost = bundled.slides.find((s) => s.kind === 'cost')
    expect(cost?.kind === 'cost' && cost.items.map((i) => i.label)).toEqual(['DeepSeek training cost', 'considerable resources invested by American tech companies'])
  })
})

/** A table's rows as "text{value unit}" cells, to check both what shows and what was read. */
function cells(t: Table): string[][] {
  const unit = (n: NonNullable<TableCell['number']>) => `${n.value}${n.percent ? '%' : ''}${n.currency ? ` ${n.currency}` : ''}${n.unit ? ` ${n.unit}` : ''}`
  return [...t.head, ...t.body].map((r) => r.map((c) => (c.number ? `${c.text}{${unit(c.number)}}` : c.text)))
}

const charts = (p: DeckPlan) => p.slides.flatMap((s) => (s.kind === 'chart' ? [{ unit: s.unit, items: s.items.map((i) => [i.label, i.value, i.high]) }] : []))
const kinds = (p: DeckPlan) => p.slides.map((s) => s.kind)

describe('own table and number fixtures', () => {
  it('a results release with ragged pipe tables: % and $ cells merged into their numbers, caption and unit note kept', async () => {
    const { a, plan: p } = await plan(own('bea-gdp-q3-2017-ragged/article.md'))
    expect(a.article.tables.map((t) => t.caption?.text)).toEqual(['Percent change from preceding quarter, seasonally adjusted at annual rates', 'Current-dollar GDP'])
    const [changes, dollars] = a.article.tables.map(cells)
    expect(changes![0]).toEqual(['', '2017 Q2', '2017 Q3'])
    expect(changes).toContainEqual(['Real GDP', '3.1%{3.1%}', '3.3%{3.3%}'])
    expect(changes).toHaveLength(8)
    expect(a.article.tables[1]!.notes.map((n) => n.text)).toEqual(['(billions of dollars)'])
    expect(dollars).toEqual([
      ['', '2017 Q2', '2017 Q3'],
      ['Increase from preceding quarter', '$192.3{192.3 USD}', '$259.0{259 USD}'],
      ['Level', '', '$19,509.0{19509 USD}'],
    ])
    expect(kinds(p).filter((k) => k === 'table')).toHaveLength(2)
    // the quarter-on-quarter comparisons in the prose are pairs, not a series of peers
    expect(charts(p)).toEqual([])
  })

  it('a GFM table: header row, caption from the line before, signed percentages', async () => {
    const { a, plan: p } = await plan(own('bls-cpi-december-2024-gfm/article.md'))
    expect(a.article.tables).toHaveLength(1)
    expect(a.article.tables[0]!.caption?.text).toBe('Percent changes in CPI for All Urban Consumers (CPI-U)')
    expect(cells(a.article.tables[0]!)).toEqual([
      ['Index', 'Dec. 2024 (seasonally adjusted)', '12 months ending Dec. 2024'],
      ['All items', '0.4%{0.4%}', '2.9%{2.9%}'],
      ['Food', '0.3%{0.3%}', '2.5%{2.5%}'],
      ['Energy', '2.6%{2.6%}', '-0.5%{-0.5%}'],
      ['All items less food and energy', '0.2%{0.2%}', '3.2%{3.2%}'],
    ])
    // "after rising 0.3 percent in November" is the earlier month's value, never the key figure
    // (which the deck leaves out: the slide before is titled with its sentence, "… increased 2.9 percent …")
    const key = keyFigureSlide(a)
    expect(key && [key.value, key.label]).toEqual(['2.9%', 'All items'])
    expect(p.slides.some((s) => s.kind === 'key-figure')).toBe(false)
  })

  it('an HTML table: caption, th header; "compared with" values of the other quarter make no chart', async () => {
    const { a, plan: p } = await plan(own('bea-gdp-q3-2014-html/article.html'))
    expect(cells(a.article.tables[0]!)).toEqual([
      ['Measure', '2014 Q2', '2014 Q3'],
      ['Real GDP', '4.6{4.6}', '3.5{3.5}'],
      ['Price index for gross domestic purchases', '2.0{2}', '1.3{1.3}'],
      ['Excluding food and energy', '1.7{1.7}', '1.5{1.5}'],
    ])
    expect(a.article.tables[0]!.caption?.text).toBe('Percent change at annual rate')
    expect(charts(p)).toEqual([])
    // the headline figure is the cover's: no key-figure slide says it again
    expect(keyFigureSlide(a)).toMatchObject({ value: '3.5%', label: 'Third quarter of 2014' })
    const cover = p.slides[0]
    expect(cover?.kind === 'title' && cover.subtitle).toBe('Real gross domestic product increased at an annual rate of 3.5 percent in the third quarter of 2014')
    expect(p.slides.some((s) => s.kind === 'key-figure')).toBe(false)
  })

  it('a .docx table and a chart of the chances stated in one sentence, labelled by what each is the chance of', async () => {
    const { a, plan: p } = await plan(own('noaa-hurricane-outlook-2017-docx/article.docx'))
    expect(a.article.tables[0]!.caption?.text).toBe('2017 Atlantic hurricane season outlook')
    expect(cells(a.article.tables[0]!)).toEqual([
      ['', '2017 outlook (70% likelihood)', 'Average season'],
      ['Named storms', '11–17', '12{12}'],
      ['Hurricanes', '5–9', '6{6}'],
      ['Major hurricanes', '2–4', '3{3}'],
    ])
    expect(charts(p)).toEqual([
      {
        unit: '%',
        items: [
          ['Above-normal season', 45, undefined],
          ['Near-normal season', 35, undefined],
          ['Below-normal season', 20, undefined],
        ],
      },
    ])
    expect(kinds(p)).toContain('table')
  })

  it('a number-heavy news story: counts of different things are not charted together', async () => {
    const { a, plan: p } = await plan(own('wikinews-10000th-article/article.txt'))
    expect(a.figures.filter((f) => f.kind === 'count').map((f) => f.value)).toEqual([10000, 6383, 5211, 22, 40897, 25])
    expect(a.article.tables).toEqual([])
    for (const c of charts(p)) expect(new Set(c.items.map(() => c.unit)).size).toBe(1)
    const key = p.slides.find((s) => s.kind === 'key-figure')
    expect(key?.kind === 'key-figure' && key.label).toBe('Articles')
  })

  it('a story with ranges: "13 to 20 named storms" is one figure with its top, and miles per hour are no count', async () => {
    const { a, plan: p } = await plan(own('noaa-hurricane-outlook-2021-range/article.txt'))
    expect(a.figures.map((f) => [f.text, f.value, f.high])).toEqual([['13 to 20', 13, 20]])
    const key = p.slides.find((s) => s.kind === 'key-figure')
    expect(key?.kind === 'key-figure' && [key.value, key.label]).toEqual(['13–20', 'Named storms'])
    expect(charts(p)).toEqual([])
  })

  it('a story whose only figure has no peer: a key-figure slide, no chart', async () => {
    const { a, plan: p } = await plan(own('nasa-entry-systems-contract-lone-figure/article.txt'))
    expect(a.figures.map((f) => f.text)).toEqual(['$47 million'])
    expect(a.series).toEqual([])
    expect(kinds(p)).not.toContain('chart')
    const key = p.slides.find((s) => s.kind === 'key-figure')
    expect(key?.kind === 'key-figure' && [key.value, key.label]).toEqual(['$47M', 'Agency value'])
  })
})
