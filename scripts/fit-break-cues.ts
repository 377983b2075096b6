/**
 * Learns the weights of src/analyze/break-cues.ts: a logistic regression of "this paragraph break
 * opens a section" on the cues at each break, over articles whose headings are removed (the same
 * way `npm run eval:segments` removes them). Give it articles that are NOT the evaluation's, so
 * the evaluation stays a test: docs/eval.md ("Segmentation") names the set the weights came from.
 *   npx tsx scripts/fit-break-cues.ts <folder of articles (.md, .html, .docx)>
 * Prints the weights as they are written in break-cues.ts.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/analyze/index.ts'
import { breakCues, CUE_WEIGHTS } from '../src/analyze/break-cues.ts'
import { tileUnits } from '../src/analyze/sections.ts'
import { ingest } from '../src/ingest/index.ts'
import { removeHeadings, sectionLevel } from '../src/quality/headings-removed.ts'

type Key = keyof typeof CUE_WEIGHTS
const KEYS = Object.keys(CUE_WEIGHTS) as Key[]
const MIN_SECTIONS = 3
const MIN_SENTENCES = 20
/** Gradient descent: steps, step size, L2 penalty (not on the intercept). */
const STEPS = 3000
const RATE = 0.5
const L2 = 1

/** The cues and the answer (1: a real section starts here) at every paragraph break of one article. */
async function examples(path: string): Promise<Array<{ x: number[]; y: number }>> {
  const article = await ingest(path)
  const level = sectionLevel(article.blocks)
  if (level === undefined) return []
  const removed = removeHeadings(article, level)
  const a = analyze(removed.article)
  const real = a.paragraphs.map((p) => removed.sectionOfBlock[p.block]!)
  const sentences = a.paragraphs.reduce((n, p) => n + p.sentences.length, 0)
  if (new Set(real).size < MIN_SECTIONS || sentences < MIN_SENTENCES) return []
  const cues = breakCues(tileUnits(removed.article.text, a.paragraphs, removed.article.blocks))
  return cues.slice(1).map((c, i) => ({ x: KEYS.map((k) => c[k]), y: real[i + 1] !== real[i] ? 1 : 0 }))
}

/** Weights of a logistic regression (the intercept is the cue that is always 1). */
function fit(data: ReadonlyArray<{ x: number[]; y: number }>): number[] {
  const w = KEYS.map(() => 0)
  for (let step = 0; step < STEPS; step++) {
    const grad = w.map(() => 0)
    for (const { x, y } of data) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * w[k]!, 0)))
      x.forEach((v, k) => (grad[k]! += (p - y) * v))
    }
    KEYS.forEach((key, k) => (w[k]! -= (RATE * (grad[k]! + (key === 'intercept' ? 0 : L2 * w[k]!))) / data.length))
  }
  return w
}

const dir = process.argv[2]
if (!dir) {
  console.error('Usage: npx tsx scripts/fit-break-cues.ts <folder of articles>')
  process.exit(2)
}
const data: Array<{ x: number[]; y: number }> = []
for (const name of readdirSync(dir).sort()) data.push(...(await examples(join(dir, name))))
const w = fit(data)
console.log(`// ${data.length} paragraph breaks, ${data.filter((d) => d.y).length} of them section breaks`)
console.log(KEYS.map((k, i) => `  ${k}: ${Number(w[i]!.toFixed(2))},`).join('\n'))
