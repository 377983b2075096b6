import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { planDeck } from '../../src/plan/index.ts'

/** A results release: highlights, its outlook under a heading of its own, then its statements. */
function release(outlookHeading: string, statements = true): string {
  return `# Northwind Reports Third Quarter Results

Northwind Traders reported results for the quarter ended September 30, 2025. Revenue rose 18% to $2.4 billion, driven by strong demand for its freight services across Europe.

## Operational Highlights

Shipments grew 12% year-over-year to 48 million parcels. The company opened three new hubs in Poland, Spain and Italy during the quarter. Headcount was 12,400 at the end of the quarter, an increase of 4%. Customer retention reached 94%, the highest level in five years.

## ${outlookHeading}

We expect fourth quarter revenue to be in the range of $2.5-2.7 billion. We expect full-year capital expenditures of about $600 million as we continue to expand the hub network. Fuel costs remain the main risk to margins in the coming year.

${statements ? `## Condensed Balance Sheets

| Assets | September 30, 2025 | December 31, 2024 |
|---|---:|---:|
| Cash and cash equivalents | $1,204 | $988 |
| Accounts receivable | 640 | 590 |
| Property and equipment | 3,310 | 3,012 |
| Total assets | $5,154 | $4,590 |

## Condensed Statements of Cash Flows

| | Nine Months 2025 | Nine Months 2024 |
|---|---:|---:|
| Net cash from operating activities | $702 | $611 |
| Net cash used in investing activities | (455) | (380) |
| Net cash used in financing activities | (31) | (120) |
` : ''}`
}

const kinds = (md: string) => planDeck(analyze(parseMarkdown(md, 'release.md'))).slides.map((s) => `${s.kind}: ${'title' in s ? s.title : ''}`)

describe('a deck that would end on its statements closes on the outlook', () => {
  it('moves the section under a heading that looks ahead after the tables, in the agenda too', () => {
    const plan = planDeck(analyze(parseMarkdown(release('CFO Outlook Commentary'), 'release.md')))
    const body = plan.slides.filter((s) => s.kind !== 'sources')
    const outlook = body.findIndex((s) => s.kind === 'section' && s.title === 'CFO Outlook Commentary')
    // the statements before it; after it only its own slides (a key figure of its words), no table
    expect(body.findIndex((s) => s.kind === 'table')).toBeGreaterThan(0)
    expect(body.findIndex((s) => s.kind === 'table')).toBeLessThan(outlook)
    expect(body.slice(outlook).map((s) => s.kind)).not.toContain('table')
    expect(body.slice(outlook + 1).length).toBeLessThanOrEqual(1)
    const agenda = plan.slides.find((s) => s.kind === 'agenda')
    if (agenda?.kind === 'agenda') expect(agenda.items.at(-1)).toBe('CFO Outlook Commentary')
  })

  it('leaves the order alone when the heading neither concludes nor looks ahead', () => {
    const deck = kinds(release('Capital Allocation'))
    expect(deck.filter((k) => !k.startsWith('sources')).at(-1)).toMatch(/^table: /)
    expect(deck.indexOf('section: Capital Allocation')).toBeLessThan(deck.findIndex((k) => k.startsWith('table: ')))
  })

  it('leaves the order alone when the deck ends on words already', () => {
    const deck = kinds(release('Outlook', false))
    const sections = deck.filter((k) => k.startsWith('section: '))
    expect(sections.slice(-2)).toEqual(['section: Operational Highlights', 'section: Outlook'])
  })
})
