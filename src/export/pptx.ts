/**
 * PowerPoint through Slidev's own exporter (`slidev export --format pptx|pptx-editable`).
 * `pptx` holds one picture per slide plus the speaker notes; `pptx-editable` rebuilds text
 * boxes so the slides can be edited in PowerPoint. Slidev's exporter starts its own dev
 * server and browser, so this is the slow format; it runs only when asked for.
 */
import { readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { DeckwrightError } from '../errors.ts'
import { tempSibling } from '../fs-atomic.ts'
import { zipEntryNames } from '../ingest/zip.ts'
import type { PptxKind } from './formats.ts'
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
  timeoutMs?: number
  signal?: AbortSignal
}

/**
 * Slidev's exporter now and then writes a presentation with no slides and still exits 0 (seen
 * here under load); the slide count is checked and the export tried once more.
 */
export async function exportPptx(options: PptxOptions): Promise<string> {
  try {
    return await exportOnce(options)
  } catch (e) {
    if (!(e instanceof DeckwrightError) || e.code !== 'BUILD_FAILED' || options.signal?.aborted) throw e
    return exportOnce(options)
  }
}

async function exportOnce(options: PptxOptions): Promise<string> {
  const out = path.resolve(options.out)
  const tmp = `${tempSibling(out, 'pptx')}.pptx`
  const args = [
    'export', path.resolve(options.entry),
    '--format', options.kind,
    '--output', tmp,
    '--executable-path', options.executablePath,
    '--timeout', String(options.timeoutMs ?? 120_000),
  ]
  try {
    const run = await runSlidev(args, options.signal ? { signal: options.signal } : {})
    if (run.code !== 0) {
      const tail = tailLines(run.stderr, 12) || tailLines(run.stdout, 12)
      throw new DeckwrightError('BUILD_FAILED', `slidev export --format ${options.kind} failed (exit ${run.code})${tail ? `:\n${tail}` : ''}`, {
        hint: 'the other formats do not depend on it: build them without pptx, and run with --debug for details',
      })
    }
    const slides = (await zipEntryNames(await readFile(tmp))).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length
    if (slides !== options.slideCount) {
      throw new DeckwrightError('BUILD_FAILED', `slidev export --format ${options.kind} wrote ${slides} slides instead of ${options.slideCount}`, {
        hint: 'run the build again; the other formats do not depend on it',
      })
    }
    // written beside the target, then renamed: a failed export leaves the previous file whole
    await rename(tmp, out)
    return out
  } finally {
    await rm(tmp, { force: true })
  }
}
