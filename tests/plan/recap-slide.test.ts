import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { planDeck } from '../../src/plan/index.ts'
import { recapSlide } from '../../src/plan/recap-slide.ts'
import { renderDeck } from '../../src/render/index.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

const corpus = async (name: string, file: string) => analyze(await ingest(join(PROJECT_ROOT, 'corpus', name, file)))

describe('the "In brief" slide', () => {
  it('closes a story without conclusions on its headlines, before the sources', async () => {
    const a = await corpus('news-wapo-tunisia', 'article.html')
    const plan = planDeck(a)
    const kinds = plan.slides.map((s) => s.kind)
    expect(kinds.slice(-2)).toEqual(['recap', 'sources'])
    const recap = plan.slides.at(-2)!
    if (recap.kind !== 'recap') throw new Error('no recap')
    expect(recap.title).toBe('In brief')
    const titles = plan.slides.filter((s) => s.kind === 'section').map((s) => s.title)
    // the first section's headline (what happened) first; each point a section slide's title, said once
    expect(recap.bullets[0]!.text).toBe('Gunmen opened fire on visitors at Tunisia’s most renowned museum')
    expect(recap.bullets.length).toBeGreaterThanOrEqual(3)
    expect(recap.bullets.length).toBeLessThanOrEqual(5)
    for (const b of recap.bullets) expect(titles).toContain(b.text)
    expect(new Set(recap.bullets.map((b) => b.text)).size).toBe(recap.bullets.length)
    // each points at the sentence its headline was compressed from, which the notes give whole
    recap.bullets.forEach((b, i) => {
      const sentence = a.article.text.slice(b.source.start, b.source.end)
      expect(recap.notes[i]!.text).toBe(sentence)
      expect(sentence).toContain(b.text.split(' ').slice(-2).join(' '))
    })
    // in the deck's order
    const order = recap.bullets.map((b) => b.source.start)
    expect(order).toEqual([...order].sort((x, y) => x - y))
    expect(renderDeck(plan, { pdfName: 'slides.pdf', origin: 'article.html', version: '0' })).toContain('class: dw-recap')
  })

  it('is not made where the deck has conclusions or an agenda, nor over headings or key phrases', async () => {
    // an essay: its takeaways close it; a release with headings: its agenda says its parts
    for (const [name, file] of [['essay-aclu-facebook-tracking', 'article.html'], ['release-meta-q1-2024-md', 'article.md'], ['fr-lemonde-renseignement', 'article.html']] as const) {
      expect(planDeck(await corpus(name, file)).slides.some((s) => s.kind === 'recap')).toBe(false)
    }
    // a feature under its own headings, three of its nine sections titled by headlines: no statements to say again
    const halibut = await corpus('feature-seattletimes-halibut', 'article.html')
    expect(recapSlide(halibut, planDeck(halibut).slides)).toBeUndefined()
  })
})
