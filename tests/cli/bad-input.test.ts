/**
 * Bad input through the real command line: each case exits with its documented code, says
 * what is wrong in one line that names the file (hints on their own lines), and leaves the
 * deck folder exactly as it was. Input errors run `generate` (no browser); only the cases
 * about the browser run `build`. Long but valid input is not an error: it makes a deck
 * within bounded time and memory.
 *
 * Covered elsewhere: unknown option, unknown --format, bad --base, missing file, a folder,
 * an empty file, a PNG image, --debug, the refusal of a hand-edited deck (tests/cli/main.test.ts);
 * interrupted builds (tests/e2e/interrupt.test.ts).
 */
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeWithBrowser } from '../browser-available.ts'
import { findBrowser } from '../../src/export/browser.ts'
import { fixturePath } from '../fixture-articles.ts'
import { expectOneClearLine, literal, runCli, snapshotDir, startCli, type CliRun } from './run-cli.ts'

/** As root every file is readable: permission cases run the CLI as `nobody` then. */
const AS_OTHER_USER = process.getuid?.() === 0 ? 65534 : undefined
const ARTICLE = fixturePath('headings-md')

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'deckwright-bad-input-'))
  await chmod(root, 0o777) // reachable by the other user of the permission cases
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

/** A deck folder holding a previous deck: these files must come out of a failed run unchanged. */
async function previousDeck(name: string): Promise<string> {
  const dir = join(root, name)
  await mkdir(join(dir, 'web'), { recursive: true })
  await writeFile(join(dir, 'slides.md'), '---\ntitle: my previous deck\n---\n\n# Hello\n')
  await writeFile(join(dir, 'deck.pdf'), '%PDF-1.7 previous')
  await writeFile(join(dir, 'web', 'index.html'), '<!doctype html><title>previous</title>')
  return dir
}

/** Writes an input file into its own folder and runs `generate` on it into a previous deck. */
async function generateFrom(name: string, content: string | Buffer, extraArgs: string[] = []): Promise<{ input: string; run: CliRun; before: Record<string, string>; out: string }> {
  const input = join(root, 'inputs', name)
  await mkdir(join(root, 'inputs'), { recursive: true })
  await writeFile(input, content)
  const out = await previousDeck(`deck-${name}`)
  const before = await snapshotDir(out)
  const run = await runCli(['generate', input, '--out', out, ...extraArgs], { cwd: root })
  return { input, run, before, out }
}

// every run loads the CLI through tsx (~2 s of CPU); generous timeouts for busy machines.
// The slow cases (a Slidev build) come first so that they start at once
describeWithBrowser.concurrent('bad input', { timeout: 150_000 }, () => {
  // ---- the browser cases: `build` into a folder that holds the deck of ARTICLE from an earlier run
  let generated: string
  let chromium: string
  beforeAll(async () => {
    chromium = await findBrowser()
    generated = join(root, 'generated')
    const run = await runCli(['generate', ARTICLE, '--out', generated, '--quiet'], { cwd: root })
    expect(run.code, run.stderr).toBe(0)
    await mkdir(join(generated, 'web'))
    await writeFile(join(generated, 'web', 'index.html'), '<!doctype html><title>previous web deck</title>')
    await writeFile(join(generated, 'article.pdf'), '%PDF-1.7 previous')
  }, 60_000)

  async function buildWith(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ run: CliRun; before: Record<string, string>; out: string; lastOutputMs: number }> {
    const out = join(root, `build-${name}`)
    await cp(generated, out, { recursive: true })
    const before = await snapshotDir(out)
    const started = Date.now()
    const cli = startCli(['build', ARTICLE, '--out', out, ...args], { cwd: root, env, timeoutMs: 140_000 })
    // when stderr last grew, since the start (as run.ms counts)
    let lastOutputMs = 0
    cli.child.stderr!.on('data', () => (lastOutputMs = Date.now() - started))
    const run = await cli.done
    return { run, before, out, lastOutputMs }
  }

  async function fakeBrowser(name: string, script: string): Promise<string> {
    const path = join(root, `${name}.sh`)
    await writeFile(path, `#!/bin/sh\n${script}\n`)
    await chmod(path, 0o755)
    return path
  }

  it('a browser that crashes, then hangs mid-export: time limit, one retry, exit 5 in bounded time', async () => {
    // The fake runs the real browser and, once it opens its first page (a renderer process
    // appears in its process group), kills it on the 1st launch (a crash) and stops it on
    // later ones (a hang): both happen while printing.
    const fake = await fakeBrowser(
      'crash-then-hang',
      [
        'count="$0.count"',
        'n=$(( $(cat "$count" 2>/dev/null || echo 0) + 1 )); echo $n > "$count"',
        `"${chromium}" "$@" &`,
        'pid=$!',
        '(',
        "  while ! pgrep -g $$ -f 'type=renderer' >/dev/null; do sleep 0.2; done",
        '  if [ "$n" -eq 1 ]; then kill -KILL $pid; else kill -STOP $pid; fi',
        ') &',
        'wait $pid',
      ].join('\n'),
    )
    const { run, before, out, lastOutputMs } = await buildWith('hang', ['--browser', fake], { DECKWRIGHT_BROWSER_TIMEOUT_MS: '8000' })
    expect(run.code, run.stderr).toBe(5)
    // the process ends with its message: a frozen browser does not keep it alive (it did for 30 s)
    expect(run.ms - lastOutputMs, 'ms from the error message to the exit').toBeLessThan(5_000)
    expectOneClearLine(run.stderr, /printing took longer than 8 s \(on the second try, too\)/)
    expect(run.stderr).toMatch(/hint: .*DECKWRIGHT_BROWSER_TIMEOUT_MS/)
    // the build, one failed attempt, one attempt of 8 s and closing a frozen browser
    expect(run.ms).toBeLessThan(100_000)
    expect(await snapshotDir(out)).toEqual(before)
  })

  const zip = () => {
    // the bytes of a small zip archive (one entry, notes.txt): not a Word document
    const name = Buffer.from('notes.txt')
    const data = Buffer.from('hello')
    const local = Buffer.concat([Buffer.from('504b0304140000000000000000000000000005000000050000000900', 'hex'), Buffer.from('0000', 'hex'), name, data])
    const central = Buffer.concat([Buffer.from('504b01021400140000000000000000000000050000000500000009000000000000000000000000000000', 'hex'), Buffer.from('00000000', 'hex'), name])
    const end = Buffer.from(`504b0506000000000100010037000000${local.length.toString(16).padStart(2, '0')}0000000000`, 'hex')
    return Buffer.concat([local, central, end])
  }

  it('a 20 MB article makes a deck capped by --max-slides, with notices, in bounded time and memory', async () => {
    const sentences = [
      'Researchers measured how quickly the new batteries lost charge in cold weather.',
      'The city council approved a budget of 4.2 million dollars for the water network.',
      'Engineers argued that the cheaper sensors drifted by two degrees within a year.',
      'Farmers in the valley reported that the late frost destroyed half of the harvest.',
      'A second study found the opposite effect when the panels faced north.',
    ]
    const parts: string[] = []
    let size = 0
    for (let i = 0; size < 20_000_000; i++) {
      const p = i % 40 === 0 ? `Part ${i / 40 + 1} of the survey\n\n` : ''
      // the sentences rotate and their numbers vary, so paragraphs differ
      const para = p + sentences.map((_, k) => sentences[(i + k) % sentences.length]!.replace('two', String((i % 9) + 2))).join(' ')
      parts.push(para)
      size += para.length + 2
    }
    const input = join(root, 'inputs', 'twenty-mb.txt')
    await mkdir(join(root, 'inputs'), { recursive: true })
    await writeFile(input, parts.join('\n\n').slice(0, 20_000_000))
    const out = join(root, 'deck-twenty-mb')
    // a heap of 384 MB: the run must not grow with the article beyond a bound
    const run = await runCli(['generate', input, '--out', out, '--max-slides', '12', '--json'], {
      cwd: root,
      env: { NODE_OPTIONS: '--max-old-space-size=384' },
      timeoutMs: 110_000,
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.ms).toBeLessThan(90_000)
    const result = JSON.parse(run.stdout) as { slides: number }
    expect(result.slides).toBeGreaterThanOrEqual(3)
    expect(result.slides).toBeLessThanOrEqual(12)
    expect(run.stderr).toMatch(/^notice: .*--max-slides 12/m)
    // the article is longer than what is analysed: a notice says so
    expect(run.stderr).toMatch(/^notice: .*\bwords\b/m)
  })

  it('no browser at --browser: exits 5 before writing anything', async () => {
    const missing = join(root, 'no-such-browser')
    const { run, before, out } = await buildWith('no-browser', ['--browser', missing])
    expect(run.code, run.stderr).toBe(5)
    expectOneClearLine(run.stderr, new RegExp(`browser not found at ${literal(missing).source}`))
    expect(run.stderr).toMatch(/hint: /)
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('CHROME_PATH pointing nowhere: exits 5 naming the variable', async () => {
    const { run, before, out } = await buildWith('chrome-path', [], { CHROME_PATH: join(root, 'gone', 'chrome') })
    expect(run.code, run.stderr).toBe(5)
    expectOneClearLine(run.stderr, /CHROME_PATH points to .*gone\/chrome, which is not an executable/)
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('a bad DECKWRIGHT_BROWSER_TIMEOUT_MS exits 2 before writing anything', async () => {
    const { run, before, out } = await buildWith('bad-timeout', [], { DECKWRIGHT_BROWSER_TIMEOUT_MS: 'soon' })
    expect(run.code, run.stderr).toBe(2)
    expectOneClearLine(run.stderr, /DECKWRIGHT_BROWSER_TIMEOUT_MS=soon is not a time limit/)
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('a browser that exits at once: one retry, then exit 5 without waiting for the build', async () => {
    const fake = await fakeBrowser('exits-at-once', 'echo "fake browser: cannot open display" >&2\nexit 1')
    const { run, before, out } = await buildWith('exits', ['--browser', fake])
    expect(run.code, run.stderr).toBe(5)
    expectOneClearLine(run.stderr, new RegExp(`could not start the browser ${literal(fake).source}.*\\(on the second try, too\\)`))
    expect(run.stderr).toMatch(/hint: .*--browser/)
    expect(run.stderr).not.toMatch(/✓ build/) // the Slidev build was stopped, not awaited
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('a build that fails mid-export into a new folder leaves no slides.md there', async () => {
    const fake = await fakeBrowser('exits-at-once-new', 'exit 1')
    const out = join(root, 'build-new-folder')
    const run = await runCli(['build', ARTICLE, '--out', out, '--browser', fake], { cwd: root, timeoutMs: 140_000 })
    expect(run.code, run.stderr).toBe(5)
    // the folder may exist, but holds no deck, no temporary files and no Slidev cache
    const left = await readdir(out).catch(() => [] as string[])
    expect(left).toEqual([])
  })

  // ---- input and output errors: `generate`, no browser
  it.each([
    ['whitespace only', 'blank.txt', ' \n\t\n   \r\n  ', /only whitespace/],
    ['a zip archive', 'archive.zip', zip(), /not a text article \(looks like a zip archive\)/],
    ['a zip named .docx', 'fake.docx', zip(), /not a readable Word document/],
    ['a JPEG image named .md', 'photo.md', Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb004300', 'hex'), /not a text article \(looks like a JPEG image\)/],
    ['invalid UTF-8', 'latin.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9, 0x20]), Buffer.from('au lait is a drink. '.repeat(20)), Buffer.from([0xc3, 0x28])]), /invalid UTF-8/],
    ['a title only (text)', 'title.txt', 'The Future of Backyard Weather Stations\n', /only a title or headings \("The Future of Backyard Weather Stations"\)/],
    ['a title only (Markdown)', 'title.md', '# The Future of Backyard Weather Stations\n\n## And a subtitle\n', /only a title or headings/],
    ['a title only (HTML)', 'title.html', '<!doctype html><html><head><title>Weather</title></head><body><h1>Weather stations</h1></body></html>', /only a title or headings/],
    [
      'an HTML page with no article body',
      'index.html',
      '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav><footer>© 2024 Example</footer></body></html>',
      /no article body found in the HTML page/,
    ],
  ] as const)('%s: exits 2 naming the file, deck folder unchanged', async (_label, name, content, pattern) => {
    const { input, run, before, out } = await generateFrom(name, content)
    expect(run.code, run.stderr).toBe(2)
    expectOneClearLine(run.stderr, literal(input))
    expectOneClearLine(run.stderr, pattern)
    expect(run.stderr).toMatch(/\n\s+hint: \S/)
    expect(run.stdout).toBe('')
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('an article over the 20 MiB limit exits 2 with the limit, without reading it all', async () => {
    // sentences, so only the size is wrong with it
    const big = 'The station logs the temperature every minute. '.repeat(Math.ceil((21 * 1024 * 1024) / 40)).slice(0, 21 * 1024 * 1024)
    const { input, run, before, out } = await generateFrom('huge.txt', big)
    expect(run.code, run.stderr).toBe(2)
    expectOneClearLine(run.stderr, literal(input))
    expectOneClearLine(run.stderr, /larger than the 20971520 byte limit for an article \(20 MiB\), it has 21 MiB/)
    expect(run.stderr).toMatch(/hint: .*split/)
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('one 50,000-character paragraph without punctuation makes a deck in bounded time', async () => {
    const words = ['river', 'station', 'sensor', 'winter', 'battery', 'valley', 'signal', 'harvest', 'budget', 'network']
    const text: string[] = []
    for (let i = 0, n = 0; n < 50_000; i++) {
      const w = words[(i * 7 + Math.floor(i / 10)) % words.length]!
      text.push(w)
      n += w.length + 1
    }
    const input = join(root, 'inputs', 'one-paragraph.txt')
    await mkdir(join(root, 'inputs'), { recursive: true })
    await writeFile(input, `${text.join(' ').slice(0, 50_000)}\n`)
    const out = join(root, 'deck-one-paragraph')
    const run = await runCli(['generate', input, '--out', out, '--max-slides', '8', '--json'], {
      cwd: root,
      env: { NODE_OPTIONS: '--max-old-space-size=256' },
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.ms).toBeLessThan(60_000)
    const result = JSON.parse(run.stdout) as { slides: number; outputs: { markdown: string } }
    expect(result.slides).toBeGreaterThanOrEqual(2)
    expect(result.slides).toBeLessThanOrEqual(8)
  })

  it('a file without read permission exits 2 saying so', async () => {
    const input = join(root, 'inputs', 'private.txt')
    await mkdir(join(root, 'inputs'), { recursive: true })
    await writeFile(input, 'The station logs the temperature every minute. It runs on solar power.\n')
    await chmod(input, 0o000)
    const out = await previousDeck('deck-private')
    await chmod(out, 0o777)
    const before = await snapshotDir(out)
    const run = await runCli(['generate', input, '--out', out], { cwd: root, uid: AS_OTHER_USER, env: { HOME: root } })
    expect(run.code, run.stderr).toBe(2)
    expectOneClearLine(run.stderr, literal(input))
    expectOneClearLine(run.stderr, /cannot be read \(permission denied\)/)
    expect(run.stderr).toMatch(/hint: .*chmod u\+r/)
    expect(await snapshotDir(out)).toEqual(before)
  })

  it('an output folder that cannot be written exits 4 naming it', async () => {
    const parent = join(root, 'read-only')
    await mkdir(parent)
    await chmod(parent, 0o555)
    const out = join(parent, 'deck')
    const run = await runCli(['generate', ARTICLE, '--out', out], { cwd: root, uid: AS_OTHER_USER, env: { HOME: root } })
    expect(run.code, run.stderr).toBe(4)
    expectOneClearLine(run.stderr, /cannot write .*read-only\/deck\/\S+: EACCES/)
    expect(run.stderr).toMatch(/hint: .*--out/)
    expect(await snapshotDir(parent)).toEqual({})
  })

  it('an output folder inside a file exits 4 naming it', async () => {
    const file = join(root, 'not-a-folder.txt')
    await writeFile(file, 'just a file\n')
    const run = await runCli(['generate', ARTICLE, '--out', join(file, 'deck')], { cwd: root })
    expect(run.code, run.stderr).toBe(4)
    expectOneClearLine(run.stderr, /cannot write .*not-a-folder\.txt\/deck\/\S+: ENOTDIR/)
  })

  it('present --port on a busy port exits 2 naming the port, starting nothing', async () => {
    const busy = net.createServer()
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()))
    const port = (busy.address() as net.AddressInfo).port
    const deck = await previousDeck('deck-present')
    const before = await snapshotDir(deck)
    try {
      const run = await runCli(['present', deck, '--port', String(port)], { cwd: root, timeoutMs: 60_000 })
      expect(run.code, run.stderr).toBe(2)
      expectOneClearLine(run.stderr, new RegExp(`port ${port} is already in use on localhost`))
      expect(run.stderr).toMatch(/hint: .*--port/)
    } finally {
      busy.close()
    }
    expect(await snapshotDir(deck)).toEqual(before)
  })

  it('a hand-edited deck: --force replaces it and keeps the edit as a backup', async () => {
    const out = join(root, 'deck-edited')
    const first = await runCli(['generate', ARTICLE, '--out', out, '--quiet'], { cwd: root })
    expect(first.code, first.stderr).toBe(0)
    const deck = join(out, 'slides.md')
    const generated = await readFile(deck, 'utf8')
    const edited = `${generated}\n---\n\n# My own closing slide\n`
    await writeFile(deck, edited)
    const refused = await runCli(['generate', ARTICLE, '--out', out], { cwd: root })
    expect(refused.code).toBe(3)
    expect(await readFile(deck, 'utf8')).toBe(edited)
    const forced = await runCli(['generate', ARTICLE, '--out', out, '--force'], { cwd: root })
    expect(forced.code, forced.stderr).toBe(0)
    const backup = /kept your edited deck as (\S+)/.exec(forced.stderr)?.[1]
    expect(backup, forced.stderr).toMatch(/slides\.md\.bak-/)
    expect(await readFile(backup!, 'utf8')).toBe(edited)
    expect(await readFile(deck, 'utf8')).toBe(generated)
  })

  it('present --port with a non-number exits 2', async () => {
    const run = await runCli(['present', root, '--port', 'eighty'], { cwd: root })
    expect(run.code).toBe(2)
    expectOneClearLine(run.stderr, /--port.*a port number from 1 to 65535/)
  })
})
