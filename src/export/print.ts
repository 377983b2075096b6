/**
 * Prints a served Slidev build: opens its print route (all slides stacked), waits until
 * every slide, image and font is ready, prints the PDF and optionally screenshots each
 * slide as a PNG. A PDF with the wrong page count or blank pages is retried once.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { DeckwrightError } from '../errors.ts'
import { checkPdf } from './pdf-check.ts'
import { PRINT_ROUTE, PRINT_SELECTORS } from './slidev-contract.ts'

import type { RouterMode } from '../deck-urls.ts'

export type { RouterMode }

export interface PrintOptions {
  /** Served deck root including the base path, ending with '/'. */
  url: string
  slideCount: number
  /** CSS px of one slide (980×552 for 16:9). */
  width: number
  height: number
  /** Write 001.png, 002.png… here (2× device scale). */
  pngDir?: string
  /** Router mode the deck was built with (headmatter `routerMode`); default 'hash'. */
  routerMode?: RouterMode
  /** Time allowed for the print page to render (default 60 s). */
  timeoutMs?: number
}

export interface PrintResult {
  pdf: Uint8Array
  /** Absolute paths of the PNGs, in slide order (empty without pngDir). */
  pngs: string[]
  timings: { load: number; pdf: number; png: number }
}

/** URL of Slidev's print route for a deck served at `root`. */
export function printUrl(root: string, routerMode: RouterMode = 'hash'): string {
  const base = root.endsWith('/') ? root : `${root}/`
  return `${base}${routerMode === 'hash' ? PRINT_ROUTE.hash : PRINT_ROUTE.history}`
}

/** PNG file name of a 0-based slide index: 001.png, 002.png… */
export function pngName(index: number): string {
  return `${String(index + 1).padStart(3, '0')}.png`
}

const SLIDE = PRINT_SELECTORS.slide

/** Opens the print route and waits until it is fully rendered; returns which slides show text. */
async function loadPrintPage(page: Page, options: PrintOptions): Promise<boolean[]> {
  const timeout = options.timeoutMs ?? 60_000
  await page.goto(printUrl(options.url, options.routerMode), { waitUntil: 'load', timeout })
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
  try {
    await page.waitForFunction(
      ({ sel, loading, n }) => {
        // every slide's layout mounted (with none yet, "every one fitted" below would hold at once),
        // then deckwright's fitted to the canvas with the deck's fonts loaded (slide-bottom.vue)
        const slides = Array.from(document.querySelectorAll(sel))
        if (slides.length < n || document.querySelectorAll(loading).length > 0 || !slides.every((s) => s.querySelector('.slidev-layout'))) return false
        return Array.from(document.querySelectorAll<HTMLElement>('.slidev-layout[class*="dw-"]')).every((el) => el.dataset.dwFit === 'fonts')
      },
      { sel: SLIDE, loading: PRINT_SELECTORS.loading, n: options.slideCount },
      { timeout, polling: 100 },
    )
  } catch (cause) {
    const found = await page.locator(SLIDE).count().catch(() => 0)
    throw new DeckwrightError('BROWSER_FAILED', `the print page showed ${found} of ${options.slideCount} slides after ${timeout / 1000} s`, {
      hint: 'the deck may have a broken slide; open the web deck to check',
      cause,
    })
  }
  const found = await page.locator(SLIDE).count()
  if (found !== options.slideCount) {
    throw new DeckwrightError('INTERNAL', `the built deck has ${found} slides, the plan has ${options.slideCount}`, {
      hint: 'a slide separator (`---`) may have slipped into slide text',
    })
  }
  // images decoded, fonts loaded, Slidev's hidden mermaid/monaco helpers out of the way
  // (the mermaid container otherwise prints as a blank trailing page)
  return page.evaluate(async ({ sel, helpers }) => {
    await document.fonts.ready
    await Promise.all(
      Array.from(document.images).map((img) => (img.complete ? undefined : img.decode().catch(() => undefined))),
    )
    document.querySelectorAll<HTMLElement>(helpers).forEach((el) => {
      el.style.display = 'none'
    })
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    // a font that loaded just now refits its slide (the observer runs before these frames)
    return Array.from(document.querySelectorAll<HTMLElement>(sel)).map((el) => el.innerText.trim() !== '')
  }, { sel: SLIDE, helpers: PRINT_SELECTORS.hiddenHelpers.join(', ') })
}

async function printOnce(context: BrowserContext, options: PrintOptions, timings: PrintResult['timings']): Promise<{ page: Page; pdf: Uint8Array; problem?: string }> {
  const page = await context.newPage()
  let t = Date.now()
  const hasText = await loadPrintPage(page, options)
  timings.load += Date.now() - t
  t = Date.now()
  const pdf = await page.pdf({
    width: `${options.width}px`,
    height: `${options.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  })
  timings.pdf += Date.now() - t
  const check = await checkPdf(pdf)
  let problem: string | undefined
  if (check.pages !== options.slideCount) {
    problem = `the PDF has ${check.pages} pages for ${options.slideCount} slides`
  } else {
    const blank = check.textless.filter((i) => hasText[i])
    if (blank.length > 0) problem = `PDF page(s) ${blank.map((i) => i + 1).join(', ')} came out blank`
  }
  return { page, pdf, problem }
}

/**
 * Captures every slide at the context's device scale. Clipped captures through CDP need
 * no scrolling and are ~25% faster than Playwright's element screenshots (same bytes).
 */
async function captureSlides(page: Page, context: BrowserContext): Promise<Buffer[]> {
  const boxes = await page.evaluate((sel) => {
    return Array.from(document.querySelectorAll<HTMLElement>(sel)).map((el) => {
      const r = el.getBoundingClientRect()
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height }
    })
  }, SLIDE)
  const scale = await page.evaluate(() => window.devicePixelRatio)
  const cdp = await context.newCDPSession(page)
  const shots: Buffer[] = []
  try {
    for (const box of boxes) {
      const shot = await cdp.send('Page.captureScreenshot', {
        format: 'png',
        clip: { ...box, scale },
        captureBeyondViewport: true,
      })
      shots.push(Buffer.from(shot.data, 'base64'))
    }
  } finally {
    await cdp.detach().catch(() => undefined)
  }
  return shots
}

export async function printDeck(browser: Browser, options: PrintOptions): Promise<PrintResult> {
  const timings = { load: 0, pdf: 0, png: 0 }
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height },
    // the PDF is vector whatever the scale; only the PNGs need 2×
    deviceScaleFactor: options.pngDir ? 2 : 1,
  })
  try {
    let attempt = await printOnce(context, options, timings)
    if (attempt.problem) {
      // seen under heavy load: pages printed before the slides were painted; retry once
      await attempt.page.close()
      attempt = await printOnce(context, options, timings)
      if (attempt.problem) {
        throw new DeckwrightError('BROWSER_FAILED', `printing failed twice: ${attempt.problem}`, {
          hint: 'the machine may be overloaded; try again',
        })
      }
    }
    const pngs: string[] = []
    if (options.pngDir) {
      const t = Date.now()
      await mkdir(options.pngDir, { recursive: true })
      const shots = await captureSlides(attempt.page, context)
      for (const [i, shot] of shots.entries()) {
        const file = path.resolve(options.pngDir, pngName(i))
        await writeFile(file, shot)
        pngs.push(file)
      }
      timings.png += Date.now() - t
    }
    return { pdf: attempt.pdf, pngs, timings }
  } finally {
    await context.close().catch(() => undefined)
  }
}
