/**
 * Hostile inputs through the real command line, each under a time and a memory bound: the CLI
 * runs with a 384 MB heap (`--max-old-space-size=384`, what the README promises) and reports its
 * peak resident memory on exit (peak-memory.mjs). Endless devices and pipes, endless downloads,
 * zip bombs and pathological nesting all end in seconds with exit 2 and one clear line.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deepDocx } from '../ingest/deep-docx.ts'
import { deflatedRepeat, zipOf } from '../ingest/zip-writer.ts'
import { BIN, expectOneClearLine } from './run-cli.ts'

const PRELOAD = fileURLToPath(new URL('./peak-memory.mjs', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'deckwright-bounds-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Well under a minute even on a loaded machine; a few seconds on an idle one. */
const TIME_LIMIT_MS = 40_000
const PEAK_LIMIT_KB = 384 * 1024

interface Run {
  code: number | null
  stderr: string
  ms: number
  peakKb: number
}

let runs = 0
/** `deckwright generate <input>` in bash (for `<(yes)` and pipes), with the heap capped. */
function generate(input: string, stdin = ''): Promise<Run> {
  const peakFile = join(dir, `peak-${++runs}`)
  const node = `${JSON.stringify(process.execPath)} --max-old-space-size=384 --import ${JSON.stringify(PRELOAD)} ${JSON.stringify(BIN)}`
  const script = `${stdin}exec ${node} generate ${input} --out ${JSON.stringify(join(dir, `deck-${runs}`))}`
  const started = Date.now()
  const child = spawn('bash', ['-c', script], { cwd: dir, env: { ...process.env, NO_COLOR: '1', DECKWRIGHT_TEST_PEAK_FILE: peakFile }, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
  return new Promise((resolve) => {
    child.once('close', (code) => {
      clearTimeout(timer)
      let peakKb = Number.NaN
      try {
        peakKb = Number(readFileSync(peakFile, 'utf8'))
      } catch {
        // killed before it could say
      }
      resolve({ code, stderr, ms: Date.now() - started, peakKb })
    })
  })
}

function expectBounded(run: Run): void {
  expect(run.ms, run.stderr).toBeLessThan(TIME_LIMIT_MS)
  expect(run.peakKb, run.stderr).toBeLessThan(PEAK_LIMIT_KB)
}

function expectRefused(run: Run, pattern: RegExp): void {
  expect(run.code, run.stderr).toBe(2)
  expectOneClearLine(run.stderr, pattern)
  expectBounded(run)
}

const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content)
  return JSON.stringify(join(dir, name))
}
const body = 'The council voted on Tuesday to rebuild the garden beds before spring, with new soil and a water butt. '.repeat(5)

describe('endless and oversized inputs are refused before they are buffered', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump)
      }
      pump()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('/dev/zero and /dev/urandom', async () => {
    expectRefused(await generate('/dev/zero'), /^deckwright: \/dev\/zero: larger than the 20971520 byte limit/)
    expectRefused(await generate('/dev/urandom'), /^deckwright: \/dev\/urandom: larger than/)
  }, 120_000)

  it('a pipe that never ends, as a file (<(yes)) and as standard input', async () => {
    expectRefused(await generate('<(yes)'), /^deckwright: \/dev\/fd\/\d+: larger than/)
    expectRefused(await generate('-', 'yes | '), /^deckwright: -: larger than/)
  }, 120_000)

  it('a download that never ends', async () => {
    expectRefused(await generate(`${base}/endless.txt`), /^deckwright: http:\/\/127\.0\.0\.1:\d+\/endless\.txt: larger than/)
  }, 120_000)

  it('a 1 MB .docx whose document unpacks to 300 MB, with honest and with lying sizes', async () => {
    const bomb = await deflatedRepeat('word/document.xml', '<w:p><w:r><w:t>aaaaaaaa</w:t></w:r></w:p>', Math.ceil((300 * 1024 * 1024) / 42))
    expectRefused(await generate(file('bomb.docx', zipOf([bomb]))), /bomb\.docx: the Word document's text unpacks to more than the 8 MiB limit/)
    expectRefused(await generate(file('liar.docx', zipOf([{ ...bomb, size: 2000 }]))), /liar\.docx: the Word document's text unpacks/)
  }, 120_000)
})

describe('pathological nesting ends in seconds', () => {
  it('5,000 nested > in Markdown (10 KB)', async () => {
    expectRefused(await generate(file('q5000.md', `${'>'.repeat(5000)} deep\n\n${body}\n`)), /q5000\.md: block quotes or lists are nested more than 100 levels deep/)
  }, 120_000)

  it('100,000 nested quotes', async () => {
    expectRefused(await generate(file('q100k.md', `${'> '.repeat(100_000)}deep\n\n${body}\n`)), /nested more than 100 levels deep/)
  }, 120_000)

  it('3,000 nested lists', async () => {
    expectRefused(await generate(file('l3000.md', `${'- '.repeat(3000)}item\n\n${body}\n`)), /nested more than 100 levels deep/)
  }, 120_000)

  it('100,000 nested <div>s', async () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}<p>${body}</p>${'</div>'.repeat(100_000)}</body></html>`
    expectRefused(await generate(file('div.html', html)), /div\.html: HTML elements are nested more than 512 levels deep/)
  }, 120_000)

  it('100,000 nested elements in a .docx document', async () => {
    expectRefused(await generate(file('deep.docx', await deepDocx(100_000))), /deep\.docx: the Word document's elements \(word\/document\.xml\) are nested more than 512 levels deep/)
  }, 120_000)

  it('10,000 crowded emphasis marks make a deck, the marks shown as written', async () => {
    const run = await generate(file('stars.md', `# Stars\n\n${body}\n\n${'*a '.repeat(5000)}x${' b*'.repeat(5000)}\n\n${body}\n`))
    expect(run.code, run.stderr).toBe(0)
    expectBounded(run)
    expect(readFileSync(join(dir, `deck-${runs}`, 'slides.md'), 'utf8')).toContain('Stars')
  }, 120_000)
})
