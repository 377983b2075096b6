/**
 * The command line, end to end: `node bin/deckwright.js …` in a child process. Only commands that
 * need no browser run here (help, usage errors, input errors, generate).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeWithBrowser } from '../browser-available.ts'

const BIN = fileURLToPath(new URL('../../bin/deckwright.js', import.meta.url))
const ARTICLE = fileURLToPath(new URL('../fixtures/headings-md/article.md', import.meta.url))

interface Run {
  code: number
  stdout: string
  stderr: string
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, timeout: 150_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/** One line saying what is wrong; any other line is a hint, never a stack. */
function expectOneClearLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n')
  const errors = lines.filter((l) => !/^\s*hint: |^\(run with --help for usage\)$/.test(l))
  expect(errors, stderr).toHaveLength(1)
  expect(errors[0]).toMatch(/^(deckwright|error):/)
  expect(errors[0]).toMatch(pattern)
  expect(stderr).not.toMatch(/\n\s+at /)
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckwright-cli-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

// each run loads the whole CLI through tsx (~3 s of CPU); generous timeouts for busy machines
describeWithBrowser.concurrent('deckwright CLI', { timeout: 180_000 }, () => {
  it.each([[[]], [['build']], [['generate']], [['present']]])('--help %j exits 0 with usage', async (command) => {
    const r = await run([...command, '--help'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage: deckwright${command.length ? ` ${command[0]}` : ''} `))
    expect(r.stdout).toMatch(/--help/)
  })

  it.each([
    [['generate', ARTICLE, '--no-such-option'], /unknown option '--no-such-option'/],
    [['build', ARTICLE, '--format', 'pdf,gif'], /--format.*unknown format gif/],
    [['build', ARTICLE, '--base', 'talks'], /--base.*must be a URL path/],
  ])('usage error %j exits 2 with one clear line', async (args, pattern) => {
    const out = join(dir, `usage-${args.at(-1)}`)
    const r = await run([...args, '--out', out], dir)
    expect(r.code).toBe(2)
    expectOneClearLine(r.stderr, pattern)
    expect(r.stdout).toBe('')
    expect(existsSync(out)).toBe(false)
  })

  it.each(['missing', 'directory', 'empty', 'binary'])('a %s input exits 2 naming the file, writing nothing', async (kind) => {
    const input = join(dir, `input-${kind}${kind === 'binary' ? '.png' : kind === 'directory' ? '' : '.txt'}`)
    if (kind === 'directory') await mkdir(input)
    if (kind === 'empty') await writeFile(input, '')
    if (kind === 'binary') {
      // a PNG signature and IHDR chunk, as an image file starts
      await writeFile(input, Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f20000000049454e44ae426082', 'hex'))
    }
    const out = join(dir, `out-${kind}`)
    const r = await run(['generate', input, '--out', out], dir)
    expect(r.code).toBe(2)
    expectOneClearLine(r.stderr, new RegExp(input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    expect(existsSync(out)).toBe(false)
  })

  it('--debug shows the stack of an error', async () => {
    const r = await run(['generate', join(dir, 'nope.txt'), '--out', join(dir, 'out-debug'), '--debug'], dir)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^deckwright: .*nope\.txt/)
    expect(r.stderr).toMatch(/\n\s+at /)
  })

  it('generate --json prints one JSON object; a hand-edited deck is refused with exit 3', async () => {
    const out = join(dir, 'deck')
    const r = await run(['generate', ARTICLE, '--out', out, '--json'], dir)
    expect(r.code, r.stderr).toBe(0)
    const lines = r.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const result = JSON.parse(lines[0]!) as { title: string; slides: number; outputs: { markdown: string }; timings: Record<string, number> }
    expect(Object.keys(result).sort()).toEqual(['outputs', 'slides', 'timings', 'title'])
    expect(result.title).toBe('Building a Backyard Weather Station That Actually Stays Online')
    expect(result.slides).toBeGreaterThan(3)
    expect(isAbsolute(result.outputs.markdown)).toBe(true)
    expect(result.outputs.markdown).toBe(join(out, 'slides.md'))
    for (const stage of ['ingest', 'analyze', 'plan', 'render', 'slides.md']) expect(typeof result.timings[stage]).toBe('number')
    const written = await readFile(result.outputs.markdown, 'utf8')
    expect(written).toContain('# deckwright-hash: sha256-')

    const edited = written.replace(/^# Choosing the hardware$/m, '# Choosing the hardware (my edit)')
    expect(edited).not.toBe(written)
    await writeFile(result.outputs.markdown, edited)
    const again = await run(['generate', ARTICLE, '--out', out, '--quiet'], dir)
    expect(again.code).toBe(3)
    expectOneClearLine(again.stderr, /edited by hand/)
    expect(again.stderr).toMatch(/hint: .*--force/)
    expect(await readFile(result.outputs.markdown, 'utf8')).toBe(edited)
  })
})
