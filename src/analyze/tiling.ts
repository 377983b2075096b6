/**
 * Topic segmentation of text without headings: the segmentation of maximum probability of
 * Utiyama & Isahara (2001), with each section's words (stemmed content words) scored by their
 * marginal likelihood under a uniform Dirichlet prior on the section's word distribution, as in
 * BayesSeg (Eisenstein & Barzilay 2008), rather than by a smoothed model fitted to the section
 * itself. That likelihood already charges for every extra section (the Dirichlet's normaliser
 * grows with the vocabulary); opening a section costs only the log-odds against a section break
 * at that paragraph break given its form (break-cues.ts: after a line ending in ":", before a
 * one-sentence paragraph, after a list, …). Dynamic programming finds the cheapest cut of the
 * paragraphs. Paragraph breaks are the only places a section may
 * start; a section holds at least MIN_SECTION_WORDS words and MIN_SECTION_SENTENCES sentences
 * (see there for exceptions); a list is never split, nor cut from the line that introduces it,
 * nor a paragraph opening with a connective or pronoun of its language ("But", "It"; the
 * locale's `sections.continuation`) from the one before. The number of sections the model
 * chooses is kept within bounds that grow with the length of the text. Linear in the text: a
 * section never spans more than MAX_SECTION_WORDS words.
 */
import { LOCALES, primaryTag } from '../locales/index.ts'
import { breakLogOdds } from './break-cues.ts'
import { isCjk } from './language.ts'
import { contentTokens } from './tokens.ts'

/** A paragraph as the segmentation sees it. */
export interface TileUnit {
  text: string
  /** Words of the paragraph. */
  words: number
  /** Sentences of the paragraph (1 when not given). */
  sentences?: number
  /** A list item: a run of them stays together. */
  listItem?: boolean
  /** The paragraph's block kind ("paragraph", "list-item", "blockquote", …). */
  kind?: string
  /** Its content words (tokens.ts keys), when already read: a paragraph is read once however often it is tiled. */
  keys?: readonly string[]
}

/** Words a section holds at least (the first and the last may be shorter: a lead, a conclusion). */
export const MIN_SECTION_WORDS = 80
/** Sentences every section holds at least: one sentence (a caption line, one long sentence) is no topic. */
export const MIN_SECTION_SENTENCES = 2
/** Words a section spans at most: bounds the work per paragraph. */
export const MAX_SECTION_WORDS = 1500
/** The fewest sections, as a share of targetSectionCount: about one per 400 words. */
const FEWEST = 150 / 400

/**
 * The most sections: about one per 150 words up to 3,000 words, then growing with the square
 * root of the length, so a long report gets more sections but not hundreds of them; never more
 * than its paragraphs.
 */
export function targetSectionCount(words: number, paragraphs: number): number {
  const n = words <= 3000 ? Math.round(words / 150) : 20 + Math.round(2 * Math.sqrt((words - 3000) / 150))
  return Math.max(1, Math.min(paragraphs, n))
}

/**
 * Whether a paragraph opens continuing the one before: with one of its language's continuation
 * words (locale `sections.continuation`: "However", "It", "Mais"), after any opening quote or bracket.
 * Only a language's own locale counts: English words say nothing about Italian text.
 */
function continuesWith(lang: string): (text: string) => boolean {
  const own = LOCALES.find((l) => l.tag === primaryTag(lang))
  const phrases = (own?.sections.continuation ?? []).map((p) => p.split(' '))
  if (phrases.length === 0) return () => false
  if (isCjk(lang)) return (text) => phrases.some((p) => text.trimStart().startsWith(p.join('')))
  return (text) => {
    const words = (text.slice(0, 80).toLocaleLowerCase(lang).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 4)
    return phrases.some((p) => p.every((w, i) => words[i] === w))
  }
}

/** Whether a section may start at paragraph `at`. */
function mayOpen(units: readonly TileUnit[], at: number, continues: (text: string) => boolean): boolean {
  const u = units[at]!
  const before = units[at - 1]!
  if (u.listItem && (before.listItem || /:\s*$/.test(before.text))) return false
  return !continues(u.text)
}

/** Indices of the paragraphs that open a new section (after the first), ascending. */
export function tileBoundaries(units: readonly TileUnit[], lang: string): number[] {
  const n = units.length
  if (n < 2) return []
  const continues = continuesWith(lang)
  const open = units.map((_, at) => at === 0 || mayOpen(units, at, continues))
  const { cost, tokens } = spanCosts(units, lang)
  const logN = Math.log(Math.max(2, tokens))
  const odds = breakLogOdds(units)
  const natural = cheapest(cost, 0, open, odds)
  const words = units.reduce((s, u) => s + u.words, 0)
  const most = targetSectionCount(words, n) - 1
  const fewest = Math.min(most, Math.max(0, Math.round((most + 1) * FEWEST) - 1))
  if (natural.length >= fewest && natural.length <= most) return natural
  return cutsNear(cost, open, odds, natural.length < fewest ? fewest : most, logN)
}

/**
 * cost[i][d]: −log of the marginal likelihood of paragraphs i … i+d as one section (Infinity
 * where too short): the words in order, each with probability (c + 1) / (len + V) where c is how
 * often the section used it before, len its words so far, V the text's vocabulary (the
 * Dirichlet-multinomial with all parameters 1). Word ids keep it to one pass over each span.
 */
export function spanCosts(units: readonly TileUnit[], lang: string): { cost: Float64Array[]; tokens: number } {
  const ids = new Map<string, number>()
  const keysOf = (u: TileUnit) => u.keys ?? contentTokens(u.text, lang).map((t) => t.key)
  const seqs = units.map((u) => Int32Array.from(keysOf(u), (k) => ids.get(k) ?? ids.set(k, ids.size).get(k)!))
  const tokens = seqs.reduce((s, q) => s + q.length, 0)
  const vocab = ids.size
  const counts = new Int32Array(vocab)
  const cost: Float64Array[] = []
  for (let i = 0; i < units.length; i++) {
    const row: number[] = []
    let len = 0
    let code = 0 // −log likelihood of the span's words so far
    let words = 0
    let count = 0
    for (let j = i; j < units.length && (j === i || words + units[j]!.words <= MAX_SECTION_WORDS); j++) {
      for (const id of seqs[j]!) {
        const c = counts[id]!
        code += Math.log(len + vocab) - Math.log(c + 1)
        counts[id] = c + 1
        len++
      }
      words += units[j]!.words
      count += units[j]!.sentences ?? 1
      const short = (i > 0 && j + 1 < units.length && words < MIN_SECTION_WORDS) || count < MIN_SECTION_SENTENCES
      row.push(short ? Infinity : code)
    }
    for (let j = i; j < i + row.length; j++) for (const id of seqs[j]!) counts[id] = 0
    cost.push(Float64Array.from(row))
  }
  return { cost, tokens }
}

/**
 * The cheapest cut when opening a section costs `penalty` less the log-odds of a section break
 * there (break-cues.ts): its cut points.
 */
function cheapest(cost: readonly Float64Array[], penalty: number, open: readonly boolean[], odds: Float64Array): number[] {
  const n = cost.length
  const best = new Float64Array(n + 1).fill(Infinity)
  const from = new Int32Array(n + 1)
  best[0] = 0
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(best[i]!) || !open[i]) continue
    const row = cost[i]!
    const opening = i > 0 ? penalty - odds[i]! : 0
    for (let d = 0; d < row.length; d++) {
      const j = i + d + 1
      const c = best[i]! + row[d]! + opening
      if ((j === n || open[j]) && c < best[j]!) {
        best[j] = c
        from[j] = i
      }
    }
  }
  const cuts: number[] = []
  for (let at = from[n]!; at > 0; at = from[at]!) cuts.push(at)
  return cuts.reverse()
}

/**
 * The cheapest cut with `want` cut points (or the nearest count reachable): a cost (or, when
 * negative, a reward) for opening a section found by bisection.
 */
function cutsNear(cost: readonly Float64Array[], open: readonly boolean[], odds: Float64Array, want: number, logN: number): number[] {
  let lo = -50 * logN
  let hi = 100 * logN
  let best = cheapest(cost, hi, open, odds)
  for (let it = 0; it < 40 && best.length !== want; it++) {
    const mid = (lo + hi) / 2
    const cuts = cheapest(cost, mid, open, odds)
    if (Math.abs(cuts.length - want) < Math.abs(best.length - want) || (cuts.length === want)) best = cuts
    if (cuts.length > want) lo = mid
    else hi = mid
  }
  return best
}
