/**
 * End to end: every slide of every deck keeps its content inside the slide canvas, in the
 * built web deck as a viewer sees it. This file covers each fixture article; the decks
 * build.test.ts and hostile.test.ts build anyway (the bundled article, headings-md,
 * hostile) get the same check there, so no deck is built twice.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeWithBrowser } from '../browser-available.ts'
import { readFile } from 'node:fs/promises'
import { deckFaces } from '../../src/deck-fonts.ts'
import { missingFontNotice } from '../../src/export/fonts.ts'
import { fontOfFamily, pdfFontNames, readPdf } from '../export/pdf-read.ts'
import type { Slide } from '../../src/types.ts'
import { articleLabel, BUNDLED_ARTICLE, buildInTemp, fixtureArticles, OVERFLOW_CHECKED_WITH_BUILD, PROJECT_ROOT, type BuiltDeck } from './deck-build.ts'
import {
  formatCuts,
  formatOverflow,
  gotoSlide,
  median,
  MIN_MEDIAN_SPAN,
  measureSlides,
  openDeck,
  slideOverflows,
  slideFit,
  slideSelector,
  axeSlide,
  axeSlides,
  type A11yViolation,
  type DeckSession,
  type Overflow,
  type PageLog,
  type SlideFit,
} from './deck-page.ts'

const ARTICLES = [BUNDLED_ARTICLE, ...fixtureArticles()].filter((a) => !OVERFLOW_CHECKED_WITH_BUILD.includes(a))

/** Each deck in one of the four looks, so both themes are measured in light and dark. */
const LOOKS = [
  { theme: 'default', colorSchema: 'light' },
  { theme: 'seriph', colorSchema: 'light' },
  { theme: 'default', colorSchema: 'dark' },
  { theme: 'seriph', colorSchema: 'dark' },
] as const

describeWithBrowser.each(ARTICLES.map((a, i) => [articleLabel(a), LOOKS[i % LOOKS.length]!.theme, LOOKS[i % LOOKS.length]!.colorSchema, a] as const))(
  'overflow and accessibility %s (%s, %s)',
  (_label, theme, colorSchema, article) => {
  let deck: BuiltDeck
  let slides: Slide[]
  let session: DeckSession
  let page: Page
  let log: PageLog
  let visited: number[] = []
  let overflows: Overflow[] = []
  let fits: SlideFit[] = []
  let a11y: A11yViolation[] = []

  beforeAll(async () => {
    deck = await buildInTemp(article, { formats: ['web'], theme, colorSchema })
    slides = deck.result.plan.slides
    session = await openDeck(deck.result.outputs.web!, '/', deck.result.plan.options.aspectRatio)
    ;({ page, log } = await session.newPage())
    ;({ visited, overflows, fits } = await measureSlides(page, session.url, slides.length))
    a11y = await axeSlides(page, session.url, slides.length)
  }, 300_000)

  afterAll(async () => {
    await session?.close()
    await deck?.cleanup()
  })

  it('a web-only build still ships the PDF behind the download button, and nothing else', async () => {
    const { outputs, slug } = deck.result
    expect(existsSync(path.join(outputs.web!, `${slug}.pdf`))).toBe(true)
    expect(outputs.pdf).toBeUndefined()
    expect(outputs.handout).toBeUndefined()
  })

  it('has no serious or critical axe-core violation on any slide', () => {
    expect(a11y).toEqual([])
  })

  it('checks for real: an image without a text alternative on a slide is reported', async () => {
    await gotoSlide(page, session.url, 1)
    await page.evaluate((sel) => {
      const img = document.createElement('img')
      img.id = 'dw-probe-img'
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='
      document.querySelector(sel)!.append(img)
    }, slideSelector(1))
    try {
      expect((await axeSlide(page, 1)).map((v) => v.id)).toContain('image-alt')
    } finally {
      await page.evaluate(() => document.getElementById('dw-probe-img')?.remove())
    }
  })

  it('declares the article’s language and the chosen colour scheme on the page', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(deck.result.plan.lang)
    expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(colorSchema === 'dark')
    // right-to-left articles are laid out right to left
    const direction = await page.evaluate(() => getComputedStyle(document.querySelector('.slidev-layout')!).direction)
    expect(direction).toBe(['ar', 'he', 'fa', 'ur'].includes(deck.result.plan.lang) ? 'rtl' : 'ltr')
  })

  it('reports a missing font for the article\'s script exactly when fontconfig has none', async () => {
    const expected = await missingFontNotice(deck.result.plan.lang)
    expect(deck.result.outputs.notices ?? []).toEqual(expected ? [expected] : [])
  })

  it('prints with the faces the deck ships, whatever the system has, and its text extracts as written', async () => {
    const { outputs, slug, plan, markdown } = deck.result
    const bytes = await readFile(path.join(outputs.web!, `${slug}.pdf`))
    const families = deckFaces(plan.lang, plan.options.theme, markdown).map((f) => f.family)
    const names = await pdfFontNames(bytes)
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((n) => !families.some((f) => fontOfFamily(n, f)))).toEqual([])
    // the language's own face is really used (Chinese text is set in Noto Sans SC, not a fallback)
    const own = families.find((f) => f.startsWith('Noto'))
    if (own) expect(names.some((n) => fontOfFamily(n, own))).toBe(true)
    // Chinese, Japanese and Korean titles extract from the PDF as written
    if (!['zh', 'ja', 'ko'].includes(plan.lang)) return
    const plain = (t: string) => t.replace(/\s+/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
    const text = plain((await readPdf(bytes)).pageTexts.join(''))
    for (const s of slides) expect(text).toContain(plain(s.title))
  })

  it('opens every planned slide at #/N', () => {
    expect(visited).toEqual(slides.map((_, i) => i + 1))
  })

  it("keeps every slide's content inside the slide canvas (1px tolerance)", () => {
    expect(overflows.map((o) => formatOverflow(o, slides))).toEqual([])
  })

  it('cuts no text inside its box (no clipping, ellipsis or line clamp)', () => {
    expect(formatCuts(fits)).toEqual([])
  })

  it(`fills the slides: the content spans a median of at least ${MIN_MEDIAN_SPAN} of the slide's height`, () => {
    // (the cover is set at its own size: a short deck's title slide would weigh as much as its body)
    const body = fits.filter((f) => slides[f.slide - 1]?.kind !== 'title')
    expect(body.length).toBeGreaterThan(0)
    expect(median(body.map((f) => f.span))).toBeGreaterThanOrEqual(MIN_MEDIAN_SPAN)
  })

  it('measures the fill for real: a slide whose body is hidden spans less, a clipped box counts as cut', async () => {
    const n = slides.findIndex((s) => s.kind === 'section') + 1 || 2
    await gotoSlide(page, session.url, n)
    const before = await slideFit(page, n)
    const sel = slideSelector(n)
    await page.evaluate((sel) => {
      const layout = document.querySelector(sel)!.querySelector<HTMLElement>('.slidev-layout')!
      for (const el of Array.from(layout.children).slice(1)) (el as HTMLElement).style.visibility = 'hidden'
    }, sel)
    try {
      expect((await slideFit(page, n)).span).toBeLessThan(before.span)
      await page.evaluate((sel) => {
        const box = document.createElement('p')
        box.id = 'dw-probe-cut'
        box.textContent = 'cut text '.repeat(40)
        box.style.cssText = 'width:100px;height:20px;overflow:hidden'
        document.querySelector(sel)!.querySelector('.slidev-layout')!.append(box)
      }, sel)
      expect((await slideFit(page, n)).cut.map((c) => c.element)).toContain('p')
    } finally {
      await page.evaluate((sel) => {
        document.getElementById('dw-probe-cut')?.remove()
        const layout = document.querySelector(sel)!.querySelector<HTMLElement>('.slidev-layout')!
        for (const el of Array.from(layout.children)) (el as HTMLElement).style.visibility = ''
      }, sel)
    }
  })

  it('measures for real: an element pushed past the edge is caught, screen-reader-only text is not', async () => {
    const n = slides.length
    await gotoSlide(page, session.url, n)
    await page.evaluate((sel) => {
      const host = document.querySelector(sel)!.querySelector('.slidev-layout')!
      const wide = document.createElement('div')
      wide.id = 'dw-probe-wide'
      wide.textContent = 'probe'
      wide.style.cssText = 'position:absolute;left:95%;top:10px;width:20%;height:10px'
      const hidden = document.createElement('table')
      hidden.id = 'dw-probe-sr'
      hidden.innerHTML = `<tr><td>${'screen reader text '.repeat(30)}</td></tr>`
      hidden.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap'
      host.append(wide, hidden)
    }, slideSelector(n))
    try {
      const found = await slideOverflows(page, n)
      expect(found.some((o) => o.side === 'right' && o.text === 'probe' && o.px > 40)).toBe(true)
      expect(found.filter((o) => o.text.includes('screen reader'))).toEqual([])
    } finally {
      await page.evaluate(() => document.querySelectorAll('#dw-probe-wide, #dw-probe-sr').forEach((e) => e.remove()))
    }
  })

  it('logs no console errors and throws no page errors', () => {
    expect(log.pageErrors).toEqual([])
    expect(log.consoleErrors).toEqual([])
  })
})

/**
 * Table and chart slides in all four looks: a results release with many tables and a chart of
 * its year-over-year changes, built once per look; only its table and chart slides are measured
 * (the rest of the deck is prose slides, measured above on the other decks).
 */
const TABLE_DECK = path.join(PROJECT_ROOT, 'corpus', 'release-meta-q1-2024-md', 'article.md')

describeWithBrowser.each(LOOKS.map((l) => [l.theme, l.colorSchema] as const))('table and chart slides (%s, %s)', (theme, colorSchema) => {
  let deck: BuiltDeck
  let slides: Slide[]
  let session: DeckSession
  let measured: number[] = []
  let overflows: Overflow[] = []
  let fits: SlideFit[] = []
  let a11y: A11yViolation[] = []
  let brokenLabels: string[] = []
  let log: PageLog

  beforeAll(async () => {
    deck = await buildInTemp(TABLE_DECK, { formats: ['web'], theme, colorSchema })
    slides = deck.result.plan.slides
    session = await openDeck(deck.result.outputs.web!, '/', deck.result.plan.options.aspectRatio)
    const opened = await session.newPage()
    log = opened.log
    const numbers = slides.flatMap((s, i) => (s.kind === 'table' || s.kind === 'chart' ? [i + 1] : []))
    for (const n of numbers) {
      await gotoSlide(opened.page, session.url, n)
      overflows.push(...(await slideOverflows(opened.page, n)))
      fits.push(await slideFit(opened.page, n))
      a11y.push(...(await axeSlide(opened.page, n)))
      brokenLabels.push(...(await brokenRowLabels(opened.page, n)))
      measured.push(n)
    }
  }, 300_000)

  afterAll(async () => {
    await session?.close()
    await deck?.cleanup()
  })

  it('has table slides and a chart slide to measure, and measured each', () => {
    const kinds = measured.map((n) => slides[n - 1]!.kind)
    expect(kinds.filter((k) => k === 'table').length).toBeGreaterThanOrEqual(4)
    expect(kinds).toContain('chart')
  })

  it("keeps every table and chart inside the slide canvas (1px tolerance)", () => {
    expect(overflows.map((o) => formatOverflow(o, slides))).toEqual([])
  })

  it('cuts no text of a table or chart inside its box', () => {
    expect(formatCuts(fits)).toEqual([])
  })

  it('breaks no short row label over two lines beside numbers under long headings ("Family of / Apps")', () => {
    expect(brokenLabels).toEqual([])
  })

  it('has no serious or critical axe-core violation on a table or chart slide (contrast included)', () => {
    expect(a11y).toEqual([])
  })

  it('logs no console errors and throws no page errors', () => {
    expect(log.pageErrors).toEqual([])
    expect(log.consoleErrors).toEqual([])
  })
})

/** Row labels of at most SHORT_LABEL characters that a table slide sets on more than one line. */
const SHORT_LABEL = 24

async function brokenRowLabels(page: Page, n: number): Promise<string[]> {
  return page.evaluate(
    ({ sel, short }) => {
      const lines = (el: Element) => {
        const range = document.createRange()
        range.selectNodeContents(el)
        const tops = new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top)))
        return tops.size
      }
      return Array.from(document.querySelectorAll(`${sel} tbody th:not([colspan])`))
        .filter((th) => (th.textContent ?? '').trim().length <= short && lines(th) > 1)
        .map((th) => `slide ${sel}: ${th.textContent}`)
    },
    { sel: slideSelector(n), short: SHORT_LABEL },
  )
}
