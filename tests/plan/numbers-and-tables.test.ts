import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { planDeck } from '../../src/plan/index.ts'
import { hasTableResidue } from '../../src/quality/residue.ts'
import { slideTexts } from '../../src/quality/slide-text.ts'
import { FIXTURE_CASES, fixturePath, PROJECT_ROOT } from '../fixture-articles.ts'

const TABLE_ARTICLES = [
  'corpus/release-meta-q1-2024-md/article.md',
  'corpus/html-table-factorio-fff/article.html',
  'corpus/docx-ireland-budget-cases/article.docx',
  'tests/table-fixtures/bls-cpi-december-2024/article.txt',
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
