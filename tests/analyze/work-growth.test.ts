/**
 * The analysis does work in proportion to the article, counted rather than timed (so the test
 * cannot be flaky): each sentence is tagged at most once and in at most two passes, each
 * sentence is compressed a bounded number of times (twice for its bullet, then for a headline), tokenised a bounded number of times, and TextRank's
 * pairwise comparisons stay within a window of sentences. A loop over all pairs of sentences or
 * paragraphs, or a tagger call per sentence, fails it on the long article.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { FIXTURE_CASES, fixturePath } from '../fixture-articles.ts'

// unit test files share one module cache (vitest.config.ts): the analysis is loaded afresh
// here, so that it reaches the counting versions of its parts below
let analyze: typeof import('../../src/analyze/index.ts').analyze
let parseText: typeof import('../../src/ingest/index.ts').parseText
beforeAll(async () => {
  vi.resetModules()
  ;({ analyze } = await import('../../src/analyze/index.ts'))
  ;({ parseText } = await import('../../src/ingest/index.ts'))
})

const counts = vi.hoisted(() => ({ tagPasses: 0, tagged: [] as string[], compress: 0, tokens: 0, cosine: 0, pairs: 0, attributions: 0 }))

vi.mock('../../src/analyze/tagger.ts', async (original) => {
  const m = await original<typeof import('../../src/analyze/tagger.ts')>()
  return {
    ...m,
    tagEach: (texts: readonly string[]) => {
      counts.tagPasses++
      counts.tagged.push(...texts)
      return m.tagEach(texts)
    },
  }
})
vi.mock('../../src/analyze/compress.ts', async (original) => {
  const m = await original<typeof import('../../src/analyze/compress.ts')>()
  return { ...m, compressSentence: (...a: Parameters<typeof m.compressSentence>) => (counts.compress++, m.compressSentence(...a)) }
})
vi.mock('../../src/analyze/tokens.ts', async (original) => {
  const m = await original<typeof import('../../src/analyze/tokens.ts')>()
  return {
    ...m,
    contentTokens: (...a: Parameters<typeof m.contentTokens>) => (counts.tokens++, m.contentTokens(...a)),
    cosine: (...a: Parameters<typeof m.cosine>) => (counts.cosine++, m.cosine(...a)),
  }
})
vi.mock('../../src/analyze/attribution.ts', async (original) => {
  const m = await original<typeof import('../../src/analyze/attribution.ts')>()
  return { ...m, attributionBefore: (...a: Parameters<typeof m.attributionBefore>) => (counts.attributions++, m.attributionBefore(...a)) }
})
vi.mock('../../src/analyze/centrality.ts', async (original) => {
  const m = await original<typeof import('../../src/analyze/centrality.ts')>()
  return {
    ...m,
    centrality: (vectors: Parameters<typeof m.centrality>[0]) => {
      // TextRank compares every pair of the section's sentences; the centroid, each once
      counts.pairs += vectors.length <= MAX_GRAPH ? (vectors.length * (vectors.length - 1)) / 2 : vectors.length
      return m.centrality(vectors)
    },
  }
})

/** How many of a section's sentences are tried for its headline (headlines.ts). */
const HEADLINES_TRIED = 10

/** The largest section TextRank runs on (centrality.ts): beyond it, similarity to the centroid. */
const MAX_GRAPH = 150

const ENGLISH = ['bundled', ...FIXTURE_CASES.filter((c) => ['headings-md', 'many-figures', 'many-quotes', 'no-headings-txt', 'hostile'].includes(c))]
const paragraphs = ENGLISH.flatMap((c) => readFileSync(fixturePath(c), 'utf8').split(/\n{2,}/).filter((p) => p.split(/\s+/).length > 12))

/** An article of `times` rounds of the fixture paragraphs, each sentence of a round marked with its number (none repeats). */
function article(times: number) {
  const rounds = Array.from({ length: times }, (_, r) => paragraphs.map((p) => p.replace(/(^|[.!?]\s+)(?=\p{Lu})/gu, `$1R${r + 1} `)))
  return parseText(rounds.flat().join('\n\n'), `growth-${times}.txt`)
}

function measure(times: number) {
  Object.assign(counts, { tagPasses: 0, tagged: [], compress: 0, tokens: 0, cosine: 0, pairs: 0, attributions: 0 })
  const a = analyze(article(times))
  const quotations = a.quotes.filter((q) => q.kind === 'direct').length + a.terms.length
  return { sentences: a.sentences.length, paragraphs: a.paragraphs.length, sections: a.sections.length, quotations, ...counts, tagged: [...counts.tagged] }
}

describe('analyze: work grows with the article, not with its square', () => {
  beforeEach(() => vi.clearAllMocks())

  it.each([1, 8])('%i round(s) of the fixture articles: bounded work per sentence', (times) => {
    const m = measure(times)
    expect(m.sentences).toBeGreaterThan(times * 100)
    expect(m.tagged.length).toBeGreaterThan(m.sentences / 4)
    expect(m.pairs).toBeGreaterThan(m.sentences)
    // the tagger: one pass over all the sentences the key points need it for, and one over those
    // a headline may be made from that were not tagged yet; no sentence twice
    expect(m.tagPasses).toBeGreaterThanOrEqual(1)
    expect(m.tagPasses).toBeLessThanOrEqual(2)
    expect(new Set(m.tagged).size).toBe(m.tagged.length)
    expect(m.tagged.length).toBeLessThanOrEqual(m.sentences)
    // each sentence compressed at the short budget, and at the long one when the short fails;
    // those a section's headline is tried from, again at a title's budgets
    expect(m.compress).toBeLessThanOrEqual(3 * m.sentences)
    // tokens of each sentence (key points) and paragraph (sections), and of each headline a
    // section's title is chosen among (at most HEADLINES_TRIED a section), once
    expect(m.tokens).toBeLessThanOrEqual(m.sentences + m.paragraphs + HEADLINES_TRIED * m.sections)
    // one similarity per sentence of a section past TextRank's size (the segmentation's work is
    // bounded in tests/analyze/tiling.test.ts)
    expect(m.cosine).toBeLessThanOrEqual(m.paragraphs + m.sentences)
    expect(m.pairs).toBeLessThanOrEqual(MAX_GRAPH * m.sentences)
    // who speaks is looked for before a quotation in marks, at most once each (and before a block
    // quotation, which these articles have none of): not in every paragraph, each look reading
    // the text before it for the speaker's introduction
    expect(m.attributions).toBeGreaterThan(0)
    expect(m.attributions).toBeLessThanOrEqual(m.quotations)
  })

  it('eight times the article is at most about eight times the work', () => {
    const one = measure(1)
    const eight = measure(8)
    expect(eight.sentences).toBeGreaterThanOrEqual(7.5 * one.sentences)
    for (const k of ['tagged', 'compress', 'tokens', 'cosine'] as const) {
      const size = (m: typeof one) => (k === 'tagged' ? m.tagged.length : m[k])
      expect(size(eight), k).toBeLessThanOrEqual(9 * size(one))
    }
  })
})
