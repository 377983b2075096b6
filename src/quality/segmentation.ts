/**
 * Segmentation error metrics over a sequence of units (sentences), each labelled with the
 * segment it belongs to (labels of one segment are equal and contiguous):
 * Pk (Beeferman, Berger & Lafferty 1999) and WindowDiff (Pevzner & Hearst 2002).
 * 0 is a perfect match; about 0.5 is what a random segmentation scores.
 */

function checkInput(reference: readonly number[], hypothesis: readonly number[], k: number): void {
  if (reference.length !== hypothesis.length) throw new RangeError('reference and hypothesis differ in length')
  if (!Number.isInteger(k) || k < 1 || k >= reference.length) {
    throw new RangeError(`window k=${k} must be an integer from 1 to ${reference.length - 1}`)
  }
}

/** Probability that two units k apart are wrongly judged to be in the same or in different segments. */
export function pk(reference: readonly number[], hypothesis: readonly number[], k: number): number {
  checkInput(reference, hypothesis, k)
  const n = reference.length - k
  let errors = 0
  for (let i = 0; i < n; i++) {
    const sameRef = reference[i] === reference[i + k]
    const sameHyp = hypothesis[i] === hypothesis[i + k]
    if (sameRef !== sameHyp) errors++
  }
  return errors / n
}

/** Boundaries between units i and i + k (a boundary sits after unit j when labels j and j+1 differ). */
function boundariesIn(labels: readonly number[], i: number, k: number): number {
  let count = 0
  for (let j = i; j < i + k; j++) if (labels[j] !== labels[j + 1]) count++
  return count
}

/** Share of windows of k units in which the two segmentations have a different number of boundaries. */
export function windowDiff(reference: readonly number[], hypothesis: readonly number[], k: number): number {
  checkInput(reference, hypothesis, k)
  const n = reference.length - k
  let errors = 0
  for (let i = 0; i < n; i++) {
    if (boundariesIn(reference, i, k) !== boundariesIn(hypothesis, i, k)) errors++
  }
  return errors / n
}

/** The usual window: half the mean length of the reference segments, at least 1. */
export function defaultWindow(reference: readonly number[]): number {
  const segments = 1 + reference.reduce((n, l, i) => (i > 0 && l !== reference[i - 1] ? n + 1 : n), 0)
  return Math.max(1, Math.round(reference.length / (2 * segments)))
}
