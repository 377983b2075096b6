/**
 * Presenting as the printed words say: `present` prints the slide show and presenter
 * addresses, and each opens its view in Chromium (slide show on slide 1; presenter mode with
 * slide 1, the next slide, the timer and slide 1's speaker notes, every paragraph). The same
 * for the built web deck served from a sub-path, at the presenter address `build` prints.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { until } from '../until.ts'
import { findBrowser } from '../../src/export/browser.ts'
import { launchBrowser } from '../../src/export/launch.ts'
import { serveStatic, type StaticServer } from '../../src/export/serve.ts'
import { generateDeck } from '../../src/pipeline.ts'
import type { DeckPlan } from '../../src/types.ts'
import { runCli, startCli, type CliProcess } from '../cli/run-cli.ts'
import { fixturePath, PROJECT_ROOT } from '../fixture-articles.ts'
import { leftovers, squash } from './deck-build.ts'
import { watchPage, type PageLog } from './deck-page.ts'

const ARTICLE = fixturePath('headings-md')


/** The address printed after `label` on stderr. */
function printed(stderr: string, label: string): string {
  const m = new RegExp(`${label}:?\\s+(\\S+)`).exec(stderr)
  expect(m, `no "${label}" address in:\n${stderr}`).not.toBeNull()
  return m![1]!
}

/** Waits until the slide (loaded on demand) shows `title`. */
async function shows(slide: Locator, title: string): Promise<void> {
  await expect.poll(async () => squash(await slide.innerText()), { timeout: 60_000 }).toContain(squash(title))
}

/** Opens the slide show address: slide 1 is on screen, with its title. */
async function checkSlideShow(page: Page, url: string, plan: DeckPlan): Promise<void> {
  await page.goto(url, { timeout: 120_000 })
  const slide = page.locator('.slidev-page-1')
  await slide.waitFor({ state: 'visible', timeout: 60_000 })
  expect(await page.locator('.slidev-presenter').count(), 'the slide show opened presenter mode').toBe(0)
  await shows(slide, plan.slides[0]!.title)
}

/**
 * Opens the presenter address: slide 1 current, slide 2 next, a timer that runs, slide 1's
 * notes whole; then moves on with the arrow key to a slide with several paragraphs of notes.
 */
async function checkPresenter(page: Page, url: string, plan: DeckPlan): Promise<void> {
  await page.goto(url, { timeout: 120_000 })
  await page.locator('.slidev-presenter').waitFor({ state: 'visible', timeout: 60_000 })
  const current = page.locator('.grid-section.main .slidev-page-1')
  await current.waitFor({ state: 'visible', timeout: 30_000 })
  await shows(current, plan.slides[0]!.title)
  const next = page.locator('.grid-section.next .slidev-page-2')
  await next.waitFor({ state: 'visible', timeout: 30_000 })
  await shows(next, plan.slides[1]!.title)
  // the stopwatch waits at "-:--" until started with its play button, then counts
  const timer = page.locator('.grid-section.bottom .font-mono').first()
  expect(squash(await timer.innerText())).toBe('-:--')
  await timer.hover()
  await page.locator('.grid-section.bottom .i-carbon\\:play').first().click()
  await expect.poll(async () => squash(await timer.innerText()), { timeout: 10_000 }).toMatch(/^0 ?: ?0[1-9]$/)
  await showsNotes(page, plan, 1)
  // the arrow keys move on, to the first slide whose notes have several paragraphs
  const many = plan.slides.findIndex((s) => s.notes.length > 1) + 1
  expect(many, 'a slide with notes of several paragraphs').toBeGreaterThan(1)
  for (let n = 2; n <= many; n++) {
    await page.keyboard.press('ArrowRight')
    await page.locator(`.grid-section.main .slidev-page-${n}`).waitFor({ state: 'visible', timeout: 30_000 })
  }
  expect(new URL(page.url()).hash).toBe(`#/presenter/${many}`)
  await showsNotes(page, plan, many)
}

/** The presenter's notes panel shows every paragraph of slide n's notes. */
async function showsNotes(page: Page, plan: DeckPlan, n: number): Promise<void> {
  const paragraphs = plan.slides[n - 1]!.notes.map((note) => squash(note.text)).filter(Boolean)
  expect(paragraphs.length, `slide ${n} has speaker notes`).toBeGreaterThan(0)
  const notes = page.locator('.grid-section.note .slidev-note').first()
  await notes.waitFor({ state: 'visible', timeout: 30_000 })
  await expect.poll(async () => squash(await notes.innerText()), { timeout: 30_000 }).toContain(paragraphs[0]!)
  const shown = squash(await notes.innerText())
  for (const p of paragraphs) expect(shown, `a paragraph of slide ${n}’s notes`).toContain(p)
}

describe('presenting', () => {
  let dir: string
  let plan: DeckPlan
  let browser: Browser
  let page: Page
  let log: PageLog

  beforeAll(async () => {
    // inside the project like a user's deck (the addon path stays short)
    dir = await mkdtemp(path.join(PROJECT_ROOT, 'slides', '.presenting-'))
    plan = (await generateDeck(ARTICLE, { out: path.join(dir, 'deck') })).plan
    browser = await launchBrowser(await findBrowser())
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    log = watchPage(page)
  }, 120_000)

  afterAll(async () => {
    await browser?.close().catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  })

  describe('with `present`', () => {
    let cli: CliProcess
    let slides: string
    let presenter: string

    beforeAll(async () => {
      cli = startCli(['present', path.join(dir, 'deck')], { cwd: PROJECT_ROOT, timeoutMs: 600_000 })
      const stderr = await until('the printed addresses', async () => (/presenter mode:.*\n/.test(cli.stderr()) ? cli.stderr() : undefined), 60_000)
      slides = printed(stderr, 'slide show')
      presenter = printed(stderr, 'presenter mode')
      await until('the dev server', async () => ((await fetch(slides)).ok ? true : undefined), 120_000)
    }, 200_000)

    afterAll(async () => {
      if (cli && cli.child.exitCode === null) {
        cli.child.kill('SIGINT')
        await cli.done
      }
    })

    it('prints addresses under the deck’s hash routing', () => {
      expect(slides).toMatch(/^http:\/\/localhost:\d+\/#\/1$/)
      expect(presenter).toMatch(/^http:\/\/localhost:\d+\/#\/presenter\/1$/)
    })

    it('opens the slide show on slide 1', async () => {
      await checkSlideShow(page, slides, plan)
    }, 120_000)

    it('opens presenter mode: slide 1, the next slide, the timer and slide 1’s notes', async () => {
      await checkPresenter(page, presenter, plan)
      expect(log.dialogs).toEqual([])
    }, 120_000)

    it('stops on Ctrl-C and leaves no Slidev cache in the deck folder', async () => {
      cli.child.kill('SIGINT')
      await cli.done
      expect(leftovers(await readdir(path.join(dir, 'deck')))).toEqual([])
    }, 60_000)
  })

  describe('with the built web deck on a sub-path', () => {
    const base = '/talks/weather/'
    let server: StaticServer
    let presenterPath: string
    let slidesPath: string

    beforeAll(async () => {
      const run = await runCli(['build', ARTICLE, '--out', path.join(dir, 'deck'), '--format', 'web', '--base', base, '--force'], { cwd: PROJECT_ROOT, timeoutMs: 400_000 })
      expect(run.code, run.stderr).toBe(0)
      // only what the user should see: no Slidev cache (node_modules/.slidev), no temporary files
      const entries = await readdir(path.join(dir, 'deck'))
      expect(entries).toContain('web')
      expect(leftovers(entries)).toEqual([])
      slidesPath = printed(run.stderr, 'slide show')
      presenterPath = printed(run.stderr, 'presenter mode')
      server = await serveStatic(path.join(dir, 'deck', 'web'), base)
    }, 420_000)

    afterAll(async () => {
      await server?.close()
    })

    it('prints the views under --base with hash routing', () => {
      expect(slidesPath).toBe(`${base}#/1`)
      expect(presenterPath).toBe(`${base}#/presenter/1`)
    })

    it('opens the slide show and presenter mode at the printed addresses', async () => {
      const origin = new URL(server.url).origin
      await checkSlideShow(page, `${origin}${slidesPath}`, plan)
      await checkPresenter(page, `${origin}${presenterPath}`, plan)
      expect(log.dialogs).toEqual([])
    }, 180_000)
  })
})
