/**
 * Figures: money amounts (see money.ts), percentages and counts ("3,000 engineers"),
 * each with the qualifier that precedes it ("under", "about", …) and, for money, the
 * thing it is the cost of, in the sentence's own words.
 * Years ("2024"), dates ("5 March"), times, phone-like and version numbers are not counts.
 */
import nlp from './nlp.ts'
import type { CountFigure, Figure, MoneyFigure, PercentFigure, Qualifier, Sentence, Span } from '../types.ts'
import { lexTags } from './entities.ts'
import { findMoney } from './money.ts'

/** Index of the sentence containing `offset` (else the closest one before it); -1 when none. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0
  let hi = sentences.length - 1
  let best = sentences.length > 0 ? 0 : -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sentences[mid]!.start <= offset) {
      best = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return best
}

const QUALIFIERS: [RegExp, Qualifier][] = [
  [/\bup to\s*$/i, 'up to'],
  [/\b(?:at least|no less than|a minimum of)\s*$/i, 'at least'],
  [/\b(?:under|less than|below|fewer than|lower than)\s*$/i, 'under'],
  [/\b(?:over|more than|above|exceeding|in excess of|upwards of|greater than|north of)\s*$/i, 'over'],
  [/(?:\b(?:about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|circa)|~)\s*$/i, 'about'],
]

/** The qualifier right before `start` and where it begins. */
export function qualifierBefore(text: string, start: number, floor: number): { qualifier?: Qualifier; start: number } {
  const before = text.slice(Math.max(floor, start - 30), start)
  for (const [re, q] of QUALIFIERS) {
    const m = re.exec(before)
    if (m) return { qualifier: q, start: start - before.length + m.index }
  }
  return { start }
}

/** How far (in characters) around a figure its sentence is read. */
const WINDOW = 160

const NOUNISH = new Set(['Noun', 'Singular', 'Plural', 'ProperNoun', 'Organization', 'Acronym', 'Uncountable', 'Possessive'])

/** The trailing run of nouns of a short phrase ("a remarkably low training cost" → "training cost"). */
function trailingNouns(phrase: string): string | undefined {
  const terms = (nlp(phrase).json() as { terms: { text: string; tags: string[]; post: string }[] }[]).flatMap((s) => s.terms)
  let i = terms.length
  while (i > 0 && terms[i - 1]!.tags.some((t) => NOUNISH.has(t)) && !terms[i - 1]!.tags.includes('Pronoun')) {
    i--
    if (i > 0 && /[,;:]/.test(terms[i - 1]!.post)) break
  }
  if (i === terms.length) return undefined
  const words = terms.slice(i).map((t) => t.text)
  // keep the phrase's own characters (apostrophes, spacing)
  const first = words[0]!
  const at = phrase.lastIndexOf(first, phrase.length - words.slice(1).join(' ').length)
  return at >= 0 ? phrase.slice(at).trim() : words.join(' ')
}

/** The leading adjective/noun run of a phrase, ending on a noun ("deal was signed" → "deal"). */
function leadingNouns(phrase: string): string | undefined {
  const terms = (nlp(phrase).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((s) => s.terms)
  let end = -1
  for (let i = 0; i < terms.length; i++) {
    const tags = terms[i]!.tags
    if (tags.some((t) => NOUNISH.has(t))) end = i
    else if (!tags.includes('Adjective')) break
  }
  if (end < 0) return undefined
  const words = terms.slice(0, end + 1).map((t) => t.text)
  const last = words[words.length - 1]!
  return phrase.slice(0, phrase.indexOf(last, phrase.indexOf(words[0]!)) + last.length)
}

/** A noun phrase of a measure that a verb of being gives an amount: "the average price of a new truck or SUV sold in October was". */
const MEASURE_IS = /(?:^|[,;:]\s+|\b(?:while|whereas|but)\s+)((?:the|its|their|his|her|our)\s+(?:[\p{L}\p{N}’'-]+\s+){1,14}?)(?:was|is|were|are|stood at|came to|averaged)\s*$/iu

/** A price's or a cost's noun phrase before "was" and the amount, up to a participle that says when or where it was paid, without its article (eight words at most). */
function copulaSubject(before: string): string | undefined {
  const np = MEASURE_IS.exec(before)?.[1]
  if (!np || !/\b(?:price|cost|value|bill|fee|salary|pay|wage|rent|budget|revenue|income|spending)s?\b/iu.test(np)) return undefined
  const phrase = np.replace(/\s+(?:sold|bought|paid|built|made|spent|listed|recorded|reported|charged)\b.*$/su, '').trim()
  const words = phrase.split(/\s+/u)
  return words.length >= 2 && words.length <= 9 ? words.slice(1).join(' ') : undefined
}

/** A time the amount is for, no thing it is the cost of: "the 13-week fiscal quarter ended …", "the prior year", "fiscal 2024". */
const PERIOD_PHRASE =
  /^(?:(?:the|this|that|its|each|every|a|an)\s+)?(?:(?:same|prior|previous|last|next|current|full|first|second|third|fourth|\d+[-\s](?:week|month|day|year))\s+)*(?:(?:fiscal|calendar|financial)\s+)?(?:(?:year|quarter|period|month|week|half|season|day|decade)s?\b|(?:19|20)\d\d\b)/iu

/** A changing measure's verb and its change, right before the amount it changed to: "increased 1.1 percent to". */
const CHANGED_TO =
  /\s+(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|slipped|shrank|improved)(?:\s+(?:by\s+)?[\d.,]+\s*(?:%|percent|per cent))?\s+to\s*$/iu

/**
 * The measure that changed to the amount, when the clause opens the sentence: "Online sales
 * increased 1.1 percent to $46.6 million" → "Online sales", and "Net sales for the 13-week fiscal
 * quarter ended November 2, 2024 decreased 3.2 percent to …" → "Net sales" (its period left out).
 */
function changedSubject(before: string, atSentenceStart: boolean): string | undefined {
  const m = CHANGED_TO.exec(before)
  if (!m || !atSentenceStart) return undefined
  const clause = before.slice(0, m.index).replace(/\s+(?:for|in|during|over)\s+(?:the\s+)?\S.*$/su, (x) => (PERIOD_PHRASE.test(x.trim().replace(/^\S+\s+/u, '')) ? '' : x))
  const words = clause.trim().split(/\s+/u)
  return words.length >= 1 && words.length <= 6 && /^\p{L}/u.test(clause.trim()) ? leadingNouns(clause.trim()) : undefined
}

/** What a money amount is the cost of, from its sentence; words of the sentence only. */
function moneySubject(text: string, sent: Span, span: Span, qualStart: number): string | undefined {
  // bounded windows keep this local: a 100k-character "sentence" must not make it quadratic
  const before = text.slice(Math.max(sent.start, qualStart - WINDOW), qualStart)
  const after = text.slice(span.end, Math.min(sent.end, span.end + WINDOW))
  // "Installation vessel day rates: up to $400,000" → the label before the colon
  const label = /^\s*((?:[\p{L}\p{N}’'-]+\s+){0,5}[\p{L}\p{N}’'-]+):\s*$/u.exec(before)
  if (label?.[1] && qualStart - before.length === sent.start) return label[1]
  const of = /((?:[\p{L}\p{N}’'-]+\s+){0,5}[\p{L}\p{N}’'-]+)\s+(?:of|at|worth)\s*$/u.exec(before)
  if (of?.[1]) {
    const n = trailingNouns(of[1])
    // (a verb's -ing form is no thing the amount is the price of: "Sterling was last trading at $1.2925")
    if (n && !/^\p{Ll}+ing$/u.test(n)) return n
  }
  const verb = /((?:[\p{L}\p{N}’'-]+\s+){0,4}[\p{L}\p{N}’'-]+)(?:\s+(?:can|could|will|would|may|might|should|must|did|does|do|to))?\s+(?:cost|costs|costing|was valued at|is valued at|valued at|totaled|totalled|amounted to|raised|reached)\s*$/u.exec(before)
  if (verb?.[1]) {
    const n = trailingNouns(verb[1])
    if (n) return n
  }
  const measured = copulaSubject(before)
  if (measured) return measured
  const changed = changedSubject(before, qualStart - before.length === sent.start)
  if (changed) return changed
  const compound = /\b(?:a|an|the|its|their)\s*$/i.test(before) && /^-?\s*((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u.exec(after)
  if (compound && compound[1]) {
    const n = leadingNouns(compound[1])
    if (n) return n
  }
  // (or a name of one to three capitalised words: "a $129.99 Premiere Edition")
  const named = /\b(?:a|an|the|its|their)\s*$/i.test(before) ? /^\s+((?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*)(?![\p{L}\p{N}])/u.exec(after) : null
  if (named?.[1]) return named[1]
  // "over €200,000 in assets", "$4 billion in new funding": what the amount is of, in lower case (not "in 2024", "in March", "in the US", "in total")
  const kind = /^\s+in\s+(?!(?:total|all|part|turn|order|addition|which|return|exchange|fact|recent|cash\s+and)\b)((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u.exec(after)
  if (kind?.[1] && !/^(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|each|every)\b/u.test(kind[1])) {
    const n = leadingNouns(kind[1])
    if (n) return n
  }
  const purpose = /^\s+(?:on|for)\s+((?:[\p{L}\p{N}’'-]+\s+){0,4}[\p{L}\p{N}’'-]+)/u.exec(after)
  // (not a count the amount buys, "for 2,443 aircraft": no name of a thing)
  if (purpose?.[1] && !/^\p{N}/u.test(purpose[1]) && !PERIOD_PHRASE.test(purpose[1]) && !/^(?:its|their|his|her|our|my|your|the|a|an|it|them|this|that)(?:\s+own)?$/i.test(purpose[1].split(/\s+(?:and|but)\s+/)[0]!) && !/^(?:its|their|his|her|our|my|your)\s+own\b/i.test(purpose[1]))
    // a connective that ends the 5-word window is cut too ("a support fund to" → "a support fund")
    return purpose[1].split(/\s+(?:and|but|while|which|that|as|in|to)(?:\s+|$)/)[0]
  return undefined
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
// (not the digits after a number and a space: "100 000 l." groups its thousands so, "000" counts nothing)
const COUNT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:#+$€£¥\-–])(?<!\d[ \u00a0\u202f])(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s(?<unit>thousand|million|billion|trillion))?(?![\p{L}\p{N}%]|[.,:/\-–]\d)\s+(?<noun>\p{Ll}[\p{Ll}-]*)(?:\s+(?<noun2>\p{Ll}[\p{Ll}-]*)(?:\s+(?<noun3>\p{Ll}[\p{Ll}-]*))?)?`,
  'gu',
)
const NOT_COUNT_NOUN =
  /^(?:of|and|or|to|in|on|at|by|for|from|with|the|a|an|is|are|was|were|something|odd|plus|more|less|fewer|percent|per|times|millions?|milliards?|billions?|thousands?|hundreds?|Millionen|Milliarden|millones|mille|am|pm|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|km|kg|mm|cm|miles?|metres?|meters?|feet|foot|inches?|pounds?|ounces?|degrees?|points?|bps|mph|kph|mpg)$/
const PERCENT = /(?<![\p{L}\p{N}.,])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?%|\s(?:percent|per cent|percentage points?|pct)(?![\p{L}]))/gu
const UNIT_MULT: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }

/** Characters already claimed by a figure (a bitmap keeps overlap checks O(span)). */
class Taken {
  private readonly bits: Uint8Array
  constructor(size: number) {
    this.bits = new Uint8Array(size)
  }
  has(s: Span): boolean {
    for (let i = s.start; i < s.end; i++) if (this.bits[i]) return true
    return false
  }
  add(s: Span): void {
    this.bits.fill(1, s.start, s.end)
  }
}

/** What each kind of figure needs: the text, its sentences and the characters already claimed. */
interface FigureScan {
  text: string
  taken: Taken
  /** The sentence holding an offset (its index and span; the whole text when there is none). */
  bounds(offset: number): { idx: number; span: Span }
}

export function extractFigures(text: string, sentences: Sentence[]): Figure[] {
  const scan: FigureScan = {
    text,
    taken: new Taken(text.length),
    bounds(offset) {
      const idx = sentenceAt(sentences, offset)
      const s = sentences[idx]
      return { idx: Math.max(idx, 0), span: s && offset < s.end ? s : { start: 0, end: text.length } }
    },
  }
  const figures = [...moneyFigures(scan), ...percentFigures(scan), ...countFigures(scan)]
  return joinRanges(text, figures.sort((a, b) => a.span.start - b.span.start))
}

function moneyFigures(scan: FigureScan): MoneyFigure[] {
  const { text, taken, bounds } = scan
  const around = (o: number): string => {
    const b = bounds(o).span
    return text.slice(Math.max(b.start, o - 2 * WINDOW), Math.min(b.end, o + 2 * WINDOW))
  }
  const figures: MoneyFigure[] = []
  for (const m of findMoney(text, around)) {
    const { idx, span: sent } = bounds(m.start)
    const q = qualifierBefore(text, m.start, sent.start)
    const fig: MoneyFigure = { kind: 'money', text: m.text, span: { start: m.start, end: m.end }, value: m.value, currency: m.currency, sentence: idx }
    if (m.unit) fig.unit = m.unit
    if (q.qualifier) fig.qualifier = q.qualifier
    const subject = moneySubject(text, sent, fig.span, q.start)
    if (subject) fig.subject = subject
    figures.push(fig)
    taken.add(fig.span)
  }
  return figures.filter((f, i) => !convertsTheOneBefore(text, figures[i - 1], f))
}

/**
 * An amount in brackets right after another in another currency: the same amount converted
 * ("1 million euros ($1.1 million)"), no amount of its own to chart or to set beside the other
 * (its span stays taken: no count is read from it either).
 */
function convertsTheOneBefore(text: string, before: MoneyFigure | undefined, f: MoneyFigure): boolean {
  return !!before && before.currency !== f.currency && /^\s*\(\s*(?:about|around|roughly|some|approximately|or|~)?\s*$/iu.test(text.slice(before.span.end, f.span.start)) && /^\s*\)/u.test(text.slice(f.span.end))
}

function percentFigures(scan: FigureScan): PercentFigure[] {
  const { text, taken, bounds } = scan
  const figures: PercentFigure[] = []
  for (const m of text.matchAll(PERCENT)) {
    const span = { start: m.index, end: m.index + m[0].length }
    if (taken.has(span)) continue
    const { idx, span: sent } = bounds(m.index)
    const q = qualifierBefore(text, m.index, sent.start)
    const fig: PercentFigure = { kind: 'percent', text: m[0], span, value: Number((m.groups?.num ?? '').replace(/,/g, '')), sentence: idx }
    if (q.qualifier) fig.qualifier = q.qualifier
    figures.push(fig)
    taken.add(span)
  }
  return figures
}

function countFigures(scan: FigureScan): CountFigure[] {
  const { text, taken, bounds } = scan
  const figures: CountFigure[] = []
  const statusCodes = statusCodesOf(text)
  for (const m of text.matchAll(COUNT)) {
    const g = m.groups ?? {}
    const num = g.num ?? ''
    const nounText = countNoun(text, m.index, num, g, statusCodes)
    if (nounText === undefined) continue
    const numEnd = m.index + num.length + (g.unit ? g.unit.length + 1 : 0)
    const span = { start: m.index, end: numEnd }
    if (taken.has(span)) continue
    const { idx, span: sent } = bounds(m.index)
    const q = qualifierBefore(text, m.index, sent.start)
    const value = Number(num.replace(/,/g, '')) * (g.unit ? (UNIT_MULT[g.unit] ?? 1) : 1)
    const fig: CountFigure = { kind: 'count', text: text.slice(span.start, span.end), span, value: Math.round(value * 1e6) / 1e6, noun: nounText, sentence: idx }
    const low = countRangeStart(text, span.start, sent.start)
    if (low && low.value < fig.value && !taken.has({ start: low.start, end: span.start })) {
      Object.assign(fig, { high: fig.value, value: low.value, span: { start: low.start, end: span.end }, text: text.slice(low.start, span.end) })
    }
    if (q.qualifier) fig.qualifier = q.qualifier
    figures.push(fig)
    taken.add(span)
  }
  return figures
}

/** A web server's status code, as the text names one somewhere ("404 responses", "500 errors", "404s", "404 template"). */
const HTTP_STATUS = /(?<![\p{L}\p{N}.,])([1-5]\d\d)(?:s\b|\s+(?:responses?|errors?|pages?|status|codes?|redirects?|templates?|handlers?|routes?)\b)/gu

/** The numbers the text uses as a web server's status codes: none of them counts anything there. */
function statusCodesOf(text: string): Set<string> {
  return new Set([...text.matchAll(HTTP_STATUS)].map((m) => m[1]!))
}

/** Words a sentence may open on before a count: "About 35 people", "Some 40 firms", "In 2 cases". */
const COUNT_OPENER = /^(?:about|around|nearly|almost|some|only|over|under|just|roughly|approximately|more|fewer|less|at|the|all|another|those|these|its|their|our|his|her|by|in|of|for|with|after|since|until|to|from|on|within|up|exactly|barely|perhaps|maybe|and|but|or|so|then|now|today|yesterday|those|each|every|both|when|while|as|if)$/iu

/** Tags of a word that is no noun (the lexicon lists many plural nouns as verbs: "engineers"; only clear non-nouns). */
const NOT_A_NOUN = /^(?:PastTense|Infinitive|Gerund|Adverb|Preposition|Determiner|Conjunction|Pronoun|Modal|Copula|Auxiliary)$/

/** Plural nouns written without an "s": "research staff", "local people", "armed police". */
const PLURAL_WITHOUT_S = /^(?:staff|people|personnel|police|children|men|women|cattle|clergy|crew|faculty|folk|youth)$/

/** What a number at `at` counts ("engineers", "data centres"), or undefined when it is no count: a year, a date, a version, a product name. */
function countNoun(text: string, at: number, num: string, g: Record<string, string | undefined>, statusCodes: ReadonlySet<string>): string | undefined {
  const noun = g.noun ?? ''
  if (NOT_COUNT_NOUN.test(noun)) return undefined
  if (/^\d{4}$/.test(num) && Number(num) >= 1000 && Number(num) < 3000) return undefined // a year
  if (num.includes('.') && !g.unit) return undefined // "3.5 stars", versions
  const before = text.slice(Math.max(0, at - 12), at)
  if (new RegExp(String.raw`\b${MONTH}\s*$`).test(before)) return undefined // "March 5 …"
  // (a capitalised word opening the sentence is a name too, "Electron 35 upgrades Chromium …", unless it is one of the small words a count opens on: "About 35 people")
  const opening = /(?:^|[.!?]\s+|\n)(\S+)\s$/u.exec(before)?.[1]
  if (/\p{Lu}[\p{L}\p{N}-]*\s$/u.test(before) && (!opening || !COUNT_OPENER.test(opening))) return undefined // "Windows 11", "GPT 4"
  // (a product's name written with a stop or a capital inside, "Node.js 26", "iOS 17", even opening the sentence)
  if (/(?:^|\s)(?:\p{L}+\.\p{L}+|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)\s$/u.test(before)) return undefined
  if (statusCodes.has(num)) return undefined // "404 responses", "this 404 stems from …": a status, no count
  const tags = lexTags(noun)
  // plural nouns are often listed as verbs ("engineers"); only clear non-nouns are rejected
  const noun2 = g.noun2
  // a participle before a plural noun qualifies it: "20 named storms"
  const participle = tags.includes('PastTense') && !!noun2 && lexTags(noun2).includes('Plural')
  // (and a word the lexicon knows as a verb is a noun before a plural one: "1,771 pull requests", "40 test cases")
  const compound = !!noun2 && tags.length === 1 && tags[0] === 'Infinitive' && /[^s]s$/.test(noun2) && !NOT_COUNT_NOUN.test(noun2)
  if (!participle && !compound && tags.some((t) => NOT_A_NOUN.test(t))) return undefined
  // (a noun before a plural noun names it, "67,000 research staff", "40 police officers", a plural without its "s" too)
  if (noun2 && !NOT_COUNT_NOUN.test(noun2) && (participle || compound || lexTags(noun).includes('Adjective') || (!/s$/.test(noun) && (/s$/.test(noun2) || PLURAL_WITHOUT_S.test(noun2))))) return `${noun} ${noun2}${headNoun(noun2, g.noun3)}`
  return tags.includes('Adjective') ? undefined : noun
}

/** The plural noun after two words that name no plural themselves, with its space: "263 daily news [organizations]"; else nothing. */
function headNoun(noun2: string, noun3: string | undefined): string {
  const plural = (w: string) => /s$/.test(w) || PLURAL_WITHOUT_S.test(w)
  // ("news" ends on an "s" and names no plural: "daily news organizations")
  const head = (w: string) => plural(w) && !lexTags(w).includes('Uncountable')
  return noun3 && !head(noun2) && head(noun3) && !NOT_COUNT_NOUN.test(noun3) && !lexTags(noun3).some((t) => NOT_A_NOUN.test(t)) ? ` ${noun3}` : ''
}

const COUNT_LOW = /(?:\b(between)\s+)?(\d{1,3}(?:,\d{3})+|\d+)\s*(to|and|-|–)\s*$/i

/** The lower end of a count range written before a count: "13 to 20 named storms", "between 3 and 5 hurricanes". */
function countRangeStart(text: string, at: number, floor: number): { start: number; value: number } | undefined {
  const before = text.slice(Math.max(floor, at - 40), at)
  const m = COUNT_LOW.exec(before)
  if (!m || (m[3]!.toLowerCase() === 'and' && !m[1]) || NOT_A_RANGE.test(before.slice(0, m.index))) return undefined
  if (/[\p{N}.,$€£¥]$/u.test(before.slice(0, m.index + (m[1] ? m[0].indexOf(m[2]!) : 0)))) return undefined
  return { start: at - before.length + m.index, value: Number(m[2]!.replace(/,/g, '')) }
}

/** "between X and Y", "X to Y", "X–Y": two figures of one kind and unit that bound one amount. */
const RANGE_GAP = /^\s*(?:and|to|-|–|—)\s*$/
const NOT_A_RANGE = /\b(?:from|by)\s+(?:about\s+|around\s+)?$/i

function sameUnit(x: Figure, y: Figure): boolean {
  if (x.kind !== y.kind) return false
  if (x.kind === 'money' && y.kind === 'money') return x.currency === y.currency
  return true
}

const SHARED_UNIT = /^[-–](\d+(?:\.\d+)?)\s?(thousand|million|billion|trillion|bn|mn|m|k)\b/

/** "$36.5-39 billion", "$3–4.5 million": the unit after the top applies to both ends. */
function sharedUnitRange(text: string, x: Figure): Figure | undefined {
  if (x.kind !== 'money' || x.unit) return undefined
  const m = SHARED_UNIT.exec(text.slice(x.span.end, x.span.end + 24))
  if (!m) return undefined
  const key = m[2]!.toLowerCase()
  const mult = UNIT_MULT[key] ?? ({ bn: 1e9, mn: 1e6, m: 1e6, k: 1e3 } as Record<string, number>)[key]!
  const high = Number(m[1]) * mult
  const value = x.value * mult
  if (!(high > value)) return undefined
  const end = x.span.end + m[0].length
  const unit = ({ thousand: 'thousand', k: 'thousand', million: 'million', mn: 'million', m: 'million', billion: 'billion', bn: 'billion', trillion: 'trillion' } as const)[key as 'k']
  return { ...x, value, high, unit, span: { start: x.span.start, end }, text: text.slice(x.span.start, end) }
}

/** Joins the two ends of each range into one figure (its `high` is the top); "from X to Y" is a change, not a range. */
export function joinRanges(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = []
  for (let i = 0; i < figures.length; i++) {
    const x = figures[i]!
    const shared = sharedUnitRange(text, x)
    if (shared) {
      out.push(shared)
      continue
    }
    const y = figures[i + 1]
    const gap = y ? text.slice(x.span.end, y.span.start) : ''
    const before = text.slice(Math.max(0, x.span.start - 30), x.span.start)
    const between = /\bbetween\s+$/i.test(before)
    if (y && sameUnit(x, y) && x.sentence === y.sentence && RANGE_GAP.test(gap) && (between || !/and/.test(gap)) && !NOT_A_RANGE.test(before) && y.value > x.value) {
      const start = between ? x.span.start - (before.length - before.search(/between\s+$/i)) : x.span.start
      out.push({ ...x, span: { start, end: y.span.end }, text: text.slice(start, y.span.end), high: y.value })
      i++
    } else out.push(x)
  }
  return out
}
