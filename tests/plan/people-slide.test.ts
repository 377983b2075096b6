import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { parseText } from '../../src/ingest/text.ts'
import { planDeck } from '../../src/plan/index.ts'
import { peopleSlide } from '../../src/plan/people-slide.ts'
import { slideTexts } from '../../src/quality/slide-text.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const corpus = async (name: string, file: string) => analyze(await ingest(join(PROJECT_ROOT, 'corpus', name, file)))

describe('the "Who’s who" slide', () => {
  it('introduces the story’s people in the article’s words, after the first section’s slides', async () => {
    const a = await corpus('txt-techreview-crispr', 'article.txt')
    const slides = planDeck(a).slides
    const i = slides.findIndex((s) => s.kind === 'people')
    const people = slides[i]
    expect(people?.kind === 'people' && people.people.map((p) => p.name)).toEqual(['Feng Zhang', 'Jennifer Doudna', 'Emmanuelle Charpentier', 'George Church'])
    expect(people?.title).toBe("Who's who")
    // every description is the article's own words, and the notes give their sentences
    for (const p of people?.kind === 'people' ? people.people : []) expect(a.article.text.slice(p.source.start, p.source.end)).toBe(p.description)
    expect(people?.notes[0]?.text).toMatch(/^Not dressing up that night was Feng Zhang/)
    // the quality checks read every name and description
    expect(slideTexts(people!).map((t) => t.text)).toContain('a specialist in genomics technology')
    // after the first section's slides, before the second section's
    expect(slides.slice(0, i).some((s) => s.kind === 'section' && s.section === 0)).toBe(true)
    expect(slides.slice(0, i).some((s) => s.kind === 'section' && s.section > 0)).toBe(false)
    const next = slides[i + 1]
    expect(next?.kind === 'section' && next.section).toBe(1)
  })

  it('says once in its notes the sentence that introduces several of them', () => {
    const a = analyze(parseText('Convening on care\n\nThe White House hosted care leaders, including Governor Janet Mills (ME), Governor Josh Shapiro (PA), and Governor Jared Polis (CO), on Monday. Mills spoke first. Shapiro spoke next. Polis closed the day. Mills and Shapiro later met the press, and Polis joined them.', 'c.txt'))
    const slide = peopleSlide(a)
    expect(slide?.people.map((p) => p.name)).toEqual(['Janet Mills', 'Josh Shapiro', 'Jared Polis'])
    expect(slide?.notes).toHaveLength(1)
  })

  it('is made only when the text introduces three people it names more than once', async () => {
    // the post names the people behind the fix once each ("compiler team member Simonas Kazlauskas")
    expect(peopleSlide(await corpus('md-rust-i128-layout', 'article.md'))).toBeUndefined()
    expect(planDeck(await corpus('release-meta-q1-2024-md', 'article.md')).slides.some((s) => s.kind === 'people')).toBe(false)
    // a title before the name ("Tunisian Prime Minister Habib Essid") says who they are as well as an appositive after it
    const tunisia = peopleSlide(await corpus('news-wapo-tunisia', 'article.html'))
    expect(tunisia?.people.map((p) => `${p.name}: ${p.description}`)).toEqual([
      'Lotfi Azzouz: Tunisia country director for Amnesty International',
      'Habib Essid: Tunisian Prime Minister',
      'Ajmi Lourimi: a member of Ennahda’s general secretariat',
    ])
  })

  it('names only people the deck’s other slides speak of, and is not made for fewer than three of them', async () => {
    const a = await corpus('txt-reuters-airasia', 'article.txt')
    // the article introduces three people; no slide speaks of the oceanographer Erik van Sebille
    expect(peopleSlide(a)?.people.map((p) => p.name)).toContain('Erik van Sebille')
    const slides = planDeck(a).slides
    expect(slides.some((s) => s.kind === 'section' && s.bullets.some((b) => b.text.includes('Sebille')))).toBe(false)
    expect(slides.some((s) => s.kind === 'people')).toBe(false)
    // a name said on a slide counts by its surname too
    const tunisia = await corpus('news-wapo-tunisia', 'article.html')
    const people = planDeck(tunisia).slides.find((s) => s.kind === 'people')
    expect(people?.kind === 'people' && people.people.map((p) => p.name)).toEqual(['Lotfi Azzouz', 'Habib Essid', 'Ajmi Lourimi'])
  })
})
