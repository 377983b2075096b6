/**
 * Cost comparisons: a money figure set against a counterpart in the same passage (its
 * sentence and the next one). The counterpart is another money figure when a comparison
 * marker is present ("$6 million versus $100 million"), or a phrase with no stated amount
 * ("the contrast between A and B", "compared with A", "a fraction of A", "while A spent").
 * Labels are taken verbatim from the text (≤ 8 words); `label === text.slice(span)`.
 */
import type { ComparisonSide, CostComparison, Figure, MoneyFigure, Sentence, Span } from '../types.ts'

const MAX_LABEL_WORDS = 8
const MARKER = /\b(?:by comparison|in comparison|versus|vs\.?|compared (?:with|to)|as opposed to|in contrast|contrast(?:s|ed)? (?:with|between)|whereas|while|a fraction of|against|unlike)\b/i

/** Trim a phrase at [start,end) to a label: no leading article, no trailing punctuation, ≤ 8 words. */
function labelAt(text: string, start: number, end: number): ComparisonSide | undefined {
  let s = start
  let e = end
  const lead = /^\s*(?:(?:the|a|an)\s+)?/i.exec(text.slice(s, e))
  s += lead?.[0].length ?? 0
  const words = [...text.slice(s, e).matchAll(/\S+/g)]
  if (words.length === 0) return undefined
  if (words.length > MAX_LABEL_WORDS) e = s + words[MAX_LABEL_WORDS - 1]!.index + words[MAX_LABEL_WORDS - 1]![0].length
  while (e > s && /[\s,.;:!?)"”]/.test(text[e - 1]!)) e--
  if (e <= s) return undefined
  return { label: text.slice(s, e), span: { start: s, end: e } }
}

/** Capitalised words of a phrase ("DeepSeek’s new AI model" → DeepSeek): who the amount belongs to. */
const ownerWords = (phrase: string): Set<string> =>
  new Set([...phrase.matchAll(/\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*/gu)].map((m) => m[0]))

/** The money side's label: the noun phrase the amount's clause hangs on, else its subject, else the amount. */
function moneySide(text: string, sent: Span, f: MoneyFigure): ComparisonSide {
  const headStart = Math.max(sent.start, f.span.start - 300)
  const head = text.slice(headStart, f.span.start)
  const atSentenceStart = headStart === sent.start
  // "X’s new model, produced with a training cost of $6 million, …" → "X’s new model"
  const np = /^((?:[\p{L}\p{N}’'-]+\s+){0,7}[\p{L}\p{N}’'-]+),\s+(?:produced|built|trained|developed|made|created|designed|launched|released|costing|funded|with)\b[^,;]*$/u.exec(head)
  if (atSentenceStart && np?.[1] && /\p{Lu}/u.test(np[1]) && ownerWords(np[1]).size > 0) {
    const side = labelAt(text, sent.start, sent.start + np[1].length)
    if (side) return { ...side, amount: f }
  }
  if (f.subject) {
    const at = head.lastIndexOf(f.subject)
    const after = text.slice(f.span.end, Math.min(sent.end, f.span.end + 300)).indexOf(f.subject)
    const start = at >= 0 ? headStart + at : after >= 0 ? f.span.end + after : -1
    if (start >= 0) return { label: f.subject, span: { start, end: start + f.subject.length }, amount: f }
  }
  return { label: f.text, span: f.span, amount: f }
}

/** A counterpart phrase without an amount in `passage` (absolute offset `base`). */
function qualitative(text: string, base: number, passage: string, owner: Set<string>, skip: Span): ComparisonSide | undefined {
  const outside = (s: number, e: number): boolean => e <= skip.start - base || s >= skip.end - base
  const between = /contrast (?:between|of)\s+(.+?)\s+and\s+((?:the|a|an|its|their)\s+)?(.+?)(?=[,.;:!?]|$)/iu.exec(passage)
  if (between) {
    const aStart = between.index + between[0].indexOf(between[1]!)
    const aEnd = aStart + between[1]!.length
    const bEnd = between.index + between[0].length
    const bStart = bEnd - between[3]!.length
    const bOwned = [...owner].some((w) => between[3]!.includes(w))
    const aOwned = [...owner].some((w) => between[1]!.includes(w))
    const [s, e] = bOwned || !aOwned ? [aStart, aEnd] : [bStart, bEnd]
    if (outside(s, e)) return labelAt(text, base + s, base + e)
  }
  const patterns = [
    /\b(?:compared (?:with|to)|versus|vs\.?|as opposed to|in contrast to|unlike|a fraction of)\s+(.+?)(?=[,.;:!?]|$)/iu,
    /\b(?:while|whereas)\s+((?:[\p{L}\p{N}’'-]+\s+){0,6}?)(?:spent|spends|spend|invested|invests|poured|pours|paid|pays|raised|burned|burns)\b/iu,
  ]
  for (const re of patterns) {
    const m = re.exec(passage)
    if (!m?.[1]) continue
    const s = m.index + m[0].indexOf(m[1])
    const e = s + m[1].length
    if (!outside(s, e) || [...owner].some((w) => m[1]!.includes(w))) continue
    const side = labelAt(text, base + s, base + e)
    // (nor a time: "Compared with FY 2021, outlays decreased …" is one thing's change, no other thing's cost; nor a rate cut
    // at its decimal point, "versus the greenback at 108[.55 per dollar]")
    if (side && /\p{L}/u.test(side.label) && !PERIOD.test(side.label) && !/\d$/u.test(side.label)) return side
  }
  return undefined
}

/** A period alone: "FY 2021", "2019", "the first quarter", "last year", "a year earlier", "May". */
export const PERIOD = /^(?:(?:the\s+)?(?:same\s+)?(?:FY|fiscal(?:\s+year)?|calendar\s+year|Q[1-4]|H[12]|(?:first|second|third|fourth)\s+(?:quarter|half)|quarter|period|month|year|week)(?:\s+(?:of\s+)?\d{2,4})?|(?:(?:last|previous|prior|a|the)\s+)?(?:year|quarter|month|week)(?:\s+(?:earlier|before|ago))?|\d{4}(?:\s*[-–]\s*\d{2,4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?)$/iu

/** After an amount: it is a difference ("$3 billion less compared to pre-pandemic"), no side's cost (nor one CHANGE_BEFORE says changed by it). */
const DIFFERENCE = /^\s*(?:less|more|lower|higher|fewer|cheaper|above|below)\b/i

/** Before an amount: a change by that much ("outlays decreased $550 billion", "rose by $2 billion", "up $40 million"), no side's cost. */
const CHANGE_BEFORE = /\b(?:increased|decreased|rose|fell|grew|declined|dropped|climbed|jumped|slipped|shrank|up|down)(?:\s+by)?(?:\s+(?:about|nearly|almost|more than|over|some|roughly|around))?\s*$/i

export function findComparisons(text: string, sentences: Sentence[], figures: Figure[]): CostComparison[] {
  const money = figures.filter((f): f is MoneyFigure => f.kind === 'money' && !DIFFERENCE.test(text.slice(f.span.end, f.span.end + 12)) && !CHANGE_BEFORE.test(text.slice(Math.max(0, f.span.start - 40), f.span.start)))
  const used = new Set<MoneyFigure>()
  const out: CostComparison[] = []
  let lo = 0
  for (const f of money) {
    if (used.has(f)) continue
    const sent = sentences[f.sentence]
    if (!sent) continue
    const after = sentences[f.sentence + 1]
    // the passage never crosses a paragraph (a list item is not compared with the next paragraph)
    const next = after && after.paragraph === sent.paragraph ? after : undefined
    const passageEnd = next ? next.end : sent.end
    // read at most a few hundred characters around the amount (linear on huge sentences)
    const from = Math.max(sent.start, f.span.start - 300)
    const to = Math.min(passageEnd, f.span.end + 600)
    const passage = text.slice(from, to)
    if (!MARKER.test(passage)) continue
    const first = moneySide(text, sent, f)
    // another amount in the passage
    // money is in text order: only the amounts inside this passage are looked at (linear overall)
    while (lo < money.length && money[lo]!.span.start < from) lo++
    let other: MoneyFigure | undefined
    for (let j = lo; j < money.length && money[j]!.span.start < to; j++) {
      const g = money[j]!
      if (g !== f && !used.has(g) && g.span.start >= from && g.span.end <= to) {
        other = g
        break
      }
    }
    let second: ComparisonSide | undefined
    if (other) {
      const gs = sentences[other.sentence] ?? sent
      second = moneySide(text, gs, other)
      if (second.label === first.label) second = { label: other.text, span: other.span, amount: other }
    } else second = qualitative(text, from, passage, ownerWords(first.label), f.span)
    if (!second) continue
    used.add(f)
    if (second.amount) used.add(second.amount)
    const lastSentence = Math.max(sent.end, second.span.end > sent.end && next ? next.end : sent.end)
    out.push({ sides: [first, second], span: { start: sent.start, end: lastSentence } })
  }
  return out
}
