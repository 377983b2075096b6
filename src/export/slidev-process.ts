/**
 * Runs Slidev's CLI in a child process (Slidev caches its roots per process, so each deck
 * needs its own), from deckwright's package root, without colours, killed on abort. The
 * process can be started early (`startSlidev`) so that loading Slidev overlaps other work.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PACKAGE_ROOT } from '../paths.ts'
import { workerPreload } from './slidev-contract.ts'

/** Path of Slidev's CLI entry, resolved from deckwright's own dependencies. */
export function slidevBin(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs')
}

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g

/** The last `n` meaningful lines of a process's output: colours, blank lines and stack frames removed. */
/**
 * The first line of a failed run's output that names its error ("[UNRESOLVED_IMPORT] Could not
 * resolve './cs.ts' in src/locales/index.ts"), which a bundler prints long before its last lines
 * ("errors: [Getter/Setter]"); undefined when none does.
 */
export function firstErrorLine(text: string): string | undefined {
  return text
    .replace(ANSI, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .find((l) => ERROR_LINE.test(l) && !/^errors?:\s*\[/iu.test(l))
}

/** A line that names an error: a bundler's code in brackets, "Error:", "Could not resolve", "Cannot find". */
const ERROR_LINE = /\[[A-Z][A-Z_]{3,}\]|\b(?:[A-Za-z]*Error|ERROR)\b:?|Could not resolve|Cannot find|Failed to (?:resolve|load|parse)/u

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

/**
 * deckwright's Slidev worker (plain JavaScript, run by bare Node): beside this module in the
 * sources, and beside every chunk of a bundle (bin/compiled-cli.js copies it there).
 */
export const SLIDEV_WORKER = fileURLToPath(new URL('./slidev-worker.mjs', import.meta.url))

export type SlidevCommand = 'build' | 'export'

/**
 * A Slidev CLI process started before its arguments are known: it loads Slidev while the
 * caller still works (see slidev-worker.mjs), and runs one command when `run` is called.
 */
export interface SlidevProcess {
  readonly command: SlidevCommand
  /** Runs Slidev's CLI with these arguments (once) and resolves when the process ends. */
  run(args: readonly string[], options?: { signal?: AbortSignal }): Promise<SlidevRun>
  /** Ends the process unless it is running a command; safe to call more than once. */
  dispose(): void
}

/**
 * V8 options of the Slidev process: a young generation of 4 MB semi-spaces instead of 16 MB.
 * Slidev's build is the largest process of an export (about 600 MB while it bundles); this
 * lowered its peak by about 20 MB, with no build time that stood out of the noise.
 */
export const SLIDEV_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=4']

/**
 * Starts a Slidev process for `command` from deckwright's package root, without colours.
 * It does not keep this process alive until `run` is called, and it ends by itself when
 * this process goes away.
 */
export function startSlidev(command: SlidevCommand): SlidevProcess {
  let stdout = ''
  let stderr = ''
  let state: 'idle' | 'running' | 'done' = 'idle'
  let spawnError: Error | undefined
  const child = spawn(process.execPath, [...SLIDEV_NODE_OPTIONS, SLIDEV_WORKER, slidevBin(), command, JSON.stringify(workerPreload(command))], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  child.stdin.on('error', () => undefined) // the worker may be gone already; 'close' tells
  const closed = new Promise<number | null>((resolve) => {
    child.on('error', (e) => {
      spawnError = e
      if (child.pid === undefined) resolve(null)
    })
    child.once('close', (c) => resolve(c))
  })
  const streams = [child.stdin, child.stdout, child.stderr] as unknown as { ref?: () => void; unref?: () => void }[]
  const hold = (on: boolean) => {
    if (on) child.ref()
    else child.unref()
    for (const s of streams) (on ? s.ref : s.unref)?.call(s)
  }
  hold(false)
  return {
    command,
    async run(args, options = {}) {
      if (state !== 'idle') throw new Error('this Slidev process has already been used')
      const alive = () => child.exitCode === null && child.signalCode === null
      if (options.signal?.aborted) {
        state = 'done'
        if (alive()) child.kill()
        options.signal.throwIfAborted()
      }
      state = 'running'
      hold(true)
      const kill = () => child.kill()
      options.signal?.addEventListener('abort', kill, { once: true })
      try {
        child.stdin.end(`${JSON.stringify(args)}\n`)
        // an abort kills the child: wait until it is gone, so its outputs can be removed
        const code = await closed
        if (spawnError && child.pid === undefined) throw spawnError
        options.signal?.throwIfAborted()
        return { code, stdout, stderr }
      } finally {
        options.signal?.removeEventListener('abort', kill)
        state = 'done'
        hold(false)
      }
    },
    dispose() {
      if (state !== 'running' && child.exitCode === null && child.signalCode === null) child.kill()
      if (state === 'idle') state = 'done'
    },
  }
}

/** Runs one Slidev CLI command in its own process (`args[0]` is the command). */
export async function runSlidev(args: readonly string[], options: { signal?: AbortSignal } = {}): Promise<SlidevRun> {
  options.signal?.throwIfAborted()
  const command: SlidevCommand = args[0] === 'export' ? 'export' : 'build'
  return startSlidev(command).run(args, options)
}
