/**
 * Runs `slidev build` in a child process (Slidev caches its roots per process, so two
 * decks cannot be built in one). The build goes to a temporary folder beside `outDir`
 * and is renamed into place only when it succeeded, so a failed build leaves the
 * previous web deck whole.
 */
import { spawn } from 'node:child_process'
import { access, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { DeckwrightError } from '../errors.ts'
import { PACKAGE_ROOT } from '../paths.ts'
import { replaceDir, tempSibling } from '../fs-atomic.ts'
import { normalizeBase } from './serve.ts'


export interface BuildWebOptions {
  /** The deck's slides.md. */
  entry: string
  /** Where the built deck ends up (replaced as a whole on success). */
  outDir: string
  /** URL base path, '/' by default. */
  base?: string
  signal?: AbortSignal
}

/** Path of Slidev's CLI entry, resolved from deckwright's own dependencies. */
export function slidevBin(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g

/** The last `n` meaningful lines of a process's output: colours, blank lines and stack frames removed. */
export function tailLines(text: string, n: number): string {
  return text
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !/^\s+at\s/.test(l) && !/^\s*[{}]\s*$/.test(l))
    .slice(-n)
    .join('\n')
}

export async function buildWeb(options: BuildWebOptions): Promise<void> {
  const entry = path.resolve(options.entry)
  const outDir = path.resolve(options.outDir)
  try {
    await access(entry)
  } catch (cause) {
    throw new DeckwrightError('INPUT_NOT_FOUND', `deck not found: ${entry}`, { hint: 'generate the deck first', cause })
  }
  const tmpOut = tempSibling(outDir, 'web')
  const args = [slidevBin(), 'build', entry, '--out', tmpOut, '--base', normalizeBase(options.base)]
  let stdout = ''
  let stderr = ''
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, args, {
        cwd: PACKAGE_ROOT,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        signal: options.signal,
      })
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
      child.once('error', reject)
      child.once('close', (c) => resolve(c))
    })
    if (code !== 0) {
      const tail = tailLines(stderr, 12) || tailLines(stdout, 12)
      throw new DeckwrightError('BUILD_FAILED', `slidev build failed (exit ${code}) for ${entry}${tail ? `:\n${tail}` : ''}`, {
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
    if (cause instanceof DeckwrightError) throw cause
    if ((cause as Error)?.name === 'AbortError') throw cause
    throw new DeckwrightError('BUILD_FAILED', `could not run slidev build: ${String((cause as Error)?.message ?? cause)}`, {
      hint: 'reinstall deckwright\'s dependencies (`npm ci`)',
      cause,
    })
  }
}
