import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findComparisons } from '../../src/analyze/comparisons.ts'
import { extractFigures } from '../../src/analyze/figures.ts'
import type { CostComparison, Sentence } from '../../src/types.ts'

function split(text: string): Sentence[] {
  const out: Sentence[] = []
  let para = 0
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const s of line[0].matchAll(/.+?(?:[.!?]["”»]?(?=\s+["“«„]?\p{Lu})|$)/gu)) {
      const lead = /^\s*/.exec(s[0])![0].length
      const start = line.index + s.index + lead
      const end = line.index + s.index + s[0].length
      if (end > start) out.push({ text: text.slice(start, end), start, end, paragraph: para })
    }
    para++
  }
  return out
}

function run(text: string): CostComparison[] {
  const sentences = split(text)
  const out = findComparisons(text, sentences, extractFigures(text, sentences))
  for (const c of out) {
    for (const s of c.sides) {
      expect(text.slice(s.span.start, s.span.end)).toBe(s.label)
      expect(s.label.split(/\s+/).length).toBeLessThanOrEqual(8)
      expect(s.span.start >= c.span.start && s.span.end <= c.span.end).toBe(true)
    }
  }
  return out
}
const sides = (c: CostComparison | undefined) => c?.sides.map((s) => [s.label, s.amount?.value ?? null])

describe('findComparisons', () => {
  it('takes an amount that is a difference ("$3 billion less") for no side of a comparison', () => {
    expect(run('Overdraft fees are on track to be down 20% in 2022 from 2019 levels – $3 billion less compared to pre-pandemic.')).toEqual([])
    expect(run('The new ferry cost $6 million, compared with $2 million for the old boat.')).toHaveLength(1)
  })

  it('takes an amount something changed by, and a time a thing is compared with, for no side', () => {
    expect(run('Outlays were $6.272 trillion in FY 2022. Compared with FY 2021, outlays decreased $550 billion, or 8.1 percent.')).toEqual([])
    expect(run('The harbour spent $4 million on the quay, up $2 million compared with the year before.')).toEqual([])
    expect(run('The ferry cost $6 million, compared with the bridge the council had planned.')).toHaveLength(1)
  })

  it('sets no rate cut at its decimal point against a price, nor labels a price by the verb it is traded at', () => {
    const text = 'The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar, while Sterling was last trading at $1.2925, down 0.21% on the day.'
    expect(run(text)).toEqual([])
    const sentences = split(text)
    expect(extractFigures(text, sentences).find((f) => f.kind === 'money')?.subject).toBeUndefined()
  })

  it('sets the bundled article’s training cost against the resources of American tech companies', () => {
    const text = readFileSync(new URL('../../articles/deepseek-ai-race.txt', import.meta.url), 'utf8')
    const out = run(text)
    expect(out).toHaveLength(1)
    const [money, other] = out[0]!.sides
    expect(money!.label).toContain('DeepSeek')
    expect(money!.amount).toMatchObject({ value: 6e6, currency: 'USD', qualifier: 'under' })
    expect(other).toMatchObject({ label: 'considerable resources invested by American tech companies' })
    expect(other!.amount).toBeUndefined()
  })

  it('pairs two amounts joined by versus', () => {
    const out = run('Zephyr trained its model for $6 million versus $100 million for GPT-4. Nothing else here.')
    expect(sides(out[0])).toEqual([
      ['$6 million', 6e6],
      ['GPT-4', 1e8],
    ])
  })

  it('pairs amounts across two sentences with "by comparison"', () => {
    const out = run('Mistral raised €600 million. By comparison, OpenAI raised $6.6 billion in a single round.')
    expect(out).toHaveLength(1)
    expect(out[0]!.sides.map((s) => s.amount?.currency)).toEqual(['EUR', 'USD'])
  })

  it('finds qualitative counterparts: "a fraction of", "while X poured"', () => {
    expect(sides(run('The startup spent about $5 million, a fraction of the budgets of the largest labs.')[0])).toEqual([
      ['$5 million', 5e6],
      ['budgets of the largest labs', null],
    ])
    expect(sides(run('Acme spent $2 million on ads while Globex poured billions into research.')[0])).toEqual([
      ['ads', 2e6],
      ['Globex', null],
    ])
  })

  it('does not invent comparisons without a marker', () => {
    expect(run('The company raised $5 million at a $50 million valuation. It hired 30 engineers.')).toEqual([])
    expect(run('Costs rose sharply while demand held steady.')).toEqual([])
  })
})
