/**
 * The searches that fit a slide's type, written as steps so that many slides can be fitted in
 * lockstep: a step sets a size (a write) and hands back a probe that measures the result (a
 * read). Run one slide at a time, every probe lays the page out again after that slide's write;
 * run in lockstep, every slide writes, then every probe reads, so one layout serves them all.
 * Either way each slide goes through the same sizes and gets the same result: a slide's fit
 * depends on its own content alone.
 *
 *   const steps = largestFittingSteps(0.5, 1.6, 0.02, (v) => el.style.setProperty('--dw-s', String(v)), () => fits(el))
 *   runSteps(steps) // one slide, now
 *   runInLockstep([stepsOfA, stepsOfB]) // many slides, one layout per round
 */

/** Measures the page as the last write left it (a read only: it must not set anything). */
export type Probe = () => boolean

/** A fit as steps: yields a probe after each write, is sent the probe's answer, returns its result. */
export type FitSteps<T = void> = Generator<Probe, T, boolean>

/**
 * The largest value in [lo, hi] (to `step`) for which `ok` holds after `apply`, assuming `ok`
 * holds for every value below one that works; `lo` when none works. Bisection: the values tried
 * depend only on the answers.
 */
export function* largestFittingSteps(lo: number, hi: number, step: number, apply: (v: number) => void, ok: Probe): FitSteps<number> {
  apply(hi)
  if (yield ok) return hi
  let good = lo
  let bad = hi
  while (bad - good > step) {
    const mid = (good + bad) / 2
    apply(mid)
    if (yield ok) good = mid
    else bad = mid
  }
  apply(good)
  return good
}

/** Runs one fit to its end, each probe answered at once. */
export function runSteps<T>(steps: FitSteps<T>): T {
  let state = steps.next()
  while (!state.done) state = steps.next(state.value())
  return state.value
}

/**
 * Runs many fits side by side: each round, every fit still running writes up to its next probe,
 * then every probe reads. Returns each fit's result, in order.
 */
export function runInLockstep<T>(all: readonly FitSteps<T>[]): T[] {
  const results = new Array<T>(all.length)
  let running: { steps: FitSteps<T>; index: number; probe: Probe }[] = []
  const advance = (steps: FitSteps<T>, index: number, answer?: boolean) => {
    const state = answer === undefined ? steps.next() : steps.next(answer)
    if (state.done) results[index] = state.value
    else running.push({ steps, index, probe: state.value })
  }
  all.forEach((steps, index) => advance(steps, index))
  while (running.length > 0) {
    const round = running
    running = []
    const answers = round.map((r) => r.probe())
    round.forEach((r, i) => advance(r.steps, r.index, answers[i]))
  }
  return results
}
