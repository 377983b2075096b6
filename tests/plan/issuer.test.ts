import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { planDeck } from '../../src/plan/index.ts'
import { releaseDate, releaseIssuer, speaksAsWe } from '../../src/plan/issuer.ts'
import { takeawaysSlide } from '../../src/plan/frame-slides.ts'
import { conclusions } from '../../src/plan/conclusions.ts'
import type { Analysis, KeyPoint } from '../../src/types.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const lede = (text: string, lang = 'en') => ({ lang, sentences: [{ text, start: 0, end: text.length, paragraph: 0 }] }) as unknown as Analysis
const point = (text: string) => ({ text }) as KeyPoint

describe('releaseIssuer', () => {
  it.each([
    ['MENLO PARK, Calif. – April 24, 2024 – Meta Platforms, Inc. (Nasdaq: META) today reported financial results for the quarter.', 'Meta Platforms, Inc.'],
    ['Northgate Ferries today announced a new winter timetable for the island.', 'Northgate Ferries'],
    ['BERLIN — Siemens AG announced on Monday that it would cut 600 jobs.', undefined],
    ['The ferry that once linked the island to the mainland stopped running in 2009.', undefined],
  ])('%s → %s', (text, expected) => {
    expect(releaseIssuer(lede(text))).toBe(expected)
  })

  it('is English only', () => {
    expect(releaseIssuer(lede('Northgate Ferries today announced a new winter timetable.', 'fr'))).toBeUndefined()
  })
})

describe('speaksAsWe', () => {
  it.each([
    ['We expect second quarter revenue to be in the range of $36.5-39 billion', true],
    ['Our outlook is unchanged', true],
    ['The US economy grew by 2%', false],
    ['The mayor said “we will build it” at the meeting', false],
  ])('%s: %s', (text, expected) => {
    expect(speaksAsWe(point(text))).toBe(expected)
  })
})

describe('a press release’s “we”', () => {
  it('is credited to the organisation that issued it (a results release’s outlook)', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/release-meta-q1-2024-md/article.md`))
    const outlook = planDeck(a).slides.find((s) => s.kind === 'section' && s.title === 'CFO Outlook Commentary')
    expect(outlook?.kind === 'section' && outlook.issuer).toBe('Meta Platforms, Inc.')
  })

  it('is credited on the takeaways too, and nowhere when the article has a byline', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/release-meta-q1-2024-md/article.md`))
    // (a results release draws no conclusions of its own: the takeaways slide is made from its central points here)
    const takeaways = takeawaysSlide(a, conclusions(a, new Set()))
    expect(takeaways?.kind === 'takeaways' && takeaways.bullets.some((b) => speaksAsWe({ text: b.text } as KeyPoint))).toBe(true)
    expect(takeaways?.kind === 'takeaways' && takeaways.issuer).toBe('Meta Platforms, Inc.')
    const signed = { ...a, article: { ...a.article, meta: { ...a.article.meta, byline: 'Susan Li' } } }
    expect(planDeck(signed).slides.some((s) => (s.kind === 'section' || s.kind === 'takeaways') && s.issuer)).toBe(false)
  })
})

describe('a press release’s sources slide', () => {
  it('closes the deck naming its issuer and the date its dateline gives, when no author is named', async () => {
    const a = analyze(await ingest(`${PROJECT_ROOT}corpus/release-meta-q1-2024-md/article.md`))
    const last = planDeck(a).slides.at(-1)
    expect(last).toMatchObject({ kind: 'sources', issuer: 'Meta Platforms, Inc.', date: 'April 24, 2024' })
    expect(last?.kind === 'sources' && last.author).toBeUndefined()
    // an author named: the author, no issuer
    const signed = { ...a, article: { ...a.article, meta: { ...a.article.meta, byline: 'Susan Li' } } }
    expect(planDeck(signed).slides.at(-1)).toMatchObject({ kind: 'sources', author: 'Susan Li' })
    expect(planDeck(signed).slides.some((s) => s.kind === 'sources' && s.issuer)).toBe(false)
  })

  it.each([
    ['MENLO PARK, Calif. – April 24, 2024 – Meta Platforms, Inc. (Nasdaq: META) today reported financial results.', 'April 24, 2024'],
    ['Northgate Ferries today announced a new winter timetable for the island.', undefined],
    ['Wilmington, DE —2 August 2021— Northgate Ferries today announced a new winter timetable.', '2 August 2021'],
  ])('reads the release’s date: %s → %s', (text, expected) => {
    expect(releaseDate(lede(text))).toBe(expected)
  })
})
