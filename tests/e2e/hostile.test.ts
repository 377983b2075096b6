/**
 * End to end with an article full of text that looks like code (template syntax, HTML,
 * markdown block markers, slide separators, emoji, right-to-left scripts): the markdown
 * holds it only in escaped form, and the built deck shows it literally and runs none of it.
 */
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseSync } from '@slidev/parser/core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeWithBrowser } from '../browser-available.ts'
import type { DeckPlan } from '../../src/types.ts'
import { readPdf } from '../export/pdf-read.ts'
import { buildInTemp, generateInTemp, HOSTILE_ARTICLE, PROJECT_ROOT, squash, type BuiltDeck, type GeneratedDeck } from './deck-build.ts'
import {
  PWN_TRAP,
  formatCuts,
  formatOverflow,
  gotoSlide,
  hashRoute,
  median,
  MIN_MEDIAN_SPAN,
  openDeck,
  presenterCounter,
  presenterNotes,
  slideFit,
  slideOverflows,
  slideSelector,
  slideText,
  type DeckSession,
  type Overflow,
  type PageLog,
  type SlideFit,
} from './deck-page.ts'

const ARTICLE = HOSTILE_ARTICLE

/** Strings of the fixture that some renderer could take for code or markup. */
const HOSTILE: readonly string[] = [
  "{{ constructor.constructor('alert(1)')() }}",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!--',
  '-->',
  'a stray backtick ` or',
  'triple backticks ``` can',
  '$$ x $$',
  'apples | pears | plums',
  '[click for details](javascript:alert(1))',
  '::note::',
  '# is how one trainee',
  '> is the character',
  '* marks a footnote',
  '- is also how people',
  '1. is how the instructor',
  '🎉',
  '🚀',
  '👩🏽‍💻',
  'مرحبا بكم في ورشة العمل',
  'שלום וברוכים הבאים לסדנה',
]

/** The payloads that would run code if any layer evaluated them. */
const EXECUTABLE = HOSTILE.slice(0, 3)

/**
 * Runs before any page script: every way the fixture's payloads could show themselves
 * (alert/confirm/prompt) records the call in window.__pwned, which must stay undefined.
 */

/** Every string value in the plan's slides (titles, bullets, notes, quotes…). */
function planStrings(plan: DeckPlan): string {
  const out: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v)
    else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(plan.slides)
  return squash(out.join('\n'))
}

/** Names of deckwright's Vue components: the only tags besides `<span v-pre>` a deck may hold. */
function componentNames(): string[] {
  return readdirSync(path.join(PROJECT_ROOT, 'components'))
    .filter((f) => f.endsWith('.vue'))
    .map((f) => f.replace(/\.vue$/, ''))
}

/** Slide markup the page must never contain, whatever the article says. */
const UNSAFE_DOM = String.raw`((roots) => {
  const bad = []
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const tag = el.tagName.toLowerCase()
      if (['script', 'iframe', 'object', 'embed', 'img'].includes(tag)) bad.push('<' + tag + '>')
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(tag + ' ' + a.name + '=' + a.value)
        if (/^\s*javascript:/i.test(a.value)) bad.push(tag + ' ' + a.name + '=' + a.value)
      }
    }
  }
  return bad
})`

describe('hostile article', () => {
  let generated: GeneratedDeck
  let markdown: string
  let plan: DeckPlan
  let parsed: ReturnType<typeof parseSync>
  let source: string

  beforeAll(async () => {
    source = await readFile(ARTICLE, 'utf8')
    generated = await generateInTemp(ARTICLE)
    markdown = generated.result.markdown
    plan = generated.result.plan
    parsed = parseSync(markdown, generated.result.markdownPath)
  }, 60_000)

  afterAll(async () => {
    await generated?.cleanup()
  })

  it('has every hostile string in the fixture, and the executable ones reach the plan', () => {
    for (const s of HOSTILE) expect(source).toContain(s)
    expect(source).toMatch(/^---$/m)
    const inPlan = planStrings(plan)
    for (const s of EXECUTABLE) expect(inPlan, 'the test needs these payloads in the deck').toContain(squash(s))
  })

  it('has exactly the planned slides for Slidev, with no extra --- lines', () => {
    expect(parsed.slides.length).toBe(plan.slides.length)
    // a `---` line is the headmatter's pair, or a slide's separator plus its frontmatter close
    const expected = parsed.slides.reduce((sum, s, i) => {
      const fm = s.frontmatterStyle === 'frontmatter' && s.frontmatterRaw !== undefined
      return sum + (i === 0 ? (fm ? 2 : 0) : fm ? 2 : 1)
    }, 0)
    expect(markdown.split('\n').filter((l) => /^---\s*$/.test(l)).length).toBe(expected)
  })

  it('holds no HTML tag from the article, only its own components and v-pre spans', () => {
    const allowed = new Set(['span', ...componentNames()])
    const tags = [...markdown.matchAll(/<\/?([A-Za-z][\w-]*)/g)].map((m) => m[1]!)
    expect(tags.filter((t) => !allowed.has(t))).toEqual([])
    for (const m of markdown.matchAll(/<span\b[^>]*>/g)) expect(m[0]).toBe('<span v-pre>')
    expect(markdown).not.toMatch(/<(script|img|iframe|svg|style)\b/i)
    expect(markdown, 'a live javascript: link').not.toMatch(/(?<!\\)\]\(\s*javascript:/i)
  })

  it('keeps {{ }} in slide text inside v-pre, and HTML comments to the notes only', () => {
    for (const slide of parsed.slides) {
      for (const line of slide.content.split('\n')) {
        if (!line.includes('{{')) continue
        expect(line, 'interpolation outside v-pre').toMatch(/<span v-pre>[^]*\{\{[^]*<\/span>/)
      }
    }
    const withNotes = plan.slides.filter((s) => s.notes.some((n) => n.text.trim())).length
    expect(markdown.split('<!--').length - 1).toBe(withNotes)
    expect(markdown.split('-->').length - 1).toBe(withNotes)
  })

  it('escapes markdown syntax: no math, code, link or block marker from the article', () => {
    expect(markdown).not.toContain('$$')
    for (const line of markdown.split('\n')) {
      if (line.trimStart().startsWith('<')) continue // a component's props
      expect(line, 'unescaped backtick').not.toMatch(/(^|[^\\])`/)
    }
    for (const slide of parsed.slides) {
      const lines = slide.content.split('\n')
      expect(lines.filter((l) => /^#{1,6}(\s|$)/.test(l)), 'one heading per slide').toHaveLength(1)
      expect(lines.filter((l) => /^\s*(>|```|~~~)/.test(l) || /^\s*[-*+]\s+([-*+>#]|\d+[.)])\s/.test(l))).toEqual([])
      const note = (slide.note ?? '').split('\n')
      expect(note.filter((l) => /^\s*(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|```|~~~|---|===)/.test(l)), 'block syntax in notes').toEqual([])
    }
  })
})

describeWithBrowser('hostile article in the browser', () => {
  let deck: BuiltDeck
  let plan: DeckPlan
  let session: DeckSession
  let page: Page
  let log: PageLog
  const slideTexts: string[] = []
  const noteTexts: string[] = []
  const unsafe: string[] = []
  const overflows: Overflow[] = []
  const fits: SlideFit[] = []

  beforeAll(async () => {
    deck = await buildInTemp(ARTICLE, { formats: ['web', 'pdf'] })
    plan = deck.result.plan
    session = await openDeck(deck.result.outputs.web!, '/', plan.options.aspectRatio)
    const opened = await session.newPage()
    ;({ page, log } = opened)
    await opened.context.addInitScript(PWN_TRAP)
    for (let n = 1; n <= plan.slides.length; n++) {
      await gotoSlide(page, session.url, n)
      slideTexts.push(await slideText(page, n))
      overflows.push(...(await slideOverflows(page, n)))
      fits.push(await slideFit(page, n))
      unsafe.push(...((await page.evaluate(`${UNSAFE_DOM}([document.querySelector(${JSON.stringify(slideSelector(n))})])`)) as string[]))
    }
    for (let n = 1; n <= plan.slides.length; n++) {
      noteTexts.push(await presenterNotes(page, session.url, n))
      unsafe.push(...((await page.evaluate(`${UNSAFE_DOM}([...document.querySelectorAll('.slidev-note')])`)) as string[]))
    }
  }, 240_000)

  afterAll(async () => {
    await session?.close()
    await deck?.cleanup()
  })

  it('prints one PDF page per planned slide', async () => {
    const pdf = await readPdf(await readFile(deck.result.outputs.pdf!))
    expect(pdf.numPages).toBe(plan.slides.length)
  })

  it('shows every hostile string of the plan literally, on a slide or in the notes', () => {
    const shown = squash([...slideTexts, ...noteTexts].join('\n'))
    const inPlan = planStrings(plan)
    const present = HOSTILE.filter((s) => inPlan.includes(squash(s)))
    expect(present.length, 'most hostile strings reach the deck').toBeGreaterThanOrEqual(HOSTILE.length / 2)
    expect(present.filter((s) => !shown.includes(squash(s)))).toEqual([])
    // each slide shows its own title
    plan.slides.forEach((s, i) => expect(squash(slideTexts[i] ?? ''), `slide ${i + 1}`).toContain(squash(s.title)))
  })

  it('runs nothing from the article: no dialog, window.__pwned undefined, no script, handler or javascript: URL', async () => {
    expect(log.dialogs).toEqual([])
    expect(await page.evaluate('window.__pwned')).toBeUndefined()
    // the trap itself works: a real alert() call is recorded (and its dialog dismissed)
    await page.evaluate('alert("trap check")')
    expect(await page.evaluate('window.__pwned')).toEqual(['alert(trap check)'])
    expect(log.dialogs).toEqual(['alert: trap check'])
    log.dialogs.length = 0
    expect(unsafe).toEqual([])
  })

  // the overflow check of overflow.test.ts, on this build rather than a second one
  it("keeps every slide's content inside the slide canvas (1px tolerance), cuts no text and fills the slides", () => {
    expect(overflows.map((o) => formatOverflow(o, plan.slides))).toEqual([])
    expect(formatCuts(fits)).toEqual([])
    expect(median(fits.map((f) => f.span))).toBeGreaterThanOrEqual(MIN_MEDIAN_SPAN)
  })

  it("has as many slides in Slidev's navigation as the plan", async () => {
    const last = plan.slides.length
    await gotoSlide(page, session.url, 1)
    for (let n = 2; n <= last; n++) {
      await page.keyboard.press('ArrowRight')
      await page.waitForURL((u) => u.hash === `#/${n}`, { timeout: 10_000 })
    }
    await page.keyboard.press('ArrowRight')
    await page.waitForTimeout(500)
    expect(hashRoute(page)).toBe(`/${last}`)
    expect(await page.locator(slideSelector(last)).isVisible()).toBe(true)
    await presenterNotes(page, session.url, 1)
    expect(await presenterCounter(page)).toEqual({ current: 1, total: last })
  }, 60_000)

  it('logs no console errors and throws no page errors', () => {
    expect(log.pageErrors).toEqual([])
    expect(log.consoleErrors).toEqual([])
  })
})
