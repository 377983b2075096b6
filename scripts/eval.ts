/**
 * Quality of the generated decks, measured without a browser over the bundled article, the test
 * fixtures and the evaluation corpus (corpus/, see corpus/SOURCES.md): one Markdown table row
 * per deck, then totals. Baseline and targets: docs/eval.md.
 *
 *   npm run eval                    all decks
 *   npm run eval -- corpus          only the corpus (or: fixtures)
 *   npm run eval -- --json          one JSON object per deck, one per line
 * (Overflow is measured in the browser by tests/e2e/overflow.test.ts.)
 */
import { analyze } from '../src/analyze/index.ts'
import { ingest } from '../src/ingest/index.ts'
import { planDeck } from '../src/plan/index.ts'
import { deckMetrics, type DeckMetrics } from '../src/quality/deck-metrics.ts'
import { evalInputs } from './eval-inputs.ts'

const args = process.argv.slice(2)
const json = args.includes('--json')
const which = args.find((a) => !a.startsWith('--')) ?? 'all'

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '–')
const fixed = (n: number) => n.toFixed(1)

const HEADER =
  '| deck | words | deck title | slides | bullets | "…" bullets | bullets pointing back | words/slide | max words | (cont.) | thin (cont.) | 1-bullet | vague made-up titles | titles apart from bullets | dup. titles | pronoun speakers | residue slides | boilerplate slides | generic figure labels | table/chart | code | repeated table titles | charts mixing units | traceable |'

function row(name: string, m: DeckMetrics): string {
  const vague = m.vagueTitles === null ? '–' : `${m.vagueTitles}/${m.derivedTitles}`
  return `| ${name} | ${m.articleWords} | ${m.deckTitleFrom === 'article' ? 'own' : 'made up'} | ${m.slides} | ${m.bullets} | ${m.cutBullets} (${pct(m.cutBullets, m.bullets)}) | ${m.danglingBullets} | ${fixed(m.wordsPerSlide)} | ${m.maxWordsPerSlide} | ${m.continuedSlides} | ${m.thinContinued} | ${m.oneBulletSlides} | ${vague} | ${m.titlesApart}/${m.derivedTitles} | ${m.duplicateTitles} | ${m.pronounSpeakers}/${m.quoteSlides} | ${m.residueSlides} | ${m.boilerplateSlides} | ${m.genericFigureLabels}/${m.keyFigures} | ${m.tableChartSlides} | ${m.codeSlides} | ${m.repeatedTableTitles} | ${m.chartsMixingUnits} | ${pct(m.traceableBullets, m.bullets)} |`
}

function totals(all: readonly DeckMetrics[]): string {
  const sum = (f: (m: DeckMetrics) => number) => all.reduce((n, m) => n + f(m), 0)
  const english = all.filter((m) => m.vagueTitles !== null)
  const bullets = sum((m) => m.bullets)
  const vague = english.reduce((n, m) => n + (m.vagueTitles ?? 0), 0)
  const titles = english.reduce((n, m) => n + m.derivedTitles, 0)
  return [
    `| **total (${all.length} decks)** | ${sum((m) => m.articleWords)} | ${all.filter((m) => m.deckTitleFrom === 'article').length} own | ${sum((m) => m.slides)} | ${bullets} | ${sum((m) => m.cutBullets)} (${pct(sum((m) => m.cutBullets), bullets)}) | ${sum((m) => m.danglingBullets)} | ${fixed(sum((m) => m.wordsPerSlide * m.sectionSlides) / Math.max(1, sum((m) => m.sectionSlides)))} | ${Math.max(...all.map((m) => m.maxWordsPerSlide))} | ${sum((m) => m.continuedSlides)} | ${sum((m) => m.thinContinued)} | ${sum((m) => m.oneBulletSlides)} | ${vague}/${titles} (${pct(vague, titles)}) | ${sum((m) => m.titlesApart)}/${sum((m) => m.derivedTitles)} (${pct(sum((m) => m.titlesApart), sum((m) => m.derivedTitles))}) | ${sum((m) => m.duplicateTitles)} | ${sum((m) => m.pronounSpeakers)}/${sum((m) => m.quoteSlides)} | ${sum((m) => m.residueSlides)} | ${sum((m) => m.boilerplateSlides)} | ${sum((m) => m.genericFigureLabels)}/${sum((m) => m.keyFigures)} | ${sum((m) => m.tableChartSlides)} | ${sum((m) => m.codeSlides)} | ${sum((m) => m.repeatedTableTitles)} | ${sum((m) => m.chartsMixingUnits)} | ${pct(sum((m) => m.traceableBullets), bullets)} |`,
    `| **mean per deck** | ${fixed(sum((m) => m.articleWords) / all.length)} | | ${fixed(sum((m) => m.slides) / all.length)} | ${fixed(bullets / all.length)} | | | | | ${fixed(sum((m) => m.continuedSlides) / all.length)} | | ${fixed(sum((m) => m.oneBulletSlides) / all.length)} | | | | | ${fixed(sum((m) => m.residueSlides) / all.length)} | ${fixed(sum((m) => m.boilerplateSlides) / all.length)} | | ${fixed(sum((m) => m.tableChartSlides) / all.length)} | | | | |`,
  ].join('\n')
}

const results: DeckMetrics[] = []
if (!json) console.log(`${HEADER}\n|${'---|'.repeat(24)}`)
for (const input of evalInputs(which)) {
  const a = analyze(await ingest(input.path))
  const m = deckMetrics(a, planDeck(a))
  results.push(m)
  console.log(json ? JSON.stringify({ deck: input.name, ...m }) : row(input.name, m))
}
if (!json && results.length) console.log(totals(results))
