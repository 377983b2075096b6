/**
 * Every deck of the evaluation corpus (corpus/, the bundled article and the fixtures) is free of
 * what `npm run eval` counts as defects with a target of zero: table residue in any slide text,
 * bullets cut with "…", charts that mix units, and key figures labelled generically.
 */
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { planDeck } from '../../src/plan/index.ts'
import { deckMetrics } from '../../src/quality/deck-metrics.ts'
import { evalInputs } from '../../scripts/eval-inputs.ts'

describe('decks of the evaluation corpus', () => {
  it.each(evalInputs('all').map((i) => [i.name, i.path] as const))('%s', async (_name, path) => {
    const a = analyze(await ingest(path))
    const m = deckMetrics(a, planDeck(a))
    expect({ residue: m.residueSlides, cut: m.cutBullets, mixed: m.chartsMixingUnits, generic: m.genericFigureLabels }).toEqual({ residue: 0, cut: 0, mixed: 0, generic: 0 })
  }, 60_000)
})
