/**
 * Chart slides: one bar chart per number series of the analysis (figures of one kind and unit
 * in one passage), at most MAX_CHARTS a deck, those with most items first. Each bar is labelled
 * by what its number is about and shows the number as the article writes it.
 */
import { capitalFirstLetter } from '../analyze/capital.ts'
import type { Analysis, ChartItem, ChartSlide, FigureSeries, Sentence, Span } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { sectionAt, sentenceNote } from './notes.ts'
import { MAX_TITLE_WORDS } from '../analyze/titles.ts'
import { countWords } from '../analyze/script.ts'

export const MAX_CHARTS = 3
/** Words of the sentence that can stand as a chart's caption. */
const MAX_CAPTION_WORDS = 22

function item(a: Analysis, s: FigureSeries['items'][number]): ChartItem {
  const f = a.figures[s.figure]!
  const written = f.text.replace(/^between\s+/i, '')
  // a fall written without its sign ("a decrease of 10%") shows its sign beside its bar
  const text = s.value < 0 && !/^[-−–]/u.test(written) ? `−${written}` : written
  return f.high !== undefined ? { label: s.label, value: f.value, high: f.high, text } : { label: s.label, value: s.value, text }
}

export function chartSlide(a: Analysis, series: FigureSeries): ChartSlide {
  const sentences = [...new Set(series.items.map((i) => a.figures[i.figure]!.sentence))].sort((x, y) => x - y)
  const section = a.sections[Math.max(0, sectionAt(a, series.span.start))]
  const first = a.sentences[sentences[0]!]!
  const where = section?.title ?? localeFor(a.lang).slide.theFigures
  const caption = sentences.length === 1 && first.text.split(/\s+/).length <= MAX_CAPTION_WORDS ? first.text : where
  const items = series.items.map((i) => item(a, i))
  return {
    kind: 'chart',
    title: changeTitle(a, sentences, items) ?? askedTitle(a, sentences[0]! - 1) ?? itemsTitle(a.lang, series.items.map((i) => i.label)) ?? where,
    caption,
    unit: series.unit,
    items,
    notes: sentences.map((s) => sentenceNote(a, s)),
  }
}

/**
 * The question a list of answers answers, from the sentence right before the list's first one
 * ("We also asked how many dependencies users were using were 1.0 or above." → "How many
 * dependencies users were using were 1.0 or above"), when it is asked in a title's length.
 */
function askedTitle(a: Analysis, i: number): string | undefined {
  const before = a.sentences[i]
  if (!before || a.sentences[i + 1]!.paragraph - before.paragraph !== 1) return undefined
  const { openings, questionWords } = localeFor(a.lang).chart.asked
  const text = before.text.trim().replace(/[:.?]+$/u, '')
  const lower = text.toLocaleLowerCase(a.lang)
  const opening = openings.find((o) => lower.startsWith(`${o} `))
  if (!opening) return undefined
  const rest = text.slice(opening.length).trimStart()
  const word = questionWords.find((w) => rest.toLocaleLowerCase(a.lang).startsWith(`${w} `))
  if (!word || rest.split(/\s+/).length > MAX_TITLE_WORDS) return undefined
  return capitalFirstLetter(rest, a.lang)
}

/**
 * Bars that are all changes against the same thing, each sentence saying so ("…, an increase of
 * 27% year-over-year"): the chart is titled by what the bars measure and its largest change
 * ("Change year-over-year: Revenue up 27%"; the largest alone over six measures read as the
 * chart's only subject), or by what they measure alone when that is too long for a title.
 */
function changeTitle(a: Analysis, sentences: readonly number[], items: readonly ChartItem[]): string | undefined {
  const t = localeFor(a.lang).chart
  const texts = sentences.map((i) => a.sentences[i]!.text.toLocaleLowerCase(a.lang))
  const shared = t.comparisons.find((c) => texts.every((x) => x.includes(c.toLocaleLowerCase(a.lang))))
  if (!shared || sentences.length < 2) return undefined
  const largest = items.filter((i) => i.high === undefined).reduce<ChartItem | undefined>((m, i) => (!m || Math.abs(i.value) > Math.abs(m.value) ? i : m), undefined)
  const said = largest && t.changeTitle(shared, { label: largest.label, amount: largest.text.replace(/^[-−–+]\s*/u, ''), fell: largest.value < 0 })
  return said && countWords(said) <= MAX_TITLE_WORDS ? said : t.changeTitle(shared)
}

/** Longer than this (characters), a list of the bars' labels is cut to its first two and "N more". */
const MAX_TITLE = 60

/**
 * What the chart shows, named by its bars: "Shortage of skilled technicians, Financing, and
 * Permitting"; "Revenue, Ad impressions, and 4 more" for a longer list. Its section's slide
 * already bears the section's title.
 */
function itemsTitle(lang: string, labels: readonly string[]): string | undefined {
  if (labels.length === 0) return undefined
  const list = (xs: readonly string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(xs)
  const all = list(labels)
  if (all.length <= MAX_TITLE || labels.length <= 2) return all
  return list([...labels.slice(0, 2), localeFor(lang).slide.moreItems(labels.length - 2)])
}

/**
 * The sentences a chart says all of, which no bullet says again: each bar's sentence that gives
 * no figure but its bar's ("6.7% indicated “Most”", "Ad impressions … increased by 20%
 * year-over-year"), and the question the chart's title asks.
 */
export function chartedSentences(a: Analysis, series: FigureSeries): number[] {
  const charted = new Set(series.items.map((i) => i.figure))
  const sentences = [...new Set(series.items.map((i) => a.figures[i.figure]!.sentence))].sort((x, y) => x - y)
  // (not one that gives another number, figure or not: "DAP was 3.24 billion …, an increase of 7%")
  const spans = series.items.map((i) => a.figures[i.figure]!.span)
  const whole = sentences.filter((s) => !numberOutside(a.sentences[s]!, spans) && a.figures.every((f, i) => f.sentence !== s || charted.has(i)))
  const first = sentences[0]!
  return askedTitle(a, first - 1) ? [first - 1, ...whole] : whole
}

/** Whether a sentence gives a number outside `spans` (its figures), other than a year: "as of March 31", "69,329". */
export function numberOutside(sentence: Sentence, spans: readonly Span[]): boolean {
  const { text, start } = sentence
  return [...text.matchAll(/\p{N}[\p{N}.,]*/gu)].some((m) => !spans.some((sp) => start + m.index >= sp.start && start + m.index < sp.end) && !/^(?:19|20)\d\d$/.test(m[0]))
}

/** The series that get a chart: most items first, at most MAX_CHARTS. */
export function chartSeries(a: Analysis): FigureSeries[] {
  return [...a.series].sort((x, y) => y.items.length - x.items.length || x.span.start - y.span.start).slice(0, MAX_CHARTS)
}
