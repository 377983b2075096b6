/**
 * Runs `slidev build` in a child process (Slidev caches its roots per process, so two
 * decks cannot be built in one). The build goes to a temporary folder beside `outDir`
 * and is renamed into place only when it succeeded, so a failed build leaves the
 * previous web deck whole.
 */
import { access, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { DeckwrightError } from '../errors.ts'
import { replaceDir, tempSibling } from '../fs-atomic.ts'
import { normalizeBase } from './serve.ts'
import { firstErrorLine, startSlidev, tailLines, type SlidevProcess } from './slidev-process.ts'
import { VITE_TEMP_CONFIG } from './slidev-contract.ts'


export interface BuildWebOptions {
  /** The deck's slides.md. */
  entry: string
  /** Where the built deck ends up (replaced as a whole on success). */
  outDir: string
  /** URL base path, '/' by default. */
  base?: string
  signal?: AbortSignal
  /** A `startSlidev('build')` process started earlier (used once); a new one otherwise. */
  slidev?: SlidevProcess
}

export async function buildWeb(options: BuildWebOptions): Promise<void> {
  const entry = path.resolve(options.entry)
  const outDir = path.resolve(options.outDir)
  try {
    await access(entry)
  } catch (cause) {
    options.slidev?.dispose()
    throw new DeckwrightError('INPUT_NOT_FOUND', `deck not found: ${entry}`, { hint: 'generate the deck first', cause })
  }
  const tmpOut = tempSibling(outDir, 'web')
  const args = ['build', entry, '--out', tmpOut, '--base', normalizeBase(options.base)]
  try {
    const slidev = options.slidev ?? startSlidev('build')
    const { code, stdout, stderr } = await slidev.run(args, options.signal ? { signal: options.signal } : {})
    if (code !== 0) {
      const tail = tailLines(stderr, 12) || tailLines(stdout, 12)
      // (the line that names the error first: a bundler prints it long before its last lines)
      const named = firstErrorLine(`${stderr}\n${stdout}`)
      const shown = named && !tail.includes(named) ? `${named}\n${tail}` : tail
      throw new DeckwrightError('BUILD_FAILED', `slidev build failed (exit ${code}) for ${entry}${shown ? `:\n${shown}` : ''}`, {
        hint: 'check the deck\'s markdown; run `npx slidev build ' + entry + '` to see the full output',
      })
    }
    try {
      await access(path.join(tmpOut, 'index.html'))
    } catch (cause) {
      throw new DeckwrightError('BUILD_FAILED', `slidev build wrote no index.html for ${entry}`, {
        hint: tailLines(stdout + '\n' + stderr, 10) || undefined,
        cause,
      })
    }
    await replaceDir(tmpOut, outDir)
  } catch (cause) {
    await rm(tmpOut, { recursive: true, force: true })
    // (a build stopped while Vite loaded the deck's config leaves its bundled copy beside it)
    await removeViteTempConfigs(path.dirname(entry))
    if (cause instanceof DeckwrightError) throw cause
    if (options.signal?.aborted || (cause as Error)?.name === 'AbortError') throw cause
    throw new DeckwrightError('BUILD_FAILED', `could not run slidev build: ${String((cause as Error)?.message ?? cause)}`, {
      hint: 'reinstall deckwright\'s dependencies (`npm ci`)',
      cause,
    })
  }
}

/** Removes the copies of a deck's Vite config that Vite bundled and did not get to delete (VITE_TEMP_CONFIG). */
export async function removeViteTempConfigs(deckDir: string): Promise<void> {
  const names = await readdir(deckDir).catch(() => [] as string[])
  await Promise.all(names.filter((n) => VITE_TEMP_CONFIG.test(n)).map((n) => rm(path.join(deckDir, n), { force: true })))
}
