/**
 * E2E helper: a deck folder rendered by Slidev's own CLI, away from deckwright. Builds the
 * folder's slides.md with `slidev build` run from the folder itself, opens the build's print
 * view (all slides at once; it exists only when the deck's own vite.config.ts was loaded) and
 * reads the text the Quote and CostComparison components rendered.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { openDeck } from './deck-page.ts'

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
    await page.locator('.print-slide-container').first().waitFor({ state: 'attached', timeout: 30_000 })
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
