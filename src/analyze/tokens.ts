/**
 * Word tokens for the statistics of the analysis (cohesion, centrality, key phrases):
 * lower-cased, stop words removed, stemmed for English. CJK text is tokenised into
 * character bigrams, which needs no dictionary.
 */
import * as stopwordLists from 'stopword'
import { stemmer } from 'stemmer'
import { isCjk, iso3For } from './language.ts'
import { CJK_CLASS, hasCjk } from './script.ts'

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu
const CJK_RUN = new RegExp(`[${CJK_CLASS}]+`, 'g')

const stopCache = new Map<string, Set<string>>()

export function stopwords(lang: string): Set<string> {
  let set = stopCache.get(lang)
  if (!set) {
    const list = (stopwordLists as unknown as Record<string, unknown>)[iso3For(lang)]
    set = new Set(Array.isArray(list) ? (list as string[]).map((w) => w.toLowerCase()) : [])
    if (lang === 'en') for (const w of EXTRA_EN) set.add(w)
    stopCache.set(lang, set)
  }
  return set
}

// function words the stopword list lacks and that make poor key phrases
const EXTRA_EN = [
  'also', 'may', 'might', 'could', 'would', 'should', 'will', 'can', 'must', 'us', 'one', 'many',
  'much', 'such', 'said', 'says', 'say', 'however', 'although', 'though', 'while', 'whether',
  'yet', 'still', 'even', 'just', 'like', 'well', 'however', 'therefore', 'thus', 'per', 'via',
  'within', 'without', 'among', 'amid', 'upon', 'onto', 'toward', 'towards', 'despite', 'since',
  'according', 'including', 'around', 'across', 'beyond', 'mr', 'mrs', 'ms', 'dr', 'new', 'recent',
  'not', 'only', 'more', 'most', 'some', 'any', 'each', 'every', 'other', 'another', 'it’s', "it's",
  'rather', 'whose', 'whom', 'become', 'becomes', 'became', 'appears', 'seem', 'seems', 'make', 'makes',
]

export interface Token {
  /** The normalised form used for statistics. */
  key: string
  /** The word as written. */
  surface: string
  start: number
  end: number
}

/** Content-word tokens of `text` (offsets relative to `text`). */
export function contentTokens(text: string, lang: string): Token[] {
  const out: Token[] = []
  if (isCjk(lang)) {
    for (const m of text.matchAll(CJK_RUN)) {
      const run = m[0]
      const at = m.index ?? 0
      if (run.length === 1) out.push({ key: run, surface: run, start: at, end: at + 1 })
      for (let i = 0; i + 1 < run.length; i++) {
        out.push({ key: run.slice(i, i + 2), surface: run.slice(i, i + 2), start: at + i, end: at + i + 2 })
      }
    }
    // latin words inside CJK text still count
  }
  const stop = stopwords(lang)
  for (const m of text.matchAll(WORD)) {
    const surface = m[0].replace(/['’\-]+$/, '')
    const lower = surface.toLowerCase()
    if (isCjk(lang) && hasCjk(surface)) continue
    if (lower.length < 2 || stop.has(lower) || /^\d+$/.test(lower)) continue
    const base = lower.replace(/['’]s$/, '')
    const key = lang === 'en' ? stem(base) : base
    out.push({ key, surface, start: m.index ?? 0, end: (m.index ?? 0) + surface.length })
  }
  return out
}

const STEMS = new Map<string, string>()

/** The Porter stem of an English word, remembered: an article uses its words again and again. */
export function stem(word: string): string {
  let s = STEMS.get(word)
  if (s === undefined) {
    if (STEMS.size >= 50_000) STEMS.clear()
    s = stemmer(word)
    STEMS.set(word, s)
  }
  return s
}

/**
 * Whether `text` speaks of something `about` does: they share a content word (stemmed in
 * English, singular in the languages whose plural adds an "s"), or, with `families`, words of
 * one family ("tourism" and "tourists", "Libya" and "Libyan"). `about` is read once for many
 * texts: `speaksOf(title, lang)` gives the test.
 */
export function speaksOf(about: string, lang: string, families = false): (text: string) => boolean {
  const keys = contentTokens(about, lang).map((t) => singular(t.key, lang))
  const exact = new Set(keys)
  const shares = families ? (key: string) => exact.has(key) || keys.some((k) => ofOneFamily(k, key)) : (key: string) => exact.has(key)
  return (text) => contentTokens(text, lang).some((t) => shares(singular(t.key, lang)))
}

/** Letters two keys share at the start, at least, to be of one family ("tourism", "tourists"). */
const FAMILY = 6
/** Letters of a key that opens another, at least, for the two to be of one family ("Libya", "Libyan"). */
const FAMILY_ROOT = 5

/** Whether two keys are of one word family: one opens the other, or they open alike ("Tunisia", "Tunisians"). */
function ofOneFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  return (short.length >= FAMILY_ROOT && long.startsWith(short)) || (short.length >= FAMILY && long.startsWith(short.slice(0, FAMILY)))
}

/** Languages whose plural adds an "s" (or an "x") to the word: French, Spanish, Portuguese, Catalan. */
const PLURAL_S = new Set(['fr', 'es', 'pt', 'ca'])

/**
 * A word's key with its plural's "s" or "x" left off, in the languages that add one (English
 * keys are stems already): "boîtes noires" speaks of a « boîte noire ». Both sides of a
 * comparison are read so, which keeps words that end in "s" in the singular ("pays") equal.
 */
function singular(key: string, lang: string): string {
  return PLURAL_S.has(lang) && key.length > 3 ? key.replace(/[sx]$/u, '') : key
}

/** Term frequencies of the tokens' keys. */
export function termFrequencies(tokens: readonly Token[]): Map<string, number> {
  const tf = new Map<string, number>()
  for (const t of tokens) tf.set(t.key, (tf.get(t.key) ?? 0) + 1)
  return tf
}

/** Cosine similarity of two term-frequency vectors. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let dot = 0
  for (const [k, v] of small) {
    const w = large.get(k)
    if (w) dot += v * w
  }
  if (dot === 0) return 0
  let na = 0
  let nb = 0
  for (const v of a.values()) na += v * v
  for (const v of b.values()) nb += v * v
  return dot / Math.sqrt(na * nb)
}
