import path from 'node:path'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser } from '../../src/export/browser.ts'
import { launchBrowser } from '../../src/export/launch.ts'
import { PACKAGE_ROOT } from '../../src/paths.ts'

/** src/visuals/fit-slide.ts as a script for a page: `window.dwFit.watchFit`. */
async function fitScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(PACKAGE_ROOT, 'src', 'visuals', 'fit-slide.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'dwFit',
    write: false,
    target: 'es2022',
  })
  return out.outputFiles[0]!.text
}

const SLIDE = (n: number) => `<div class="slidev-layout dw-section" style="width: 980px; height: 552px; overflow: hidden; padding: 40px; box-sizing: border-box; font-size: calc(var(--dw-s, 1) * 20px)">
  <h1 style="font-size: calc(var(--dw-t, 1) * 36px)">Slide ${n}</h1><ul><li>A point of slide ${n}</li><li>Another point</li></ul></div>`

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser(await findBrowser())
})
afterAll(async () => {
  await browser?.close()
})

describe('watchFit', () => {
  it('marks a slide fitted while a face it does not use was loading once that load is done', async () => {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html><body>${SLIDE(1)}${SLIDE(2)}${SLIDE(3)}</body></html>`)
    await page.addScriptTag({ content: await fitScript() })
    const marks = await page.evaluate(async () => {
      // the fonts' status as a fit reads it: loaded when the fit starts, then a face starts loading
      // (asked for by something else on the page) while the three slides are fitted side by side
      const fonts = document.fonts
      let reads = 0
      let loading = false
      Object.defineProperty(fonts, 'status', { configurable: true, get: () => (loading ? 'loading' : 'loaded') })
      const layouts = Array.from(document.querySelectorAll<HTMLElement>('.slidev-layout'))
      // slide 3's first fit starts the load (its first size set)
      const setProperty = layouts[2]!.style.setProperty.bind(layouts[2]!.style)
      layouts[2]!.style.setProperty = (...args: Parameters<CSSStyleDeclaration['setProperty']>) => {
        if (reads++ === 0) loading = true
        return setProperty(...args)
      }
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
      const stop = (window as unknown as { dwFit: { watchFit: (root: HTMLElement) => () => void } }).dwFit.watchFit(document.body)
      await frame()
      const during = layouts.map((el) => el.dataset.dwFit ?? '-')
      // the face has loaded: it draws none of the slides' text
      loading = false
      fonts.dispatchEvent(new FontFaceSetLoadEvent('loadingdone', { fontfaces: [] }))
      await frame()
      stop()
      return { during, after: layouts.map((el) => el.dataset.dwFit ?? '-'), reads }
    })
    expect(marks.reads).toBeGreaterThan(0)
    // a face loading when the fit ends may have changed any slide of it: none is marked yet
    expect(marks.during).toEqual(['-', '-', '-'])
    expect(marks.after).toEqual(['fonts', 'fonts', 'fonts'])
    await page.close()
  })
})

describe('fitLayout', () => {
  /** Each `.slidev-layout` of `body` fitted on a page: its body scale, and the scale bounds. */
  async function fittedScales(body: string) {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html><body>${body}</body></html>`)
    await page.addScriptTag({ content: await fitScript() })
    const scales = await page.evaluate(() => {
      const fit = (window as unknown as { dwFit: { fitLayout: (el: HTMLElement) => void; BODY_SCALE: { list: number; max: number } } }).dwFit
      return Array.from(document.querySelectorAll<HTMLElement>('.slidev-layout')).map((el) => {
        fit.fitLayout(el)
        return { s: Number(el.style.getPropertyValue('--dw-s')), list: fit.BODY_SCALE.list, max: fit.BODY_SCALE.max }
      })
    })
    await page.close()
    return scales
  }

  const slide = (cls: string, inner: string) => `<div class="slidev-layout ${cls}" style="width: 980px; height: 552px; overflow: hidden; padding: 40px; box-sizing: border-box; font-size: calc(var(--dw-s, 1) * 20px)">${inner}</div>`

  it('grows a slide of bullets to the list maximum at most, a quote beyond it', async () => {
    const inner = '<h1 style="font-size: calc(var(--dw-t, 1) * 36px)">Short</h1><ul><li>One short point</li></ul>'
    const scales = await fittedScales(`${slide('dw-section', inner)}${slide('dw-quote', inner)}`)
    expect(scales[0]!.s).toBe(scales[0]!.list)
    expect(scales[1]!.s).toBe(scales[1]!.max)
  })

  it('grows a table continued over slides no larger than a list, a table on one slide beyond it', async () => {
    const table = (paged: boolean) => `<h1 style="font-size: calc(var(--dw-t, 1) * 36px)">Status</h1><figure class="dw-table${paged ? ' dw-table--paged' : ''}"><table><tr><td>Rust 1.78</td><td>Fully compatible</td></tr></table></figure>`
    const scales = await fittedScales(`${slide('dw-table', table(true))}${slide('dw-table', table(false))}`)
    expect(scales[0]!.s).toBe(scales[0]!.list)
    expect(scales[1]!.s).toBe(scales[1]!.max)
  })

  it('fits many slides side by side to the sizes it gives them one by one', async () => {
    const page = await browser.newPage()
    const h1 = (text: string) => `<h1 style="font-size: calc(var(--dw-t, 1) * 42px); line-height: 1.2; margin: 0">${text}</h1>`
    const bullets = (n: number) => `<ul>${Array.from({ length: n }, (_, i) => `<li>Point ${i + 1} of a slide that holds a good many words, enough to wrap</li>`).join('')}</ul>`
    const long = 'Condensed Consolidated Statements of Cash Flows and Supplemental Disclosures for the Quarter'
    const slides = [
      slide('dw-section', `${h1('Short')}${bullets(1)}`),
      slide('dw-section', `${h1(long)}${bullets(16)}`),
      slide('dw-title', h1(`${long} ${long}`)),
      slide('dw-table', `${h1(long)}<table><tr><td>Cash</td><td>1,204</td></tr></table>`),
      slide('dw-quote', `${h1('A quote')}<blockquote>${'Words of a long quotation. '.repeat(30)}</blockquote>`),
    ]
    await page.setContent(`<!doctype html><html><body>${slides.join('')}</body></html>`)
    await page.addScriptTag({ content: await fitScript() })
    const sizes = await page.evaluate(() => {
      const fit = (window as unknown as { dwFit: { fitLayout: (el: HTMLElement) => void; fitLayouts: (els: HTMLElement[]) => void } }).dwFit
      const layouts = Array.from(document.querySelectorAll<HTMLElement>('.slidev-layout'))
      const read = () => layouts.map((el) => el.getAttribute('style'))
      layouts.forEach((el) => fit.fitLayout(el))
      const alone = read()
      layouts.forEach((el) => el.style.removeProperty('--dw-t'))
      layouts.forEach((el) => el.style.removeProperty('--dw-s'))
      fit.fitLayouts(layouts)
      return { alone, together: read() }
    })
    expect(sizes.together).toEqual(sizes.alone)
    // searched sizes, not only the largest: a dense body below the base size, a title and a quote between the bounds
    expect(sizes.alone[1]).toMatch(/--dw-s: 0\.\d+/)
    expect(sizes.alone[2]).toMatch(/--dw-t: 0\.\d+/)
    expect(sizes.alone[4]).toMatch(/--dw-s: 1\.[1-5]\d+/)
    await page.close()
  })

  it('keeps a table’s title to one line when it fits there at a readable size, and lets a longer one take two', async () => {
    const page = await browser.newPage()
    const layout = (cls: string, title: string) => slide(cls, `<h1 style="font-size: calc(var(--dw-t, 1) * 42px); line-height: 1.2; margin: 0">${title}</h1><table><tr><td>Cash</td><td>1,204</td></tr></table>`)
    const medium = 'Condensed Consolidated Statements of Cash Flows'
    const long = 'Condensed Consolidated Statements of Cash Flows and Supplemental Disclosures for the Quarter'
    await page.setContent(`<!doctype html><html><body>${layout('dw-table', medium)}${layout('dw-section', medium)}${layout('dw-table', long)}</body></html>`)
    await page.addScriptTag({ content: await fitScript() })
    const fitted = await page.evaluate(() => {
      const fit = (window as unknown as { dwFit: { fitLayout: (el: HTMLElement) => void; lineCount: (el: Element) => number } }).dwFit
      return Array.from(document.querySelectorAll<HTMLElement>('.slidev-layout')).map((el) => {
        fit.fitLayout(el)
        return { t: Number(el.style.getPropertyValue('--dw-t')), lines: fit.lineCount(el.querySelector('h1')!) }
      })
    })
    // the table's title shrinks to one line; a section's keeps its size over two
    expect(fitted[0]!.lines).toBe(1)
    expect(fitted[0]!.t).toBeGreaterThanOrEqual(0.8)
    expect(fitted[0]!.t).toBeLessThan(1)
    expect(fitted[1]).toEqual({ t: 1, lines: 2 })
    // too long for one line at 0.8: two lines, as any slide's
    expect(fitted[2]!.lines).toBe(2)
    await page.close()
  })
})
