import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { limitParagraphs } from '../../src/analyze/limit.ts'
import { countWords } from '../../src/analyze/script.ts'
import { parseText } from '../../src/ingest/text.ts'
import type { Paragraph } from '../../src/types.ts'

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = []
  let at = 0
  for (const p of text.split('\n\n')) {
    out.push({ start: at, end: at + p.length, block: out.length, sentences: [] })
    at += p.length + 2
  }
  return out
}

describe('limitParagraphs', () => {
  it('keeps whole paragraphs while they fit and counts every word', () => {
    const text = 'one two three\n\nfour five six\n\nseven eight nine'
    const l = limitParagraphs(text, paragraphsOf(text), 6)
    expect(l.paragraphs).toHaveLength(2)
    expect(l.analysedWords).toBe(6)
    expect(l.totalWords).toBe(9)
    expect(text.slice(0, l.end)).toBe('one two three\n\nfour five six')
  })

  it('cuts inside a paragraph longer than the whole budget, after a word', () => {
    const text = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ')
    const l = limitParagraphs(text, paragraphsOf(text), 10)
    expect(l.paragraphs).toHaveLength(1)
    expect(text.slice(l.paragraphs[0]!.start, l.paragraphs[0]!.end)).toBe('w0 w1 w2 w3 w4 w5 w6 w7 w8 w9')
  })

  it('leaves a short article whole', () => {
    const text = 'A short article.\n\nWith two paragraphs.'
    const l = limitParagraphs(text, paragraphsOf(text))
    expect(l.paragraphs).toHaveLength(2)
    expect(l.analysedWords).toBe(l.totalWords)
  })
})

describe('analyze on a long article', () => {
  it('analyses only the first words, says so, and takes no fact from the rest', () => {
    const head = 'The port authority approved a new crane. The crane cost $4 million, officials said.'
    const tail = 'Later the council spent $9 billion on a tunnel. “It was worth it,” said Ann Lee.'
    const words = countWords(head)
    const a = analyze(parseText(`${head}\n\n${tail}`, 'long.txt'), { maxWords: words })
    expect(a.notices.join(' ')).toMatch(new RegExp(`first ${words}\\b`))
    expect(a.figures.map((f) => f.text)).toEqual(['$4 million'])
    expect(a.quotes).toEqual([])
    for (const s of a.sentences) expect(s.end).toBeLessThanOrEqual(head.length)
  })
})
