/**
 * Compresses a sentence into a bullet of at most ~16 words by removing material (parentheses,
 * an introductory phrase, trailing participle or relative clauses, then a cut at a clause
 * boundary), never by adding words. The kept pieces are returned as spans into the sentence,
 * so the bullet can be traced back to its source.
 */
import type { Span } from '../types.ts'
import { countWords, hasCjk, isMostlyCjk } from './script.ts'

export const MAX_BULLET_WORDS = 16

export interface Compressed {
  text: string
  /** Kept ranges, relative to the sentence. */
  pieces: Span[]
}

const INTRO_EN =
  /^(?:(?:In|At|As|While|Although|Though|Despite|With|For|After|Before|Since|Because|When|Whereas|If|Unlike|Like|Beyond|Amid|Under|Over|Following|Given|Adding|According to|However|Moreover|Meanwhile|Furthermore|Instead|Overall|Ultimately|Indeed|Still|Yet|Thus|Therefore|In addition|For example|For instance|On the other hand)\b[^,;:]{0,160}|[A-Z][a-z]+ly),\s+/
const TRAILING_EN =
  /,\s+(?:which|who|whose|highlighting|prompting|given|as|while|such as|including|especially|particularly|leading|making|signalling|signaling|suggesting|raising|adding|citing|despite|although|though|because|since|so that|thereby|where|when)\b/g
/** Non-restrictive inner phrases: ", produced with …,", ", such as …,", ", which …,". */
const INNER_EN = /,\s+(?:such as|including|which|who|whose|especially|particularly|[a-z]+ed|[a-z]+en)\b[^,;]{1,140}(?=,\s)/g
const DANGLING_EN = /\s+(?:a|an|the|of|in|on|at|to|for|from|by|with|about|and|or|but|as|that|which|its|their|his|her|this|these|those|between|among|than|under|over)$/i
const SOFT_BREAK = /[,;:—–]\s|\s(?:and|but|or|while|as|because|although|which|that)\s/g

export function compressSentence(sentence: string, maxWords = MAX_BULLET_WORDS): Compressed {
  if (isMostlyCjk(sentence)) return compressCjk(sentence, maxWords)
  let kept: Span[] = [{ start: 0, end: sentence.length }]
  const words = () => countWords(render(sentence, kept))
  const english = /^[\x00-\x7f’‘“”—–]*$/.test(sentence.slice(0, 200))

  if (words() > maxWords) kept = cut(kept, removals(sentence, /\s+\([^()]{0,200}\)|\s+\[[^\]]{0,200}\]/g))
  if (words() > maxWords) kept = cut(kept, removals(sentence, /\s+[—–]\s?[^—–]{1,120}\s?[—–](?=\s)/g))
  if (english && words() > maxWords) {
    // drop the phrase and the comma that closes it: "model, produced with …, has left" → "model has left"
    kept = cut(kept, removals(sentence, INNER_EN).map((r) => ({ start: r.start, end: r.end + 1 })))
  }
  if (english && words() > maxWords) {
    const m = INTRO_EN.exec(sentence)
    if (m && countWords(sentence.slice(m[0].length)) >= 6) kept = cut(kept, [{ start: 0, end: m[0].length }])
  }
  if (words() > maxWords) {
    const semi = sentence.search(/;\s/)
    if (semi > 0 && countWords(sentence.slice(0, semi)) >= 5) kept = cut(kept, [{ start: semi, end: sentence.length }])
  }
  if (english && words() > maxWords) {
    for (const m of sentence.matchAll(TRAILING_EN)) {
      const at = m.index ?? 0
      if (!kept.some((k) => at >= k.start && at < k.end)) continue
      const before = render(sentence, cut(kept, [{ start: at, end: sentence.length }]))
      if (countWords(before) >= 6) {
        kept = cut(kept, [{ start: at, end: sentence.length }])
        break
      }
    }
  }
  let truncated = false
  if (words() > maxWords) {
    kept = cutAtBoundary(sentence, kept, maxWords)
    if (words() > maxWords) {
      kept = cutAtWord(sentence, kept, maxWords)
    }
    truncated = true
  }
  kept = trimPieces(sentence, kept)
  if (truncated && english) kept = dropDangling(sentence, kept)
  let text = render(sentence, kept)
  text = text.replace(/[\s,;:]+$/, '')
  if (truncated && !/[.!?。！？]$/.test(text)) text += '…'
  else text = text.replace(/(?<![.][a-z])\.$/i, '')
  if (kept[0] && kept[0].start > 0) text = text.charAt(0).toLocaleUpperCase() + text.slice(1)
  return { text, pieces: kept }
}

const CJK_BREAK = /[，、；：,;:]/g

/**
 * Chinese/Japanese: no spaces to cut at, so the budget is counted in characters (two a word)
 * and the cut falls on the last clause mark (，、；：) within it when there is one.
 */
function compressCjk(sentence: string, maxWords: number): Compressed {
  const text = sentence.replace(/[。.]$/, '')
  if (countWords(text) <= maxWords) return { text, pieces: [{ start: 0, end: text.length }] }
  let limit = 0
  for (let cjk = 0; limit < text.length; limit++) {
    if (hasCjk(text[limit]!)) cjk++
    if (Math.ceil(cjk / 2) > maxWords) break
  }
  let cutAt = limit
  for (const m of text.slice(0, limit).matchAll(CJK_BREAK)) if ((m.index ?? 0) >= limit / 2) cutAt = m.index ?? cutAt
  return { text: `${text.slice(0, cutAt)}…`, pieces: [{ start: 0, end: cutAt }] }
}

function render(s: string, kept: readonly Span[]): string {
  return kept.map((k) => s.slice(k.start, k.end)).join(' ').replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1')
}

function removals(s: string, re: RegExp): Span[] {
  return [...s.matchAll(re)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }))
}

/** Removes the `drop` ranges from the `kept` ranges. */
function cut(kept: readonly Span[], drop: readonly Span[]): Span[] {
  let out = [...kept]
  for (const d of drop) {
    const next: Span[] = []
    for (const k of out) {
      if (d.end <= k.start || d.start >= k.end) next.push(k)
      else {
        if (d.start > k.start) next.push({ start: k.start, end: d.start })
        if (d.end < k.end) next.push({ start: d.end, end: k.end })
      }
    }
    out = next
  }
  return out.filter((k) => k.end > k.start)
}

/** Offset in the sentence after the first `n` words of the kept text. */
function offsetAfterWords(s: string, kept: readonly Span[], n: number): number {
  let count = 0
  for (const k of kept) {
    for (const m of s.slice(k.start, k.end).matchAll(/\S+/g)) {
      count += countWords(m[0]) > 0 ? countWords(m[0]) : 0
      if (count >= n) return k.start + (m.index ?? 0) + m[0].length
    }
  }
  return kept.at(-1)?.end ?? s.length
}

function cutAtBoundary(s: string, kept: readonly Span[], maxWords: number): Span[] {
  const limit = offsetAfterWords(s, kept, maxWords)
  const minimum = offsetAfterWords(s, kept, Math.ceil(maxWords / 2))
  let best = -1
  for (const m of s.matchAll(SOFT_BREAK)) {
    const at = m.index ?? 0
    if (at >= minimum && at <= limit && kept.some((k) => at >= k.start && at <= k.end)) best = at
  }
  return best > 0 ? cut(kept, [{ start: best, end: s.length }]) : [...kept]
}

function cutAtWord(s: string, kept: readonly Span[], maxWords: number): Span[] {
  return cut(kept, [{ start: offsetAfterWords(s, kept, maxWords), end: s.length }])
}

/** Drops function words left dangling at the end of a cut ("… leaders about"). */
function dropDangling(s: string, kept: Span[]): Span[] {
  const out = [...kept]
  for (let guard = 0; guard < 4 && out.length > 0; guard++) {
    const last = out[out.length - 1]!
    const m = DANGLING_EN.exec(s.slice(last.start, last.end))
    if (!m) break
    out[out.length - 1] = { start: last.start, end: last.start + (m.index ?? 0) }
  }
  return trimPieces(s, out)
}

function trimPieces(s: string, kept: Span[]): Span[] {
  return kept
    .map((k) => {
      let { start, end } = k
      while (start < end && /\s/.test(s[start]!)) start++
      while (end > start && /[\s,;:]/.test(s[end - 1]!)) end--
      return { start, end }
    })
    .filter((k) => k.end > k.start)
}
