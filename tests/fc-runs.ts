/**
 * How many runs a property-based test makes: DECKWRIGHT_FC_RUNS when set, 10,000 in CI
 * (CI=true), otherwise the test's local default (kept small so a local run stays quick).
 */
export function fcRuns(localDefault: number): number {
  const fromEnv = Number(process.env.DECKWRIGHT_FC_RUNS)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv
  return process.env.CI === 'true' ? 10_000 : localDefault
}

/** A test timeout that grows with the number of runs (ms per run, with a floor). */
export function fcTimeout(runs: number, msPerRun: number): number {
  return Math.max(60_000, runs * msPerRun)
}
