/**
 * Key phrases, RAKE-style: candidate phrases are runs of content words between stop words and
 * punctuation; a phrase scores by how often its words occur in its own span and how rare they
 * are elsewhere (TF-IDF across the article's sections). Section titles are built from them.
 */
import { isCjk } from './language.ts'
import { stem, stopwords } from './tokens.ts'
import { localeFor } from '../locales/index.ts'

export interface Phrase {
  /** As first written in the text. */
  surface: string
  /** Normalised word keys. */
  keys: string[]
  count: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g
const CJK_PARTICLES = /[的了是在和与也都而及对为就把被从向于这那有之其并或]/

/** Chinese function words of two or more characters: they end a phrase like a particle. */
const CJK_FUNCTION_WORDS = new Set(
  ('已经 可以 因为 所以 但是 如果 我们 他们 她们 你们 自己 没有 一个 这个 那个 还是 就是 不是 这些 那些 这样 ' +
    '那样 什么 怎么 为了 以及 或者 而且 并且 虽然 然后 现在 以前 目前 非常 正在 开始 通过 进行 表示 认为 ' +
    '而是 不仅 不但 只是 甚至 还有 其中 一些 这种 那种 每个 所有 许多 很多').split(' '),
)

let cjkSegmenters: Map<string, Intl.Segmenter> | undefined

/**
 * Runs of content words in a run of Han characters. With ICU's dictionary word breaks
 * (Intl.Segmenter) a run is consecutive words of two or more characters that are not
 * function words: "屋顶 菜园 已经 会 聚集" gives "屋顶菜园" and "聚集". Without them (a Node
 * built with small ICU splits Han text into single characters) the text is cut at
 * one-character particles instead.
 */
function cjkRuns(han: string, lang: string): string[] {
  cjkSegmenters ??= new Map()
  let seg = cjkSegmenters.get(lang)
  if (!seg) {
    seg = new Intl.Segmenter(lang, { granularity: 'word' })
    cjkSegmenters.set(lang, seg)
  }
  const words = [...seg.segment(han)].map((s) => s.segment)
  if (han.length >= 4 && words.every((w) => w.length === 1)) return han.split(CJK_PARTICLES)
  const runs: string[] = []
  let run = ''
  for (const w of words) {
    // "很好", "太大": degree adverb + adjective, a comment rather than a subject
    if (w.length >= 2 && !CJK_FUNCTION_WORDS.has(w) && !/^[很太]/.test(w)) run += w
    else {
      if (run) runs.push(run)
      run = ''
    }
  }
  if (run) runs.push(run)
  return runs
}

/** A currency sign written before an amount. */
const CURRENCY_SIGN = /^[$€£¥₹]$/u

/** Candidate phrases (1–4 words) of a text, with counts, in order of first occurrence. */
export function candidatePhrases(text: string, lang: string): Phrase[] {
  const found = new Map<string, Phrase>()
  const add = (surface: string, keys: string[]) => {
    const id = keys.join(' ')
    const p = found.get(id)
    if (p) p.count++
    else found.set(id, { surface, keys, count: 1 })
  }
  if (isCjk(lang)) {
    for (const m of text.matchAll(CJK_RUN)) {
      for (const part of cjkRuns(m[0], lang)) if (part.length >= 2 && part.length <= 8) add(part, [...bigrams(part)])
    }
    return [...found.values()]
  }
  // (and the language's word of attribution, which no stopword list holds: "Laut Shahid", "Selon le juge")
  const according = new Set(localeFor(lang).speech.according.filter((w) => !w.includes(' ')))
  const stop = stopwords(lang)
  let run: Array<{ surface: string; key: string; start: number; end: number }> = []
  // (a run right after a negation says the opposite without it: "no son algo exclusivo" is no "Son algo exclusivo")
  let negated = false
  const flush = () => {
    const words = lang === 'de' ? endOnNoun(trimWeak(run)) : trimWeak(run)
    if (words.length > 0 && words.length <= 4 && !negated) {
      // (an amount keeps its currency sign: "$23-million data-processing centre", not "23-million …")
      const from = /^\p{N}/u.test(words[0]!.surface) && CURRENCY_SIGN.test(text[words[0]!.start - 1] ?? '') ? words[0]!.start - 1 : words[0]!.start
      add(text.slice(from, words[words.length - 1]!.end), words.map((w) => w.key))
    }
    run = []
    negated = false
  }
  let lastEnd = 0
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0
    const surface = m[0].replace(/['’\-]+$/, '')
    const lower = surface.toLowerCase()
    const gap = text.slice(lastEnd, start)
    if (run.length > 0 && !/^[ \u00a0]+$/.test(gap)) flush()
    lastEnd = start + surface.length
    if (stop.has(lower) || according.has(lower) || /^\d+$/.test(lower) || lower.length < 2) {
      flush()
      negated = NEGATION.test(lower)
      continue
    }
    const key = lang === 'en' ? stem(lower.replace(/['’]s$/, '')) : lower
    run.push({ surface, key, start, end: start + surface.length })
  }
  flush()
  return [...found.values()]
}

/** Words of negation, in the languages with stop word lists: the words after one are what is not so. */
const NEGATION = /^(?:not|no|never|nor|nunca|ni|tampoco|ne|pas|jamais|nicht|kein|keine|keinen|nie|não|nem|non|mai|niet|geen)$/u

/** Drops adverbs ("remarkably") at either end of an English phrase. */
function trimWeak<T extends { surface: string }>(words: T[]): T[] {
  let a = 0
  let b = words.length
  while (a < b && /ly$/i.test(words[a]!.surface) && words[a]!.surface.length > 4) a++
  while (b > a && /ly$/i.test(words[b - 1]!.surface) && words[b - 1]!.surface.length > 4) b--
  return words.slice(a, b)
}

/**
 * Whether a language's key phrases are known to name things: English ones are the tagger's noun
 * phrases (titles.ts), German ones end on a capitalised noun (endOnNoun); in other languages a
 * run between stop words may end on any word ("Souhaitent voir décerner", "Vínculos brumosos tiene").
 */
export function phrasesName(lang: string): boolean {
  return lang === 'en' || lang === 'de'
}

/** German writes its nouns with a capital: a phrase ends on one, not on the verb or adverb after it ("Springende Gene einfach" → "Springende Gene"). */
function endOnNoun<T extends { surface: string }>(words: T[]): T[] {
  let b = words.length
  while (b > 0 && /^\p{Ll}/u.test(words[b - 1]!.surface)) b--
  return words.slice(0, b)
}

function* bigrams(s: string): Generator<string> {
  for (let i = 0; i + 1 < s.length; i++) yield s.slice(i, i + 2)
}

/** Per text, the weight of each word key: tf in the text × idf across the texts. */
export function wordWeights(texts: readonly string[], lang: string): Array<Map<string, number>> {
  return phraseWordWeights(texts.map((t) => candidatePhrases(t, lang)))
}

/** `wordWeights` from each text's candidate phrases. */
export function phraseWordWeights(phrasesPerText: ReadonlyArray<readonly Phrase[]>): Array<Map<string, number>> {
  const wordTf = phrasesPerText.map((phrases) => {
    const tf = new Map<string, number>()
    for (const p of phrases) for (const k of p.keys) tf.set(k, (tf.get(k) ?? 0) + p.count)
    return tf
  })
  const df = new Map<string, number>()
  for (const tf of wordTf) for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1)
  const n = phrasesPerText.length
  return wordTf.map((tf) => new Map([...tf].map(([k, v]) => [k, v * Math.log(1 + n / (df.get(k) ?? 1))])))
}

/** A phrase's score under the given word weights, favouring 2–3 word phrases. */
export function phraseScore(p: Phrase, weights: ReadonlyMap<string, number>): number {
  const sum = p.keys.reduce((s, k) => s + (weights.get(k) ?? 0), 0)
  const lengthFit = p.keys.length === 1 ? 0.6 : p.keys.length <= 3 ? 1 : 0.8
  return sum * lengthFit * (1 + Math.log(p.count))
}

/** Ranks each text's own candidate phrases by their weight in that text against the others. */
export function rankPhrasesPerText(texts: readonly string[], lang: string): Phrase[][] {
  const phrases = texts.map((t) => candidatePhrases(t, lang))
  const weights = phraseWordWeights(phrases)
  return phrases.map((p, i) => rankPhrases(p, weights[i]!))
}

export function rankPhrases(phrases: readonly Phrase[], weights: ReadonlyMap<string, number>): Phrase[] {
  return phrases
    .map((p, order) => ({ p, s: phraseScore(p, weights), order }))
    .sort((a, b) => b.s - a.s || a.order - b.order)
    .map((x) => x.p)
}

/** Keys of a phrase written in the text, normalised like candidatePhrases does. */
export function phraseKeys(surface: string, lang: string): string[] {
  const stop = stopwords(lang)
  const keys: string[] = []
  for (const m of surface.matchAll(WORD)) {
    const lower = m[0].replace(/['’\-]+$/, '').toLowerCase()
    if (stop.has(lower) || lower.length < 2) continue
    keys.push(lang === 'en' ? stem(lower.replace(/['’]s$/, '')) : lower)
  }
  return keys
}
