/**
 * Hashes of what deckwright makes of every article it is evaluated on (the bundled article,
 * every test fixture, every corpus case) and of any further files given: each deck's
 * slides.md, and the analysis and plan (less the article, and with the checkout's folder
 * written as <root>, so that two checkouts side by side compare). Used to check that a
 * change meant to be invisible (a speed-up) changes no output: run before and after, compare.
 *
 *   npx tsx scripts/output-hashes.ts [more articles…] > before.json
 *   … change …
 *   npx tsx scripts/output-hashes.ts [more articles…] > after.json && diff before.json after.json
 */
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { analyze } from '../src/analyze/index.ts'
import { ingest } from '../src/ingest/index.ts'
import { planDeck } from '../src/plan/index.ts'
import { renderDeck } from '../src/render/index.ts'
import { evalInputs } from './eval-inputs.ts'
import { PROJECT_ROOT } from '../tests/fixture-articles.ts'

const hash = (x: unknown) =>
  createHash('sha256')
    .update((typeof x === 'string' ? x : JSON.stringify(x)).replaceAll(PROJECT_ROOT, '<root>'))
    .digest('hex')
    .slice(0, 16)

const inputs = [...evalInputs('all'), ...process.argv.slice(2).map((path) => ({ name: `file/${basename(path)}`, path }))]
const out: Record<string, { analysis: string; plan: string; markdown: string }> = {}
for (const input of inputs) {
  const article = await ingest(input.path)
  const analysis = analyze(article)
  const plan = planDeck(analysis, {})
  const markdown = renderDeck(plan, { pdfName: 'deck.pdf', origin: basename(input.path), version: '0' })
  out[input.name] = { analysis: hash({ ...analysis, article: undefined }), plan: hash({ ...plan, origin: undefined }), markdown: hash(markdown) }
}
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`)
