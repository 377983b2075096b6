import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CASES, fixturePath } from '../fixture-articles.ts'
import { compressSentence, MAX_BULLET_WORDS, type Compressed } from '../../src/analyze/compress.ts'
import { countWords } from '../../src/analyze/script.ts'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'

/** Word tokens for order checks: Latin words/numbers, and single CJK characters. */
function tokens(s: string): string[] {
  return (s.toLowerCase().match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]|[\p{L}\p{N}]+/gu) ?? [])
}

function isSubsequence(small: readonly string[], big: readonly string[]): boolean {
  let i = 0
  for (const w of big) if (i < small.length && small[i] === w) i++
  return i === small.length
}

/** The bullet is made of the sentence's words, in order, only removing; pieces are slices. */
function expectTraceable(sentence: string, c: Compressed): void {
  const body = c.text.replace(/…$/, '')
  expect(body.includes('…') && !sentence.includes('…'), `stray ellipsis in “${c.text}”`).toBe(false)
  expect(countWords(body), `“${c.text}” from “${sentence}”`).toBeLessThanOrEqual(MAX_BULLET_WORDS)
  let previousEnd = 0
  for (const p of c.pieces) {
    expect(p.start).toBeGreaterThanOrEqual(previousEnd)
    expect(p.end).toBeGreaterThan(p.start)
    expect(p.end).toBeLessThanOrEqual(sentence.length)
    previousEnd = p.end
  }
  const fromPieces = tokens(c.pieces.map((p) => sentence.slice(p.start, p.end)).join(' '))
  expect(tokens(body)).toEqual(fromPieces)
  expect(isSubsequence(fromPieces, tokens(sentence)), `“${c.text}” is not a subsequence of “${sentence}”`).toBe(true)
}

const LONG = [
  'DeepSeek’s announcement of its new AI model, produced with a remarkably low training cost of under $6 million, has left many industry experts re-evaluating their understanding of the AI competition.',
  'In the realm of artificial intelligence (AI), recent developments from the Chinese lab DeepSeek have sparked serious conversations among tech industry leaders about the evolving landscape of AI competition between the U.S. and China.',
  'The council, which met on Tuesday after a long delay, approved the plan; critics said the vote, held late at night, ignored residents — many of whom had waited hours — and the businesses along the avenue.',
  'Families with young children were the first to leave when getting to a hospital meant a two-hour trip by road and a crossing that was cancelled whenever the wind rose above thirty knots.',
  'Unlike earlier projects, the new factory will employ about 1,200 people, including engineers, technicians and apprentices, and will open in 2027, according to the company.',
]

describe('compressSentence', () => {
  it('leaves a short sentence whole (minus its full stop)', () => {
    const s = 'The ferry carries 120 passengers.'
    const c = compressSentence(s)
    expect(c.text).toBe('The ferry carries 120 passengers')
    expect(c.pieces).toEqual([{ start: 0, end: s.length }])
  })

  it('keeps a final abbreviation’s stop', () => {
    expect(compressSentence('The rivalry is between China and the U.S.').text).toBe('The rivalry is between China and the U.S.')
  })

  it.each(LONG)('compresses “%s” by removing words only', (s) => {
    const c = compressSentence(s)
    expectTraceable(s, c)
    expect(countWords(c.text)).toBeLessThan(countWords(s))
  })

  it('drops a parenthesis and a non-restrictive phrase before truncating', () => {
    const c = compressSentence(LONG[0]!)
    expect(c.text).not.toContain('produced with')
    expect(c.text.startsWith('DeepSeek’s announcement of its new AI model has left')).toBe(true)
  })

  it('drops an aside in parentheses but keeps a call such as alert(1) whole', () => {
    const s = 'A comment containing <script>alert(1)</script> (the oldest trick) was saved to the database and rendered without escaping for every reader.'
    const c = compressSentence(s)
    expect(c.text).toContain('<script>alert(1)</script>')
    expect(c.text).not.toContain('oldest trick')
    expectTraceable(s, c)
  })

  it('adds an ellipsis only when the sentence was cut short', () => {
    const cut = compressSentence(LONG[3]!)
    expect(cut.text.endsWith('…')).toBe(true)
    expect(compressSentence('Short and sweet.').text.endsWith('…')).toBe(false)
  })

  it('honours a smaller word budget', () => {
    for (const s of LONG) {
      const c = compressSentence(s, 8)
      expect(countWords(c.text.replace(/…$/, ''))).toBeLessThanOrEqual(8)
    }
  })

  it('compresses Chinese sentences within the budget', () => {
    const s = '过去三年，全市登记在册的屋顶菜园已经从不到两百个增加到一千三百多个，而且还有越来越多的居民正在排队等待审批和专业的技术指导。'
    const c = compressSentence(s)
    expectTraceable(s, c)
  })

  describe('on every sentence of the fixtures', () => {
    const cases = ['bundled', ...FIXTURE_CASES].map((name) => [name, fixturePath(name)] as const)

    it.each(cases)('every bullet of %s is traceable and within the budget', async (_, path) => {
      const sentences = analyze(await ingest(path)).sentences.map((s) => s.text)
      expect(sentences.length).toBeGreaterThan(5)
      for (const s of sentences) expectTraceable(s, compressSentence(s))
    })
  })

  it('keeps the invariants on random sentences', () => {
    const word = fc.constantFrom(
      'the', 'model', 'council', 'which', 'including', 'such as', 'however,', 'and', 'but', 'of', 'DeepSeek’s', 'U.S.',
      '$6', 'million', '(AI)', '[1]', '—', 'produced', 'highlighting', 'announced,', 'cost;', 'while', 'Adding', 'quickly',
      'e.g.', '42%', 're-evaluating', 'about', 'in', 'spite', 'Following', 'year,', 'ideas:', 'it', 'was',
    )
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 45 }), fc.boolean(), (words, stop) => {
        const s = words.join(' ') + (stop ? '.' : '')
        expectTraceable(s, compressSentence(s))
      }),
      { numRuns: 500 },
    )
  })
})
