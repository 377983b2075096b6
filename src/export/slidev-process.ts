/**
 * Runs Slidev's CLI in a child process (Slidev caches its roots per process, so each deck
 * needs its own), from deckwright's package root, without colours, killed on abort.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { PACKAGE_ROOT } from '../paths.ts'

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

export interface SlidevRun {
  code: number | null
  stdout: string
  stderr: string
}

export async function runSlidev(args: readonly string[], options: { signal?: AbortSignal } = {}): Promise<SlidevRun> {
  options.signal?.throwIfAborted()
  let stdout = ''
  let stderr = ''
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [slidevBin(), ...args], {
      cwd: PACKAGE_ROOT,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    })
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    // an abort kills the child: wait until it is gone, so its outputs can be removed
    child.on('error', (e) => {
      if (child.pid === undefined) reject(e)
    })
    child.once('close', (c) => resolve(c))
  })
  options.signal?.throwIfAborted()
  return { code, stdout, stderr }
}
