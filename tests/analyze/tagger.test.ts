import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_CASES, loadAnalysis, PROJECT_ROOT } from '../fixture-articles.ts'
import nlp from '../../src/analyze/nlp.ts'
import { compromiseSentences, tagEach, tagged } from '../../src/analyze/tagger.ts'
import { fastBulkMatch, plainBulkMatch, type BulkMatch } from '../../src/analyze/sweep.ts'
import { fcRuns, fcTimeout } from '../fc-runs.ts'

/** What `nlp(text)` gives for every word: its offsets and tags. */
function plainTags(text: string) {
  const docs = nlp(text).json({ offset: true, terms: { tags: true, offset: true } }) as Array<{ terms: Array<{ tags: string[]; offset: { start: number; length: number } }> }>
  return docs.flatMap((d) => d.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: t.tags })))
}

/** The sentences `nlp.tokenize(text)` finds, trimmed, empty ones left out. */
function plainSentences(text: string): string[] {
  return (nlp.tokenize(text).sentences().out('array') as string[]).map((s) => s.trim()).filter(Boolean)
}

const PIECES = ['Mr.', 'U.S.', 'e.g.', ' ', '  ', '\n', '.', '!', '?', '…', '...', '"', '“', '”', "'", '’', '(', ')', "don't", 'can’t', 'The', 'it', '5.6', '$3', 'No.', '1', 'Inc.', 'a', 'x-y', ',', ';', ':', '中文。', 'é', 'Dr', 'vs.', 'rose', 'quickly', 'Apple']
const jumble = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''))

describe('tagger: the same readings as compromise called plainly', () => {
  const sentences: string[] = []
  beforeAll(async () => {
    for (const name of ['bundled', ...FIXTURE_CASES]) sentences.push(...(await loadAnalysis(name)).sentences.map((s) => s.text))
  })

  it('tags every sentence of the test articles, tagged together, as nlp() tags it alone', () => {
    const together = tagEach(sentences)
    expect(together).toHaveLength(sentences.length)
    sentences.forEach((s, i) => expect(together[i], s).toEqual(plainTags(s)))
  })

  it('tags any text, alone or among others, as nlp() does', () => {
    fc.assert(
      fc.property(fc.array(jumble, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(tagEach(texts)).toEqual(texts.map(plainTags))
      }),
      { numRuns: fcRuns(200) },
    )
  }, fcTimeout(fcRuns(500), 10))

  it('matches tags in any text as nlp() does', () => {
    const pattern = '#Adjective{0,3} (#Noun|#Acronym)+'
    // what titles.ts reads of a match: where it is, its words' tags and offsets (not their chunks)
    const read = (view: ReturnType<typeof nlp>) =>
      (view.match(pattern).json({ offset: true, terms: { tags: true, offset: true } }) as Array<{ offset: object; terms: Array<{ tags: string[]; offset: object }> }>).map((m) => ({
        offset: m.offset,
        terms: m.terms.map((t) => ({ tags: t.tags, offset: t.offset })),
      }))
    fc.assert(
      fc.property(jumble, (text) => {
        expect(read(tagged(text))).toEqual(read(nlp(text)))
        expect(tagged(text).has('#Verb')).toBe(nlp(text).has('#Verb'))
      }),
      { numRuns: fcRuns(200) },
    )
  }, fcTimeout(fcRuns(500), 10))

  it('finds the sentences nlp.tokenize() finds in every paragraph of the test articles', async () => {
    for (const name of ['bundled', ...FIXTURE_CASES]) {
      const a = await loadAnalysis(name)
      for (const p of a.paragraphs) {
        const text = a.article.text.slice(p.start, p.end)
        expect(compromiseSentences(text).map((s) => s.trim()).filter(Boolean), text).toEqual(plainSentences(text))
      }
    }
  })

  it('finds the same sentences in any text of words, abbreviations, quotes and stops (dashes aside: the tokenizer rewrites an en dash at a sentence end)', () => {
    fc.assert(
      fc.property(jumble, (text) => {
        expect(compromiseSentences(text).map((s) => s.trim()).filter(Boolean)).toEqual(plainSentences(text))
      }),
      { numRuns: fcRuns(500) },
    )
  }, fcTimeout(fcRuns(500), 10))
})

describe('compromise: one copy', () => {
  it('is imported by src/analyze/nlp.ts alone (its module sources would be a second, slower copy)', () => {
    const src = join(PROJECT_ROOT, 'src')
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'))
    const importing = files.filter((f) => /^import\s(?!type\s)[^'"]*from\s+'compromise(?:\/[^']*)?'/m.test(readFileSync(join(src, f), 'utf8')))
    expect(importing).toEqual([])
    expect(readFileSync(join(src, 'analyze', 'nlp.ts'), 'utf8')).toMatch(/createRequire\(import\.meta\.url\)\('compromise'\)/)
  })
})

describe('sweep: compromise post-tagger matches found the faster way', () => {
  const world = nlp.world() as unknown as { methods: { one: { bulkMatch: BulkMatch } } }
  /** Tags of each text, with compromise's own way of finding matches in place for the call. */
  function plainWay(texts: readonly string[]) {
    expect(world.methods.one.bulkMatch).toBe(fastBulkMatch)
    world.methods.one.bulkMatch = plainBulkMatch!
    try {
      return tagEach(texts)
    } finally {
      world.methods.one.bulkMatch = fastBulkMatch
    }
  }
  const sentences: string[] = []
  beforeAll(async () => {
    for (const name of ['bundled', ...FIXTURE_CASES]) sentences.push(...(await loadAnalysis(name)).sentences.map((s) => s.text))
  })

  it('is the one compromise uses', () => {
    expect(world.methods.one.bulkMatch).toBe(fastBulkMatch)
    expect(plainBulkMatch).toBeTypeOf('function')
  })

  it('gives every sentence of the test articles the tags compromise gives it', () => {
    expect(tagEach(sentences)).toEqual(plainWay(sentences))
  })

  it('finds the same matches, in the same order, in every sentence of the test articles', () => {
    const found = (bulkMatch: BulkMatch) => {
      const seen: unknown[] = []
      world.methods.one.bulkMatch = (...args) => {
        const out = bulkMatch(...args)
        seen.push(out.map((f) => [f.match, ...f.pointer.slice(0, 3)]))
        return out
      }
      try {
        tagEach(sentences)
      } finally {
        world.methods.one.bulkMatch = fastBulkMatch
      }
      return seen
    }
    expect(found(fastBulkMatch)).toEqual(found(plainBulkMatch!))
  })

  it('gives any text the tags compromise gives it', () => {
    fc.assert(
      fc.property(fc.array(jumble, { minLength: 1, maxLength: 4 }), (texts) => {
        expect(tagEach(texts)).toEqual(plainWay(texts))
      }),
      { numRuns: fcRuns(200) },
    )
  }, fcTimeout(fcRuns(500), 10))
})
