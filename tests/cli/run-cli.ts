/**
 * Running the real command line (`node bin/deckwright.js …`) in a child process, and what the
 * bad-input and interrupt tests check afterwards: one clear error line, and a folder's
 * contents unchanged.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

export const BIN = fileURLToPath(new URL('../../bin/deckwright.js', import.meta.url))

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  ms: number
}

export interface CliOptions {
  cwd: string
  env?: NodeJS.ProcessEnv
  /** Run as this user (and group) id; tests running as root use it to meet permissions. */
  uid?: number
  /** Kill the run after this long (a hang is a failure, not a stuck test). */
  timeoutMs?: number
}

export interface CliProcess {
  child: ChildProcess
  /** stderr so far. */
  stderr(): string
  done: Promise<CliRun>
}

export function startCli(args: string[], o: CliOptions): CliProcess {
  const started = Date.now()
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: o.cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...o.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(o.uid === undefined ? {} : { uid: o.uid, gid: o.uid }),
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000)
  const done = new Promise<CliRun>((resolve) => {
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started })
    })
  })
  return { child, stderr: () => stderr, done }
}

export function runCli(args: string[], o: CliOptions): Promise<CliRun> {
  return startCli(args, o).done
}

/** One line saying what is wrong (naming `pattern`); any other line is a hint, never a stack. */
export function expectOneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n').filter((l) => !/^\s+✓ /.test(l)) // stage lines of a build
  const errors = lines.filter((l) => !/^\s*hint: |^\(run with --help for usage\)$/.test(l))
  expect(errors, stderr).toHaveLength(1)
  expect(errors[0]).toMatch(/^(deckwright|error):/)
  expect(errors[0]).toMatch(pattern)
  expect(stderr).not.toMatch(/\n\s+at /)
}

/** `s` as a literal regular expression. */
export function literal(s: string): RegExp {
  return new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}

/**
 * Every file under `dir` (dot files included, and any node_modules/ Slidev's cache would
 * leave) with the SHA-256 of its bytes, by relative path; folders end with '/'.
 */
export async function snapshotDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true }).catch(() => [])
    for (const e of entries) {
      const path = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        out[`${path}/`] = 'dir'
        await walk(path)
      } else {
        out[path] = createHash('sha256').update(await readFile(join(dir, path))).digest('hex')
      }
    }
  }
  await walk('')
  return out
}

/** Whether a process with this pid exists (signal 0 only checks). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
