/**
 * Interrupted builds never destroy work: `deckwright build` is killed in the middle of an
 * export into a deck folder that holds a complete previous build, and the previous
 * slides.md, PDFs and web deck must come out byte for byte the same. After Ctrl-C (SIGINT)
 * nothing temporary may remain either: no `.deckwright-*` folder in the deck, no browser
 * profile in the temp folder, no Slidev build still running. After SIGKILL leftovers may
 * remain, but the previous outputs are whole.
 *
 * The previous builds run in parallel into two folders: deckwright's own servers take a free
 * port each, so parallel builds do not clash.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeWithBrowser } from '../browser-available.ts'
import { holdsJournal } from '../../src/export/commit-outputs.ts'
import { fixturePath } from '../fixture-articles.ts'
import { processAlive, snapshotDir, startCli, type CliProcess, type CliRun } from '../cli/run-cli.ts'

const ARTICLE = fixturePath('headings-md')

let root: string
/** TMPDIR of the runs: the browser's profile folder goes there. */
let childTmp: string
/** TMPDIR of the SIGKILL run, whose leftovers may remain. */
let killedTmp: string
const decks: Record<'a' | 'b', string> = { a: '', b: '' }
const before: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} }

function cli(args: string[], tmp = childTmp): CliProcess {
  return startCli(args, { cwd: root, env: { TMPDIR: tmp }, timeoutMs: 150_000 })
}

/** Resolves once `ready()` holds, checking every 50 ms. */
async function until(ready: () => boolean | Promise<boolean>, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const tempEntries = async (dir: string) => (await readdir(dir)).filter((n) => n.startsWith('.deckwright-'))
const browserProfiles = async () => (await readdir(childTmp)).filter((n) => n.startsWith('playwright'))

/** Whether any process still runs with `text` in its command line (e.g. an orphaned Slidev build). */
function processRunning(text: string): boolean {
  try {
    execFileSync('pgrep', ['-f', text], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** The pid of a child process of `parent` whose command line holds `text`. */
function childWithArgs(parent: number, text: string): number | undefined {
  try {
    const out = execFileSync('pgrep', ['-P', String(parent), '-f', text], { encoding: 'utf8' })
    const pid = Number(out.trim().split(/\s+/)[0])
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-interrupt-'))
  childTmp = join(root, 'tmp')
  killedTmp = join(root, 'tmp-killed')
  await mkdir(childTmp)
  await mkdir(killedTmp)
  decks.a = join(root, 'deck-a')
  decks.b = join(root, 'deck-b')
}, 10_000)

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

describeWithBrowser('interrupted build', { timeout: 150_000 }, () => {
  it('two builds in parallel into different folders both succeed', async () => {
    const runs = await Promise.all([cli(['build', ARTICLE, '--out', decks.a]).done, cli(['build', ARTICLE, '--out', decks.b]).done])
    for (const r of runs) expect(r.code, r.stderr).toBe(0)
    for (const k of ['a', 'b'] as const) {
      before[k] = await snapshotDir(decks[k])
      const files = Object.keys(before[k])
      expect(files).toEqual(expect.arrayContaining(['slides.md', 'article.pdf', 'article-handout.pdf', 'web/index.html', 'web/article.pdf']))
      expect(await tempEntries(decks[k])).toEqual([])
    }
  })

  // the two kills run side by side, each on its own previous build
  describe.concurrent('killed while printing', () => {
  it('SIGINT while printing: exit 130, previous outputs byte-identical, nothing temporary left', async () => {
    expect(Object.keys(before.a).length, 'needs the previous build').toBeGreaterThan(0)
    const run = cli(['build', ARTICLE, '--out', decks.a])
    // the 'build' stage line: the web deck is built, server and browser are up
    await until(() => /✓ build\b/.test(run.stderr()), 'the build stage')
    const killedAt = Date.now()
    run.child.kill('SIGINT')
    const r: CliRun = await run.done
    expect(r.code, r.stderr).toBe(130)
    expect(r.stderr).toMatch(/^deckwright: interrupted by SIGINT; .*previous ones kept$/m)
    expect(r.stderr).not.toMatch(/✓ print\b/) // it was stopped before printing finished
    expect(Date.now() - killedAt).toBeLessThan(20_000)
    expect(await snapshotDir(decks.a)).toEqual(before.a)
    expect(await tempEntries(decks.a)).toEqual([])
    expect(await browserProfiles()).toEqual([])
  })

  it('SIGKILL while printing: previous outputs byte-identical', async () => {
    expect(Object.keys(before.b).length, 'needs the previous build').toBeGreaterThan(0)
    const run = cli(['build', ARTICLE, '--out', decks.b], killedTmp)
    await until(() => /✓ build\b/.test(run.stderr()), 'the build stage')
    run.child.kill('SIGKILL')
    const r = await run.done
    expect(r.signal).toBe('SIGKILL')
    // whatever temporary folders remain, every previous output is whole and unchanged
    expect(outputsOf(await snapshotDir(decks.b))).toEqual(before.b)
  })

  })

  it('SIGINT during the Slidev build: the build is stopped and its folder removed', async () => {
    expect(Object.keys(before.a).length, 'needs the previous build').toBeGreaterThan(0)
    const run = cli(['build', ARTICLE, '--out', decks.a])
    // Slidev runs in a child process of deckwright's (started early to load Slidev) and builds
    // as soon as the deck is rendered: once the 'render' stage line is out, give it two
    // seconds (a build takes several), then interrupt
    const slidevWorker = () => childWithArgs(run.child.pid!, 'slidev-worker.mjs')
    await until(() => slidevWorker() !== undefined && /✓ render\b/.test(run.stderr()), 'the Slidev build')
    const worker = slidevWorker()!
    await new Promise((r) => setTimeout(r, 2000))
    run.child.kill('SIGINT')
    const r = await run.done
    expect(r.code, r.stderr).toBe(130)
    expect(r.stderr).not.toMatch(/✓ build\b/) // stopped while Slidev was building
    expect(processAlive(worker)).toBe(false)
    expect(processRunning(join(decks.a, '.deckwright-web-'))).toBe(false)
    expect(await tempEntries(decks.a)).toEqual([])
    expect(await snapshotDir(decks.a)).toEqual(before.a)
    expect(await browserProfiles()).toEqual([])
  })
})

describeWithBrowser('a failed or killed swap of outputs', { timeout: 150_000 }, () => {

  it('slides.md edited while the build runs: exit 3, and no output changed', async () => {
    expect(Object.keys(before.a).length, 'needs the previous build').toBeGreaterThan(0)
    const run = cli(['build', ARTICLE, '--out', decks.a])
    // edited after the build's first check (it writes the deck's support files next)
    await until(() => /✓ deck files\b/.test(run.stderr()), 'the deck files stage')
    const original = await readFile(join(decks.a, 'slides.md'), 'utf8')
    const edited = `${original}\n<!-- my own note -->\n`
    await writeFile(join(decks.a, 'slides.md'), edited)
    const r = await run.done
    expect(r.code, r.stderr).toBe(3)
    const after = await snapshotDir(decks.a)
    expect(outputsOf(after)).toEqual({ ...before.a, 'slides.md': outputsOf(after)['slides.md'] })
    expect(await readFile(join(decks.a, 'slides.md'), 'utf8')).toBe(edited)
    expect(await tempEntries(decks.a)).toEqual([])
    await writeFile(join(decks.a, 'slides.md'), original)
  })

  it('killed in the middle of the swap (test hook): the next run restores the previous outputs', async () => {
    expect(Object.keys(before.b).length, 'needs the previous build').toBeGreaterThan(0)
    // step 4: the journal is written, slides.md is set aside and in place, the PDFs not yet
    const run = startCli(['build', ARTICLE, '--out', decks.b], { cwd: root, env: { TMPDIR: killedTmp, DECKWRIGHT_TEST_KILL_AT_STEP: '4' }, timeoutMs: 150_000 })
    const r = await run.done
    expect(r.signal, r.stderr).toBe('SIGKILL')
    const commits = (await tempEntries(decks.b)).filter((n) => n.startsWith('.deckwright-commit-'))
    const journals = await Promise.all(commits.map((n) => holdsJournal(join(decks.b, n))))
    expect(journals.filter(Boolean)).toHaveLength(1)
    expect(outputsOf(await snapshotDir(decks.b))).not.toEqual(before.b) // a mix, until the next run
    const next = await startCli(['generate', ARTICLE, '--out', decks.b], { cwd: root, env: { TMPDIR: childTmp } }).done
    expect(next.code, next.stderr).toBe(0)
    expect(outputsOf(await snapshotDir(decks.b))).toEqual(before.b)
    expect((await tempEntries(decks.b)).filter((n) => n.startsWith('.deckwright-commit-'))).toEqual([])
  })
})

/**
 * A deck folder's outputs: without deckwright's temporary entries and without the Slidev cache
 * (node_modules/.slidev) that a killed process has no chance to remove.
 */
function outputsOf(snap: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(snap).filter(([k]) => !k.startsWith('.deckwright-') && !k.startsWith('node_modules/')))
}

// The SIGKILL run leaves its browser to exit on its own (its pipe closed): wait for that so
// that no test leaves processes behind.
afterAll(async () => {
  await until(() => !processRunning(killedTmp), 'browsers of the killed run to exit', 20_000).catch(() => undefined)
})
