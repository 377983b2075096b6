/**
 * Slides made from the article's facts: attributed quotes and a cost comparison (the key
 * figure: ./key-figure.ts). Each keeps the source sentence in its notes.
 */
import { SPEECH_VERB, SPEECH_VERB_WORD } from '../analyze/attribution.ts'
import { countWords } from '../analyze/script.ts'
import type { Analysis, ComparisonSide, CostComparison, CostItem, CostSlide, MoneyFigure, Quote, QuoteSlide, Sentence, Span } from '../types.ts'
import { localeFor } from '../locales/index.ts'
import { GENERIC, periodOf } from '../analyze/series.ts'
import { capitalise, figureMeasure, rangeOf, speaksOfCost } from './figure-labels.ts'
import { PERIOD } from '../analyze/comparisons.ts'
import { sectionOf, sentenceNote, spanNote } from './notes.ts'
import { pointsBack } from '../analyze/stand-alone.ts'
import { quoteTitle } from './quote-title.ts'
import { escapeRegExp } from '../analyze/regex.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'

/** Right before a quotation: a verb of speech, or a colon or comma that opens it ("said “we are …”"). */
const SPOKEN_BEFORE = new RegExp(String.raw`(?:\b(?:${SPEECH_VERB})|[:,])\s*[“"«„]?\s*$`, 'iu')

/** The first of the article's last CLOSING_PARAGRAPHS paragraphs of prose: where a feature ends on its kicker. */
function closingParagraph(a: Analysis): number {
  const prose = a.paragraphs.map((p, i) => ({ i, kind: a.article.blocks[p.block]?.kind })).filter((p) => p.kind === 'paragraph' || p.kind === 'blockquote')
  return prose.at(-CLOSING_PARAGRAPHS)?.i ?? 0
}

/** Paragraphs at the article's end whose quotation closes the deck. */
const CLOSING_PARAGRAPHS = 2

/** Words a quotation needs for a slide of its own: a shorter one ("Flowers make me happy") is colour, said better in passing. */
const MIN_QUOTE_WORDS = 6
/** Words a block quotation has at most for a slide of its own: a longer passage is read from its points (quotes.ts blockQuotes). */
const MAX_BLOCK_QUOTE_WORDS = 60

/** Quote slides after one section at most. */
const QUOTES_PER_SECTION = 2

/** Attributed quotes worth a slide: the article's closing quotation first, then one per speaker, two per section at most, whole statements before reported speech, no quoted fragment. */
export function quoteSlides(a: Analysis, max: number): QuoteSlide[] {
  // a quoted fragment ("also aimed at …", "that they “far exceed the marginal cost …”") is part of a
  // sentence the slides carry: no slide of its own (a clause after "said" is a whole statement)
  const fragment = (q: Quote) => q.kind === 'direct' && /^\p{Ll}/u.test(q.text) && !SPOKEN_BEFORE.test(a.article.text.slice(Math.max(0, q.span.start - 40), q.span.start))
  const reported = (q: Quote): number => (q.kind === 'paraphrase' ? 1 : 0)
  // the article's closing words first, when a speaker says them ("It’s Seattle old school meets
  // Seattle new school"): the deck closes on them, where a presenter would
  const last = closingParagraph(a)
  const closing = (q: Quote): number => (q.kind === 'direct' && a.sentences[q.sentence]!.paragraph >= last ? 0 : 1)
  const candidates = a.quotes
    .filter((q) => q.speaker && !fragment(q) && countWords(q.text) >= MIN_QUOTE_WORDS && !(inBlockQuote(a, q.sentence) && countWords(q.text) > MAX_BLOCK_QUOTE_WORDS) && (q.kind === 'direct' || reportsAStatement(q, a.lang)))
    .sort((x, y) => closing(x) - closing(y) || reported(x) - reported(y) || x.span.start - y.span.start)
  const chosen: Quote[] = []
  // two quote slides after a section at most: a longer run of voices between two section slides reads as a transcript
  const section = (q: Quote) => sectionOf(a, a.sentences[q.sentence]!.start)
  const sectionFull = (q: Quote) => chosen.filter((c) => section(c) === section(q)).length >= QUOTES_PER_SECTION
  for (const q of candidates) {
    if (chosen.length < max && !sectionFull(q) && !chosen.some((c) => c.speaker === q.speaker)) chosen.push(q)
  }
  // room left: a second statement of a speaker, when it is a whole one (or reported, when the article quotes few);
  // not from the section of another of theirs, whose slide it would follow: two slides of one voice in a row
  const repeatable = (q: Quote) => !reported(q) || candidates.length <= max
  for (const q of candidates) {
    if (chosen.length < max && repeatable(q) && !chosen.includes(q) && !sectionFull(q) && !chosen.some((c) => c.sentence === q.sentence || (c.speaker === q.speaker && section(c) === section(q)))) chosen.push(q)
  }
  return chosen
    .sort((x, y) => x.span.start - y.span.start)
    .map((q) => {
      const whole = wholeQuotation(a, q)
      const end = whole.at(-1)!.span.end
      // every sentence the quotation runs over (a quotation may hold several)
      const sentences = a.sentences.flatMap((s, i) => (i >= q.sentence && s.start < end ? [i] : []))
      // (the sentence the title says is in the notes first: the slide says it, no bullet does)
      const { title, sentence: context } = quoteTitle(a, q)
      return {
        kind: 'quote',
        quoteKind: q.kind,
        title,
        // reported speech starts mid-sentence in the article ("the competitive dynamic …")
        text: q.kind === 'paraphrase' ? capitalise(q.text) : joinQuotation(a, whole),
        ...leadOf(a, q),
        ...(q.speaker ? { speaker: q.speaker } : {}),
        ...(q.role ? { role: q.role } : {}),
        ...(q.affiliation ? { affiliation: q.affiliation } : {}),
        span: { start: q.span.start, end },
        notes: [...(context === undefined ? [] : [context]), ...sentences].map((i) => sentenceNote(a, i)),
      } satisfies QuoteSlide
    })
}

/** Words a writer's lead-in to a quotation has at least and at most. */
const LEAD_WORDS = { min: 3, max: 25 }

/**
 * The writer's words before a direct quotation that goes on from them in lower case, as the
 * article writes them up to their comma ("When the country emerged from Taliban rule at the end
 * of 2001,"): what the quotation is said of. Not an attribution ("Ingrid Solberg … said"): the
 * caption names the speaker.
 */
function leadOf(a: Analysis, q: Quote): { lead?: string } {
  if (q.kind !== 'direct' || !/^\p{Ll}/u.test(q.text)) return {}
  const lead = a.article.text.slice(a.sentences[q.sentence]!.start, q.span.start).replace(/\s*[“"«„]\s*$/u, '')
  const words = countWords(lead)
  if (!lead.endsWith(',') || words < LEAD_WORDS.min || words > LEAD_WORDS.max || SPEECH_VERB_WORD.test(lead) || /["“”«»„]/u.test(lead)) return {}
  return { lead }
}

/**
 * Whether reported speech reads as the speaker's statement on a slide of its own: not the object
 * of the speaker's verb ("articulated the dichotomy between …": a noun phrase), not mixed with
 * quoted words ("… was “mere conjecture” and that, instead, he was …"), not opening on words
 * that point back, not a source's figures.
 */
function reportsAStatement(q: Quote, lang: string): boolean {
  return !q.object && !/["“”«»„]/u.test(q.text) && !pointsBack(q.text, lang) && !figuresOfASource(q.text)
}

/** Numbers reported speech gives at least to be a source's figures rather than a statement ("Dealers last year sold 303,417 new vehicles, up 4 percent …, according to InfoNation"). */
const SOURCE_FIGURES = 2

/** Whether reported speech is figures a source gave: a quote slide would credit a statistic as if someone said it. */
function figuresOfASource(text: string): boolean {
  return (text.match(/(?<![\p{L}\p{N}.,])\p{N}[\p{N},.]*/gu) ?? []).length >= SOURCE_FIGURES
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
    // (an unnamed part after words naming someone else is theirs: "… I guess.” Smith agreed: “It’s a different job …”")
    const sameVoice = r.speaker ? r.speaker === q.speaker : !namesAnother(a, q, { start: last.span.end, end: r.span.start })
    const adjacent = r.sentence - last.sentence <= 1 && a.sentences[r.sentence]!.paragraph === paragraph
    // (a part that opens in lower case in a sentence of its own goes on from the writer's words: "Abbas “has put aside efforts …”")
    // (nor one the writer's words lead into, not an attribution closed by its comma: "… calling the department out for what he said was a “lackadaisical response …”")
    const writers = /^\p{Ll}/u.test(r.text) && (r.sentence !== last.sentence || !/,\s*$/u.test(between))
    // (nor the title of a work the attribution names, "… recalled in “I'm Feeling Lucky.”": no words of the speaker's)
    if (WORK_BEFORE.test(between)) break
    if (!sameVoice || !adjacent || writers || countWords(between) > 16 || /[“"«„「『]\s*\S[^”"»“」』]*[”"»“」』]/u.test(between) || length + r.text.length > MAX_QUOTATION_CHARS) break
    parts.push(r)
    length += r.text.length + 2
  }
  return parts
}

/** Words that name a work in quotation marks after them: "recalled in", "wrote in", "the book", "titled". */
const WORK_BEFORE = /\b(?:in|from|titled|entitled|called|book|film|memoir|song|album|essay|novel|series|documentary)\s*$/iu

/** Whether a stretch of the article mentions a person other than the quotation's speaker. */
function namesAnother(a: Analysis, q: Quote, span: Span): boolean {
  return a.entities.some((e) => e.kind === 'person' && e.name !== q.speaker && e.mentions.some((m) => m.start >= span.start && m.end <= span.end))
}

/** The parts of one quotation as one text: a part the article closed with a comma before its attribution ends a sentence, or keeps its comma when the next goes on in lower case. */
function joinQuotation(a: Analysis, parts: readonly Quote[]): string {
  return parts
    .map((p, i) => {
      if (i === parts.length - 1 || /[.!?…]$/u.test(p.text)) return p.text
      // (its comma before the closing mark of a quotation inside it: "… they’d go ‘I love Singin’ in the Rain, but I hate musicals,’” Chazelle says.)
      const inner = /,(['’"”»]+)$/u.exec(p.text)
      if (inner) return /^\p{Ll}/u.test(parts[i + 1]!.text) ? p.text : `${p.text.slice(0, inner.index)}.${inner[1]}`
      // (its comma inside or after the closing mark: “…,” said X; "…", sagt X; or the dash that closes it: "… beneficjentów – zaznacza X")
      if (!/^\s*(?:["”“»«„'’]?\s*,|,?\s*[—–])/u.test(a.article.text.slice(p.span.end, p.span.end + 3))) return p.text
      return /^\p{Ll}/u.test(parts[i + 1]!.text) ? `${p.text},` : `${p.text}.`
    })
    .join(' ')
}

/**
 * A cost comparison from the article's stated contrast. Amounts without a stated contrast are
 * not set side by side here (a monthly price beside a market value): those of one kind and unit
 * become a chart (./chart-slides.ts).
 */
export function costSlide(a: Analysis): CostSlide | undefined {
  const comparison = a.comparisons[0]
  if (comparison) {
    const items = comparison.sides.slice(0, 6).map((side): CostItem => {
      // no note: the chart itself says the amount is not stated
      return side.amount ? moneyItem(costLabel(a, side, comparison.sides), side.amount) : { label: side.label, amount: null }
    })
    // (bars that are one amount's periods alone, "August" and "September", set no things apart: the amount's change is the bullets')
    // (nor a bar that names only the measure, "Cost" beside "Trump's estimate": what the amount is the cost of is unknown)
    const unnamed = (i: CostItem) => i.label === localeFor(a.lang).figures.cost || GENERIC.test(i.label) || ('source' in i && i.label === i.source)
    const dated = datedItems(a, comparison, items)
    if (items.length >= 2 && setsApart(items) && !items.every((i) => PERIOD.test(i.label)) && !items.some(unnamed)) {
      const caption = reasonOf(a, comparison)
      const shared = dated ?? sharedMeasure(items)
      const title = shared?.title ?? costTitle(a, comparison, items)
      return { kind: 'cost', title, items: shared?.items ?? items, ...(caption ? { caption } : {}), notes: [spanNote(a, comparison.span)] }
    }
  }
  return undefined
}

/**
 * The measure every label opens on, as the slide's title, and what each bar measures it of, as its
 * label: "Average price of a new truck or SUV" and "Average price for a new sedan" → "Average
 * price" over "New truck or SUV" and "New sedan".
 */
function sharedMeasure(items: readonly CostItem[]): { title: string; items: CostItem[] } | undefined {
  const split = items.map((i) => /^(.+?)\s+(?:of|for|in|on)\s+(?:(?:the|a|an)\s+)?(\S.*)$/iu.exec(i.label))
  const heads = new Set(split.map((m) => m?.[1]?.toLocaleLowerCase()))
  const [head] = heads
  if (heads.size !== 1 || head === undefined || split.some((m) => !m)) return undefined
  return { title: capitalise(split[0]![1]!), items: items.map((i, k) => ({ ...i, label: capitalise(split[k]![2]!) })) }
}

/** The period an amount is for, by the day it ended: "for the 13-week fiscal quarter ended November 2, 2024" → "quarter ended November 2, 2024". */
const ENDED =
  /^[^.;]{0,40}?\bfor the (?:[\p{L}\d-]+\s+){0,3}?(quarter|year|period|half|month|week)s? (?:ended|ending) ((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d)/u

/**
 * Two amounts of one measure ("Online sales" at $46.6 million, "net sales" at $46.1 million), each
 * said to be for a period that ended on another day: the same thing at two times, each bar labelled
 * with its period ("Online sales, quarter ended November 2, 2024").
 */
function datedItems(a: Analysis, comparison: CostComparison, items: readonly CostItem[]): { title: string; items: CostItem[] } | undefined {
  const [x, y] = items
  const last = (l: string) => l.toLocaleLowerCase().split(/\s+/u).at(-1)
  if (items.length !== 2 || !x || !y || last(x.label) !== last(y.label)) return undefined
  const ends = comparison.sides.map((s) => (s.amount ? ENDED.exec(a.article.text.slice(s.amount.span.end, s.amount.span.end + 120)) : null))
  if (ends.some((m) => !m) || ends[0]![2] === ends[1]![2]) return undefined
  return { title: x.label, items: items.map((item, i) => ({ ...item, label: `${item.label}, ${ends[i]![1]} ended ${ends[i]![2]}` })) }
}

/**
 * Whether the bars set two things apart: not one price written twice, under one label and at
 * about one amount ("a flat fee of $9.99" and "pay $10 to get everything": "fee" beside "Fee").
 * One thing at two amounts is a change ("The repairs cost $4 million, compared with $1 million
 * last year"); one thing beside itself sets nothing apart.
 */
function setsApart(items: readonly CostItem[]): boolean {
  const [x, y] = items
  if (items.length !== 2 || !x || !y) return true
  const same = x.label.trim().toLocaleLowerCase() === y.label.trim().toLocaleLowerCase()
  // (nor one thing beside itself without an amount: "Congressional Republicans", under $400K, beside "Congressional Republicans", not stated)
  if (typeof x.amount !== 'number' || typeof y.amount !== 'number') return !same
  return !same || Math.abs(x.amount - y.amount) > SAME_AMOUNT * Math.max(x.amount, y.amount)
}

/** Amounts this close (a share of the larger) are one amount written two ways ("$9.99", "$10"). */
const SAME_AMOUNT = 0.02

/**
 * Why the amounts are what they are, when the passage goes on to say it after them ("… increased
 * from our prior range of $30-37 billion as we continue to accelerate our infrastructure
 * investments to support our artificial intelligence (AI) roadmap"; the reason opens on one of the
 * locale's `because` words): the whole sentence, as the caption under the bars (the reason alone,
 * "As we continue to accelerate …", read as a fragment), when it is short enough.
 */
export function reasonOf(a: Analysis, comparison: CostComparison): string | undefined {
  const words = localeFor(a.lang).figures.because
  const after = Math.max(...comparison.sides.map((s) => s.amount?.span.end ?? s.span.end))
  if (words.length === 0 || !Number.isFinite(after)) return undefined
  const sentence = a.sentences.find((s) => s.start <= after && after <= s.end)
  if (!sentence) return undefined
  const rest = a.article.text.slice(after, sentence.end)
  const m = new RegExp(`(?:^|[\\s,;])((?:${words.map(escapeRegExp).join('|')})\\s[^.;!?]+)`, 'iu').exec(rest)
  const reason = m?.[1]?.trim()
  if (!reason || /[“”"«»]/u.test(reason) || countWords(sentence.text) > SLIDE_BUDGET.contextWords) return undefined
  return sentence.text.trim()
}

/** Words of the first amount's label that can stand as the slide's title. */
const MAX_COST_TITLE_WORDS = 8

/**
 * "What it cost" when the comparison speaks of a cost (one of the locale's verbs of costing:
 * "a training cost of $6 million"); else the amounts are not costs ("capital expenditures in
 * the range of $35–40 billion, updated from $30–37 billion"): the first one's label.
 */
function costTitle(a: Analysis, comparison: CostComparison, items: readonly CostItem[]): string {
  const t = localeFor(a.lang)
  const text = a.article.text.slice(comparison.span.start, comparison.span.end)
  const first = items[0]!.label
  // (a label made of another side's words and a period, "Pre-pandemic, 2022", names no amount)
  const named = countWords(first) <= MAX_COST_TITLE_WORDS && !/,\s*\S+$/u.test(first)
  return speaksOfCost(text, t.figures.costVerbs) || !named ? t.slide.whatItCost : first
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
  if (side.label !== m.text && !GENERIC.test(side.label)) return capitalise(side.label)
  // "capital expenditures will be in the range of $35-40 billion": what is in the range
  const ranged = GENERIC.test(side.label) ? rangeOf(a, m) : undefined
  if (ranged) return ranged
  // (a clause of its own names its own subject: "…, while Sony's console launched at $400" is not the One X)
  const own = ownSubject(a.article.text, a.sentences[m.sentence]!, m)
  if (own) return capitalise(own)
  const named = (o: ComparisonSide) => o !== side && o.label !== o.amount?.text && !GENERIC.test(o.label)
  const other = sides.find(named)?.label
  const s = a.sentences[m.sentence]!
  const period = periodOf(a.article.text, s, m, s.start)
  // (the other side's name alone, for an amount of another sentence, would set another thing under its name: "Trump's
  // estimate" at $4 billion and the F-35's $379 billion; in one sentence it is the same thing's change, "The repairs cost $4
  // million, compared with $1 million last year")
  const sameSentence = sides.some((o) => o !== side && o.amount?.sentence === m.sentence)
  if (other && (period || sameSentence)) return capitalise(period ? `${other}, ${period}` : other)
  return figureMeasure(a, m) ?? side.label
}

/**
 * The subject of the clause an amount closes when that clause follows a turn of its own
 * (", while Sony's console launched at $400", ", whereas the old boat cost $2 million"): a few
 * words before its verb of costing or launching.
 */
function ownSubject(text: string, s: Sentence, m: MoneyFigure): string | undefined {
  const before = text.slice(s.start, m.span.start)
  const turn = /(?:,\s+|\s)(?:while|whereas|but)\s+((?:[\p{L}\p{N}’'-]+\s+){1,4}?)(?:launched|costs?|sold|sells|was|is|were|started|priced|went)\s+(?:at\s+|for\s+)?(?:about\s+|around\s+|roughly\s+)?$/iu.exec(before)
  const subject = turn?.[1]?.trim()
  return subject && !/^(?:it|they|he|she|that|this|which)$/i.test(subject) ? subject : undefined
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

/** Whether a sentence is in a passage the page sets off as a quotation. */
export function inBlockQuote(a: Analysis, sentence: number): boolean {
  return a.article.blocks[a.paragraphs[a.sentences[sentence]!.paragraph]!.block]?.kind === 'blockquote'
}
