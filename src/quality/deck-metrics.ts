/**
 * What `npm run eval` measures on one generated deck (no browser): density, cut bullets,
 * thin and continued slides, vague or repeated titles, pronoun speakers, table residue,
 * boilerplate, generic key-figure labels and traceability of bullets to their source sentences.
 */
import { countWords } from '../analyze/script.ts'
import { refersBack } from '../analyze/stand-alone.ts'
import type { Analysis, Bullet, ChartSlide, DeckPlan, Figure, Section, SectionSlide, Slide } from '../types.ts'
import { boilerplate, isGenericFigureLabel } from './boilerplate.ts'
import { hasTableResidue } from './residue.ts'
import { slideTexts } from './slide-text.ts'
import { isPronounSpeaker } from './speakers.ts'
import { isVagueTitle, titleApart } from './titles.ts'

export interface DeckMetrics {
  articleWords: number
  deckTitle: string
  /** Whether the deck title is the article's own or was made up by the analysis. */
  deckTitleFrom: Analysis['titleFrom']
  slides: number
  sectionSlides: number
  bullets: number
  /** Bullets ending in "…" (or "...") that the article's sentence does not end with. */
  cutBullets: number
  /** Mean words of the bullets on a section slide. */
  wordsPerSlide: number
  maxWordsPerSlide: number
  continuedSlides: number
  /** "(cont.)" slides with fewer than 3 bullets (a list under its lead line is whole, however short). */
  thinContinued: number
  oneBulletSlides: number
  /** Distinct section titles the analysis made up (not the article's headings). */
  derivedTitles: number
  /** Made-up titles with neither a verb nor a named subject; null when not English (no tagger). */
  vagueTitles: number | null
  duplicateTitles: number
  /** Section bullets that point back ("They’d won…", "Elle…", "… ces personnes") and do not follow the sentence they point to. */
  danglingBullets: number
  /** Made-up titles sharing a word with fewer than half of the bullets under them. */
  titlesApart: number
  /** Table slides whose title is the deck's or another slide's (the same title over several tables). */
  repeatedTableTitles: number
  quoteSlides: number
  pronounSpeakers: number
  residueSlides: number
  /** Slides showing contacts, link inserts, legal lines or calls to action. */
  boilerplateSlides: number
  keyFigures: number
  /** Key figures labelled "Amount", "Share" and the like. */
  genericFigureLabels: number
  /** Slides of a kind whose name mentions a table or a chart. */
  tableChartSlides: number
  /** Slides that show the article's code (code-slides.ts). */
  codeSlides: number
  /** Chart slides whose bars are figures of more than one kind or unit (target 0). */
  chartsMixingUnits: number
  traceableBullets: number
}

/** The kind and unit of a figure as the article writes it: money by currency, % apart from points, counts by noun. */
function figureUnit(f: Figure): string {
  if (f.kind === 'money') return `money:${f.currency}`
  if (f.kind === 'percent') return /percentage points?|pts?\b/i.test(f.text) ? 'points' : 'percent'
  return `count:${(f.noun ?? '').toLowerCase().replace(/s$/, '')}`
}

/** Whether a chart's bars, found again among the article's figures by their text, differ in kind or unit. */
export function chartMixesUnits(a: Analysis, chart: ChartSlide): boolean {
  const units = chart.items.map((i) => {
    // a fall's bar carries the sign the article left to its words ("a decrease of 10%" → "−10%")
    const text = i.value < 0 ? i.text.replace(/^−/, '') : i.text
    const f = a.figures.find((g) => g.text === text)
    return f ? figureUnit(f) : 'not a figure'
  })
  return new Set(units).size > 1
}

const ELLIPSIS = /(?:…|\.\.\.)["”’')\]]*$/

function isCut(a: Analysis, b: Bullet): boolean {
  if (!ELLIPSIS.test(b.text.trim())) return false
  return !ELLIPSIS.test(a.article.text.slice(b.source.start, b.source.end).trim())
}

/**
 * A bullet is traceable when its words, in order, are words of its source sentence; a name it
 * opens on in place of the sentence's pronoun, or says in place of a surname (Bullet.named at
 * Bullet.namedAt), is the article's words where it points.
 */
export function isTraceable(a: Analysis, b: Bullet): boolean {
  const source = a.article.text.slice(b.source.start, b.source.end).toLowerCase()
  const name = b.named ? a.article.text.slice(b.named.start, b.named.end) : ''
  const namedAt = b.namedAt ?? 0
  if (b.text.slice(namedAt, namedAt + name.length) !== name) return false
  const words = `${b.text.slice(0, namedAt)} ${b.text.slice(namedAt + name.length)}`.toLowerCase().replace(/(?:…|\.\.\.)$/, '').split(/\s+/).filter(Boolean)
  let at = 0
  for (const w of words) {
    const i = source.indexOf(w.replace(/[.,;:?!]+$/, ''), at)
    if (i < 0) return false
    at = i + 1
  }
  return true
}

/**
 * Bullets of a section slide that point back (they open so, or a demonstrative in them does:
 * "Dans ces cas, …") while the bullet before them is not the sentence before — nor, for the
 * first bullet of a slide titled by a headline (its section's, or a later page's own), the title is.
 */
export function danglingBullets(a: Analysis, slide: SectionSlide): number {
  const sentenceOf = (b: Bullet) => a.sentences.findIndex((s) => s.start === b.source.start)
  const section = a.sections[slide.section]
  const own = slide.titleSource ? a.sentences.findIndex((s) => s.start === slide.titleSource!.start) : undefined
  const titleSentence = own ?? (!slide.continued && section?.titleFrom === 'headline' ? section.titleSentence : undefined)
  const before = (i: number) => (i === 0 ? titleSentence : sentenceOf(slide.bullets[i - 1]!))
  return slide.bullets.filter((b, i) => refersBack(b.text, a.lang) && before(i) !== sentenceOf(b) - 1).length
}

function bulletsOf(s: Slide): Bullet[] {
  return s.kind === 'section' || s.kind === 'takeaways' ? s.bullets : []
}

/** A title deckwright made from the section's words: not the article's heading, nor the plain "Introduction" of the text before its first heading. */
function madeUp(from: Section['titleFrom'] | undefined): boolean {
  return from === 'headline' || from === 'keyphrases'
}

function titleMetrics(a: Analysis, sections: readonly SectionSlide[]) {
  // (and later pages under a headline of their own: titles deckwright made as well)
  const firstPages = sections.filter((s) => !s.continued || s.titleSource)
  const titles = firstPages.map((s) => s.title.toLowerCase())
  const duplicateTitles = titles.length - new Set(titles).size
  const derived = [...new Set(firstPages.filter((s) => madeUp(a.sections[s.section]?.titleFrom)).map((s) => s.title))]
  const english = a.lang.toLowerCase().startsWith('en')
  const apart = firstPages.filter((s) => madeUp(a.sections[s.section]?.titleFrom) && titleApart(s.title, s.bullets.map((b) => b.text), a.lang))
  return { derivedTitles: derived.length, duplicateTitles, titlesApart: apart.length, vagueTitles: english ? derived.filter(isVagueTitle).length : null }
}

/** Table slides titled like the deck or like another slide of it. */
export function repeatedTableTitles(plan: DeckPlan): number {
  const key = (t: string) => t.toLowerCase().trim()
  const titles = plan.slides.map((s) => key(s.title))
  return plan.slides.filter((s, i) => s.kind === 'table' && (titles[i] === key(plan.title) || titles.some((t, j) => j !== i && t === titles[i]))).length
}

function residueSlides(plan: DeckPlan): number {
  return plan.slides.filter((s) => slideTexts(s).some((t) => hasTableResidue(t.text, { title: t.where === 'title' }))).length
}

export function deckMetrics(a: Analysis, plan: DeckPlan): DeckMetrics {
  const sections = plan.slides.filter((s): s is SectionSlide => s.kind === 'section')
  const bullets = plan.slides.flatMap(bulletsOf)
  const slideWords = sections.map((s) => s.bullets.reduce((n, b) => n + countWords(b.text), 0))
  const quotes = plan.slides.flatMap((s) => (s.kind === 'quote' ? [s] : []))
  const figures = plan.slides.flatMap((s) => (s.kind === 'key-figure' ? [s] : []))
  return {
    articleWords: countWords(a.article.text),
    deckTitle: plan.title,
    deckTitleFrom: a.titleFrom,
    slides: plan.slides.length,
    sectionSlides: sections.length,
    bullets: bullets.length,
    cutBullets: bullets.filter((b) => isCut(a, b)).length,
    danglingBullets: sections.reduce((n, s) => n + danglingBullets(a, s), 0),
    wordsPerSlide: slideWords.length ? slideWords.reduce((x, y) => x + y, 0) / slideWords.length : 0,
    maxWordsPerSlide: Math.max(0, ...slideWords),
    // (a later page under a headline of its own is a slide of its own, not a "(cont.)" one)
    continuedSlides: sections.filter((s) => s.continued && !s.titleSource).length,
    thinContinued: sections.filter((s) => s.continued && !s.titleSource && !s.lead && s.bullets.length < 3).length,
    oneBulletSlides: sections.filter((s) => s.bullets.length === 1).length,
    ...titleMetrics(a, sections),
    repeatedTableTitles: repeatedTableTitles(plan),
    quoteSlides: quotes.length,
    pronounSpeakers: quotes.filter((q) => q.speaker && isPronounSpeaker(q.speaker)).length,
    residueSlides: residueSlides(plan),
    boilerplateSlides: plan.slides.filter((s) => s.kind !== 'sources' && slideTexts(s).some((t) => boilerplate(t.text).length > 0)).length,
    keyFigures: figures.length,
    genericFigureLabels: figures.filter((f) => isGenericFigureLabel(f.label)).length,
    tableChartSlides: plan.slides.filter((s) => /table|chart/i.test(s.kind)).length,
    codeSlides: plan.slides.filter((s) => s.kind === 'code').length,
    chartsMixingUnits: plan.slides.filter((s) => s.kind === 'chart' && chartMixesUnits(a, s)).length,
    traceableBullets: bullets.filter((b) => isTraceable(a, b)).length,
  }
}
