/**
 * Sentence centrality: TextRank (PageRank over the word-overlap graph of the sentences) for
 * sections of ordinary size, and similarity to the section centroid for very large ones, where
 * the quadratic graph would not pay for itself.
 */
import { cosine } from './tokens.ts'

const DAMPING = 0.85
const MAX_GRAPH = 150

export function centrality(vectors: ReadonlyArray<ReadonlyMap<string, number>>): number[] {
  if (vectors.length === 0) return []
  if (vectors.length === 1) return [1]
  return vectors.length <= MAX_GRAPH ? textRank(vectors) : centroidScores(vectors)
}

/** TextRank with Mihalcea & Tarau's overlap similarity: |Si ∩ Sj| / (log|Si| + log|Sj|). */
function textRank(vectors: ReadonlyArray<ReadonlyMap<string, number>>): number[] {
  const n = vectors.length
  const w: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0))
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = vectors[i]!
      const b = vectors[j]!
      if (a.size < 2 || b.size < 2) continue
      let overlap = 0
      for (const k of a.keys()) if (b.has(k)) overlap++
      const sim = overlap / (Math.log(a.size) + Math.log(b.size))
      w[i]![j] = sim
      w[j]![i] = sim
    }
  }
  const outSum = w.map((row) => row.reduce((s, x) => s + x, 0))
  let score = new Array<number>(n).fill(1 / n)
  for (let iter = 0; iter < 50; iter++) {
    const next = new Array<number>(n).fill((1 - DAMPING) / n)
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue
      const share = (DAMPING * score[j]!) / outSum[j]!
      for (let i = 0; i < n; i++) if (w[j]![i]) next[i]! += share * w[j]![i]!
    }
    const delta = next.reduce((d, x, i) => d + Math.abs(x - score[i]!), 0)
    score = next
    if (delta < 1e-6) break
  }
  return score
}

function centroidScores(vectors: ReadonlyArray<ReadonlyMap<string, number>>): number[] {
  const centroid = new Map<string, number>()
  for (const v of vectors) for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x)
  return vectors.map((v) => cosine(v, centroid))
}
