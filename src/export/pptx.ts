/**
 * PowerPoint through Slidev's own exporter (`slidev export --format pptx|pptx-editable`).
 * `pptx` holds one picture per slide plus the speaker notes; `pptx-editable` rebuilds text
 * boxes so the slides can be edited in PowerPoint. Slidev's exporter starts its own dev
 * server and browser, so this is the slow format; it runs only when asked for.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DeckwrightError } from '../errors.ts'
import { tempSibling } from '../fs-atomic.ts'
import { visitZipTexts, zipEntryNames } from '../ingest/zip.ts'
import type { PptxKind } from './formats.ts'
import { setPptxText } from './pptx-notes.ts'
import { PRINT_SELECTORS } from './slidev-contract.ts'
import { runSlidev } from './slidev-process.ts'
import { tailLines } from './slidev-process.ts'


export interface PptxOptions {
  entry: string
  /** The .pptx file to write. */
  out: string
  kind: PptxKind
  executablePath: string
  /** Slides the deck has: a file with another count is refused (and tried once more). */
  slideCount: number
  /** Per slide in deck order: its speaker notes, one string per paragraph (plain text). */
  notes: readonly (readonly string[])[]
  /** The presentation's title property (plain text). */
  title?: string
  /** The deck's language (BCP 47) and whether it is written right to left, for the notes. */
  lang?: string
  rtl?: boolean
  timeoutMs?: number
  signal?: AbortSignal
}

/**
 * Slidev's exporter counts the slides of its print page as soon as the page's body exists; on
 * a loaded machine the slides are not there yet and it writes a presentation with none, or (the
 * editable kind) with their "Loading slide..." placeholders or no text at all, and exits 0. So it
 * is asked to wait (`--wait`) after the page loaded, the slide count and text are checked, and the export
 * is tried once more with a longer wait.
 */
const SETTLE_MS = [1_500, 6_000]

export async function exportPptx(options: PptxOptions): Promise<string> {
  try {
    return await exportOnce(options, SETTLE_MS[0]!)
  } catch (e) {
    if (!(e instanceof DeckwrightError) || e.code !== 'BUILD_FAILED' || options.signal?.aborted) throw e
    return exportOnce(options, SETTLE_MS[1]!)
  }
}

async function exportOnce(options: PptxOptions, settleMs: number): Promise<string> {
  const out = path.resolve(options.out)
  const tmp = `${tempSibling(out, 'pptx')}.pptx`
  const args = [
    'export', path.resolve(options.entry),
    '--format', options.kind,
    '--output', tmp,
    '--executable-path', options.executablePath,
    '--timeout', String(options.timeoutMs ?? 120_000),
    '--wait', String(settleMs),
  ]
  try {
    const run = await runSlidev(args, options.signal ? { signal: options.signal } : {})
    if (run.code !== 0) {
      const tail = tailLines(run.stderr, 12) || tailLines(run.stdout, 12)
      throw new DeckwrightError('BUILD_FAILED', `slidev export --format ${options.kind} failed (exit ${run.code})${tail ? `:\n${tail}` : ''}`, {
        hint: 'the other formats do not depend on it: build them without pptx, and run with --debug for details',
      })
    }
    const written = await readFile(tmp)
    const slides = (await zipEntryNames(written)).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length
    if (slides !== options.slideCount) {
      throw new DeckwrightError('BUILD_FAILED', `slidev export --format ${options.kind} wrote ${slides} slides instead of ${options.slideCount}`, {
        hint: 'run the build again; the other formats do not depend on it',
      })
    }
    if (options.kind === 'pptx-editable' && notLoaded(await slideTexts(written))) {
      throw new DeckwrightError('BUILD_FAILED', `slidev export --format ${options.kind} captured slides that had not loaded yet`, {
        hint: 'run the build again; the other formats do not depend on it',
      })
    }
    // Slidev's notes are one run of raw markdown: each notes page is rewritten from the plan
    const { notes, title, lang, rtl } = options
    const text = { notes, ...(title !== undefined ? { title } : {}), ...(lang ? { lang } : {}), ...(rtl ? { rtl } : {}) }
    await writeFile(tmp, await setPptxText(written, text))
    // written beside the target, then renamed: a failed export leaves the previous file whole
    await rename(tmp, out)
    return out
  } finally {
    await rm(tmp, { force: true })
  }
}

/**
 * An editable export taken before the slides loaded: a slide holds the placeholder's text, or
 * no slide holds any text at all (every deckwright slide has at least its title).
 */
export function notLoaded(slides: readonly string[]): boolean {
  return slides.some((t) => t.includes(`>${PRINT_SELECTORS.loadingText}<`)) || slides.every((t) => !/<a:t>[^<]*[^\s<]/.test(t))
}

/** The XML of each slide of a presentation. */
async function slideTexts(pptx: Uint8Array): Promise<string[]> {
  const texts: string[] = []
  await visitZipTexts(pptx, (n) => /^ppt\/slides\/slide\d+\.xml$/.test(n), (_n, text) => texts.push(text))
  return texts
}
