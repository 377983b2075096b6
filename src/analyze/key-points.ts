/**
 * Key points of a section: its most central sentences (TextRank), with a small bonus for
 * a paragraph's lead sentence, each compressed into a bullet with its source pieces.
 */
import type { KeyPoint, Sentence } from '../types.ts'
import { centrality } from './centrality.ts'
import { compressSentence } from './compress.ts'
import { contentTokens, termFrequencies } from './tokens.ts'

/** All sentences of the section as ranked key points (most central first). */
export function rankKeyPoints(sentences: readonly Sentence[], ids: readonly number[], lang: string): KeyPoint[] {
  const vectors = ids.map((id) => termFrequencies(contentTokens(sentences[id]!.text, lang)))
  const scores = centrality(vectors)
  const points = ids.map((id, i) => {
    const s = sentences[id]!
    const lead = i === 0 || sentences[ids[i - 1]!]!.paragraph !== s.paragraph ? 1.15 : 1
    const tooShort = vectors[i]!.size < 3 ? 0.5 : 1
    const c = compressSentence(s.text)
    // a bullet cut mid-clause reads worse than a complete one of similar centrality
    const cutShort = c.text.endsWith('…') ? 0.75 : 1
    return {
      sentence: id,
      text: c.text,
      pieces: c.pieces.map((p) => ({ start: s.start + p.start, end: s.start + p.end })),
      score: (scores[i] ?? 0) * lead * tooShort * cutShort,
    }
  })
  return points.sort((a, b) => b.score - a.score || a.sentence - b.sentence)
}
