/**
 * E2E helper: drives a built web deck in Chromium. Serves it with the exporter's own
 * static server, records what the page does (console errors, uncaught errors, requests,
 * dialogs) and reads slides the way a viewer sees them (`#/N`, presenter `#/presenter/N`).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { findBrowser } from '../../src/export/browser.ts'
import { launchBrowser } from '../../src/export/launch.ts'
import { serveStatic, type StaticServer } from '../../src/export/serve.ts'
import { slideSize } from '../../src/pipeline.ts'

export interface PageLog {
  /** console messages of type error, with their source URL. */
  consoleErrors: string[]
  /** Uncaught exceptions. */
  pageErrors: string[]
  /** Every URL the page requested. */
  requests: string[]
  /** Messages of dialogs (alert/confirm/prompt/beforeunload) that opened; each is dismissed. */
  dialogs: string[]
}

export function watchPage(page: Page): PageLog {
  const log: PageLog = { consoleErrors: [], pageErrors: [], requests: [], dialogs: [] }
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(`${m.text()} (${m.location().url || 'no url'})`)
  })
  page.on('pageerror', (e) => log.pageErrors.push(e.message))
  page.on('request', (r) => log.requests.push(r.url()))
  page.on('response', (r) => {
    // the console message of a failed load does not say which URL; keep it next to it
    if (r.status() >= 400) log.consoleErrors.push(`HTTP ${r.status()} for ${r.url()}`)
  })
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`)
    d.dismiss().catch(() => undefined)
  })
  return log
}

/** Requests that left 127.0.0.1 (inline data:/blob:/about: URLs never touch a network). */
export function foreignRequests(requests: readonly string[], host = '127.0.0.1'): string[] {
  return requests.filter((u) => {
    const url = new URL(u)
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return false
    return url.hostname !== host
  })
}

export interface DeckSession {
  browser: Browser
  server: StaticServer
  /** Root URL of the deck (ends with the base path). */
  url: string
  viewport: { width: number; height: number }
  /** A new page in a context sized to the slide canvas (scale 1), with its log. */
  newPage(): Promise<{ page: Page; log: PageLog; context: BrowserContext }>
  close(): Promise<void>
}

/** Serves `webDir` under `base` on 127.0.0.1 and starts Chromium. */
export async function openDeck(webDir: string, base: string, aspectRatio: string): Promise<DeckSession> {
  const server = await serveStatic(webDir, base)
  let browser: Browser
  try {
    browser = await launchBrowser(await findBrowser())
  } catch (error) {
    await server.close()
    throw error
  }
  const viewport = slideSize(aspectRatio)
  const contexts: BrowserContext[] = []
  return {
    browser,
    server,
    url: server.url,
    viewport,
    async newPage() {
      const context = await browser.newContext({ viewport })
      contexts.push(context)
      const page = await context.newPage()
      return { page, log: watchPage(page), context }
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined)
      await browser.close().catch(() => undefined)
      await server.close()
    },
  }
}

/** Waits for web fonts and two frames, so layout (and components that measure themselves) settle. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  })
}

/** CSS selector of slide N's page in the play view. */
export const slideSelector = (n: number): string => `.slidev-page-${n}`

/** Opens slide N (1-based) in the play view and waits until it shows. */
export async function gotoSlide(page: Page, root: string, n: number): Promise<void> {
  await page.goto(`${root}#/${n}`)
  await page.locator(slideSelector(n)).waitFor({ state: 'visible', timeout: 20_000 })
  await settle(page)
}

/** The hash route of the page ("#/3" → "/3"). */
export function hashRoute(page: Page): string {
  return new URL(page.url()).hash.replace(/^#/, '')
}

/** Visible text of slide N (it must be the slide on screen). */
export async function slideText(page: Page, n: number): Promise<string> {
  return page.locator(slideSelector(n)).innerText()
}

/** Opens the presenter view of slide N and returns the speaker notes text shown. */
export async function presenterNotes(page: Page, root: string, n: number): Promise<string> {
  await page.goto(`${root}#/presenter/${n}`)
  const notes = page.locator('.slidev-note').first()
  await notes.waitFor({ state: 'visible', timeout: 20_000 })
  await settle(page)
  return notes.innerText()
}

/**
 * "N / total" from the presenter view's slide navigation: the counter that shares its
 * toolbar with the "Go to next slide" button (the clicks counter elsewhere looks alike).
 */
export async function presenterCounter(page: Page): Promise<{ current: number; total: number } | undefined> {
  const found = (await page.evaluate(String.raw`(() => {
    for (const button of document.querySelectorAll('[title="Go to next slide"]')) {
      for (const el of button.parentElement?.querySelectorAll('div, span') ?? []) {
        const m = /^(\d+)\s*\/\s*(\d+)$/.exec((el.innerText || '').replace(/\s+/g, ' ').trim())
        if (m) return { current: Number(m[1]), total: Number(m[2]) }
      }
    }
    return null
  })()`)) as { current: number; total: number } | null
  return found ?? undefined
}

export interface Overflow {
  slide: number
  /** tag.class of the element (or of a text node's parent, with " text"). */
  element: string
  /** First characters of its text. */
  text: string
  side: 'left' | 'top' | 'right' | 'bottom'
  /** How far past the slide's edge, in canvas px. */
  px: number
}

/** One line per overflow, readable in a failure diff. */
export function formatOverflow(o: Overflow, slides: readonly { kind: string; title: string }[]): string {
  const slide = slides[o.slide - 1]
  return `slide ${o.slide} (${slide?.kind} "${slide?.title}"): ${o.element} "${o.text}" ${o.px}px past the ${o.side} edge`
}

/**
 * Opens slides 1…count at `#/N` one by one and measures each: what reaches past the slide's
 * edges, and how the content fills the slide (fits); returns the slides it saw.
 */
export async function measureSlides(page: Page, root: string, count: number): Promise<{ visited: number[]; overflows: Overflow[]; fits: SlideFit[] }> {
  const visited: number[] = []
  const overflows: Overflow[] = []
  const fits: SlideFit[] = []
  for (let n = 1; n <= count; n++) {
    await gotoSlide(page, root, n)
    overflows.push(...(await slideOverflows(page, n)))
    fits.push(await slideFit(page, n))
    visited.push(n)
  }
  return { visited, overflows, fits }
}

/** The median share of the slide's height a deck's content spans (the target is at least this). */
export const MIN_MEDIAN_SPAN = 0.6

/** Text cut inside its own box, one line per case, readable in a failure diff. */
export function formatCuts(fits: readonly SlideFit[]): string[] {
  return fits.flatMap((f) => f.cut.map((c) => `slide ${f.slide}: ${c.element} "${c.text}" is cut`))
}

/**
 * Everything inside slide N (elements and text runs) whose box reaches past the slide's
 * box by more than `tolerance` canvas px. The slide must be the one on screen.
 */
export async function slideOverflows(page: Page, n: number, tolerance = 1): Promise<Overflow[]> {
  // a string, not a function: tsx/esbuild may wrap named inner functions in a helper the page lacks
  return page.evaluate(`(${MEASURE_OVERFLOWS})(${JSON.stringify({ sel: slideSelector(n), n, tolerance })})`) as Promise<Overflow[]>
}

/** In-page script: ({ sel, n, tolerance }) => Overflow[]. */
const MEASURE_OVERFLOWS = String.raw`({ sel, n, tolerance }) => {
  const slide = document.querySelector(sel)
  if (!slide) throw new Error('no ' + sel + ' in the page')
  const box = slide.getBoundingClientRect()
  const scale = slide.offsetWidth > 0 ? box.width / slide.offsetWidth : 1
  const found = new Map()
  const name = (el) => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 3) : []
    return [el.tagName.toLowerCase(), ...cls].join('.')
  }
  const check = (r, element, text) => {
    if (r.width === 0 && r.height === 0) return
    const past = { left: box.left - r.left, top: box.top - r.top, right: r.right - box.right, bottom: r.bottom - box.bottom }
    for (const side of ['left', 'top', 'right', 'bottom']) {
      const px = Math.round((past[side] / scale) * 10) / 10
      if (px <= tolerance) continue
      const key = element + '|' + text + '|' + side
      const prev = found.get(key)
      if (!prev || prev.px < px) found.set(key, { slide: n, element, text, side, px })
    }
  }
  // visually-hidden text for screen readers (the "sr-only" pattern: clipped to nothing)
  // is not on the slide, however wide its box: a table ignores the pattern's 1px width
  const clippedAway = (cs) =>
    cs.clipPath === 'inset(50%)' || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(cs.clip)
  const shown = (el) => {
    const cs = getComputedStyle(el)
    if (cs.display === 'none' || cs.visibility === 'hidden') return false
    for (let a = el; a && a !== slide; a = a.parentElement) if (clippedAway(getComputedStyle(a))) return false
    return true
  }
  for (const el of slide.querySelectorAll('*')) {
    if (!shown(el)) continue
    check(el.getBoundingClientRect(), name(el), (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60))
  }
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue || '').replace(/\s+/g, ' ').trim()
    const parent = node.parentElement
    if (!text || !parent || !shown(parent)) continue
    range.selectNodeContents(node)
    for (const r of range.getClientRects()) check(r, name(parent) + ' text', text.slice(0, 60))
  }
  return [...found.values()]
}`

export interface A11yViolation {
  slide: number
  id: string
  impact: string
  nodes: string[]
}

/**
 * axe-core on each slide's own content (Slidev's controls are not ours): the serious and
 * critical violations, with the offending nodes' selectors.
 */
export async function axeSlides(page: Page, root: string, count: number): Promise<A11yViolation[]> {
  const out: A11yViolation[] = []
  for (let n = 1; n <= count; n++) {
    await gotoSlide(page, root, n)
    out.push(...(await axeSlide(page, n)))
  }
  return out
}

/** axe-core on slide N as it is on screen now. */
export async function axeSlide(page: Page, n: number): Promise<A11yViolation[]> {
  const result = await new AxeBuilder({ page }).include(slideSelector(n)).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ slide: n, id: v.id, impact: v.impact!, nodes: v.nodes.map((x) => x.target.join(' ')) }))
}

export interface SlideFit {
  slide: number
  /** Height spanned by the slide's visible content (top of the first text or bar to the bottom of the last), as a share of the slide's height. */
  span: number
  /** Elements whose text is cut inside their own box (clipped, ellipsis, line-clamp). */
  cut: { element: string; text: string }[]
}

/** The fit of slide N as it is on screen now. */
export async function slideFit(page: Page, n: number): Promise<SlideFit> {
  return page.evaluate(`(${MEASURE_FIT})(${JSON.stringify({ sel: slideSelector(n), n })})`) as Promise<SlideFit>
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** In-page script: ({ sel, n }) => SlideFit. */
const MEASURE_FIT = String.raw`({ sel, n }) => {
  const slide = document.querySelector(sel)
  if (!slide) throw new Error('no ' + sel + ' in the page')
  const box = slide.getBoundingClientRect()
  const clippedAway = (cs) => cs.clipPath === 'inset(50%)' || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(cs.clip)
  const shown = (el) => {
    for (let a = el; a && a !== slide; a = a.parentElement) {
      const cs = getComputedStyle(a)
      if (cs.display === 'none' || cs.visibility === 'hidden' || clippedAway(cs) || Number(cs.opacity) === 0) return false
    }
    return true
  }
  let top = Infinity
  let bottom = -Infinity
  const add = (r) => {
    if (r.width < 1 || r.height < 1) return
    top = Math.min(top, r.top)
    bottom = Math.max(bottom, r.bottom)
  }
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.nodeValue || '').trim() || !node.parentElement || !shown(node.parentElement)) continue
    range.selectNodeContents(node)
    for (const r of range.getClientRects()) add(r)
  }
  for (const el of slide.querySelectorAll('img, svg, canvas, .dw-cost__bar, .dw-cost__placeholder')) if (shown(el)) add(el.getBoundingClientRect())
  const cut = []
  const name = (el) => [el.tagName.toLowerCase(), ...(typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 3) : [])].join('.')
  for (const el of slide.querySelectorAll('*')) {
    if (!shown(el) || !(el.textContent || '').trim()) continue
    const cs = getComputedStyle(el)
    const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible'
    const clamped = cs.webkitLineClamp && cs.webkitLineClamp !== 'none'
    const over = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1
    if ((clips || clamped || cs.textOverflow === 'ellipsis') && over) {
      cut.push({ element: name(el), text: (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60) })
    }
  }
  const span = bottom > top ? (bottom - top) / box.height : 0
  return { slide: n, span: Math.round(span * 1000) / 1000, cut }
}`

/**
 * Runs before any page script (context.addInitScript): every way a hostile payload could show
 * itself (alert/confirm/prompt) records the call in window.__pwned, which must stay undefined.
 */
export const PWN_TRAP = `(() => {
  for (const k of ['alert', 'confirm', 'prompt']) {
    const original = window[k]
    window[k] = function (...args) {
      (window.__pwned ||= []).push(k + '(' + args.map(String).join(',') + ')')
      return original.apply(window, args)
    }
  }
})()`
