/**
 * The key figure slide: one of the article's central facts as a big number, labelled by what it
 * measures (./figure-labels.ts), with the words that make it understood without the article.
 *
 * A key figure is a figure of a sentence that states something (not a table's line, a heading
 * or a code block), in the headline, the lead or the most central sentences; never the part of
 * a whole ("17 foreigners" of "19 people, including 17 foreigners"; one party's votes of a
 * vote, "10 socialistes (sur 288), 35 UMP (sur 198), …"), a code or an identifier ("a 412
 * response code").
 */
import { compressSentence } from '../analyze/compress.ts'
import { datelineSpan } from '../analyze/dateline.ts'
import { countWords } from '../analyze/script.ts'
import { isBaseline, leadLabel } from '../analyze/series.ts'
import { localeFor } from '../locales/index.ts'
import { SLIDE_BUDGET } from '../slide-budget.ts'
import type { Analysis, Figure, KeyFigureSlide } from '../types.ts'
import { figureMeasure } from './figure-labels.ts'
import { formatFigure } from './format.ts'
import { sentenceNote } from './notes.ts'

/**
 * The most salient figure that no chart shows, that is no part of another, and whose clause says
 * what it measures; none when a table of the deck shows that figure's measure already (`tabled`:
 * the labels of its shown rows and columns: "Revenue", "Alignment (bytes)").
 */
export function keyFigureSlide(a: Analysis, charted: ReadonlySet<number> = new Set(), tabled: readonly string[] = []): KeyFigureSlide | undefined {
  const cost = localeFor(a.lang).figures.cost
  // labels are read (by the tagger) for the most salient figures only; a bare "Cost" says less than a named measure
  const labelled = keyFigureCandidates(a, charted)
    .slice(0, LABELLED)
    .map((c) => ({ ...c, label: figureMeasure(a, c.f) }))
    .map((c) => ({ ...c, score: c.score - (c.label === cost ? 1 : 0) }))
    .sort((x, y) => y.score - x.score || x.f.span.start - y.f.span.start)
  for (const { f, label } of labelled) {
    if (!label) continue
    // (the article's central figure is in a table already: no lesser figure takes its place)
    if (tabled.some((t) => sameMeasure(label, t, a.lang))) return undefined
    const context = figureContext(a, f)
    // (nor one whose sentence only a cut of its words can say on the slide: "…cheapest programmable logic device … in…")
    if (context === undefined) continue
    return {
      kind: 'key-figure',
      title: localeFor(a.lang).slide.keyFigure,
      value: [formatFigure(f, a.lang), unitOf(a, f)].filter(Boolean).join(' '),
      label,
      context,
      notes: [sentenceNote(a, f.sentence)],
    }
  }
  return undefined
}

/**
 * Whether a key figure's label names the measure of a table's row or column: the same words
 * ("Revenue" and "Revenue"), or the words it opens on, before a unit in brackets or more words
 * ("Alignment" and "Alignment (bytes)"). The label's time after a comma ("Revenue, 2024") is left out.
 */
export function sameMeasure(label: string, tableLabel: string, lang: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase(lang).replace(/[:：]\s*$/u, '').replace(/\s+/gu, ' ').trim()
  const measure = norm(label.split(/,\s/u)[0]!)
  const head = norm(tableLabel)
  return measure !== '' && (head === measure || (head.startsWith(measure) && /^[\s(（]/u.test(head.slice(measure.length))))
}

/** The smallest count a key figure shows. */
const MIN_COUNT = 10

/** A sentence opening on what the one before named ("These fees …", "Ces frais …"): a demonstrative of its language, then a word. */
function opensOnDemonstrative(text: string, lang: string): boolean {
  const [first = '', second] = text.trim().toLocaleLowerCase(lang).split(/\s+/)
  return !!second && localeFor(lang).speech.demonstratives.includes(first)
}

/** How many of the most salient figures are labelled to choose the key figure from. */
const LABELLED = 12

/** The figures that may be the key figure, most salient first, with their salience. */
export function keyFigureCandidates(a: Analysis, charted: ReadonlySet<number> = new Set()): { f: Figure; i: number; score: number }[] {
  const stated = statingSentences(a)
  const complete = new Set(a.sections.flatMap((s) => s.keyPoints.filter((k) => k.complete).map((k) => k.sentence)))
  const listed = (f: Figure) => leadLabel(a.article.text, a.sentences[f.sentence]!, f) !== undefined
  const gist = gistRanks(a)
  return a.figures
    // a sentence a bullet can say whole states its figure more plainly than a long one
    .map((f, i) => ({ f, i, score: salience(a, f, gist) + (complete.has(f.sentence) ? 1 : 0) }))
    // (one that points back, "These fees cost consumers more than $24 billion", does not say what it counts)
    // (a count of a few, "one of 5 discrete options", is no figure to show big)
    .filter(({ f, i }) => !charted.has(i) && f.value !== 0 && !(f.kind === 'count' && f.value < MIN_COUNT) && !opensOnDemonstrative(a.sentences[f.sentence]!.text, a.lang) && inProse(a, f) && (stated.has(f.sentence) || listed(f)) && !isBaseline(a.article.text, f, a.sentences[f.sentence]!.start))
    .filter(({ f }) => !isPart(a, f) && !isIdentifier(a, f) && !isEarlier(a, f) && !(a.lang === 'en' && DENIED.test(a.sentences[f.sentence]!.text)))
    .sort((x, y) => y.score - x.score || x.f.span.start - y.f.span.start)
}

/** A sentence that denies what it holds ("No one I know thinks Trump is legally responsible for the deaths of 11 people"): its figure is no fact to show big. */
const DENIED = /^\s*(?:no one|nobody|none of|neither|it is not true that|it isn['’]t true that)\b/iu

/**
 * Sentences that state something: a key point that reads as a complete clause, or (in any
 * language, where no bullet-length clause is made) a whole sentence of six words or more.
 */
function statingSentences(a: Analysis): Set<number> {
  const out = new Set<number>()
  for (const k of a.sections.flatMap((s) => s.keyPoints)) {
    const text = a.sentences[k.sentence]!.text.trim()
    if (k.complete || (/[.!?。！？]["”’»)]?$/u.test(text) && countWords(text) >= 6)) out.add(k.sentence)
  }
  return out
}

/** The figure lies in its sentence's words: a number of a code block or a heading has no sentence of its own. */
function inProse(a: Analysis, f: Figure): boolean {
  const s = a.sentences[f.sentence]
  return !!s && f.span.start >= s.start && f.span.end <= s.end
}

/** Each sentence's rank by closeness to the whole article's words, from 1 (the gist) down to 0. */
function gistRanks(a: Analysis): Map<number, number> {
  const points = a.sections.flatMap((s) => s.keyPoints).sort((x, y) => y.gist - x.gist || x.sentence - y.sentence)
  return new Map(points.map((k, i) => [k.sentence, points.length > 1 ? 1 - i / (points.length - 1) : 1]))
}

/** How prominent a figure is: in the headline or summary, in the lead, in the article's most central sentences, repeated. */
function salience(a: Analysis, f: Figure, gist: ReadonlyMap<number, number>): number {
  const digits = f.text.replace(/^between\s+/i, '').match(/\d[\d.,]*/)?.[0]?.replace(/[.,]$/, '') ?? f.text
  const head = `${a.article.meta.title ?? a.title} ${a.article.meta.description ?? ''}`
  const inHead = new RegExp(`(?<![\\d.,])${digits.replace(/[.,]/g, '[.,]')}(?![\\d]|[.,]\\d)`).test(head)
  const paragraph = a.sentences[f.sentence]!.paragraph
  const repeats = a.figures.filter((g) => g !== f && g.text === f.text && g.sentence !== f.sentence && !isBaseline(a.article.text, g, a.sentences[g.sentence]!.start)).length
  // the lead's first sentences first
  const nth = a.paragraphs[paragraph]?.sentences.indexOf(f.sentence) ?? 0
  const lead = paragraph < 2 ? Math.max(1.5, 3 - 0.5 * nth) : paragraph < 4 ? 1 : 0
  return (inHead ? 5 : 0) + lead + 2 * (gist.get(f.sentence) ?? 0) + Math.min(2, repeats) * 2 + (f.kind === 'money' ? 0.5 : 0) - paragraph * 0.01
}

/**
 * A part of a whole the article gives: a count after "including" ("19 people, including 17
 * foreigners"), a count with its whole in brackets ("10 députés socialistes (sur 288)"), or an
 * item of a breakdown (three figures of a kind or more, listed with commas, the last after "and", in one sentence).
 */
function isPart(a: Analysis, f: Figure): boolean {
  const text = a.article.text
  const s = a.sentences[f.sentence]!
  const words = localeFor(a.lang).figures
  const clause = text.slice(Math.max(s.start, f.span.start - 60), f.span.start).split(/[;:(]|,(?!\d)/).at(-1) ?? ''
  const among = new RegExp(`(?:^|[^\\p{L}])(?:${words.among.join('|')})\\s+(?:(?:\\p{L}+\\s+){0,2})?$`, 'iu')
  const outOf = new RegExp(`^[^()\\d]{0,40}\\(\\s*(?:${words.outOf.join('|')})\\s+\\d`, 'iu')
  if (among.test(clause) || outOf.test(text.slice(f.span.end, Math.min(s.end, f.span.end + 60)))) return true
  const peers = a.figures.filter((g) => g.sentence === f.sentence && g.kind === f.kind)
  // (the last item after "and": "its $19 billion acquisition of WhatsApp, its $1 billion buyout of Instagram and the $3 billion deal …")
  const joined = (gap: string, last: boolean) => /[,;]/.test(gap) || (last && a.lang === 'en' && /\b(?:and|or)\b/.test(gap))
  const listed = peers.slice(1).filter((g, i) => joined(text.slice(peers[i]!.span.end, g.span.start), i === peers.length - 2) && g.span.start - peers[i]!.span.end <= 60)
  return peers.length >= 3 && listed.length >= 2
}

/** A count of a unit ("16 bytes", "27 kilomètres") is a measure: its value is shown with the unit, as the article writes it. */
function unitOf(a: Analysis, f: Figure): string | undefined {
  const units = localeFor(a.lang).figures.units.map((u) => u.toLocaleLowerCase())
  const unit = f.kind === 'count' ? f.noun?.split(/\s+/)[0] : undefined
  return unit && units.includes(unit.toLocaleLowerCase()) ? unit : undefined
}

/** The earlier value a sentence compares with ("If we compare this to the 2018 survey – where 75% …"). */
function isEarlier(a: Analysis, f: Figure): boolean {
  if (a.lang !== 'en') return false
  const s = a.sentences[f.sentence]!
  return /\b(?:compare[sd]?|comparing|previous|prior|a year earlier|last year['’]s)\b[^.;:]{0,60}$/i.test(a.article.text.slice(Math.max(s.start, f.span.start - 80), f.span.start))
}

/** A number that names rather than counts: "a 412 response code", "port 8080", "version 3", "Figure 10". */
function isIdentifier(a: Analysis, f: Figure): boolean {
  if (f.kind !== 'count') return false
  const text = a.article.text
  const after = text.slice(f.span.end, f.span.end + 40)
  const before = text.slice(Math.max(0, f.span.start - 12), f.span.start)
  // "a 304 response": one thing numbered, not 304 of them
  const one = f.value > 1 && /\b(?:a|an)\s+$/i.test(before) && !!f.noun && !/s$/.test(f.noun.split(/\s+/).at(-1)!)
  return one || /^\s+(?:[\p{L}-]+\s+)?(?:codes?|numbers?|ports?|versions?|ids?|chapters?|sections?|pages?|lines?|steps?|levels?)\b/iu.test(after) || /\b(?:port|version|no\.|number|rfc|chapter|section|page|line|step|level|figure|fig\.|table|exhibit|appendix|listing|footnote|#)\s*$/i.test(before)
}

/**
 * What the number is, in the article's words: its sentence compressed like a bullet when that
 * keeps the number and the figures that go with it ("19 people, including 17 foreigners"), else
 * the whole sentence when short enough, else the sentence up to the end of the number's clause,
 * else the words around the number when they are the whole clause; undefined when only a cut of
 * the sentence's words would say it ("…" shows only where the article has one).
 */
export function figureContext(a: Analysis, f: Figure, around = 8): string | undefined {
  const s = a.sentences[f.sentence]!
  const text = a.article.text
  const group = withItsFigures(a, f)
  const keeps = (t: string) => group.every((g) => t.includes(g.text))
  const short = compressSentence(s.text, SLIDE_BUDGET.bulletWords)
  if (short.complete && keeps(short.text)) return short.text
  const whole = compressSentence(s.text, Number.MAX_SAFE_INTEGER)
  if (countWords(whole.text) <= SLIDE_BUDGET.contextWords && keeps(whole.text)) return whole.text
  // the sentence up to the end of the clause of the number's group: "…, killing at least 19 people, including 17 foreigners"
  const from = s.start + (datelineSpan(s.text)[0]?.end ?? 0)
  const end = clauseEnd(text, group.at(-1)!.span.end, s.end)
  const prefix = text.slice(from, end).trim()
  if (countWords(prefix) <= SLIDE_BUDGET.contextWords && keeps(prefix)) return prefix
  // the clause around the number: from the last clause mark before it to the first after it
  const clauseStart = Math.max(s.start, text.lastIndexOf(',', f.span.start) + 1, text.lastIndexOf(';', f.span.start) + 1)
  const before = text.slice(clauseStart, f.span.start).split(/\s+/).filter(Boolean)
  const after = text.slice(f.span.end, end).split(/\s+/).filter(Boolean)
  const words = [...before.slice(-around), f.text, ...after.slice(0, around)].join(' ').replace(/\s+([.!?])$/, '$1')
  const cutHead = before.length > around || clauseStart > s.start
  const cutTail = after.length > around || end < s.end - 1
  return cutHead || cutTail ? undefined : words
}

/** The figure and the figures right after it in its clause ("19 people, including 17 foreigners"; "438 contre 86 et 42 abstentions"). */
function withItsFigures(a: Analysis, f: Figure): Figure[] {
  const text = a.article.text
  const group = [f]
  for (const g of a.figures) {
    const last = group.at(-1)!
    if (g.sentence !== f.sentence || g.span.start < last.span.end || g === f) continue
    const gap = text.slice(last.span.end, g.span.start)
    if (gap.length > 40 || /[.;:!?]|\)\s/.test(gap)) break
    group.push(g)
  }
  return group
}

/** Where the clause holding `at` ends: the next comma, semicolon or colon outside brackets (the closing bracket kept), else the sentence's end. */
function clauseEnd(text: string, at: number, end: number): number {
  let depth = 0
  for (let i = at; i < end; i++) {
    const c = text[i]!
    if (c === '(') depth++
    else if (c === ')') {
      if (depth === 0) return i + 1
      depth--
    } else if (depth === 0 && /[,;:]/.test(c) && !/\d/.test(text[i + 1] ?? '') && !(c === ',' && LIST_GOES_ON.test(text.slice(i + 1, i + 60)))) return i
  }
  return end
}

/** After a comma, the rest of a list of a few words each ("new cars[, trucks and SUVs] in October"): the clause goes on. */
const LIST_GOES_ON = /^\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}(?:and|or)\s+[\p{L}\p{N}'’-]+/u
