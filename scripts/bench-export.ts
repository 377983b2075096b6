/**
 * Benchmark of the export stage against Slidev's own: on the same deck, in one run, it times
 *   S = `slidev export slides.md` (PDF only: dev server + Playwright, Slidev's way), and
 *   D = `deckwright build article --format pdf,handout,web` (the whole road: article → deck →
 *       one `slidev build` → PDF, handout and web deck printed in one browser session),
 * as whole processes (what a user waits for), alternating S, D, S, D… after one uncounted
 * warm-up of each, and prints a Markdown table of medians plus the ratio deckwright/slidev.
 * Both tools use the same browser binary. Page counts of both PDFs are checked to match.
 *
 * Each round also times the floor for printing that many slides (print-floor.ts: Chromium's
 * `--print-to-pdf` of one static page), and every process tree's peak memory (PSS, sampled
 * every 100 ms: process-tree-memory.ts).
 *
 *   npm run bench:export -- [--runs N] [--long] [--keep]
 *     --runs N  timed runs of each tool per deck (default 5)
 *     --long    also a long deck: the evaluation corpus's Markdown articles concatenated, 60 slides
 *     --keep    keep the temp folder slides/.bench-<random>/ (for inspection)
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { findBrowser } from '../src/export/browser.ts'
import { generateDeck } from '../src/pipeline.ts'
import { floorHtml, printFloor } from './print-floor.ts'
import { watchTreeMemory } from './process-tree-memory.ts'

const root = new URL('..', import.meta.url).pathname
const slidevBin = join(root, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
const deckwrightBin = join(root, 'bin', 'deckwright.js')

interface Args {
  runs: number
  long: boolean
  keep: boolean
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: 5, long: false, keep: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === '--runs') {
      const n = Number(argv[++i])
      if (!Number.isInteger(n) || n < 1) throw new Error('--runs needs a whole number ≥ 1')
      args.runs = n
    } else if (a === '--long') args.long = true
    else if (a === '--keep') args.keep = true
    else throw new Error(`unknown argument ${a} (known: --runs N, --long, --keep)`)
  }
  return args
}

interface RunResult {
  seconds: number
  stdout: string
  /** Peak PSS of the process and its descendants, MiB. */
  peakMiB: number
}

/** Runs a command to completion; wall time of the whole process. Throws with its output on failure. */
function timed(cmd: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const t = performance.now()
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
    const memory = child.pid ? watchTreeMemory(child.pid) : undefined
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - t) / 1000
      const peakMiB = (memory?.stop() ?? 0) / 1024
      if (code === 0) resolve({ seconds, stdout, peakMiB })
      else reject(new Error(`${args.slice(0, 2).join(' ')} exited with ${code}\n${(stdout + stderr).slice(-3000)}`))
    })
  })
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

async function pageCount(file: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false })
  return doc.getPageCount()
}

function version(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    return 'unknown'
  }
}

const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(' ')
const fmt = (s: number) => s.toFixed(1)

interface DeckCase {
  name: string
  /** The article both tools start from. */
  article: string
  /** --max-slides for both (the deck is generated once, then given to each tool). */
  maxSlides?: number
}

interface DeckResult {
  name: string
  slides: number
  slidev: number[]
  deckwright: number[]
  /** deckwright / slidev of each adjacent (S, D) pair. */
  pairRatios: number[]
  /** Chromium printing one static page of as many slides (s), one per round. */
  floor: number[]
  /** Peak memory of each run's process tree (MiB). */
  memory: { slidev: number[]; deckwright: number[] }
  /** deckwright's own stage timings (ms) from --json, one record per timed run. */
  stages: Array<Record<string, number>>
  pages: { slidev: number; deckwright: number }
}

async function benchDeck(deck: DeckCase, dir: string, browser: string, runs: number): Promise<DeckResult> {
  mkdirSync(dir, { recursive: true })
  // The deck Slidev exports is the one deckwright generates from the same article.
  const generated = await generateDeck(deck.article, { out: join(dir, 'slidev'), ...(deck.maxSlides ? { maxSlides: deck.maxSlides } : {}) })
  const slidevPdf = join(dir, 'slidev', 'slidev.pdf')
  const dwOut = join(dir, 'deckwright')
  // Slidev's exporter loads Playwright as `playwright-chromium`; the alias hook gives it deckwright's playwright-core
  const slidevArgs = [
    '--import', pathToFileURL(join(root, 'src', 'export', 'playwright-alias.mjs')).href, slidevBin, 'export', generated.markdownPath, '--output', slidevPdf,
    '--executable-path', browser, '--timeout', '120000',
  ]
  const dwArgs = [deckwrightBin, 'build', deck.article, '--out', dwOut, '--format', 'pdf,handout,web', '-q', '--json', '--browser', browser]
  if (deck.maxSlides) dwArgs.push('--max-slides', String(deck.maxSlides))
  const floorPage = floorHtml(generated.plan.slides, 980, 552)

  const result: DeckResult = {
    name: deck.name, slides: generated.plan.slides.length, slidev: [], deckwright: [], pairRatios: [], stages: [],
    floor: [], memory: { slidev: [], deckwright: [] }, pages: { slidev: 0, deckwright: 0 },
  }
  const total = runs + 1
  for (let i = 0; i < total; i++) {
    const label = i === 0 ? 'warm-up' : `run ${i}/${runs}`
    const s = await timed(process.execPath, slidevArgs)
    const d = await timed(process.execPath, dwArgs)
    const f = await printFloor(browser, floorPage, dir)
    const json = JSON.parse(d.stdout.trim().split('\n').pop() ?? '{}') as { timings?: Record<string, number>; outputs?: Record<string, string> }
    console.error(`  ${deck.name} ${label}: slidev ${fmt(s.seconds)} s, deckwright ${fmt(d.seconds)} s, floor ${fmt(f)} s (load ${loadavg()})`)
    if (i === 0) {
      // Same deck on both sides: deckwright's slides.md must be the one Slidev exported.
      if (readFileSync(join(dwOut, 'slides.md'), 'utf8') !== generated.markdown) {
        throw new Error(`${deck.name}: deckwright built a different slides.md than the one Slidev exports`)
      }
      const pdf = json.outputs?.pdf
      if (!pdf) throw new Error(`${deck.name}: deckwright --json named no PDF`)
      result.pages = { slidev: await pageCount(slidevPdf), deckwright: await pageCount(pdf) }
      continue
    }
    result.slidev.push(s.seconds)
    result.deckwright.push(d.seconds)
    result.pairRatios.push(d.seconds / s.seconds)
    result.floor.push(f)
    result.memory.slidev.push(s.peakMiB)
    result.memory.deckwright.push(d.peakMiB)
    // Time of the process outside its reported stages: Node/tsx start-up, module loading, exit.
    const st = json.timings ?? {}
    const inside = (st.total ?? 0) + ['ingest', 'analyze', 'plan', 'render'].reduce((a, k) => a + (st[k] ?? 0), 0)
    // everything the export stage did once the build was done: serving, printing, PNGs, handout, writing
    const afterBuild = Math.max(0, (st.total ?? 0) - (st.build ?? 0))
    result.stages.push({ ...st, 'after build': afterBuild, outside: Math.max(0, d.seconds * 1000 - inside) })
  }
  return result
}

/** Goal of issue-level speed: deckwright's full build against `slidev export`, by deck length. */
const RATIO_GOAL = (slides: number) => (slides >= 50 ? 0.6 : 0.75)

function report(r: DeckResult): string {
  const lines: string[] = []
  const mib = (xs: number[]) => `${Math.round(median(xs))}`
  const row = (tool: string, xs: number[], mem?: number[]) =>
    `| ${tool} | ${xs.length} | ${fmt(median(xs))} | ${fmt(Math.min(...xs))} | ${fmt(Math.max(...xs))} | ${mem ? `${mib(mem)} (max ${Math.round(Math.max(...mem))})` : '–'} |`
  lines.push(`### ${r.name} deck (${r.slides} slides)`, '')
  lines.push('| tool | runs | median s | min s | max s | peak memory, MiB (median) |', '|---|---:|---:|---:|---:|---:|')
  lines.push(row('`slidev export` (PDF)', r.slidev, r.memory.slidev))
  lines.push(row('`deckwright build` (pdf + handout + web)', r.deckwright, r.memory.deckwright))
  lines.push(row('floor: `chromium --print-to-pdf` of one static page', r.floor))
  lines.push('')
  const ratio = median(r.deckwright) / median(r.slidev)
  const goal = RATIO_GOAL(r.slides)
  lines.push(`- ratio deckwright/slidev (medians): **${ratio.toFixed(2)}**; median of per-pair ratios: ${median(r.pairRatios).toFixed(2)}; goal ≤ ${goal}: ${ratio <= goal ? 'met' : 'NOT met'}`)
  const after = median(r.stages.map((s) => s['after build'] ?? 0)) / 1000
  const floor = median(r.floor)
  lines.push(`- after the build (serve, print, PNGs, handout, write): ${fmt(after)} s = ${(after / floor).toFixed(2)}× the floor (${fmt(floor)} s); goal ≤ 2×: ${after <= 2 * floor ? 'met' : 'NOT met'}`)
  const memRatio = median(r.memory.deckwright) / median(r.memory.slidev)
  lines.push(`- peak memory deckwright/slidev (medians): ${memRatio.toFixed(2)}; goal ≤ 1: ${memRatio <= 1 ? 'met' : 'NOT met'}`)
  const same = r.pages.slidev === r.pages.deckwright
  lines.push(`- PDF pages: slidev ${r.pages.slidev}, deckwright ${r.pages.deckwright} (${same ? 'same' : 'DIFFERENT'})`)
  const keys = [...new Set(r.stages.flatMap((s) => Object.keys(s)))]
  const stageText = keys.map((k) => `${k} ${fmt(median(r.stages.map((s) => s[k] ?? 0)) / 1000)}`).join(', ')
  lines.push(`- deckwright stages (median s, from --json; png is part of print, total is the export stage, outside = process wall time not in any stage): ${stageText}`)
  return lines.join('\n')
}

/** The corpus's Markdown articles, front matter removed, one after the other: a long, real text. */
function longArticle(): string {
  const corpus = join(root, 'corpus')
  return readdirSync(corpus)
    .filter((d) => existsSync(join(corpus, d, 'article.md')))
    .sort()
    .map((d) => readFileSync(join(corpus, d, 'article.md'), 'utf8').replace(/^(\+\+\+|---)\n[\s\S]*?\n\1\n/, '').trim())
    .join('\n\n')
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const browser = await findBrowser()
  const slidevVersion = (JSON.parse(readFileSync(join(root, 'node_modules', '@slidev', 'cli', 'package.json'), 'utf8')) as { version: string }).version
  const loadStart = loadavg()
  const started = Date.now()
  // Inside the project, like the example deck.
  const tmp = join(root, 'slides', `.bench-${randomBytes(4).toString('hex')}`)
  const cleanup = () => {
    if (!args.keep) rmSync(tmp, { recursive: true, force: true })
  }
  process.once('SIGINT', () => {
    cleanup()
    process.exit(130)
  })

  const decks: DeckCase[] = [{ name: 'bundled', article: join(root, 'articles', 'deepseek-ai-race.txt') }]
  if (args.long) {
    mkdirSync(tmp, { recursive: true })
    const article = join(tmp, 'long-article.md')
    writeFileSync(article, longArticle())
    decks.push({ name: 'long', article, maxSlides: 60 })
  }

  console.error(`bench-export: ${args.runs} timed runs + 1 warm-up per tool per deck, alternating slidev/deckwright; browser ${browser}`)
  const results: DeckResult[] = []
  try {
    for (const [i, deck] of decks.entries()) results.push(await benchDeck(deck, join(tmp, `deck-${i}`), browser, args.runs))
  } finally {
    cleanup()
  }

  const mem = (os.totalmem() / 2 ** 30).toFixed(1)
  console.log('## Export benchmark\n')
  console.log(`- machine: ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${mem} GiB RAM, ${os.platform()} ${os.release()}`)
  console.log(`- Node ${process.version}, ${version(browser, ['--version'])}, Slidev ${slidevVersion}`)
  console.log(`- command: npm run bench:export -- ${process.argv.slice(2).join(' ') || `--runs ${args.runs}`}`)
  console.log(`- load average (1/5/15 min): start ${loadStart}, end ${loadavg()}; wall time ${((Date.now() - started) / 60000).toFixed(1)} min`)
  console.log('')
  console.log(results.map(report).join('\n\n'))
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exitCode = 1
})
