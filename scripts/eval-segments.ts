/**
 * Topic segmentation against the articles' own headings: for every evaluation article whose
 * headings are marked up (Markdown, HTML, .docx; plain-text headings are only guessed by
 * ingest, so they are no reference), remove the headings, run the analysis on the plain text and
 * compare the sections it finds with the real ones, sentence by sentence, with Pk and
 * WindowDiff (k = half the mean real section length). Then the titles found next to the real
 * headings.   npm run eval:segments [-- corpus|fixtures]
 */
import { analyze } from '../src/analyze/index.ts'
import { ingest } from '../src/ingest/index.ts'
import { defaultWindow, pk, windowDiff } from '../src/quality/segmentation.ts'
import { removeHeadings, sectionLevel, sentenceLabels, type SentenceLabels } from '../src/quality/headings-removed.ts'
import type { Analysis } from '../src/types.ts'
import { evalInputs } from './eval-inputs.ts'

const MIN_SECTIONS = 3
const MIN_SENTENCES = 20

/** For each real section, the title of the found section holding most of its sentences. */
function titlePairs(a: Analysis, labels: SentenceLabels, headings: readonly string[]): string[] {
  const out: string[] = []
  for (const real of new Set(labels.reference)) {
    const votes = new Map<number, number>()
    labels.reference.forEach((r, i) => r === real && votes.set(labels.hypothesis[i]!, (votes.get(labels.hypothesis[i]!) ?? 0) + 1))
    const best = [...votes.entries()].sort((x, y) => y[1] - x[1])[0]![0]
    out.push(`  ${headings[real]}  →  ${a.sections[best]!.title}`)
  }
  return out
}

/** Baseline: the same number of sections as found, of equal length in sentences. */
function evenSplit(n: number, sections: number): number[] {
  return Array.from({ length: n }, (_, i) => Math.floor((i * sections) / n))
}

const which = process.argv.slice(2).find((x) => !x.startsWith('--')) ?? 'all'
const scores: Array<{ pk: number; wd: number; even: number }> = []
const pairs: string[] = []
console.log('| article | sentences | real sections | found sections | k | Pk | WindowDiff | Pk of an even split |\n|---|---:|---:|---:|---:|---:|---:|---:|')
for (const input of evalInputs(which)) {
  const article = await ingest(input.path)
  if (article.format === 'text') continue
  const level = sectionLevel(article.blocks)
  if (level === undefined) continue
  const stripped = removeHeadings(article, level)
  const a = analyze(stripped.article)
  const labels = sentenceLabels(a, stripped.sectionOfBlock)
  const realSections = new Set(labels.reference).size
  if (realSections < MIN_SECTIONS || labels.reference.length < MIN_SENTENCES) continue
  const k = defaultWindow(labels.reference)
  const found = new Set(labels.hypothesis).size
  const score = {
    pk: pk(labels.reference, labels.hypothesis, k),
    wd: windowDiff(labels.reference, labels.hypothesis, k),
    even: pk(labels.reference, evenSplit(labels.reference.length, found), k),
  }
  scores.push(score)
  console.log(`| ${input.name} | ${labels.reference.length} | ${realSections} | ${found} | ${k} | ${score.pk.toFixed(3)} | ${score.wd.toFixed(3)} | ${score.even.toFixed(3)} |`)
  pairs.push(`${input.name} (real heading → title of the section found there)`, ...titlePairs(a, labels, stripped.headings))
}
type Score = (typeof scores)[number]
const mean = (f: (s: Score) => number, of: readonly Score[] = scores) => (of.reduce((n, s) => n + f(s), 0) / Math.max(1, of.length)).toFixed(3)
console.log(`| **mean of ${scores.length} articles** | | | | | ${mean((s) => s.pk)} | ${mean((s) => s.wd)} | ${mean((s) => s.even)} |`)
// two halves (alternate articles): a change that helps only one of them may be fitted to the articles
for (const [name, half] of [['1st, 3rd, …', scores.filter((_, i) => i % 2 === 0)], ['2nd, 4th, …', scores.filter((_, i) => i % 2 === 1)]] as const) {
  console.log(`| mean of the ${name} (${half.length}) | | | | | ${mean((s) => s.pk, half)} | ${mean((s) => s.wd, half)} | ${mean((s) => s.even, half)} |`)
}
console.log(`\n${pairs.join('\n')}`)
