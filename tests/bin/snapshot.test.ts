import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { compromiseSnapshot, SNAPSHOT_FLAGS } from '../../bin/snapshot.js'
import { findBrowser } from '../../src/export/browser.ts'
import { DEFAULT_ARTICLE, PACKAGE_ROOT } from '../../src/paths.ts'
import { until } from '../until.ts'

const BIN = path.join(PACKAGE_ROOT, 'bin', 'deckwright.js')
const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

/** A folder inside the project (compromise resolves from the project's node_modules). */
async function tempRoot(): Promise<string> {
  const root = await mkdtemp(path.join(PACKAGE_ROOT, '.tmp-snapshot-'))
  made.push(root)
  await writeFile(path.join(root, 'package.json'), '{ "name": "snapshot-test", "private": true }\n')
  return root
}

/** Prints compromise's tags of some sentences of the bundled article, as JSON. */
const TAG_SCRIPT = (load: string) => `
const nlp = ${load}
const text = require('node:fs').readFileSync(${JSON.stringify(DEFAULT_ARTICLE)}, 'utf8').split(/\\n+/).slice(0, 12).join('\\n')
process.stdout.write(JSON.stringify(nlp(text).json().map((s) => s.terms.map((t) => [t.text, t.tags]))))
`

describe('compromiseSnapshot', () => {
  it('makes the snapshot once; a process started from it has compromise, tagging as the installed file does', async () => {
    const root = await tempRoot()
    const blob = compromiseSnapshot({ root, env: {} })
    expect(blob).toBeDefined()
    expect(blob!).toMatch(/node_modules[\\/]\.cache[\\/]deckwright[\\/]compromise-[0-9a-f]{16}\.blob$/)
    const built = statSync(blob!).mtimeMs
    expect(compromiseSnapshot({ root, env: {} })).toBe(blob)
    expect(statSync(blob!).mtimeMs).toBe(built)
    // nothing half-made left beside it
    expect(readdirSync(path.dirname(blob!)).filter((n) => n.startsWith('.snapshot-'))).toEqual([])
    const fromSnapshot = execFileSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob!, '-e', TAG_SCRIPT('globalThis.__deckwrightCompromise')], { encoding: 'utf8' })
    const plain = execFileSync(process.execPath, ['-e', TAG_SCRIPT(`require('node:module').createRequire(${JSON.stringify(path.join(PACKAGE_ROOT, 'package.json'))})('compromise')`)], { encoding: 'utf8' })
    expect(fromSnapshot.length).toBeGreaterThan(1000)
    expect(fromSnapshot).toBe(plain)
  }, 60_000)

  it('makes one per NODE_OPTIONS (V8 refuses a snapshot made under other flags); one that Node refuses makes the caller run the command itself', async () => {
    const root = await tempRoot()
    const plain = compromiseSnapshot({ root, env: {} })
    const other = compromiseSnapshot({ root, env: { NODE_OPTIONS: '--max-old-space-size=300' } })
    expect(plain).toBeDefined()
    expect(other).toBeDefined()
    expect(other).not.toBe(plain)
    const script = path.join(root, 'hello.mjs')
    await writeFile(script, "process.stdout.write('ran from the snapshot')\n")
    const run = (blob: string, env: NodeJS.ProcessEnv) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(path.join(PACKAGE_ROOT, 'bin', 'snapshot.js'))}); process.stdout.write(String(await m.runFromSnapshot(${JSON.stringify(blob)}, ${JSON.stringify(script)}, [])))`], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, ...env },
      })
    expect(run(other!, { NODE_OPTIONS: '--max-old-space-size=300' })).toBe('ran from the snapshot')
    // the plain one under other flags: Node does not start from it, nothing ran, false comes back
    expect(run(plain!, { NODE_OPTIONS: '--max-old-space-size=300' })).toBe('false')
  }, 60_000)

  it('gives up when turned off, or when its cache cannot be written', async () => {
    const root = await tempRoot()
    expect(compromiseSnapshot({ root, env: { DECKWRIGHT_NO_SNAPSHOT: '1' } })).toBeUndefined()
    await writeFile(path.join(root, 'node_modules'), 'a file where the folder should be')
    expect(compromiseSnapshot({ root, env: {} })).toBeUndefined()
  })
})

/** The command line of process `pid`, one argument per item (Linux /proc). */
const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)

/** The process whose parent is `pid` and whose command line starts from a snapshot (Linux /proc). */
function snapshotChild(pid: number): number | undefined {
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (ppid === pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('--snapshot-blob')) return Number(name)
    } catch {
      // gone meanwhile
    }
  }
  return undefined
}

const alive = (pid: number) => existsSync(`/proc/${pid}`) && !/^\S+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })))
}

/** A browser `build` can find, or undefined (the build command checks for one before any work). */
const browser = await findBrowser().catch(() => undefined)

describe('bin/deckwright.js build', () => {
  it.runIf(process.platform === 'linux' && !!browser)('makes its deck in a child started from the snapshot, which an interrupt or deckwright’s end stops', async () => {
    const dir = await tempRoot()
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      // the article comes from standard input, which stays open: the child waits for it until stopped
      const parent = spawn(process.execPath, [BIN, 'build', '-', '-o', path.join(dir, signal), '-q', '--format', 'web', '--browser', browser!], { stdio: ['pipe', 'ignore', 'ignore'] })
      const done = exited(parent)
      const child = await until('the child started from the snapshot', async () => snapshotChild(parent.pid!), 30_000)
      expect(commandLine(child)).toContain('__prepare-deck')
      parent.kill(signal)
      // SIGTERM: deckwright stops the child and exits as interrupted
      expect(await done).toEqual(signal === 'SIGTERM' ? { code: 143, signal: null } : { code: null, signal })
      await until('the child to stop', async () => (alive(child) ? undefined : true), 10_000)
      parent.stdin!.destroy()
      expect(existsSync(path.join(dir, signal, 'slides.md'))).toBe(false)
    }
  }, 90_000)
})

describe('bin/deckwright.js generate', () => {
  it('writes the same deck from the snapshot as without it, and fails the same way', async () => {
    const dir = await tempRoot()
    const run = (out: string, env: NodeJS.ProcessEnv = {}) =>
      execFileSync(process.execPath, [BIN, 'generate', DEFAULT_ARTICLE, '-o', path.join(dir, out), '-q'], { env: { ...process.env, ...env } })
    run('with')
    run('without', { DECKWRIGHT_NO_SNAPSHOT: '1' })
    const deck = await readFile(path.join(dir, 'with', 'slides.md'), 'utf8')
    expect(deck).toContain('layout: "cover"')
    expect(deck).toBe(await readFile(path.join(dir, 'without', 'slides.md'), 'utf8'))
    const fail = (env: NodeJS.ProcessEnv = {}) => {
      try {
        execFileSync(process.execPath, [BIN, 'generate', path.join(dir, 'missing.txt'), '-q'], { env: { ...process.env, ...env }, stdio: 'pipe' })
        return { status: 0, stderr: '' }
      } catch (e) {
        const { status, stderr } = e as { status: number; stderr: Buffer }
        return { status, stderr: stderr.toString() }
      }
    }
    const failed = fail()
    expect(failed.status).not.toBe(0)
    expect(failed).toEqual(fail({ DECKWRIGHT_NO_SNAPSHOT: '1' }))
  }, 60_000)

  it.runIf(process.platform === 'linux')('runs in a child started from the snapshot, which stops when deckwright is killed', async () => {
    const dir = await tempRoot()
    for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
      // the article comes from standard input, which stays open: the child waits for it until stopped
      const parent = spawn(process.execPath, [BIN, 'generate', '-', '-o', path.join(dir, signal), '-q'], { stdio: ['pipe', 'ignore', 'ignore'] })
      const done = exited(parent)
      const child = await until('the child started from the snapshot', async () => snapshotChild(parent.pid!), 30_000)
      expect(alive(child)).toBe(true)
      // with the V8 flags the snapshot was made with, or Node would not have started from it
      expect(commandLine(child).slice(1, 1 + SNAPSHOT_FLAGS.length)).toEqual([...SNAPSHOT_FLAGS])
      parent.kill(signal)
      expect((await done).signal).toBe(signal)
      await until('the child to stop', async () => (alive(child) ? undefined : true), 10_000)
      parent.stdin!.destroy()
      expect(existsSync(path.join(dir, signal, 'slides.md'))).toBe(false)
    }
  }, 90_000)
})
