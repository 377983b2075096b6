import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { planDeck } from '../../src/plan/index.ts'
import { tabledSentences } from '../../src/plan/tabled-sentences.ts'
import { tableSlides } from '../../src/plan/table-slides.ts'

function gfm(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

const highlights = gfm(['', 'Three Months 2024', 'Three Months 2023', '% Change'], [
  ['Revenue', '$36,455 million', '$28,645 million', '27%'],
  ['Costs and expenses', '$22,637 million', '$21,418 million', '6%'],
  ['Income from operations', '$13,818 million', '$7,227 million', '91%'],
])

const lines = [
  'The company said its ferry business had a strong first quarter across all of its routes.',
  'Total costs and expenses were $22.64 billion, an increase of 6% year-over-year.',
  'Revenue and revenue on a constant currency basis were $36.46 billion and $36.35 billion, both of which increased by 27% year-over-year.',
  'Free cash flow was $12.53 billion, and the company returned most of it to shareholders.',
  'We expect second quarter revenue to be in the range of $36.5-39 billion.',
  'The harbour crossing stayed the busiest route, with crossings every twenty minutes.',
]

function tabled(text: string) {
  const a = analyze(parseMarkdown(text, 'x.md'))
  const shown = a.article.tables.map((_, i) => ({ i, slides: tableSlides(a, i) }))
  return { a, texts: tabledSentences(a, shown).map((s) => a.sentences[s]!.text) }
}

describe('tabledSentences', () => {
  it('finds a sentence whose every figure a table slide shows in a row it names, rounded as written', () => {
    const { texts } = tabled(`${lines.join(' ')}\n\n${highlights}\n\nThe results were published on Thursday.`)
    expect(texts).toEqual(['Total costs and expenses were $22.64 billion, an increase of 6% year-over-year.'])
  })

  it('leaves a sentence that gives a figure the table does not, a range, or a row the sentence does not name', () => {
    const other = gfm(['', '2024'], [['Gross income', '€24,960'], ['Tax paid', '€1,204']])
    const { texts } = tabled(`${lines[0]} Siobhan is single and employed as a shop assistant, earning €24,960 per annum.\n\n${other}\n\n${lines[5]}`)
    expect(texts).toEqual([])
  })

  it('keeps a tabled sentence off the section slides; the table says it', () => {
    const a = analyze(parseMarkdown(`# Results\n\n${lines.join(' ')}\n\n${highlights}\n\nThe results were published on Thursday.`, 'x.md'))
    const bullets = planDeck(a).slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.some((b) => b.startsWith('Total costs and expenses'))).toBe(false)
    expect(bullets.length).toBeGreaterThan(0)
  })
})
