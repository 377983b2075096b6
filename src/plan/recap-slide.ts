/**
 * The "In brief" slide that closes a story told without conclusions of its own (a news story,
 * a feature: no takeaways slide, no agenda): its main points again, as the statement titles
 * (headlines) of its section slides say them — the first section's (what happened) and the
 * ones whose sentences are closest to the whole article's words (KeyPoint.gist), in the
 * deck's order. Only when headlines title most of the deck's sections, three of them at least:
 * a deck of the article's own headings or of key phrases has no statements to say again. The
 * notes give each title's sentence whole.
 *
 * Usage: const recap = recapSlide(a, slides)  // slides: the deck so far, titles final
 */
import { localeFor } from '../locales/index.ts'
import type { Analysis, Bullet, RecapSlide, SectionSlide, Slide } from '../types.ts'
import { sentenceAt } from '../analyze/figures.ts'
import { sentenceNote } from './notes.ts'

/** Fewest headlines a recap is made of. */
const MIN_POINTS = 3
/** Most points a recap says: the first section's and the most central others'. */
const MAX_POINTS = 5

interface Point {
  title: string
  sentence: number
  gist: number
}

export function recapSlide(a: Analysis, slides: readonly Slide[]): RecapSlide | undefined {
  const firstPages = slides.filter((s): s is SectionSlide => s.kind === 'section' && !s.continued)
  const points = headlinePoints(a, slides)
  if (points.length < MIN_POINTS || points.length * 2 < firstPages.length) return undefined
  const [first, ...rest] = points
  const best = new Set([first!, ...[...rest].sort((x, y) => y.gist - x.gist).slice(0, MAX_POINTS - 1)])
  const chosen = points.filter((p) => best.has(p))
  const bullets: Bullet[] = chosen.map((p) => ({ text: p.title, source: { start: a.sentences[p.sentence]!.start, end: a.sentences[p.sentence]!.end } }))
  return { kind: 'recap', title: localeFor(a.lang).slide.recap, bullets, notes: chosen.map((p) => sentenceNote(a, p.sentence)) }
}

/** The section slides titled by a headline (a first page's, or a later page's own), once per title, with their sentences. */
function headlinePoints(a: Analysis, slides: readonly Slide[]): Point[] {
  const out: Point[] = []
  for (const s of slides) {
    if (s.kind !== 'section') continue
    const section = a.sections[s.section]!
    const sentence = s.continued ? (s.titleSource ? sentenceAt(a.sentences, s.titleSource.start) : -1) : section.titleFrom === 'headline' ? (section.titleSentence ?? -1) : -1
    if (sentence < 0 || out.some((p) => p.title === s.title)) continue
    const gist = section.keyPoints.find((k) => k.sentence === sentence)?.gist ?? 0
    out.push({ title: s.title, sentence, gist })
  }
  return out
}
