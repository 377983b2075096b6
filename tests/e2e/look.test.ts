/**
 * End to end: the look of each slide kind, in both themes, compared with committed reference
 * pictures (tests/e2e/__look__/<theme>-<scheme>-<kind>.png), so a change to how slides look is
 * deliberate. After an intended change, record new references in the same commit:
 *   DECKWRIGHT_UPDATE_LOOK=1 npx vitest run tests/e2e/look.test.ts
 * Pictures are compared with pixelmatch: a pixel differs when its colour moved past pixelmatch's
 * threshold (0.1), and a slide passes with at most MAX_DIFF of its pixels differing (the deck's
 * fonts are bundled, so only antialiasing may vary between machines).
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Slide } from '../../src/types.ts'
import { BUNDLED_ARTICLE, buildInTemp, ESSAY_ARTICLE, HEADINGS_MD_ARTICLE, PROJECT_ROOT, type BuiltDeck } from './deck-build.ts'
import { gotoSlide, openDeck, slideSelector, type DeckSession } from './deck-page.ts'

const LOOK_DIR = path.join(PROJECT_ROOT, 'tests', 'e2e', '__look__')
const UPDATE = process.env.DECKWRIGHT_UPDATE_LOOK === '1'
/** Share of a slide's pixels allowed to differ from its reference. */
const MAX_DIFF = 0.004

/** One representative slide of each kind: the first of its kind in the deck. */
function representatives(slides: readonly Slide[]): { kind: string; n: number }[] {
  const seen = new Map<string, number>()
  slides.forEach((s, i) => {
    if (!seen.has(s.kind)) seen.set(s.kind, i + 1)
  })
  return [...seen].map(([kind, n]) => ({ kind, n }))
}

/** Pixels that differ between two PNGs of the same size, and a picture of where. */
export function comparePng(actual: Buffer, expected: Buffer): { differing: number; total: number; diff: Buffer } | { sizeMismatch: string } {
  const a = PNG.sync.read(actual)
  const b = PNG.sync.read(expected)
  if (a.width !== b.width || a.height !== b.height) return { sizeMismatch: `${a.width}×${a.height} vs ${b.width}×${b.height}` }
  const diff = new PNG({ width: a.width, height: a.height })
  const differing = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 })
  return { differing, total: a.width * a.height, diff: PNG.sync.write(diff) }
}

describe('comparePng', () => {
  it('finds no difference between a picture and itself, and the changed pixels of an altered copy', () => {
    const png = new PNG({ width: 40, height: 20 })
    png.data.fill(255)
    const same = PNG.sync.write(png)
    for (let x = 0; x < 10; x++) png.data.set([200, 0, 0, 255], (5 * 40 + x) * 4)
    const result = comparePng(PNG.sync.write(png), same)
    expect(comparePng(same, same)).toMatchObject({ differing: 0, total: 800 })
    expect(result).toMatchObject({ differing: 10, total: 800 })
  })
})

const LOOKS = [
  { theme: 'default', colorSchema: 'light' },
  { theme: 'seriph', colorSchema: 'dark' },
] as const

describe.each(LOOKS)('the look of every slide kind ($theme, $colorSchema)', ({ theme, colorSchema }) => {
  const decks: BuiltDeck[] = []
  const sessions: DeckSession[] = []
  const shots = new Map<string, Buffer>()
  let codeStyle: { ligatures: string; features: string } | undefined

  beforeAll(async () => {
    // the bundled article's slide kinds; then those only an article with headings makes (its
    // agenda, its code) and an essay that judges (its takeaways)
    for (const article of [BUNDLED_ARTICLE, HEADINGS_MD_ARTICLE, ESSAY_ARTICLE]) {
      const deck = await buildInTemp(article, { formats: ['web'], theme, colorSchema })
      decks.push(deck)
      const session = await openDeck(deck.result.outputs.web!, '/', deck.result.plan.options.aspectRatio)
      sessions.push(session)
      const { page } = await session.newPage()
      for (const { kind, n } of representatives(deck.result.plan.slides).filter((r) => !shots.has(r.kind))) {
        await gotoSlide(page, session.url, n)
        shots.set(kind, await page.locator(slideSelector(n)).screenshot({ animations: 'disabled', caret: 'hide' }))
        if (kind === 'code') codeStyle = await page.locator(`${slideSelector(n)} .dw-code__block`).first().evaluate((el) => ({ ligatures: getComputedStyle(el).fontVariantLigatures, features: getComputedStyle(el).fontFeatureSettings }))
      }
    }
  }, 300_000)

  afterAll(async () => {
    for (const s of sessions) await s.close()
    for (const d of decks) await d.cleanup()
  })

  it('has a slide of every kind the bundled article, an article with headings and an essay make', () => {
    expect([...shots.keys()].sort()).toEqual(['agenda', 'code', 'cost', 'key-figure', 'quote', 'section', 'sources', 'takeaways', 'title'])
  })

  it('shows code without the face\'s ligatures ("!=" stays two characters)', () => {
    expect(codeStyle?.ligatures).toBe('none')
    expect(codeStyle?.features).toMatch(/"calt" 0/)
  })

  it('looks like its reference pictures', async () => {
    await mkdir(LOOK_DIR, { recursive: true })
    const problems: string[] = []
    for (const [kind, shot] of shots) {
      const file = path.join(LOOK_DIR, `${theme}-${colorSchema}-${kind}.png`)
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) problems.push(`${path.basename(file)}: no reference picture (record with DECKWRIGHT_UPDATE_LOOK=1)`)
        await writeFile(file, shot)
        continue
      }
      const result = comparePng(shot, await readFile(file))
      if ('sizeMismatch' in result) {
        problems.push(`${path.basename(file)}: size ${result.sizeMismatch}`)
        continue
      }
      if (result.differing / result.total > MAX_DIFF) {
        const out = path.join(PROJECT_ROOT, '.tmp', 'look', path.basename(file))
        await mkdir(path.dirname(out), { recursive: true })
        await writeFile(out.replace(/\.png$/, '.actual.png'), shot)
        await writeFile(out.replace(/\.png$/, '.diff.png'), result.diff)
        problems.push(`${path.basename(file)}: ${(100 * result.differing / result.total).toFixed(2)}% of pixels differ (see ${path.relative(PROJECT_ROOT, out)})`)
      }
    }
    expect(problems).toEqual([])
  })
})
