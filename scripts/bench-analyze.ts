/**
 * Benchmark of the analyze stage (docs/benchmarks.md, "Analysis speed").
 * 1. In one process (warm): articles of about 1k, 10k and 100k words made by repeating the
 *    paragraphs of three test articles, and one of 10k words of distinct paragraphs (the English
 *    articles of corpus/, each paragraph once), analysed several times; medians, and the growth
 *    exponent per step (1.00 = exactly linear).
 * 2. The command line, cold: `deckwright generate` of both 10k-word articles in a new process
 *    each run; the median wall time of the whole process and of the analysis it reports.
 *
 *   npm run bench:analyze                 both parts
 *   npm run bench:analyze -- --runs 7     cold runs per article (default 5)
 *   npm run bench:analyze -- --cold-only  only part 2
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { analyze } from '../src/analyze/index.ts'
import { ingest, parseText } from '../src/ingest/index.ts'
import { corpusInputs } from './eval-inputs.ts'

const root = new URL('..', import.meta.url).pathname
const args = process.argv.slice(2)
const coldRuns = Number(args[args.indexOf('--runs') + 1]) || 5
const coldOnly = args.includes('--cold-only')

const sources = [
  join(root, 'articles', 'deepseek-ai-race.txt'),
  ...readdirSync(join(root, 'tests', 'fixtures'))
    .filter((d) => ['no-headings-txt', 'many-quotes'].includes(d))
    .map((d) => join(root, 'tests', 'fixtures', d, 'article.txt')),
]
const longParagraph = (p: string) => p.split(/\s+/).length > 20
const paragraphs = sources.flatMap((f) => readFileSync(f, 'utf8').split(/\n+/).filter(longParagraph))

/** About `words` words of `from`'s paragraphs in turn, repeated when `cycle`, else each once. */
function articleOf(words: number, from: readonly string[] = paragraphs, cycle = true): string {
  const out: string[] = []
  let n = 0
  for (let i = 0; n < words && (cycle || i < from.length); i++) {
    const p = from[i % from.length]!
    out.push(p)
    n += p.split(/\s+/).length
  }
  return out.join('\n\n')
}

/** The paragraphs of the corpus's English articles, each once. */
async function distinctParagraphs(): Promise<string[]> {
  const out: string[] = []
  for (const input of corpusInputs()) {
    const a = await ingest(input.path)
    if (a.meta.lang && !a.meta.lang.startsWith('en')) continue
    for (const b of a.blocks) {
      const p = a.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim()
      if (b.kind === 'paragraph' && longParagraph(p)) out.push(p)
    }
  }
  return out
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

function warmRows(articles: ReadonlyArray<{ name: string; text: string; runs: number }>) {
  return articles.map(({ name, text, runs }) => {
    const article = parseText(text, `bench-${name}.txt`)
    const words = article.text.split(/\s+/).length
    const times: number[] = []
    let sections = 0
    analyze(article) // warm-up
    for (let r = 0; r < runs; r++) {
      const t = performance.now()
      sections = analyze(article).sections.length
      times.push(performance.now() - t)
    }
    return { name, words, ms: median(times), sections }
  })
}

function printWarm(rows: ReturnType<typeof warmRows>): void {
  console.log('| article | words | analyze, warm (median ms) | sections | ms per 1k words |')
  console.log('|---|---:|---:|---:|---:|')
  for (const r of rows) console.log(`| ${r.name} | ${r.words} | ${r.ms.toFixed(0)} | ${r.sections} | ${((r.ms / r.words) * 1000).toFixed(1)} |`)
  const repeated = rows.filter((r) => r.name.startsWith('repeated'))
  for (let i = 1; i < repeated.length; i++) {
    const a = repeated[i - 1]!
    const b = repeated[i]!
    const growth = Math.log(b.ms / a.ms) / Math.log(b.words / a.words)
    console.log(`growth exponent ${a.words} → ${b.words} words: ${growth.toFixed(2)} (1.00 = linear)`)
  }
}

/** `deckwright generate` of `file` in a new process: wall ms of the process, and the analysis's own ms. */
function coldGenerate(file: string, out: string): { wall: number; analyze: number } {
  const t = performance.now()
  const stdout = execFileSync(process.execPath, [join(root, 'bin', 'deckwright.js'), 'generate', file, '-o', out, '--force', '--json', '-q'], { encoding: 'utf8' })
  const wall = performance.now() - t
  return { wall, analyze: (JSON.parse(stdout) as { timings: { analyze: number } }).timings.analyze }
}

function printCold(files: ReadonlyArray<{ name: string; file: string }>, dir: string): void {
  // the command line's bundle is built on first use: once, untimed
  coldGenerate(files[0]!.file, join(dir, 'deck'))
  const runs = new Map<string, Array<{ wall: number; analyze: number }>>(files.map((f) => [f.name, []]))
  // interleaved, so a change of load on the machine touches both articles alike
  for (let r = 0; r < coldRuns; r++) for (const f of files) runs.get(f.name)!.push(coldGenerate(f.file, join(dir, 'deck')))
  console.log(`\n\`deckwright generate\`, cold (a new process per run, median of ${coldRuns})`)
  console.log('| article | whole process (ms) | analyze (ms) |')
  console.log('|---|---:|---:|')
  for (const [name, rs] of runs) console.log(`| ${name} | ${median(rs.map((x) => x.wall)).toFixed(0)} | ${median(rs.map((x) => x.analyze))} |`)
}

const distinct = await distinctParagraphs()
const dir = mkdtempSync(join(tmpdir(), 'deckwright-bench-'))
try {
  console.log(`load average at start: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (${cpus().length} CPUs)`)
  if (!coldOnly) {
    printWarm(
      warmRows([
        { name: 'repeated 1k', text: articleOf(1_000), runs: 7 },
        { name: 'repeated 10k', text: articleOf(10_000), runs: 5 },
        { name: 'repeated 100k', text: articleOf(100_000), runs: 3 },
        { name: 'distinct 10k', text: articleOf(10_000, distinct, false), runs: 5 },
      ]),
    )
  }
  const files = [
    { name: 'repeated 10k', text: articleOf(10_000) },
    { name: 'distinct 10k', text: articleOf(10_000, distinct, false) },
  ].map(({ name, text }) => {
    const file = join(dir, `${name.replace(/\s/g, '-')}.txt`)
    writeFileSync(file, `Ten thousand words\n\n${text}`)
    return { name, file }
  })
  printCold(files, dir)
  console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(', ')}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
