/**
 * Quality check of the generated decks (no browser): for the bundled article and each fixture,
 * the slide count, the densest slide, how many bullets trace back to a source sentence, and how
 * many of the article's quotes and figures reached the deck.  npm run eval
 * (Overflow is measured in the browser by tests/e2e/overflow.test.ts.)
 */
import { countWords } from '../src/analyze/script.ts'
import { analyze } from '../src/analyze/index.ts'
import { ingest } from '../src/ingest/index.ts'
import { planDeck } from '../src/plan/index.ts'
import type { Analysis, DeckPlan } from '../src/types.ts'
import { FIXTURE_CASES, fixturePath, PROJECT_ROOT } from '../tests/fixture-articles.ts'

const inputs = ['bundled', ...FIXTURE_CASES].map(fixturePath)

/** A bullet is traceable when its words, in order, are words of its source sentence. */
function traceable(a: Analysis, text: string, start: number, end: number): boolean {
  const source = a.article.text.slice(start, end).toLowerCase()
  const words = text.toLowerCase().replace(/…$/, '').split(/\s+/).filter(Boolean)
  let at = 0
  for (const w of words) {
    const i = source.indexOf(w.replace(/[.,;:]+$/, ''), at)
    if (i < 0) return false
    at = i + 1
  }
  return true
}

function row(name: string, a: Analysis, plan: DeckPlan): string {
  let bullets = 0
  let traced = 0
  let maxBullets = 0
  let maxWords = 0
  for (const s of plan.slides) {
    if (s.kind !== 'section' && s.kind !== 'takeaways') continue
    maxBullets = Math.max(maxBullets, s.bullets.length)
    maxWords = Math.max(maxWords, s.bullets.reduce((n, b) => n + countWords(b.text), 0))
    for (const b of s.bullets) {
      bullets++
      if (traceable(a, b.text, b.source.start, b.source.end)) traced++
    }
  }
  const quoteSlides = plan.slides.filter((s) => s.kind === 'quote').length
  const attributed = a.quotes.filter((q) => q.speaker).length
  const money = a.figures.filter((f) => f.kind === 'money').length
  const cost = plan.slides.find((s) => s.kind === 'cost')
  const moneyInDeck = cost?.kind === 'cost' ? cost.items.filter((i) => typeof i.amount === 'number').length : 0
  const keyFigure = plan.slides.some((s) => s.kind === 'key-figure' && !(cost?.kind === 'cost' && cost.items.some((i) => s.notes[0]?.text.includes(i.source ?? '\u0000')))) ? 1 : 0
  const pct = bullets ? ((100 * traced) / bullets).toFixed(0) : '–'
  return `| ${name} | ${plan.slides.length} | ${maxBullets} | ${maxWords} | ${pct}% (${traced}/${bullets}) | ${quoteSlides} of ${attributed} attributed | ${moneyInDeck + keyFigure} of ${a.figures.length} (${money} money) |`
}

console.log('| article | slides | max bullets/slide | max words/slide | bullets traceable | quotes on slides | figures on slides |')
console.log('|---|---:|---:|---:|---|---|---|')
for (const input of inputs) {
  const a = analyze(await ingest(input))
  const plan = planDeck(a)
  console.log(row(input.replace(PROJECT_ROOT, ''), a, plan))
}
