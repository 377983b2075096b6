/**
 * End to end: article → every format (slides PDF, handout, web deck under a sub-path,
 * PNGs), each read back the way a user meets it.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeWithBrowser } from '../browser-available.ts'
import type { Slide } from '../../src/types.ts'
import { readPdf, type PdfReadBack } from '../export/pdf-read.ts'
import { articleLabel, BUNDLED_ARTICLE, buildInTemp, HEADINGS_MD_ARTICLE, noSpace, squash, type BuiltDeck } from './deck-build.ts'
import {
  axeSlides,
  foreignRequests,
  formatOverflow,
  hashRoute,
  formatCuts,
  gotoSlide,
  measureSlides,
  median,
  MIN_MEDIAN_SPAN,
  openDeck,
  presenterCounter,
  presenterNotes,
  slideSelector,
  slideText,
  type DeckSession,
  type PageLog,
} from './deck-page.ts'

const BASE = '/talks/demo/'
const ARTICLES = [BUNDLED_ARTICLE, HEADINGS_MD_ARTICLE]

/** The opening words of a slide's notes (up to ~70 characters, cut at a word). */
function notesOpening(slide: Slide): string | undefined {
  const text = squash(slide.notes.map((n) => n.text).join(' '))
  if (!text) return undefined
  if (text.length <= 70) return text
  const cut = text.slice(0, 70)
  return cut.slice(0, cut.lastIndexOf(' ') > 30 ? cut.lastIndexOf(' ') : 70)
}

/**
 * Slide N, on screen, comes to show its title. Slidev mounts a slide's content a moment
 * after its page turns visible (under load the first read can be empty), so the text is polled.
 */
async function expectSlideShows(page: Page, n: number, title: string): Promise<void> {
  await expect
    .poll(async () => squash(await slideText(page, n)), { message: `slide ${n}`, timeout: 10_000 })
    .toContain(squash(title))
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

describeWithBrowser.each(ARTICLES.map((a) => [articleLabel(a), a] as const))('build %s', (_label, article) => {
  let deck: BuiltDeck
  let slides: Slide[]
  let pdf: PdfReadBack
  let session: DeckSession
  let page: Page
  let log: PageLog

  beforeAll(async () => {
    deck = await buildInTemp(article, { formats: ['pdf', 'handout', 'web', 'png'], base: BASE })
    slides = deck.result.plan.slides
    pdf = await readPdf(await readFile(deck.result.outputs.pdf!))
    session = await openDeck(deck.result.outputs.web!, BASE, deck.result.plan.options.aspectRatio)
    ;({ page, log } = await session.newPage())
  }, 240_000)

  afterAll(async () => {
    await session?.close()
    await deck?.cleanup()
  })

  it('writes every format', () => {
    const { outputs } = deck.result
    expect(outputs.pdf).toBe(path.join(deck.result.dir, `${deck.result.slug}.pdf`))
    expect(outputs.handout).toBe(path.join(deck.result.dir, `${deck.result.slug}-handout.pdf`))
    expect(outputs.web).toBe(path.join(deck.result.dir, 'web'))
    expect(outputs.png).toBe(path.join(deck.result.dir, 'png'))
    expect(deck.result.markdownPath).toBe(path.join(deck.result.dir, 'slides.md'))
    expect(slides.length).toBeGreaterThan(2)
  })

  it('prints exactly one PDF page per planned slide, each with text and its slide title', () => {
    expect(pdf.numPages).toBe(slides.length)
    const empty = pdf.pageTexts.flatMap((t, i) => (t.trim() ? [] : [i + 1]))
    expect(empty, 'pages without text').toEqual([])
    const all = noSpace(pdf.pageTexts.join(' '))
    const missing = slides.filter((s) => !all.includes(noSpace(s.title))).map((s) => s.title)
    expect(missing, 'slide titles missing from the PDF text').toEqual([])
    const misplaced = slides.flatMap((s, i) => (noSpace(pdf.pageTexts[i] ?? '').includes(noSpace(s.title)) ? [] : [`${i + 1}: ${s.title}`]))
    expect(misplaced, 'slide titles not on their own page').toEqual([])
  })

  it('gives the PDF an outline into its pages and the plan title as metadata', () => {
    expect(pdf.outline.length).toBeGreaterThan(0)
    const titles = new Set(slides.map((s) => s.title))
    for (const entry of pdf.outline) {
      expect(titles.has(entry.title), `outline entry ${JSON.stringify(entry.title)} is a slide title`).toBe(true)
      expect(entry.page).toBeGreaterThanOrEqual(0)
      expect(entry.page).toBeLessThan(pdf.numPages)
      expect(noSpace(pdf.pageTexts[entry.page] ?? '')).toContain(noSpace(entry.title))
    }
    expect(pdf.info.Title).toBe(deck.result.plan.title)
  })

  it("puts every slide's notes into the handout", async () => {
    const handout = await readPdf(await readFile(deck.result.outputs.handout!))
    const text = noSpace(handout.pageTexts.join(' '))
    const openings = slides.flatMap((s, i) => {
      const o = notesOpening(s)
      return o ? [{ slide: i + 1, opening: o }] : []
    })
    expect(openings.length).toBeGreaterThanOrEqual(Math.min(3, slides.length))
    const missing = openings.filter((o) => !text.includes(noSpace(o.opening)))
    expect(missing, 'notes not found in the handout').toEqual([])
    // a sentence from the middle of the notes too, not only their openings
    const mid = slides.flatMap((s) => s.notes.flatMap((n) => n.text.split(/(?<=[.!?])\s+/).slice(1, 2)))
      .filter((s) => s.length > 40)
      .map((s) => s.slice(0, 60))
    for (const sentence of mid.slice(0, 5)) expect(text).toContain(noSpace(sentence))
  })

  it('writes one PNG per slide at the slide aspect ratio', async () => {
    const files = (await readdir(deck.result.outputs.png!)).filter((f) => f.endsWith('.png')).sort()
    expect(files).toEqual(slides.map((_, i) => `${String(i + 1).padStart(3, '0')}.png`))
    const { width, height } = session.viewport
    for (const f of [files[0]!, files.at(-1)!]) {
      const size = pngSize(await readFile(path.join(deck.result.outputs.png!, f)))
      expect(Math.abs(size.width / size.height - width / height)).toBeLessThan(0.01)
    }
  })

  it('serves the web deck under the base path: slide 1 first, ArrowRight/Space to the last slide', async () => {
    await page.goto(session.url)
    await page.locator(slideSelector(1)).waitFor({ state: 'visible', timeout: 30_000 })
    expect(['', '/', '/1']).toContain(hashRoute(page))
    await expectSlideShows(page, 1, slides[0]!.title)
    for (let n = 2; n <= slides.length; n++) {
      await page.keyboard.press(n % 2 === 0 ? 'ArrowRight' : 'Space')
      await page.waitForURL((u) => u.hash === `#/${n}`, { timeout: 10_000 })
      await page.locator(slideSelector(n)).waitFor({ state: 'visible', timeout: 10_000 })
      await expectSlideShows(page, n, slides[n - 1]!.title)
    }
    expect(hashRoute(page)).toBe(`/${slides.length}`)
    // the last slide is the end: one more step stays there
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(500)
    expect(hashRoute(page)).toBe(`/${slides.length}`)
    expect(await page.locator(slideSelector(slides.length)).isVisible()).toBe(true)
    await expectSlideShows(page, slides.length, slides.at(-1)!.title)
  }, 90_000)

  it('shows the speaker notes in the presenter view', async () => {
    const picks = [...new Set([1, Math.ceil(slides.length / 2), slides.length])]
    for (const n of picks) {
      const notes = squash(await presenterNotes(page, session.url, n))
      const expected = slides[n - 1]!.notes.map((x) => squash(x.text))
      for (const text of expected) expect(notes, `presenter notes of slide ${n}`).toContain(text)
      expect(await presenterCounter(page)).toEqual({ current: n, total: slides.length })
    }
  }, 60_000)

  // the overflow check of overflow.test.ts, on this build rather than a second one
  it("keeps every slide's content inside the slide canvas (1px tolerance), cuts no text and fills the slides", async () => {
    const { visited, overflows, fits } = await measureSlides(page, session.url, slides.length)
    expect(visited).toHaveLength(slides.length)
    expect(overflows.map((o) => formatOverflow(o, slides))).toEqual([])
    expect(formatCuts(fits)).toEqual([])
    expect(median(fits.map((f) => f.span))).toBeGreaterThanOrEqual(MIN_MEDIAN_SPAN)
  }, 90_000)

  it('sets who "I" is in the slide\'s lower margin, out of the body\'s room', async () => {
    const voiced = slides.flatMap((s, i) => (s.kind === 'section' && s.voice ? [i + 1] : []))
    // (the essay with headings speaks in its author's first person; the bundled article does not)
    expect(voiced.length > 0).toBe(article === HEADINGS_MD_ARTICLE)
    for (const n of voiced) {
      await gotoSlide(page, session.url, n)
      const m = await page.locator(`${slideSelector(n)} .slidev-layout`).evaluate((layout) => {
        const box = layout.getBoundingClientRect()
        const scale = box.height / (layout as HTMLElement).offsetHeight
        const voice = layout.querySelector('.dw-voice')!.getBoundingClientRect()
        // the bullets between the title and the margin: centred there, not pushed down onto the voice line
        const title = layout.querySelector(':scope > h1')!.getBoundingClientRect()
        const list = layout.querySelector(':scope > ul')!.getBoundingClientRect()
        const inner = box.bottom - Number.parseFloat(getComputedStyle(layout).paddingBottom) * scale
        return { inner, bottom: box.bottom, top: voice.top, end: voice.bottom, above: list.top - title.bottom, below: inner - list.bottom }
      })
      expect(m.top, `slide ${n}`).toBeGreaterThanOrEqual(m.inner - 1)
      expect(m.end, `slide ${n}`).toBeLessThanOrEqual(m.bottom + 1)
      expect(m.above, `slide ${n}: room above the bullets ${m.above}, below ${m.below}`).toBeLessThanOrEqual(m.below + 24)
    }
  }, 60_000)

  it('makes no request off 127.0.0.1 and none outside the base path', () => {
    expect(log.requests.length).toBeGreaterThan(0)
    expect(foreignRequests(log.requests)).toEqual([])
    const outside = log.requests.filter((u) => u.startsWith('http') && !new URL(u).pathname.startsWith(BASE))
    expect(outside).toEqual([])
  })

  it('logs no console errors and throws no page errors', () => {
    expect(log.pageErrors).toEqual([])
    expect(log.consoleErrors).toEqual([])
  })

  it('has no serious or critical axe-core violation on any slide of the web deck', async () => {
    expect(await axeSlides(page, session.url, slides.length)).toEqual([])
  }, 300_000) // one axe run per slide: minutes on a loaded 2-core machine
})
