import { beforeAll, describe, expect, it } from 'vitest'
import { BUNDLED_ARTICLE, FIXTURE_CASES, fixturePath } from '../fixture-articles.ts'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import type { Analysis } from '../../src/types.ts'

/** What a reader would check of an analysis: the golden snapshot's content. */
function summary(a: Analysis) {
  return {
    title: a.title,
    lang: a.lang,
    sections: a.sections.map((s) => ({
      title: s.title,
      // bullets as the plan would see them: the section's key points, most central first
      bullets: s.keyPoints.slice(0, 5).map((k) => k.text),
    })),
    quotes: a.quotes.map((q) => ({ speaker: q.speaker ?? null, affiliation: q.affiliation ?? null, kind: q.kind })),
    figures: a.figures.map((f) => ({
      text: f.text,
      value: f.value,
      currency: f.kind === 'money' ? f.currency : null,
      qualifier: f.qualifier ?? null,
    })),
  }
}

/** Every span-carrying item of the analysis is an exact slice of the article text. */
function expectSpansExact(a: Analysis): void {
  const { text } = a.article
  for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  for (const q of a.quotes) expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
  for (const t of a.terms) expect(text.slice(t.span.start, t.span.end)).toBe(t.text)
  for (const f of a.figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text)
  for (const s of a.sections) {
    for (const k of s.keyPoints) {
      const src = a.sentences[k.sentence]!
      for (const p of k.pieces) expect(p.start >= src.start && p.end <= src.end).toBe(true)
    }
  }
}

describe('analyze on the bundled article', () => {
  let a: Analysis
  beforeAll(async () => {
    a = analyze(await ingest(BUNDLED_ARTICLE))
  })

  it('keeps scraped leftovers out of every part of the analysis', () => {
    const { removed: _removed, ...article } = a.article
    const everything = JSON.stringify({ ...a, article })
    expect(everything).not.toMatch(/Leave a Reply/i)
  })

  it('finds the attributed speakers', () => {
    const pairs = a.quotes.map((q) => `${q.speaker} / ${q.affiliation}`)
    expect(pairs).toContain('Chris Lehane / OpenAI')
    expect(pairs).toContain('Reid Hoffman / LinkedIn')
  })

  it('reads the training cost as under 6 million US dollars', () => {
    const money = a.figures.filter((f) => f.kind === 'money')
    expect(money.some((f) => f.kind === 'money' && f.value === 6e6 && f.currency === 'USD' && f.qualifier === 'under')).toBe(true)
  })

  it('has 4–8 sections with distinct titles', () => {
    expect(a.sections.length).toBeGreaterThanOrEqual(4)
    expect(a.sections.length).toBeLessThanOrEqual(8)
    const titles = a.sections.map((s) => s.title.toLowerCase())
    expect(new Set(titles).size).toBe(titles.length)
  })

  it('keeps every bullet and item traceable to the text', () => {
    expectSpansExact(a)
    expect(a.sections.every((s) => s.keyPoints.length > 0)).toBe(true)
  })

  it('detects English', () => {
    expect(a.lang).toBe('en')
  })

  it('is deterministic', async () => {
    expect(analyze(await ingest(BUNDLED_ARTICLE))).toEqual(a)
  })
})

describe('analyze: golden summaries', () => {
  it.each([...FIXTURE_CASES, 'deepseek-ai-race'])('%s', async (name) => {
    const a = analyze(await ingest(name === 'deepseek-ai-race' ? BUNDLED_ARTICLE : fixturePath(name)))
    expectSpansExact(a)
    await expect(`${JSON.stringify(summary(a), null, 2)}\n`).toMatchFileSnapshot(`./__golden__/${name}.json`)
  })
})
