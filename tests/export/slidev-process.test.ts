import { execFileSync, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SLIDEV_NODE_OPTIONS, SLIDEV_WORKER, runSlidev, slidevBin, startSlidev } from '../../src/export/slidev-process.ts'
import { processAlive } from '../cli/run-cli.ts'

const slidevVersion = (JSON.parse(readFileSync(path.join(path.dirname(slidevBin()), '..', 'package.json'), 'utf8')) as { version: string }).version

async function until(check: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return check()
}

/** The pids of running slidev-worker processes. */
function workerPids(): number[] {
  const out = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
  return out.split('\n').filter((l) => l.includes('slidev-worker.mjs')).map((l) => Number(l.trim().split(/\s+/)[0]))
}

describe('startSlidev', () => {
  it('runs Slidev\'s own CLI with the arguments it is given later', async () => {
    const slidev = startSlidev('build')
    await new Promise((r) => setTimeout(r, 300)) // arguments arrive while it loads
    const run = await slidev.run(['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(slidevVersion)
    await expect(slidev.run(['--version'])).rejects.toThrow(/already been used/)
  }, 60_000)

  it('runSlidev starts one and runs a command at once', async () => {
    const run = await runSlidev(['export', '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/--output/)
  }, 60_000)

  it('ends an unused process on dispose', async () => {
    const before = new Set(workerPids())
    const slidev = startSlidev('build')
    expect(await until(() => workerPids().some((p) => !before.has(p)))).toBe(true)
    const pid = workerPids().find((p) => !before.has(p))!
    slidev.dispose()
    expect(await until(() => !processAlive(pid))).toBe(true)
    slidev.dispose() // twice is fine
    await expect(slidev.run(['--version'])).rejects.toThrow(/already been used/)
  }, 30_000)

  it('runs with its V8 options (a smaller young generation)', async () => {
    const before = new Set(workerPids())
    const slidev = startSlidev('build')
    try {
      expect(await until(() => workerPids().some((p) => !before.has(p)))).toBe(true)
      const pid = workerPids().find((p) => !before.has(p))!
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')
      expect(SLIDEV_NODE_OPTIONS.length).toBeGreaterThan(0)
      // Node's own options come before the worker script, where V8 reads them
      expect(args.slice(1, args.findIndex((a) => a.endsWith('slidev-worker.mjs')))).toEqual([...SLIDEV_NODE_OPTIONS])
    } finally {
      slidev.dispose()
    }
  }, 30_000)

  it('stops a running command on abort', async () => {
    const slidev = startSlidev('build')
    const abort = new AbortController()
    // `slidev build` of a deck that does not exist would fail; an abort must win before that
    const running = slidev.run(['build', path.join(import.meta.dirname, 'no-such-deck.md')], { signal: abort.signal })
    setTimeout(() => abort.abort(new Error('stopped')), 200)
    await expect(running).rejects.toThrow(/stopped/)
  }, 30_000)

  it('rejects at once when the signal is already aborted', async () => {
    const slidev = startSlidev('build')
    const abort = new AbortController()
    abort.abort(new Error('too late'))
    await expect(slidev.run(['--version'], { signal: abort.signal })).rejects.toThrow(/too late/)
    await expect(slidev.run(['--version'])).rejects.toThrow(/already been used/)
  })
})

describe('slidev-worker.mjs', () => {
  it('ends by itself when its stdin closes before any arguments came (its parent is gone)', async () => {
    const child = spawn(process.execPath, [SLIDEV_WORKER, slidevBin(), 'build'], { stdio: ['pipe', 'ignore', 'ignore'] })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    setTimeout(() => child.stdin.end(), 200)
    expect(await exited).toBe(0)
  }, 30_000)

  it('refuses arguments that are not a JSON array of strings', async () => {
    const child = spawn(process.execPath, [SLIDEV_WORKER, slidevBin(), 'build'], { stdio: ['pipe', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.stdin.end('{"build": true}\n')
    expect(await exited).toBe(2)
    expect(stderr).toMatch(/JSON array of strings/)
  }, 30_000)
})
