/**
 * The floor for printing a deck, for the export benchmark: Chromium's own `--print-to-pdf` of
 * one static HTML file holding every slide of the deck as a page (its title and texts, no
 * script, system fonts), timed as a whole process, browser start included. Nothing that
 * prints the same number of slides through a browser can be much faster.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CHROMIUM_ARGS } from '../src/export/launch.ts'
import type { Slide } from '../src/types.ts'

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Every string a slide shows (title, bullets, quote, labels…), speaker notes left out. */
export function slideTexts(value: unknown, key = ''): string[] {
  if (key === 'notes' || key === 'source') return []
  if (typeof value === 'string') return key === 'kind' ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((v) => slideTexts(v))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => slideTexts(v, k))
  return []
}

/** One HTML page per slide, `width`×`height` CSS px each. */
export function floorHtml(slides: readonly Slide[], width: number, height: number): string {
  const pages = slides.map((slide) => {
    const [title = '', ...texts] = slideTexts(slide)
    return `<section><h1>${escape(title)}</h1><ul>${texts.map((t) => `<li>${escape(t)}</li>`).join('')}</ul></section>`
  })
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: ${width}px ${height}px; margin: 0 }
html, body { margin: 0 }
section { width: ${width}px; height: ${height}px; box-sizing: border-box; padding: 40px 56px; overflow: hidden;
  page-break-after: always; font: 22px/1.4 sans-serif }
h1 { font-size: 36px; margin: 0 0 16px }
</style></head><body>${pages.join('')}</body></html>`
}

/** Prints `html` with Chromium in a fresh process; wall seconds. */
export function printFloor(browser: string, html: string, dir: string): Promise<number> {
  const page = join(dir, 'floor.html')
  writeFileSync(page, html)
  const args = [
    ...CHROMIUM_ARGS, '--headless', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'floor.pdf')}`, `file://${page}`,
  ]
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(browser, args, { stdio: 'ignore' })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - t) / 1000) : reject(new Error(`chromium --print-to-pdf exited with ${code}`))))
  })
}
