/**
 * Slides made from the article's facts: attributed quotes, a cost comparison and a headline
 * figure. Each keeps the source sentence in its notes.
 */
import { compressSentence } from '../analyze/compress.ts'
import nlp from '../analyze/nlp.ts'
import { countWords } from '../analyze/script.ts'
import type { Analysis, ComparisonSide, CostItem, CostSlide, Figure, KeyFigureSlide, MoneyFigure, Quote, QuoteSlide } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { figureLabel, GENERIC, isBaseline, leadLabel, periodOf } from '../analyze/series.ts'
import { formatFigure } from './format.ts'
import { sentenceNote, spanNote } from './notes.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'

/** Attributed quotes worth a slide: one per speaker first, whole statements before fragments and reported speech. */
export function quoteSlides(a: Analysis, max: number): QuoteSlide[] {
  // a quoted fragment ("also aimed at …") is part of a sentence the slides already carry
  const rank = (q: Quote): number => (q.kind === 'paraphrase' ? 2 : /^\p{Ll}/u.test(q.text) && !/[.!?…]$/.test(q.text.trim()) ? 1 : 0)
  const candidates = a.quotes.filter((q) => q.speaker && countWords(q.text) >= 4).sort((x, y) => rank(x) - rank(y) || x.span.start - y.span.start)
  const chosen: Quote[] = []
  for (const q of candidates) {
    if (chosen.length < max && !chosen.some((c) => c.speaker === q.speaker)) chosen.push(q)
  }
  // room left: a second statement of a speaker, when it is a whole one (or reported, when the article quotes few)
  const repeatable = (q: Quote) => rank(q) === 0 || (rank(q) === 2 && candidates.length <= max)
  for (const q of candidates) {
    if (chosen.length < max && repeatable(q) && !chosen.includes(q) && !chosen.some((c) => c.sentence === q.sentence)) chosen.push(q)
  }
  return chosen
    .sort((x, y) => x.span.start - y.span.start)
    .map((q) => {
      const whole = wholeQuotation(a, q)
      const end = whole.at(-1)!.span.end
      // every sentence the quotation runs over (a quotation may hold several)
      const sentences = a.sentences.flatMap((s, i) => (i >= q.sentence && s.start < end ? [i] : []))
      return {
        kind: 'quote',
        quoteKind: q.kind,
        title: q.speaker ? `${q.speaker}${q.affiliation ? `, ${q.affiliation}` : ''}` : localeFor(a.lang).slide.quote,
        // reported speech starts mid-sentence in the article ("the competitive dynamic …")
        text: q.kind === 'paraphrase' ? capitalise(q.text) : joinQuotation(a, whole),
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.affiliation ? { affiliation: q.affiliation } : {}),
        span: { start: q.span.start, end },
        notes: sentences.map((i) => sentenceNote(a, i)),
      } satisfies QuoteSlide
    })
}

/** How long a quotation a quote slide shows at a readable size (see quoteTier in src/visuals/quote-text.ts). */
const MAX_QUOTATION_CHARS = 400

/**
 * A direct quotation with the parts that continue it after its attribution ("“It’s been a good
 * start,” said X. “The new version …”"): each next quotation of the paragraph whose speaker is
 * the same or unnamed, with no more than the attribution between them, while the whole stays
 * within what a quote slide shows.
 */
export function wholeQuotation(a: Analysis, q: Quote): Quote[] {
  const parts = [q]
  if (q.kind !== 'direct') return parts
  const paragraph = a.sentences[q.sentence]!.paragraph
  let length = q.text.length
  for (const r of a.quotes.filter((r) => r.kind === 'direct' && r.span.start > q.span.end).sort((x, y) => x.span.start - y.span.start)) {
    const last = parts.at(-1)!
    // the attribution between the closing mark of one part and the opening mark of the next
    const between = a.article.text.slice(last.span.end, r.span.start).replace(/^[\s,.]*[”"»“」』]/u, '').replace(/[“"«„「『]\s*$/u, '')
    const sameVoice = !r.speaker || r.speaker === q.speaker
    const adjacent = r.sentence - last.sentence <= 1 && a.sentences[r.sentence]!.paragraph === paragraph
    if (!sameVoice || !adjacent || countWords(between) > 16 || /[“"«„「『]\s*\S[^”"»“」』]*[”"»“」』]/u.test(between) || length + r.text.length > MAX_QUOTATION_CHARS) break
    parts.push(r)
    length += r.text.length + 2
  }
  return parts
}

/** The parts of one quotation as one text: a part the article closed with a comma before its attribution ends a sentence. */
function joinQuotation(a: Analysis, parts: readonly Quote[]): string {
  return parts
    .map((p, i) => {
      if (i === parts.length - 1 || /[.!?…]$/u.test(p.text)) return p.text
      return /^\s*,/.test(a.article.text.slice(p.span.end, p.span.end + 2)) ? `${p.text}.` : p.text
    })
    .join(' ')
}

/**
 * A cost comparison from the article's stated contrast. Amounts without a stated contrast are
 * not set side by side here (a monthly price beside a market value): those of one kind and unit
 * become a chart (./chart-slides.ts).
 */
export function costSlide(a: Analysis): CostSlide | undefined {
  const t = localeFor(a.lang).slide
  const comparison = a.comparisons[0]
  if (comparison) {
    const items = comparison.sides.slice(0, 6).map((side): CostItem => {
      // no note: the chart itself says the amount is not stated
      return side.amount ? moneyItem(costLabel(a, side, comparison.sides), side.amount) : { label: side.label, amount: null }
    })
    if (items.length >= 2) {
      return { kind: 'cost', title: t.whatItCost, items, caption: t.asStated, notes: [spanNote(a, comparison.span)] }
    }
  }
  return undefined
}

/**
 * What an amount is the cost of: the side's words when they name it, else the owner and what the
 * amount is ("DeepSeek training cost" for "DeepSeek’s announcement of its new AI model …
 * training cost of $6 million"), else the other side's subject with this amount's period
 * ("Installation vessel day rates, 2021" for "about $180,000 in 2021").
 */
function costLabel(a: Analysis, side: ComparisonSide, sides: readonly ComparisonSide[]): string {
  const m = side.amount!
  if (m.subject && !GENERIC.test(m.subject) && !side.label.toLowerCase().includes(m.subject.toLowerCase())) {
    const owner = /\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*/u.exec(side.label)?.[0]
    return capitalise(owner && !m.subject.includes(owner) ? `${owner} ${m.subject}` : m.subject)
  }
  if (side.label !== m.text && !GENERIC.test(side.label)) return side.label
  // "capital expenditures will be in the range of $35-40 billion": what is in the range
  const ranged = GENERIC.test(side.label) ? rangeOf(a, m) : undefined
  if (ranged) return ranged
  const named = (o: ComparisonSide) => o !== side && o.label !== o.amount?.text && !GENERIC.test(o.label)
  const other = sides.find(named)?.label
  const s = a.sentences[m.sentence]!
  const period = periodOf(a.article.text, s, m, s.start)
  if (other) return capitalise(period ? `${other}, ${period}` : other)
  return figureMeasure(a, m) ?? side.label
}

/** What an amount "in the range of" or "between" measures: the noun phrase its clause says it of ("Full-year 2024 capital expenditures"). */
export function rangeOf(a: Analysis, f: Figure): string | undefined {
  if (a.lang !== 'en') return undefined
  const s = a.sentences[f.sentence]!
  const before = a.article.text.slice(Math.max(s.start, f.span.start - 200), f.span.start)
  const m = /([^,;:()]*?)\s+(?:will|would|to|should|could|may)?\s*(?:be|is|are|was|were|remain)\s+(?:(?:expected|forecast|projected|estimated)\s+to\s+be\s+)?(?:in\s+the\s+range\s+of|within\s+the\s+range\s+of|between)\s*$/i.exec(before)
  if (!m?.[1]) return undefined
  const np = (nlp(m[1]).nouns().out('array') as string[]).at(-1)?.replace(/^(?:our|its|their|the|his|her|a|an)\s+/i, '')
  return np && !GENERIC.test(np) && /\p{L}{3}/u.test(np) ? capitalise(np) : undefined
}

function moneyItem(label: string, m: MoneyFigure): CostItem {
  return {
    label,
    amount: m.value,
    currency: m.currency,
    // a range is shown as one ("$35–40 billion" is not $35 billion)
    ...(m.high !== undefined ? { high: m.high } : {}),
    ...(m.qualifier ? { qualifier: m.qualifier } : {}),
    source: m.text,
  }
}

/** How prominent a figure is: in the headline or summary, in the first paragraphs, repeated. */
function salience(a: Analysis, f: Figure): number {
  const digits = f.text.replace(/^between\s+/i, '').match(/[\d.,]+/)?.[0] ?? f.text
  const head = `${a.article.meta.title ?? a.title} ${a.article.meta.description ?? ''}`
  const paragraph = a.paragraphs.findIndex((p) => p.sentences.includes(f.sentence))
  const repeats = a.figures.filter((g) => g !== f && g.text === f.text && g.sentence !== f.sentence && !isBaseline(a.article.text, g, a.sentences[g.sentence]!.start)).length
  return (head.includes(digits) ? 5 : 0) + (paragraph >= 0 && paragraph < 2 ? 3 : paragraph < 4 ? 1 : 0) + Math.min(2, repeats) * 2 + (f.kind === 'money' ? 0.5 : 0) - paragraph * 0.01
}

/** What a figure measures, from its own clause ("Training cost", "Operating cash flow, 2024"); never a generic word. */
export function figureMeasure(a: Analysis, f: Figure): string | undefined {
  const s = a.sentences[f.sentence]!
  const text = a.article.text
  const words = localeFor(a.lang).figures
  const subject = f.kind === 'money' && f.subject && !GENERIC.test(f.subject) ? f.subject : undefined
  // the counted noun is found by English grammar ("12 engineers"): other languages do not name it that way
  const noun = f.kind === 'count' && f.noun && a.lang === 'en' && !isUnit(f.noun, words.units) ? f.noun : undefined
  // the noun phrases around the number are read by an English tagger: other languages keep only a list item's label
  const read = a.lang === 'en' ? figureLabel(text, s, f, s.start) : leadLabel(text, s, f)
  const cost = f.kind === 'money' && isCost(text.slice(s.start, f.span.start), words.costVerbs) ? words.cost : undefined
  const label = [subject, noun, read, cost].find((l) => l !== undefined && isLabel(l) && !isUnit(l, words.units))
  if (!label) return undefined
  const period = periodOf(text, s, f, s.start)
  return capitalise(period && !label.toLowerCase().includes(period.toLowerCase()) ? `${label}, ${period}` : label)
}

/**
 * A label names what was measured: not a dangling possessive ("Amazon's"), a cut word ("Regex-")
 * a row of a table that starts with its number ("956 Arkansas"), a command line or a stray letter.
 */
function isLabel(label: string): boolean {
  const l = label.trim()
  return (l.match(/\p{L}/gu)?.length ?? 0) >= 3 && /^[\p{L}\p{N}][\p{L}\p{N}\p{M}\s,'’&.()/-]*$/u.test(l) && !/^\d/.test(l) && !/['’]s?$|[-–—]$/u.test(l)
}

/** A unit of measure or time ("kilometres", "ans"): what was counted, not what it measures. */
function isUnit(noun: string, units: readonly string[]): boolean {
  const n = noun.trim().toLocaleLowerCase()
  return units.some((u) => u.toLocaleLowerCase() === n)
}

/** The words before an amount, in its sentence, say it is what something cost. */
function isCost(before: string, verbs: readonly string[]): boolean {
  const clause = before.split(/[;:]/).at(-1) ?? before
  return verbs.some((v) => new RegExp(`(?:^|[^\\p{L}])${v}(?:$|[^\\p{L}])`, 'iu').test(clause))
}

/** The most salient figure that no chart shows and whose clause says what it measures. */
export function keyFigureSlide(a: Analysis, charted: ReadonlySet<number> = new Set()): KeyFigureSlide | undefined {
  // a figure of a sentence that states something (a complete clause), not of a table's line or a label
  // (or an item of a list, which gives its label: "Cable hidden fees: $28 billion in 2019")
  const stated = new Set(a.sections.flatMap((s) => s.keyPoints.filter((k) => k.complete).map((k) => k.sentence)))
  const listed = (f: Figure) => leadLabel(a.article.text, a.sentences[f.sentence]!, f) !== undefined
  const ranked = a.figures
    .map((f, i) => ({ f, i, score: salience(a, f) }))
    .filter(({ f, i }) => !charted.has(i) && f.value !== 0 && (stated.has(f.sentence) || listed(f)) && !isBaseline(a.article.text, f, a.sentences[f.sentence]!.start))
    .sort((x, y) => y.score - x.score || x.f.span.start - y.f.span.start)
  for (const { f } of ranked) {
    const label = figureMeasure(a, f)
    if (!label) continue
    return {
      kind: 'key-figure',
      title: localeFor(a.lang).slide.keyFigure,
      value: formatFigure(f, a.lang),
      label,
      context: figureContext(a, f),
      notes: [sentenceNote(a, f.sentence)],
    }
  }
  return undefined
}

/**
 * What the number is, in the article's words: its sentence compressed like a bullet when that
 * keeps the number, else the words around the number in its sentence.
 */
function figureContext(a: Analysis, f: Figure, around = 8): string {
  const s = a.sentences[f.sentence]!
  // a complete clause holding the number, short if the sentence allows, else up to the whole sentence
  for (const budget of [SLIDE_BUDGET.bulletWords, SLIDE_BUDGET.contextWords]) {
    const compressed = compressSentence(s.text, budget)
    if (compressed.complete && compressed.text.includes(f.text)) return compressed.text
  }
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
