/**
 * Fits a slide's type to its canvas, in the browser: the title wraps to at most two lines and
 * only then shrinks; the body gets the largest size that fits, between a readable minimum and
 * a maximum (lower for a list of bullets than for a quote or a figure), so a dense slide gets
 * smaller type.
 * The deck styles size everything from two custom properties on the slide's layout element,
 * `--dw-t` (title) and `--dw-s` (body); this file only searches their values. Deterministic:
 * the same fonts and text give the same sizes, so the printed PDF matches the web deck.
 */

import { largestFittingSteps, runInLockstep, runSteps, type FitSteps } from './fit-search.ts'
import { fontUse, mayChange, type FontUse } from './font-use.ts'

/**
 * Body scale bounds: 1 is the styles' base size; below READABLE only as a last resort. A slide of
 * bullets (section, takeaways, agenda, people, sources) grows to LIST at most, a little over the
 * base, so the body's size stays about the same from one such slide to the next (two short
 * bullets are not set larger than five that fit at the base size; a dense slide's 0.83 was set
 * beside 1.2 and read as "tiny"); a quote, a figure or the cover grows to MAX.
 */
export const BODY_SCALE = { min: 0.5, readable: 0.72, list: 1.05, max: 1.6 } as const
/** A table continued over slides (DataTable's `page-rows`). */
const PAGED_TABLE = '.dw-table--paged'
/** The layouts whose body is a list of bullets (or of people). */
const LIST_LAYOUTS = ['dw-section', 'dw-takeaways', 'dw-agenda', 'dw-people', 'dw-sources']
/** Title scale bounds (a short cover title grows up to coverMax; a table's or chart's title keeps to one line down to oneLineMin). */
export const TITLE_SCALE = { min: 0.55, max: 1, coverMax: 1.4, oneLineMin: 0.8 } as const
/** The layouts whose body is a table or a chart: their title keeps to one line when it can at oneLineMin, leaving the rows room. */
const ONE_LINE_TITLE_LAYOUTS = ['dw-table', 'dw-chart']
/** Lines a title may take before it shrinks (the cover's title may take three). */
export const TITLE_LINES = { slide: 2, cover: 3 } as const

/** Distinct text lines of an element, counted from the boxes of its text runs. */
export function lineCount(el: Element): number {
  const range = el.ownerDocument.createRange()
  range.selectNodeContents(el)
  const tops: number[] = []
  for (const r of Array.from(range.getClientRects())) {
    if (r.width < 1 || r.height < 1) continue
    if (!tops.some((t) => Math.abs(t - r.top) < r.height / 2)) tops.push(r.top)
  }
  return tops.length
}

/** True when the layout's content fits its box (no tolerance in height: a measuring check allows 1 px, and fractional sizes round), in both directions. */
export function contentFits(layout: HTMLElement): boolean {
  if (layout.scrollHeight > layout.clientHeight || layout.scrollWidth > layout.clientWidth + 1) return false
  if (contentBottom(layout) > innerBottom(layout)) return false
  for (const el of Array.from(layout.querySelectorAll<HTMLElement>('[data-dw-fit-box]'))) {
    if (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth + 1) return false
  }
  return true
}

/** A line set in the slide's lower margin (who "I" is: styles/index.css), not in the body's room. */
const MARGIN_LINE = 'dw-voice'

/** Bottom of the layout's last laid-out child, in the page's (scaled) pixels. */
function contentBottom(layout: HTMLElement): number {
  let bottom = -Infinity
  for (const child of Array.from(layout.children)) {
    if (child.classList.contains(MARGIN_LINE)) continue
    const r = child.getBoundingClientRect()
    if (r.height > 0) bottom = Math.max(bottom, r.bottom)
  }
  return bottom
}

/** Bottom of the layout's content box (above its bottom padding: the slide's lower margin), in the page's pixels. */
function innerBottom(layout: HTMLElement): number {
  const r = layout.getBoundingClientRect()
  const scale = layout.offsetHeight > 0 ? r.height / layout.offsetHeight : 1
  return r.bottom - Number.parseFloat(getComputedStyle(layout).paddingBottom || '0') * scale
}

/** Fits one slide layout now. */
export function fitLayout(layout: HTMLElement): void {
  runSteps(fitSteps(layout))
}

/** Fits many slide layouts side by side (fit-search.ts): the same sizes as one by one, with far fewer layouts of the page. */
export function fitLayouts(layouts: readonly HTMLElement[]): void {
  runInLockstep(layouts.map(fitSteps))
}

/**
 * The fit of one slide layout, as steps: title first (its height changes the body's room), then
 * the body. Most slides fit with both at their largest, so that is tried first; it gives what the
 * searches below would (a slide that fits with its body at the largest size fits with it smaller).
 */
export function* fitSteps(layout: HTMLElement): FitSteps {
  const set = (name: string) => (v: number) => layout.style.setProperty(name, v.toFixed(3))
  const title = layout.querySelector<HTMLElement>('h1')
  // (a table continued over slides grows no larger than a list, so its pages, each fitted on its own, come out at about one size)
  const bodyMax = LIST_LAYOUTS.some((c) => layout.classList.contains(c)) || layout.querySelector(PAGED_TABLE) ? BODY_SCALE.list : BODY_SCALE.max
  if (title) {
    const cover = layout.classList.contains('dw-title')
    const fits = (lines: number) => () => lineCount(title) <= lines && title.scrollWidth <= title.clientWidth + 1 && contentFits(layout)
    const oneLine = ONE_LINE_TITLE_LAYOUTS.some((c) => layout.classList.contains(c))
    const titleMax = cover ? TITLE_SCALE.coverMax : TITLE_SCALE.max
    const lines = cover ? TITLE_LINES.cover : TITLE_LINES.slide
    set('--dw-s')(bodyMax)
    set('--dw-t')(oneLine ? TITLE_SCALE.max : titleMax)
    if (yield fits(oneLine ? 1 : lines)) return
    // the title must leave the body room at a readable size
    set('--dw-s')(BODY_SCALE.readable)
    // (the search gives its lower bound when nothing fits: then the title may take two lines)
    const single = oneLine ? yield* largestFittingSteps(TITLE_SCALE.oneLineMin, TITLE_SCALE.max, 0.02, set('--dw-t'), fits(1)) : 0
    if (!oneLine || (single === TITLE_SCALE.oneLineMin && !(yield fits(1)))) {
      yield* largestFittingSteps(TITLE_SCALE.min, titleMax, 0.02, set('--dw-t'), fits(lines))
    }
  }
  yield* largestFittingSteps(BODY_SCALE.min, bodyMax, 0.02, set('--dw-s'), () => contentFits(layout))
}

/** deckwright's slides carry a `dw-<kind>` class on their layout; others are left alone. */
export function isDeckwrightLayout(el: Element): el is HTMLElement {
  return el.classList.contains('slidev-layout') && Array.from(el.classList).some((c) => c.startsWith('dw-'))
}

/**
 * Keeps the slides under `root` fitted: now, whenever their content changes (slides load
 * asynchronously), and once the deck's fonts have loaded. Each fitted layout gets
 * `data-dw-fit="fonts"` once it was fitted with the fonts loaded (the printer waits for it).
 * Fitting waits for the next frame, so a burst of changes (a slide mounting, its fonts
 * arriving) costs one fit, and every watcher of the page that asked is served in that frame's
 * one lockstep fit; it also waits for the fonts its text needs: a fit made with fallback fonts
 * would only be made again. Returns a function that stops watching.
 */
export function watchFit(root: HTMLElement): () => void {
  let stopped = false
  const doc = root.ownerDocument
  const watched = new WeakSet<Element>()
  // the families and characters of each layout at its last fit, and whether the last run waited for fonts
  const uses = new WeakMap<Element, FontUse>()
  let deferred = false
  // a slide kept hidden (display: none) has no size: fitted when it shows; sizes the last fit
  // left behind are no change (the observer reports them once, right after it starts)
  const fitted = new WeakMap<Element, string>()
  const sizeOf = (w: number, h: number) => `${Math.round(w)}x${Math.round(h)}`
  const resized = new ResizeObserver((entries) => {
    if (entries.some((e) => fitted.get(e.target) !== sizeOf(e.contentRect.width, e.contentRect.height))) schedule()
  })
  const request: FitRequest = {
    layouts: () => {
      if (stopped) return []
      const layouts = deckwrightLayouts(root)
      observeNew(layouts, watched, resized)
      // fonts still loading: their 'loadingdone' fits the slides once, with the right metrics
      deferred = doc.fonts.status === 'loading' || layouts.some((el) => loadFontsOf(el, schedule))
      return deferred ? [] : layouts.filter((el) => el.clientHeight !== 0)
    },
    fitted: (el) => {
      for (const box of [el, ...Array.from(el.children)]) fitted.set(box, sizeOf(...contentBox(box)))
      markFitted(el, uses)
    },
  }
  const schedule = () => {
    if (!stopped) requestFit(doc, request)
  }
  const observer = new MutationObserver(schedule)
  observer.observe(root, { childList: true, subtree: true, characterData: true })
  // a face that loaded refits only the slides whose text it can draw (the others would come out
  // the same: a fit depends on the text's fonts alone), and the slides that waited for fonts
  const loaded = (event: Event) => {
    const faces = (event as FontFaceSetLoadEvent).fontfaces ?? []
    const layouts = deckwrightLayouts(root)
    if (deferred || layouts.some((el) => { const use = uses.get(el); return !use || mayChange(use, faces) })) schedule()
  }
  doc.fonts.ready.then(schedule, schedule)
  doc.fonts.addEventListener('loadingdone', loaded)
  doc.fonts.addEventListener('loadingerror', schedule)
  schedule()
  return () => {
    stopped = true
    observer.disconnect()
    resized.disconnect()
    doc.fonts.removeEventListener('loadingdone', loaded)
    doc.fonts.removeEventListener('loadingerror', schedule)
  }
}

/** What one watcher asks of the next fit: the layouts to fit now (none while it waits or once stopped), and what follows each one's fit. */
interface FitRequest {
  layouts(): HTMLElement[]
  fitted(layout: HTMLElement): void
}

/** The watchers waiting for the next fit, by page. */
const waiting = new WeakMap<Document, Set<FitRequest>>()

/** Queues a watcher's request for the page's next fit, which the first request of a frame schedules. */
function requestFit(doc: Document, request: FitRequest): void {
  const queued = waiting.get(doc)
  if (queued) {
    queued.add(request)
    return
  }
  waiting.set(doc, new Set([request]))
  const view = doc.defaultView
  const run = () => fitRequested(doc)
  // a hidden page has no frames: fit at once there (nothing shows until it is visible anyway)
  if (view && doc.visibilityState === 'visible') view.requestAnimationFrame(run)
  else queueMicrotask(run)
}

/** Fits the layouts every waiting watcher of the page asks for, in lockstep, then lets each watcher note its own. */
function fitRequested(doc: Document): void {
  const requests = [...(waiting.get(doc) ?? [])]
  waiting.delete(doc)
  const asked = requests.map((request) => ({ request, layouts: request.layouts() }))
  // (watchers whose roots overlap ask for the same layout: it is fitted once)
  fitLayouts([...new Set(asked.flatMap((a) => a.layouts))])
  for (const { request, layouts } of asked) for (const el of layouts) request.fitted(el)
}

/**
 * Marks a layout fitted with the fonts loaded (`data-dw-fit="fonts"`) and records its font use.
 * A face another slide's fit asked for may be loading now: the layout is then fitted again
 * when it has loaded (no font use recorded: any 'loadingdone' refits it), and only then marked.
 */
function markFitted(el: HTMLElement, uses: WeakMap<Element, FontUse>): void {
  if (el.ownerDocument.fonts.status === 'loaded') {
    el.dataset.dwFit = 'fonts'
    uses.set(el, slideFontUse(el))
  } else uses.delete(el)
}

/** The slide layouts deckwright fits under `root`. */
function deckwrightLayouts(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.slidev-layout')).filter(isDeckwrightLayout)
}

/** Starts observing the sizes of layouts not watched yet, and of their children. */
function observeNew(layouts: readonly Element[], watched: WeakSet<Element>, resized: ResizeObserver): void {
  for (const el of layouts) {
    if (watched.has(el)) continue
    watched.add(el)
    resized.observe(el)
    // a chart or table that gets its size late (its styles or data arrive after the text) refits the slide
    for (const child of Array.from(el.children)) resized.observe(child)
  }
}

/** Content-box width and height in CSS px, as a ResizeObserver reports them (0 for inline boxes). */
function contentBox(el: Element): [number, number] {
  const cs = getComputedStyle(el)
  const px = (v: string) => Number.parseFloat(v) || 0
  const borderBox = cs.boxSizing === 'border-box'
  const w = px(cs.width) - (borderBox ? px(cs.paddingLeft) + px(cs.paddingRight) + px(cs.borderLeftWidth) + px(cs.borderRightWidth) : 0)
  const h = px(cs.height) - (borderBox ? px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderTopWidth) + px(cs.borderBottomWidth) : 0)
  return cs.display === 'inline' ? [0, 0] : [Math.max(0, w), Math.max(0, h)]
}

/** The font families of the layout and everything in it, and its text (see font-use.ts). */
function slideFontUse(layout: HTMLElement): FontUse {
  const lists = new Set<string>()
  for (const el of [layout, ...Array.from(layout.querySelectorAll('*'))]) lists.add(getComputedStyle(el).fontFamily)
  return fontUse(lists, layout.textContent ?? '')
}

const fontsAsked = new WeakMap<HTMLElement, string>()

/**
 * Starts loading the fonts the layout's text needs (its body and title faces, for its own
 * characters) when they are not loaded yet; `then` runs once they are. True when it had to.
 */
function loadFontsOf(layout: HTMLElement, then: () => void): boolean {
  const text = layout.textContent ?? ''
  // once per text: a face that cannot load must not hold the fit back
  if (!text.trim() || fontsAsked.get(layout) === text) return false
  fontsAsked.set(layout, text)
  const fonts = layout.ownerDocument.fonts
  const wanted = new Set<string>()
  for (const el of [layout, ...Array.from(layout.querySelectorAll('h1, h2, strong, b'))].slice(0, 8)) {
    const cs = getComputedStyle(el)
    wanted.add(`${cs.fontStyle} ${cs.fontWeight} 16px ${cs.fontFamily}`)
  }
  // each character once: which faces a text needs depends on its characters, not on how often they come
  const chars = [...new Set(text)].join('')
  const missing = [...wanted].filter((font) => !safeCheck(fonts, font, chars))
  if (missing.length === 0) return false
  Promise.all(missing.map((font) => fonts.load(font, chars))).then(then, then)
  return true
}

function safeCheck(fonts: FontFaceSet, font: string, text: string): boolean {
  try {
    return fonts.check(font, text)
  } catch {
    return true
  }
}
