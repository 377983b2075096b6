import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { planDeck } from '../../src/plan/index.ts'
import { toldOnCover } from '../../src/plan/told-on-cover.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

describe('points the cover tells', () => {
  it('takes off the first section slide the bullet that says the cover’s subtitle again', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'blog-android-app-updates', 'article.html')))
    const slides = planDeck(a).slides
    const subtitle = slides[0]?.kind === 'title' ? slides[0].subtitle : undefined
    expect(subtitle).toMatch(/^Android users are downloading/)
    const first = slides.find((s) => s.kind === 'section')
    expect(first?.kind === 'section' && first.bullets.map((b) => b.text)).not.toContain(subtitle)
    expect(first?.kind === 'section' && first.bullets.length).toBeGreaterThanOrEqual(2)
  })

  it('takes off the first section slide a bullet that one sentence of a two-sentence subtitle says', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'de-heise-1password', 'article.html')))
    const slides = planDeck(a).slides
    const first = slides.find((s) => s.kind === 'section')
    expect(first?.kind === 'section' && first.bullets.map((b) => b.text).join(' ')).not.toContain('TOTP-Feature ist nun auch für OS X 10.10 verfügbar')
  })

  it('takes off any section slide a bullet that tells the cover’s news again in other words, not one that shares two words with a short subtitle', async () => {
    const wapo = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'news-wapo-tunisia', 'article.html')))
    const bullets = planDeck(wapo).slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(bullets.some((b) => b.startsWith('Gunmen in military uniforms stormed'))).toBe(false)
    expect(bullets.some((b) => b.startsWith('Tourism is critical'))).toBe(true)
    const aclu = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'essay-aclu-facebook-tracking', 'article.html')))
    const kept = planDeck(aclu).slides.flatMap((s) => (s.kind === 'section' ? s.bullets.map((b) => b.text) : []))
    expect(kept).toContain('My job does not require that I use Facebook')
  })

  it('leaves them out before the section is filled: their place goes to the next point', async () => {
    const a = analyze(await ingest(join(PROJECT_ROOT, 'corpus', 'blog-android-app-updates', 'article.html')))
    const slides = planDeck(a).slides
    const subtitle = slides[0]?.kind === 'title' ? slides[0].subtitle : undefined
    const told = [...toldOnCover(a, subtitle)]
    expect(told.map((i) => a.sentences[i]!.text.slice(0, 29))).toEqual(['Android users are downloading'])
    const first = slides.find((s) => s.kind === 'section')
    const bullets = first?.kind === 'section' ? first.bullets.map((b) => b.text) : []
    expect(bullets).toContain('Google Play sends your device a patch that describes the differences between the old and new versions of the app')
    // no subtitle, nothing told
    expect(toldOnCover(a, undefined).size).toBe(0)
  })
})
