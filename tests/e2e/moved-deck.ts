/**
 * E2E helper: a deck folder rendered by Slidev's own CLI, away from deckwright. Builds the
 * folder's slides.md with `slidev build` run from the folder itself, opens the build's print
 * view (all slides at once; it exists only when the deck's own vite.config.ts was loaded) and
 * reads the text the Quote and CostComparison components rendered.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { openDeck } from './deck-page.ts'
import { PRINT_SELECTORS } from '../../src/export/slidev-contract.ts'

export interface SlidevBuildRun {
  code: number | null
  output: string
}

/** `slidev build slides.md --out <out>` with the given Slidev CLI, in the deck folder. */
export function slidevBuild(slidevBin: string, deckDir: string, out: string): Promise<SlidevBuildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [slidevBin, 'build', 'slides.md', '--out', path.resolve(out)], {
      cwd: deckDir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, output }))
  })
}

export interface RenderedComponents {
  /** Text of every rendered Quote (its figure, caption included). */
  quotes: string[]
  /** Text of every rendered CostComparison. */
  costs: string[]
  /** Names of components Vue could not resolve (left as unknown elements). */
  unresolved: string[]
}

/** Opens the built deck's print view and reads what the components rendered. */
export async function renderedComponents(webDir: string): Promise<RenderedComponents> {
  const session = await openDeck(webDir, '/', '16/9')
  try {
    const { page } = await session.newPage()
    await page.goto(`${session.url}?print=true#/print`)
    await page.locator(PRINT_SELECTORS.slide).first().waitFor({ state: 'attached', timeout: 30_000 })
    // every slide loaded and fitted, as the printer waits for them: the components' text is there
    // (every slide's layout mounted first: with none yet, "every one fitted" would hold at once)
    await page.waitForFunction(
      ({ loading, slide }) => {
        const slides = Array.from(document.querySelectorAll(slide))
        if (slides.length === 0 || document.querySelectorAll(loading).length > 0 || !slides.every((s) => s.querySelector('.slidev-layout'))) return false
        return Array.from(document.querySelectorAll<HTMLElement>('.slidev-layout[class*="dw-"]')).every((el) => el.dataset.dwFit === 'fonts')
      },
      { loading: PRINT_SELECTORS.loading, slide: PRINT_SELECTORS.slide },
      { timeout: 60_000, polling: 100 },
    )
    const texts = (selector: string) => page.locator(selector).allInnerTexts()
    return {
      quotes: await texts('figure.dw-quote'),
      costs: await texts('.dw-cost'),
      unresolved: await page.evaluate(() => [...document.querySelectorAll('quote, costcomparison, keyfigure')].map((e) => e.tagName)),
    }
  } finally {
    await session.close()
  }
}
