import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { countWords } from '../../src/analyze/script.ts'
import { MAX_SECTION_WORDS, MIN_SECTION_WORDS, spanCosts, tileBoundaries, type TileUnit } from '../../src/analyze/tiling.ts'
import { ingest } from '../../src/ingest/index.ts'
import { removeHeadings, sectionLevel, sentenceLabels } from '../../src/quality/headings-removed.ts'
import { defaultWindow, pk } from '../../src/quality/segmentation.ts'
import { corpusInputs } from '../../scripts/eval-inputs.ts'
import { fixturePath } from '../fixture-articles.ts'

const TOPICS = [
  ['harbour', 'ferry', 'captain', 'tide', 'pier', 'crossing', 'passengers', 'boat'],
  ['orchard', 'apples', 'blossom', 'frost', 'harvest', 'pickers', 'cider', 'trees'],
  ['library', 'books', 'readers', 'shelves', 'librarian', 'catalogue', 'loans', 'archive'],
  ['bakery', 'bread', 'ovens', 'flour', 'dough', 'bakers', 'loaves', 'yeast'],
]

/** A paragraph of six sentences about one topic (about 90 words). */
function paragraph(topic: number, variant: number): string {
  const words = TOPICS[topic]!
  const w = (s: number, k: number) => words[(s * 3 + k + variant * 5) % words.length]!
  return Array.from({ length: 6 }, (_, s) => `The ${w(s, 0)} and the ${w(s, 1)} shaped how the town thought about its ${w(s, 2)} last season.`).join(' ')
}

function unit(text: string, listItem = false): TileUnit {
  return { text, words: countWords(text), listItem }
}

/** Four topics of three paragraphs each. */
function topicUnits(): TileUnit[] {
  return TOPICS.flatMap((_, t) => [0, 1, 2].map((v) => unit(paragraph(t, v))))
}

/** The corpus articles with marked-up headings the segmentation was first measured and tuned on. */
const FIRST_MEASURED = [
  'blog-dropbox-atf', 'essay-aclu-facebook-tracking', 'essay-medium-literally', 'essay-rust-vision-doc-lessons', 'fr-lemonde-renseignement', 'html-table-factorio-fff',
  'md-rust-i128-layout', 'md-rust-self-profile', 'release-meta-q1-2024-md', 'report-crates-io-postmortem', 'report-ietf-remotestorage', 'report-rust-survey-2019',
]

describe('tileBoundaries', () => {
  it('cuts exactly where the vocabulary changes', () => {
    expect(tileBoundaries(topicUnits(), 'en')).toEqual([3, 6, 9])
  })

  it('does not open a section at a paragraph that continues the one before ("But", "It")', () => {
    const units = topicUnits()
    units[6] = unit(`But ${units[6]!.text}`)
    expect(tileBoundaries(units, 'en')).not.toContain(6)
  })

  it("takes the continuation words from the text's own locale (French \"Mais\"; none for a language without one)", () => {
    const units = topicUnits()
    units[6] = unit(`Mais ${units[6]!.text}`)
    expect(tileBoundaries(units, 'en')).toContain(6)
    expect(tileBoundaries(units, 'fr')).not.toContain(6)
    units[6] = unit(`But ${topicUnits()[6]!.text}`)
    expect(tileBoundaries(units, 'it')).toContain(6)
  })

  it('keeps a list together and with the line that introduces it', () => {
    const units = topicUnits()
    // the third topic's paragraphs become a list introduced by the paragraph before it
    units[5] = unit(`${units[5]!.text} The readers asked for the following:`)
    for (const i of [6, 7, 8]) units[i] = unit(units[i]!.text, true)
    const cuts = tileBoundaries(units, 'en')
    expect(cuts).not.toContain(6)
    expect(cuts).not.toContain(7)
    expect(cuts).not.toContain(8)
  })

  it(`gives every section after the first at least ${MIN_SECTION_WORDS} words`, () => {
    // a short paragraph on a topic of its own between two long topics is no section of its own
    const short = unit(paragraph(2, 0).split('. ').slice(0, 2).join('. ') + '.')
    expect(short.words).toBeLessThan(MIN_SECTION_WORDS)
    const units = [...[0, 1, 2].map((v) => unit(paragraph(0, v))), short, ...[0, 1, 2].map((v) => unit(paragraph(3, v)))]
    const cuts = [...tileBoundaries(units, 'en'), units.length]
    expect(cuts.length).toBeGreaterThan(1)
    cuts.slice(0, -1).forEach((c, i) => {
      const words = units.slice(c, cuts[i + 1]).reduce((n, u) => n + u.words, 0)
      expect(words).toBeGreaterThanOrEqual(MIN_SECTION_WORDS)
    })
  })

  it('weighs only spans of at most MAX_SECTION_WORDS words: work grows with the text, not its square', () => {
    const units = Array.from({ length: 1200 }, (_, i) => unit(paragraph(i % TOPICS.length, i % 3)))
    const { cost } = spanCosts(units, 'en')
    const perParagraph = Math.ceil(MAX_SECTION_WORDS / units[0]!.words)
    expect(cost.length).toBe(units.length)
    for (const row of cost) expect(row.length).toBeLessThanOrEqual(perParagraph)
    expect(tileBoundaries(units, 'en').length).toBeGreaterThan(10)
  })

  it('makes no section of one sentence, even a long one at the end', () => {
    const units = TOPICS.slice(0, 3).flatMap((_, t) => [0, 1, 2].map((v) => ({ ...unit(paragraph(t, v)), sentences: 6 })))
    const long = paragraph(3, 0).replace(/\.(?!$)/g, ',')
    expect(countWords(long)).toBeGreaterThanOrEqual(MIN_SECTION_WORDS)
    units.push({ ...unit(long), sentences: 1 })
    expect(tileBoundaries(units, 'en')).not.toContain(units.length - 1)
  })

  it('makes no first section of one sentence (a caption line before the text)', () => {
    const units = [{ ...unit('Photo'), sentences: 1 }, ...topicUnits().map((u) => ({ ...u, sentences: 6 }))]
    expect(tileBoundaries(units, 'en')).not.toContain(1)
  })

  it('returns no cut for a single paragraph', () => {
    expect(tileBoundaries([unit(paragraph(0, 0))], 'en')).toEqual([])
  })
})

/** Pk of the sections found in an article with its headings removed, and of an even split. */
async function scoreWithoutHeadings(path: string): Promise<{ pk: number; sections: number } | undefined> {
  const article = await ingest(path)
  const level = sectionLevel(article.blocks)
  if (level === undefined || article.format === 'text') return undefined
  const removed = removeHeadings(article, level)
  const a = analyze(removed.article)
  expect(a.sections.every((s) => s.titleFrom !== 'heading')).toBe(true)
  const { reference, hypothesis } = sentenceLabels(a, removed.sectionOfBlock)
  if (new Set(reference).size < 3 || reference.length < 20) return undefined
  return { pk: pk(reference, hypothesis, defaultWindow(reference)), sections: a.sections.length }
}

describe('topic segmentation against real headings (headings removed)', () => {
  it('finds the sections of the Markdown fixtures better than chance', async () => {
    for (const name of ['headings-md', 'many-figures']) {
      const score = await scoreWithoutHeadings(fixturePath(name))
      expect(score, name).toBeDefined()
      // about 0.5 is random
      expect(score!.pk, name).toBeLessThan(0.4)
    }
  })

  it('keeps the mean Pk over the twelve corpus articles it was first measured on at most 0.30 (0.45 before U00 segmentation, 0.365 with its smoothed section models, 0.306 without the break cues)', async () => {
    const scores: number[] = []
    for (const input of corpusInputs().filter((c) => FIRST_MEASURED.includes(c.name.replace(/^corpus\//, '')))) {
      const score = await scoreWithoutHeadings(input.path)
      if (score) scores.push(score.pk)
    }
    expect(scores).toHaveLength(FIRST_MEASURED.length)
    expect(scores.reduce((n, s) => n + s, 0) / scores.length).toBeLessThanOrEqual(0.3)
  }, 60_000)

  it('keeps the mean Pk over the whole corpus where it stands (0.353 with the kubernetes.io and nodejs.org posts added on 6 December 2026, the incident report\'s three headings over 60 sentences scoring 0.88; 0.331 before them, 0.325 before the saved pages of postlight/parser: the 0.30 target is not met there, docs/eval.md)', async () => {
    const scores: number[] = []
    for (const input of corpusInputs()) {
      const score = await scoreWithoutHeadings(input.path)
      if (score) scores.push(score.pk)
    }
    expect(scores.length).toBeGreaterThanOrEqual(FIRST_MEASURED.length)
    expect(scores.reduce((n, s) => n + s, 0) / scores.length).toBeLessThanOrEqual(0.355)
  }, 90_000)
})
