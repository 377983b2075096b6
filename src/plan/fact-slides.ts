/**
 * Slides made from the article's facts: attributed quotes, a cost comparison and a headline
 * figure. Each keeps the source sentence in its notes.
 */
import { compressSentence } from '../analyze/compress.ts'
import { countWords } from '../analyze/script.ts'
import type { Analysis, CostItem, CostSlide, Figure, KeyFigureSlide, MoneyFigure, Quote, QuoteSlide } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { formatFigure } from './format.ts'
import { sentenceNote, spanNote } from './notes.ts'

/** Attributed quotes worth a slide: one per speaker and statement, direct quotes first. */
export function quoteSlides(a: Analysis, max: number): QuoteSlide[] {
  const seen = new Set<string>()
  const candidates = a.quotes
    .filter((q) => q.speaker && countWords(q.text) >= 4)
    .sort((x, y) => Number(x.kind === 'paraphrase') - Number(y.kind === 'paraphrase') || x.span.start - y.span.start)
  const chosen: Quote[] = []
  for (const q of candidates) {
    const key = `${q.speaker}|${q.sentence}`
    if (seen.has(key) || chosen.length >= max) continue
    // one statement per speaker unless the article quotes few people
    if (chosen.some((c) => c.speaker === q.speaker) && candidates.length > max) continue
    seen.add(key)
    chosen.push(q)
  }
  return chosen
    .sort((x, y) => x.span.start - y.span.start)
    .map((q) => ({
      kind: 'quote',
      quoteKind: q.kind,
      title: q.speaker ? `${q.speaker}${q.affiliation ? `, ${q.affiliation}` : ''}` : localeFor(a.lang).slide.quote,
      // reported speech starts mid-sentence in the article ("the competitive dynamic …")
      text: q.kind === 'paraphrase' ? capitalise(q.text) : q.text,
      ...(q.speaker ? { speaker: q.speaker } : {}),
      ...(q.affiliation ? { affiliation: q.affiliation } : {}),
      span: q.span,
      notes: [sentenceNote(a, q.sentence)],
    }))
}

/** A cost comparison from the article's stated contrast, or from its money figures. */
export function costSlide(a: Analysis): CostSlide | undefined {
  const t = localeFor(a.lang).slide
  const comparison = a.comparisons[0]
  if (comparison) {
    const items = comparison.sides.slice(0, 6).map((side): CostItem => {
      // no note: the chart itself says the amount is not stated
      return side.amount ? moneyItem(side.label, side.amount) : { label: side.label, amount: null }
    })
    if (items.length >= 2) {
      return { kind: 'cost', title: t.whatItCost, items, caption: t.asStated, notes: [spanNote(a, comparison.span)] }
    }
  }
  const money = a.figures.filter((f): f is MoneyFigure => f.kind === 'money')
  const distinct = money.filter((m, i) => money.findIndex((n) => n.value === m.value && n.currency === m.currency) === i)
  if (distinct.length < 2) return undefined
  const items = distinct.slice(0, 6).map((m) => moneyItem(m.subject ?? m.text, m))
  return {
    kind: 'cost',
    title: t.theFigures,
    items,
    caption: t.amountsAsStated,
    notes: [...new Set(distinct.slice(0, 6).map((m) => m.sentence))].map((s) => sentenceNote(a, s)),
  }
}

function moneyItem(label: string, m: MoneyFigure): CostItem {
  return {
    label,
    amount: m.value,
    currency: m.currency,
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    source: m.text,
  }
}

/** The headline number: the first money figure, else the first percentage or count. */
export function keyFigureSlide(a: Analysis): KeyFigureSlide | undefined {
  const pick: Figure | undefined =
    a.figures.find((f) => f.kind === 'money') ?? a.figures.find((f) => f.kind === 'percent') ?? a.figures.find((f) => f.kind === 'count')
  if (!pick) return undefined
  const t = localeFor(a.lang).slide
  const label = pick.kind === 'money' ? pick.subject ?? t.amount : pick.kind === 'count' ? pick.noun ?? t.count : t.share
  return {
    kind: 'key-figure',
    title: t.keyFigure,
    value: formatFigure(pick, a.lang),
    label: capitalise(label),
    context: figureContext(a, pick),
    notes: [sentenceNote(a, pick.sentence)],
  }
}

/**
 * What the number is, in the article's words: its sentence compressed like a bullet when that
 * keeps the number, else the words around the number in its sentence.
 */
function figureContext(a: Analysis, f: Figure, around = 8): string {
  const s = a.sentences[f.sentence]!
  const compressed = compressSentence(s.text).text
  if (compressed.includes(f.text)) return compressed
  // the clause around the number: from the last clause mark before it to the first after it
  const clauseStart = Math.max(s.start, a.article.text.lastIndexOf(',', f.span.start) + 1, a.article.text.lastIndexOf(';', f.span.start) + 1)
  const rest = a.article.text.slice(f.span.end, s.end)
  const clauseEnd = f.span.end + (rest.search(/[,;:]/) < 0 ? rest.length : rest.search(/[,;:]/))
  const before = a.article.text.slice(clauseStart, f.span.start).split(/\s+/).filter(Boolean)
  const after = a.article.text.slice(f.span.end, clauseEnd).split(/\s+/).filter(Boolean)
  const text = [...before.slice(-around), f.text, ...after.slice(0, around)].join(' ').replace(/\s+([.!?])$/, '$1')
  const cutHead = before.length > around || clauseStart > s.start
  const cutTail = after.length > around || clauseEnd < s.end - 1
  return `${cutHead ? '…' : ''}${text}${cutTail ? '…' : ''}`
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1)
}
