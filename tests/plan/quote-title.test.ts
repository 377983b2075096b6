import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'
import { planDeck } from '../../src/plan/index.ts'
import { quoteTitle } from '../../src/plan/quote-title.ts'
import type { Analysis, QuoteSlide } from '../../src/types.ts'

const quoteOf = (a: Analysis, words: string) => a.quotes.find((q) => q.text.includes(words))!

describe('quoteTitle', () => {
  const a = analyze(parseText([
    'Ferry talks',
    'The harbour board met on Monday to decide the future of the island ferry service after a difficult winter of storms and cancelled crossings.',
    'In an e-mail, Maria Lopez said she no longer has any role at the company. “I am not part of the company’s team at this point,” she said.',
    'The council will vote on the new timetable in the spring, after a public consultation on the routes and the fares.',
    'Tom Reyes of the island council said the service would need at least 40 more passengers a day to pay its way. He said he did not expect any winter cuts.',
    '“We have nothing to fear,” Reyes said of the islanders.',
    'Fares and timetables both matter to the island shops. The combination of the two has been steady. “Prices will not change this year,” said Ana Ruiz, who runs the island shop.',
  ].join('\n\n'), 'ferry.txt'))

  it('says what the quotation is about, from the sentence before it, the speaker’s statement as theirs', () => {
    const t = quoteTitle(a, quoteOf(a, 'not part of the company'))
    expect(t.title).toBe('Maria Lopez no longer has any role at the company')
    expect(a.sentences[t.sentence!]!.text).toMatch(/^In an e-mail/)
  })

  it('takes the last sentence of the paragraph before when it names the speaker (an opening "He" named)', async () => {
    const wapo = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-wapo-tunisia', 'article.html')))
    expect(quoteTitle(wapo, quoteOf(wapo, 'nothing to fear')).title).toBe('Lourimi did not expect a wider government campaign against Islamists')
  })

  it('leaves out "Zhang says" when Zhang is the one quoted, after an opening and its commas', async () => {
    const crispr = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'txt-techreview-crispr', 'article.txt')))
    expect(quoteTitle(crispr, quoteOf(crispr, 'one important piece')).title).toBe('The importance of any patent isn’t entirely clear')
  })

  it('names the speaker when the sentence before cannot stand as a title', () => {
    // "the two" points back
    expect(quoteTitle(a, quoteOf(a, 'Prices will not change'))).toEqual({ title: expect.stringMatching(/^Ana Ruiz/) })
  })

  it('takes no phrase the page set as a sentence before the quotation for its title', () => {
    const b = analyze(parseText([
      'Laptop review',
      'The new laptop is faster than the old one in every test we ran over two weeks of daily work in the office.',
      'In regards to the revamped cooling system. Apple says that the new laptop has different fan blades and more surface area on every heat exchanging surface.',
      'The fans were quiet in most of our tests, and the case stayed cool under load for hours.',
    ].join('\n\n'), 'laptop.txt'))
    const q = b.quotes.find((x) => x.text.includes('fan blades'))
    expect(q).toBeDefined()
    expect(quoteTitle(b, q!).title).not.toMatch(/^In regards/u)
  })

  it('names the speaker alone when the affiliation would make the title longer than a title', () => {
    const q = { ...quoteOf(a, 'Prices will not change'), speaker: 'Emmanuelle Charpentier', affiliation: 'Helmholtz Centre for Infection Research and Hannover Medical School in Germany' }
    expect(quoteTitle(a, q).title).toBe('Emmanuelle Charpentier')
    expect(quoteTitle(a, { ...q, affiliation: 'Purdue University' }).title).toBe('Emmanuelle Charpentier, Purdue University')
  })

  it('is the quote slide’s title, and the sentence it says is no bullet', () => {
    const b = analyze(parseText([
      'Ferry talks',
      'The harbour board met on Monday to decide the future of the island ferry service after a difficult winter of storms and cancelled crossings.',
      'In an e-mail, Maria Lopez said she no longer has any role at the company. “I am not part of the company’s team at this point,” she said.',
      'The council will vote on the new timetable in the spring, after a public consultation on the routes and the fares.',
    ].join('\n\n'), 'ferry.txt'))
    const plan = planDeck(b)
    const slide = plan.slides.find((s): s is QuoteSlide => s.kind === 'quote')!
    expect(slide.title).toBe('Maria Lopez no longer has any role at the company')
    expect(slide.notes[0]!.text).toMatch(/^In an e-mail/)
    const bullets = plan.slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((x) => x.text) : []))
    expect(bullets.some((x) => x.includes('no longer has any role'))).toBe(false)
  })

  it('is not the title of a section, whose headline the sentence before already is', () => {
    const plan = planDeck(a)
    const sections = new Set(plan.slides.flatMap((s) => (s.kind === 'section' ? [s.title] : [])))
    const quotes = plan.slides.filter((s) => s.kind === 'quote')
    expect(quotes.length).toBeGreaterThan(0)
    for (const q of quotes) expect(sections.has(q.title)).toBe(false)
  })
})
