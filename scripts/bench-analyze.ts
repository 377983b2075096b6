/**
 * Benchmark of the analyze stage: articles of about 1k, 10k and 100k words, made by repeating
 * the fixture articles (varied text), analysed several times; prints medians and the growth
 * factor per 10× words (1.0 per decade would be exactly linear).
 *   npm run bench
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/analyze/index.ts'
import { parseText } from '../src/ingest/index.ts'

const root = new URL('..', import.meta.url).pathname
const sources = [
  join(root, 'articles', 'deepseek-ai-race.txt'),
  ...readdirSync(join(root, 'tests', 'fixtures'))
    .filter((d) => ['no-headings-txt', 'many-quotes'].includes(d))
    .map((d) => join(root, 'tests', 'fixtures', d, 'article.txt')),
]
const paragraphs = sources.flatMap((f) => readFileSync(f, 'utf8').split(/\n+/).filter((p) => p.split(/\s+/).length > 20))

function articleOf(words: number): string {
  const out: string[] = []
  let n = 0
  for (let i = 0; n < words; i++) {
    const p = paragraphs[i % paragraphs.length]!
    out.push(p)
    n += p.split(/\s+/).length
  }
  return out.join('\n\n')
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

const rows: Array<{ words: number; ms: number; sections: number }> = []
for (const [target, runs] of [[1_000, 7], [10_000, 5], [100_000, 3]] as const) {
  const article = parseText(articleOf(target), `bench-${target}.txt`)
  const words = article.text.split(/\s+/).length
  const times: number[] = []
  let sections = 0
  analyze(article) // warm-up
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    sections = analyze(article).sections.length
    times.push(performance.now() - t)
  }
  rows.push({ words, ms: median(times), sections })
}
console.log('| words | analyze (median ms) | sections | ms per 1k words |')
console.log('|---:|---:|---:|---:|')
for (const r of rows) console.log(`| ${r.words} | ${r.ms.toFixed(0)} | ${r.sections} | ${((r.ms / r.words) * 1000).toFixed(1)} |`)
for (let i = 1; i < rows.length; i++) {
  const a = rows[i - 1]!
  const b = rows[i]!
  const growth = Math.log(b.ms / a.ms) / Math.log(b.words / a.words)
  console.log(`growth exponent ${a.words} → ${b.words} words: ${growth.toFixed(2)} (1.00 = linear)`)
}
